/**
 * A rich framework for exchange tests (CASE, Moodle CSV): two domains, competencies, indicators, Danish letters and
 * emoji, keywords in both languages, level descriptors on a 1–5 scale, a long title, an item without a code and
 * descriptions with paragraphs and characters that need escaping. Items are in tree order with positions 0..n-1,
 * the order an import returns them in.
 */
import { DEFAULT_SCALE, type FrameworkContent, type FrameworkItem, type LevelDescriptor } from './frameworks.model';

export const RICH_FRAMEWORK_ID = '7d0c4f2e-3b1a-4c5d-9e8f-0a1b2c3d4e5f';

const id = (n: number) => `a1b2c3d4-0000-4000-8000-${String(n).padStart(12, '0')}`;

function item(
  n: number,
  parent: number | null,
  position: number,
  kind: FrameworkItem['kind'],
  fields: Partial<FrameworkItem> & { titleDa: string },
): FrameworkItem {
  return {
    identifier: id(n),
    parentIdentifier: parent === null ? null : id(parent),
    position,
    kind,
    code: '',
    titleEn: '',
    descriptionDa: '',
    descriptionEn: '',
    keywordsDa: [],
    keywordsEn: [],
    levels: [],
    ...fields,
  };
}

const levels = (topic: string): LevelDescriptor[] => [
  { level: 1, da: `Kender til ${topic}`, en: `Knows about ${topic}` },
  { level: 3, da: `Arbejder selvstændigt med ${topic} 💪`, en: `Works independently with ${topic} 💪` },
  { level: 5, da: `Lærer andre om ${topic}; også på tværs af forvaltninger`, en: `Teaches others about ${topic}` },
];

export function richFramework(): FrameworkContent {
  return {
    identifier: RICH_FRAMEWORK_ID,
    titleDa: 'Kompetencer for førstelinjeledere 🧭',
    titleEn: 'Competencies for first-line leaders 🧭',
    descriptionDa:
      'Rammen beskriver, hvad en førstelinjeleder skal kunne.\n\nDen bygger på interviews i tre kommuner: Viborg, Norddjurs & Syddjurs.',
    descriptionEn: 'What a first-line leader needs to be able to do.',
    publisher: 'Styrelsen for Undervisning og Kvalitet',
    scale: DEFAULT_SCALE.map((s) => ({ ...s })),
    items: [
      item(1, null, 0, 'domain', {
        code: '1',
        titleDa: 'Økonomi og drift',
        titleEn: 'Finance and operations',
        descriptionDa: 'Budget, regnskab og likviditet i hverdagen.',
        descriptionEn: 'Budgets, accounts and liquidity day to day.',
        keywordsDa: ['økonomi', 'drift'],
        keywordsEn: ['finance', 'operations'],
      }),
      item(2, 1, 0, 'competency', {
        code: '1.1',
        titleDa: 'Økonomisk forståelse',
        titleEn: 'Financial understanding',
        descriptionDa: 'Læser et budget & et regnskab.\nForklarer afvigelser <under 5 %> for teamet.',
        descriptionEn: 'Reads a budget and accounts.',
        keywordsDa: ['budget', 'regnskab', 'likviditet'],
        keywordsEn: ['budget', 'accounts'],
        levels: levels('budgetter'),
      }),
      item(3, 2, 0, 'indicator', {
        code: '1.1.a',
        titleDa: 'Følger op på budgettet hver måned',
        titleEn: 'Follows up on the budget monthly',
      }),
      item(4, 2, 1, 'indicator', {
        code: '1.1.b',
        titleDa: 'Forklarer merforbrug for sin leder — uden omsvøb 😅',
        titleEn: 'Explains overspending to their manager',
      }),
      item(5, 1, 1, 'competency', {
        code: '1.2',
        titleDa: 'Drift der ikke fortrænger personaleledelsen, selv når vagtplanen brænder på en travl mandag',
        titleEn: 'Operations that do not crowd out people management',
        descriptionDa: 'Prioriterer tid til medarbejderne.',
        keywordsDa: ['drift', 'prioritering'],
        levels: [{ level: 2, da: 'Planlægger ugen med tid til samtaler', en: '' }],
      }),
      item(6, null, 1, 'domain', {
        code: '2',
        titleDa: 'Ledelse af mennesker',
        titleEn: 'Leading people',
        keywordsEn: ['people'],
      }),
      item(7, 6, 0, 'competency', {
        code: '2.1',
        titleDa: 'Fra kollega til leder',
        titleEn: 'From colleague to leader',
        descriptionDa: 'Tager rollen på sig.\n\nSætter grænser over for tidligere kolleger.',
        descriptionEn: 'Takes on the role.\n\nSets boundaries with former colleagues.',
        keywordsDa: ['rolle', 'identitet'],
        keywordsEn: ['role', 'identity'],
        levels: levels('lederrollen'),
      }),
      item(8, 7, 0, 'indicator', {
        code: '',
        titleDa: 'Holder MUS-samtaler med alle i teamet',
        titleEn: 'Holds appraisal talks with everyone in the team',
      }),
      item(9, 6, 1, 'competency', {
        code: '2.2',
        titleDa: 'Politisk tæft',
        titleEn: 'Political savvy',
        descriptionDa: 'Forstår det politiske niveau — "hvorfor" bag beslutningerne.',
        levels: [
          { level: 1, da: 'Kender byrådets mål', en: 'Knows the council’s goals' },
          { level: 4, da: 'Oversætter politik til praksis', en: 'Translates policy into practice' },
        ],
      }),
      item(10, 6, 2, 'competency', {
        code: '2.3',
        titleDa: 'Værdibaseret styring',
        titleEn: 'Value-based steering',
      }),
    ],
  };
}
