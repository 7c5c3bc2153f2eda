/**
 * The demo study's codebook as data: a need code and a strength code for each of the ten competencies of the national
 * framework (under the neutral parents "Behov" and "Styrker"), and the codes that emerged from the demo interviews
 * (recruitment, working conditions, wishes for education), each family under its own neutral parent. The keys are
 * what the coding markup in demo/transcripts/ refers to; they never reach the database (codes get UUIDs there).
 */
import type { Polarity } from '../src/coding/coding.model.js';
import type { CompetencyName } from './study-comments.js';

export interface DemoCode {
  key: string;
  /** Danish, as the analyst sees it on the code chip. */
  name: string;
  /** Danish: when to use the code. */
  description: string;
  /** Lower-case #rrggbb, dark enough for white text (WCAG AA). */
  colour: string;
  polarity: Polarity;
  competency: CompetencyName | null;
  parent: string | null;
  /** Keyboard shortcut in the coding workspace, on the codes used most. */
  shortcut?: '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9';
}

/** The short word each competency's code keys use ("need-finance", "strength-core"). */
export const COMPETENCY_KEY_WORD: Readonly<Record<CompetencyName, string>> = {
  colleagueToLeader: 'colleague',
  ownDevelopment: 'development',
  peopleManagement: 'people',
  communication: 'communication',
  coreTask: 'core',
  goalsAndValues: 'goals',
  operationsAndChange: 'operations',
  finance: 'finance',
  politicalAcumen: 'politics',
  organisation: 'organisation',
};

export const needKey = (competency: CompetencyName) => `need-${COMPETENCY_KEY_WORD[competency]}`;
export const strengthKey = (competency: CompetencyName) => `strength-${COMPETENCY_KEY_WORD[competency]}`;

interface CompetencyCodes {
  competency: CompetencyName;
  label: string;
  /** The need colour is from CODE_COLOURS (but one); the strength colour is the same hue, darker. */
  colours: [need: string, strength: string];
  need: string;
  strength: string;
}

/** In the framework's order. Descriptions say what the analyst looks for in what the leader says. */
const COMPETENCIES: readonly CompetencyCodes[] = [
  {
    competency: 'colleagueToLeader',
    label: 'fra kollega til leder',
    colours: ['#8e24aa', '#631977'],
    need: 'Lederen beskriver overgangen fra kollega til leder som svær: at lede tidligere kolleger og venner, at finde sin autoritet, at stå ved upopulære beslutninger eller at mangle en afklaring af, hvad rollen indebærer.',
    strength:
      'Lederen beskriver, at overgangen til lederrollen er lykkedes: tydelig rolle over for tidligere kolleger, afklarede forventninger, autoritet i gruppen.',
  },
  {
    competency: 'ownDevelopment',
    label: 'egen udvikling',
    colours: ['#546e7a', '#3a4d55'],
    need: 'Lederen savner feedback på sin ledelse, tid til refleksion eller en plan for egen udvikling – eller fortæller, at kræfterne slår for lidt til.',
    strength: 'Lederen søger selv feedback, reflekterer over egen praksis og har en plan for sin udvikling som leder.',
  },
  {
    competency: 'peopleManagement',
    label: 'personaleledelse',
    colours: ['#5d4037', '#412c26'],
    need: 'Lederen giver udtryk for at mangle redskaber til personaleledelse: sygefravær, trivsel, MUS, rekruttering og introduktion af medarbejdere, den enkelte medarbejders udvikling.',
    strength:
      'Lederen fortæller om personaleledelse, der virker: kender medarbejderne, følger op på sygefravær, holder gode samtaler, anerkender indsatsen.',
  },
  {
    competency: 'communication',
    label: 'kommunikation og konflikter',
    colours: ['#ad1457', '#790e3d'],
    need: 'Lederen har svært ved konflikter, svære samtaler, at give beskeder videre eller at tale med utilfredse borgere og pårørende.',
    strength: 'Lederen tager konflikter tidligt, kommunikerer klart om beslutninger og håndterer svære samtaler.',
  },
  {
    competency: 'coreTask',
    label: 'faglighed og kerneopgave',
    colours: ['#00796b', '#00554b'],
    need: 'Lederen mangler faglig viden om opgaven eller har svært ved at sikre den faglige kvalitet og dokumentationen.',
    strength:
      'Lederen kender faget og kerneopgaven indefra og bruger det i ledelsen: faglig kvalitet, borgeren i centrum, uddelegering til dygtige medarbejdere.',
  },
  {
    competency: 'goalsAndValues',
    label: 'mål- og værdistyring',
    colours: ['#3949ab', '#283378'],
    need: 'Lederen har svært ved at omsætte overordnede mål, strategier og værdier til lokale mål og at følge op på dem.',
    strength: 'Lederen omsætter strategier og værdier til lokale mål, inddrager medarbejderne og følger op.',
  },
  {
    competency: 'operationsAndChange',
    label: 'drift og forandring',
    colours: ['#ad4f00', '#7a3800'],
    need: 'Driften fylder, og personaleledelsen bliver mindre: vagtplaner, akutte opgaver og administration fortrænger ledelse, eller forandringer kommer hurtigere, end lederen kan lede dem.',
    strength:
      'Lederen planlægger og prioriterer driften, så der er tid til ledelse, og leder forandringer med medarbejderne.',
  },
  {
    competency: 'finance',
    label: 'økonomisk forståelse',
    colours: ['#1f6fb2', '#164e7d'],
    need: 'Lederen mangler forståelse af den kommunale økonomi og styringsredskaberne: budget, budgetopfølgning, regnskab, nøgletal, likviditet, overførsler, disponering og bestiller-udfører-modtager-modeller.',
    strength:
      'Lederen forstår og bruger budget, opfølgning og nøgletal som et redskab og kan forklare økonomiske prioriteringer.',
  },
  {
    competency: 'politicalAcumen',
    label: 'politisk tæft',
    colours: ['#b3261e', '#7d1b15'],
    need: 'Lederen har svært ved den politiske side af jobbet: beslutningsgangen, henvendelser fra politikere, borgere og presse, at oversætte politiske beslutninger og strategier til drift og at kende sit ledelsesrum.',
    strength:
      'Lederen kender den politiske beslutningsgang, håndterer sager med politisk bevågenhed og bruger sit ledelsesrum.',
  },
  {
    competency: 'organisation',
    label: 'organisationsforståelse',
    colours: ['#2e7d32', '#205823'],
    need: 'Lederen kender ikke organisationen godt nok: hvem der beslutter hvad, stabsfunktioner, MED-systemet, samarbejdet på tværs og hvordan ændringer i strukturen rammer egen enhed.',
    strength: 'Lederen kender organisationen og MED-systemet, samarbejder på tværs og bruger ledergruppen.',
  },
];

/**
 * The codes that emerged from the interviews, one family each: colour, then one code a line as
 * `key | name | description`, the first line the family's parent.
 */
const EMERGENT: readonly { colour: string; codes: string }[] = [
  {
    colour: '#4a148c',
    codes: `
      recruitment | Rekruttering | Hvordan lederen selv blev rekrutteret til lederjobbet, og hvordan kvalifikationerne passede til kravene.
      recruitment-asked | Opfordret af leder | Lederen blev spurgt eller prikket på skulderen af sin egen leder eller en kollega i stedet for at søge af sig selv.
      recruitment-applied | Søgte selv | Lederen søgte stillingen på eget initiativ, internt eller udefra, og beskriver ansættelsesforløbet.
      recruitment-internal | Intern forfremmelse | Lederen blev leder i den enhed eller faggruppe, hvor hun eller han var medarbejder – også konstitueringer, der blev faste.
      recruitment-gap | Kvalifikationer matcher ikke kravene | Gabet mellem det, lederen blev ansat på (typisk faglighed), og det, jobbet viste sig at kræve: økonomi, politik, personalesager, administration.
      recruitment-onboarding | Introduktion til lederjobbet | Hvordan lederen blev taget imod i jobbet: introduktion, forventningssamtale, mentor – eller manglen på samme.
    `,
  },
  {
    colour: '#37474f',
    codes: `
      conditions | Arbejdsvilkår | De vilkår, førstelinjelederen leder under: tid, opbakning og netværk.
      conditions-time | Tid og travlhed | Der er ikke tid nok: lange dage, arbejde hjemme om aftenen, aflyste samtaler, ingen tid til kursus eller interview.
      conditions-alone | Alene i rollen | Lederen står alene: ingen lederkolleger tæt på, langt til egen chef, ensomhed i beslutningerne.
      conditions-sparring | Sparring og netværk | Lederen fortæller om sparring med andre ledere, netværk, mentor eller egen chef – eller savner det.
      conditions-double-role | Leder og udfører på én gang | Lederen kører selv ture, tager vagter eller arbejder med på holdet ved siden af ledelsen.
    `,
  },
  {
    colour: '#0d47a1',
    codes: `
      education | Ønsker til uddannelse | Hvad lederen ønsker sig af lederuddannelse: indhold, form og tidspunkt.
      education-practical | Praksisnær undervisning | Ønsker om undervisning tæt på hverdagen: egne cases, korte moduler, værktøjer der kan bruges mandag morgen, sparring med ledere i samme situation.
      education-after-glu | Efter GLU | Erfaringer med Den Grundlæggende Lederuddannelse (GLU) og ønsker om et modul bagefter, der rummer det offentlige: økonomi, politik, organisation.
      education-diploma | Diplomuddannelse | Holdninger til diplomuddannelsen i ledelse (DIL/DOL): HR’s krav, tid, teori og niveau.
    `,
  },
];

function emergentCodes(): DemoCode[] {
  return EMERGENT.flatMap(({ colour, codes }) => {
    const rows = codes
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => line.split(' | '));
    return rows.map(
      ([key, name, description], i): DemoCode => ({
        key,
        name,
        description,
        colour,
        polarity: 'neutral',
        competency: null,
        parent: i === 0 ? null : rows[0][0],
      }),
    );
  });
}

/** Shortcuts 1–9, on the codes the first demo analyst used most (see the counts in coding-plan.test.ts). */
const SHORTCUTS: Readonly<Record<string, DemoCode['shortcut']>> = {
  'need-finance': '1',
  'need-politics': '2',
  'need-organisation': '3',
  'need-colleague': '4',
  'need-operations': '5',
  'education-practical': '6',
  'strength-core': '7',
  'strength-people': '8',
  'need-people': '9',
};

function build(): DemoCode[] {
  const codes: DemoCode[] = [
    {
      key: 'needs',
      name: 'Behov',
      description:
        'Det, lederen mangler eller ønsker at blive bedre til, ordnet efter kompetencerne i den nationale ramme.',
      colour: '#7f1d1d',
      polarity: 'neutral',
      competency: null,
      parent: null,
    },
    ...COMPETENCIES.map(
      (c): DemoCode => ({
        key: needKey(c.competency),
        name: `Behov: ${c.label}`,
        description: c.need,
        colour: c.colours[0],
        polarity: 'need',
        competency: c.competency,
        parent: 'needs',
      }),
    ),
    {
      key: 'strengths',
      name: 'Styrker',
      description:
        'Det, lederen allerede mestrer og bruger i sin ledelse, ordnet efter kompetencerne i den nationale ramme.',
      colour: '#14532d',
      polarity: 'neutral',
      competency: null,
      parent: null,
    },
    ...COMPETENCIES.map(
      (c): DemoCode => ({
        key: strengthKey(c.competency),
        name: `Styrke: ${c.label}`,
        description: c.strength,
        colour: c.colours[1],
        polarity: 'strength',
        competency: c.competency,
        parent: 'strengths',
      }),
    ),
    ...emergentCodes(),
  ];
  return codes.map((code) => (SHORTCUTS[code.key] ? { ...code, shortcut: SHORTCUTS[code.key] } : code));
}

/** The demo codebook: parents before their children, in the order the codebook panel shows them. */
export const DEMO_CODEBOOK: readonly DemoCode[] = build();

const BY_KEY = new Map(DEMO_CODEBOOK.map((code) => [code.key, code]));

/** The code with this key; throws on an unknown key (a typo in the coding markup). */
export function demoCode(key: string): DemoCode {
  const code = BY_KEY.get(key);
  if (!code) throw new Error(`unknown demo code key "${key}"`);
  return code;
}

export const isDemoCodeKey = (key: string) => BY_KEY.has(key);
