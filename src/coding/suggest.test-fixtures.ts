/**
 * Synthetic Danish interview passages for the suggestion tests and benchmark: general interview talk with, for each
 * code a passage carries, a few words of that code's competency and (usually) a cue of its polarity. Some passages
 * also mention another competency's word without carrying its code, so the task is not trivially separable.
 * Seeded: the same arguments give the same passages.
 */
import { seededGenerator } from '../studies/sampling.model.js';
import type { Polarity } from './coding.model.js';

export interface SyntheticCode {
  id: string;
  polarity: Polarity;
  keywords: string[];
}

const GENERAL = (
  'jeg det er og så altså jo øh ikke har vi de en at i på med for til som der men kan skal vil man lidt meget ' +
  'dag uge tid hverdag arbejde opgave opgaver snak snakke møde møder tænke tror synes mener oplever gør lave ' +
  'hus afdeling sted kontor bil telefon mail kaffe morgen eftermiddag aften år måned gang gange ting sag ' +
  'rigtig faktisk egentlig nogle gange ofte aldrig altid måske vist bare hele halve første sidste anden ' +
  'fortælle spørge svare høre se finde komme gå tage give holde stå sidde vente ringe skrive læse'
).split(' ');

/** Ten competency vocabularies (from the national framework's keywords, in running-text forms). */
const COMPETENCIES: [name: string, words: string[]][] = [
  ['kollega', ['kollegerne', 'venner', 'venskab', 'loyalitet', 'lederrollen', 'frokostbordet', 'autoritet']],
  ['udvikling', ['feedback', 'refleksion', 'sparring', 'netværk', 'kursus', 'lederuddannelse', 'diplom']],
  ['personale', ['trivsel', 'sygefravær', 'sygemeldt', 'fravær', 'personalesag', 'arbejdsmiljø', 'vikarer']],
  ['kommunikation', ['konflikt', 'konflikter', 'uenighed', 'sladder', 'pårørende', 'klage', 'personalemøde']],
  ['kerneopgave', ['kerneopgaven', 'borgeren', 'borgerne', 'kvalitet', 'faglighed', 'dokumentation', 'tilsyn']],
  ['retning', ['målene', 'målstyring', 'værdierne', 'strategien', 'retning', 'visionen', 'resultater']],
  ['drift', ['driften', 'brandslukning', 'travlhed', 'vagtplanen', 'planlægning', 'forandringer', 'omorganisering']],
  ['økonomi', ['budgettet', 'regnskabet', 'likviditet', 'nøgletal', 'underskud', 'besparelser', 'økonomien']],
  ['politik', ['politikerne', 'byrådet', 'udvalget', 'borgmesteren', 'serviceniveau', 'ledelsesrum', 'direktionen']],
  [
    'organisation',
    ['organisationen', 'tillidsrepræsentant', 'samarbejdet', 'snitflader', 'forvaltningen', 'ledergruppen'],
  ],
];

const CUES: Record<'need' | 'strength', string[]> = {
  need: ['jeg mangler', 'jeg savner', 'det er svært', 'jeg er usikker på', 'jeg har brug for', 'kunne godt bruge'],
  strength: ['jeg er god til', 'jeg har styr på', 'jeg har erfaring med', 'jeg er tryg ved'],
};

/** A need and a strength code per competency: 20 codes, ids `need-<name>` and `strength-<name>`. */
export const SYNTHETIC_CODES: SyntheticCode[] = COMPETENCIES.flatMap(([name, words]) =>
  (['need', 'strength'] as const).map((polarity) => ({ id: `${polarity}-${name}`, polarity, keywords: words })),
);

export interface SyntheticPassage {
  text: string;
  codeIds: string[];
  transcriptId: string;
}

export interface SyntheticOptions {
  seed?: string;
  /** Passages per transcript (transcripts are the unit of the cross-validation). */
  perTranscript?: number;
  /** Only these codes are ever applied (default: all 20). */
  codes?: readonly SyntheticCode[];
  /** Share of passages that carry no code. */
  uncoded?: number;
  /**
   * Distinct rare words (made-up Danish-looking words, drawn log-uniformly, so a few are common and most are rare) to
   * give the vocabulary the long tail of real interviews; 0 (default) keeps only the small general word list.
   */
  tail?: number;
  /** Tail words per passage (default 8 when there is a tail). */
  tailWords?: number;
}

const SYLLABLES = (
  'ka be rø sk an mi tu le gå ve ns or dy fa hø pi lu st ke ma ri bo næ tr el da gi so fl ål ' +
  'pe ra nu ti sæ mo ge by'
).split(' ');

/** The i-th made-up word: three syllables written from i in base 38 (54,872 distinct words). */
const tailWord = (i: number) => {
  const b = SYLLABLES.length;
  return `${SYLLABLES[i % b]}${SYLLABLES[Math.floor(i / b) % b]}${SYLLABLES[Math.floor(i / b / b) % b]}er`;
};

export function syntheticPassages(count: number, options: SyntheticOptions = {}): SyntheticPassage[] {
  const next = seededGenerator(options.seed ?? 'synthetic');
  const uniform = () => next() / 2 ** 32;
  const pick = <T>(items: readonly T[]) => items[next() % items.length];
  const codes = options.codes ?? SYNTHETIC_CODES;
  const perTranscript = options.perTranscript ?? 50;
  const uncoded = options.uncoded ?? 0.5;
  const tail = options.tail ?? 0;
  const tailWords = tail ? (options.tailWords ?? 8) : 0;
  const passages: SyntheticPassage[] = [];
  for (let p = 0; p < count; p++) {
    const words: string[] = [];
    const length = 15 + (next() % 40);
    for (let w = 0; w < length; w++) words.push(pick(GENERAL));
    for (let w = 0; w < tailWords; w++) {
      words.splice(next() % (words.length + 1), 0, tailWord(Math.floor(tail ** uniform()) - 1));
    }
    const applied = new Set<SyntheticCode>();
    if (uniform() >= uncoded) {
      applied.add(pick(codes));
      if (uniform() < 0.3) applied.add(pick(codes));
    }
    for (const code of applied) {
      const vocabulary = COMPETENCIES.find(([name]) => code.id.endsWith(`-${name}`))![1];
      const insert = [pick(vocabulary), pick(vocabulary)];
      if (uniform() < 0.5) insert.push(pick(vocabulary));
      if (code.polarity !== 'neutral' && uniform() < 0.9) insert.unshift(pick(CUES[code.polarity]));
      words.splice(next() % (words.length + 1), 0, ...insert);
    }
    // Noise: a competency word without its code.
    if (uniform() < 0.15) words.splice(next() % (words.length + 1), 0, pick(pick(COMPETENCIES)[1]));
    const text = `${words.join(' ')}.`;
    passages.push({
      text: text[0].toUpperCase() + text.slice(1),
      codeIds: [...applied].map((code) => code.id).sort(),
      transcriptId: `t${Math.floor(p / perTranscript)}`,
    });
  }
  return passages;
}
