/**
 * Danish text to stems for the machine suggestions: tokens (lowercase NFC letters and digits), stopwords
 * (stopwords-iso `da` plus interview fillers) and the Snowball Danish stemmer behind a domain override list.
 *
 * Why the overrides: Snowball is built for general text and stems leder, lederne and ledelse all to "led" — in a study
 * of leaders that merges the person (leder), the function (ledelse) and the verb (lede) into one feature that occurs
 * in nearly every passage. The list pins the words this domain depends on to stems of its own, before Snowball runs.
 */
import { newStemmer } from 'snowball-stemmers';
import stopwordsIso from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };

// Named import: the package is Babel output marked __esModule without a default, which bundlers honour and Node not.
const snowballDanish = newStemmer('danish');

/** Fillers of spoken Danish that stopwords-iso lacks or that transcripts spell their own way. */
const INTERVIEW_FILLERS = ['altså', 'jo', 'øh', 'øhm', 'hm', 'hmm', 'nå', 'ik', 'ikk', 'sådan', 'ligesom', 'mm'];

export const DANISH_STOPWORDS: ReadonlySet<string> = new Set([...stopwordsIso.da, ...INTERVIEW_FILLERS]);

/** All forms of a word from its base and endings ('' keeps the base itself). */
const forms = (base: string, endings: readonly string[]) => endings.map((e) => base + e);

/**
 * Word → stem, applied before Snowball. Each group says why it exists. Only listed forms are pinned: compounds
 * (lederrollen, ledelsesrum, medarbejdertrivsel) are their own concepts and go through Snowball as usual.
 */
const OVERRIDE_GROUPS: readonly (readonly [stem: string, words: readonly string[], why: string])[] = [
  [
    'leder',
    forms('leder', ['', 'en', 'e', 'ne', 's', 'ens', 'es', 'nes']),
    'the person; Snowball gives "led", the same as ledelse and lede. "leder" is also the present tense of the verb ' +
      '(hun leder afdelingen); without parsing we cannot tell, so we accept the noun reading, by far the commoner',
  ],
  [
    'ledelse',
    forms('ledelse', ['', 'n', 'r', 'rne', 's', 'ns', 'rnes']),
    'the function or the management tier; must not merge with the person (leder)',
  ],
  ['lede', ['lede', 'ledet', 'ledede', 'ledes'], 'the verb (other than "leder", see above); Snowball gives "led"'],
  [
    'medarbejder',
    forms('medarbejder', ['', 'en', 'e', 'ne', 's', 'ens', 'es', 'nes']),
    'Snowball already agrees ("medarbejd"); pinned so the stem is the word a reader recognises in a model dump and ' +
      'so every leadership-domain noun is decided in this one list',
  ],
  [
    'økonomi',
    ['økonomi', 'økonomien', 'økonomiens', 'økonomis', 'økonomisk', 'økonomiske'],
    'Snowball splits the noun (økonomi) from the adjective (økonomisk); "det økonomiske" and "økonomien" are one theme',
  ],
  [
    'budget',
    forms('budget', ['', 's', 'tet', 'tets', 'ter', 'terne', 'ternes']),
    'Snowball stems "budget" to "budg" but "budgettet" to "budget": the base form would miss its own inflections',
  ],
  [
    'politik',
    [
      ...forms('politik', ['', 'ken', 'kens', 'ker', 'keren', 'kere', 'kerne', 'kernes', 'keres']),
      'politisk',
      'politiske',
    ],
    'Snowball splits politisk from politik; politics, politicians and "political" are one theme (political acumen)',
  ],
  [
    'organisation',
    [...forms('organisation', ['', 'en', 'ens', 'er', 'erne', 'ernes', 's']), 'organisatorisk', 'organisatoriske'],
    'Snowball splits the adjective (organisatorisk) from the noun',
  ],
  [
    'kollega',
    [
      ...forms('kollega', ['', 'en', 'ens', 's', 'er', 'erne', 'ernes']),
      ...forms('kolleg', ['er', 'erne', 'ers', 'ernes']),
    ],
    'two plurals (kolleger, kollegaer): Snowball gives "kolleg" for one and "kollega" for the other',
  ],
];

export const STEM_OVERRIDES: ReadonlyMap<string, string> = new Map(
  OVERRIDE_GROUPS.flatMap(([stem, words]) => words.map((word) => [word, stem] as const)),
);

// Snowball in JavaScript costs microseconds per word; interviews reuse a small vocabulary, so a cache makes stemming
// 100,000 passages a matter of map lookups (one per token: the entry also says whether the token is a stopword).
// Bounded so a long-running server does not grow it without end.
const cache = new Map<string, { stem: string; stop: boolean }>();
const CACHE_MAX = 200_000;

function lookup(token: string): { stem: string; stop: boolean } {
  let entry = cache.get(token);
  if (entry === undefined) {
    entry = { stem: STEM_OVERRIDES.get(token) ?? snowballDanish.stem(token), stop: DANISH_STOPWORDS.has(token) };
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(token, entry);
  }
  return entry;
}

/** The stem of one lowercase token: the override when listed, else Snowball Danish. */
export function stemDanish(token: string): string {
  return lookup(token).stem;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;
const DIGITS_ONLY = /^\p{N}+$/u;

/** Lowercase NFC tokens of letters (æ, ø, å included) and digits; anything else separates; numbers alone dropped. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const match of text.normalize('NFC').toLowerCase().matchAll(TOKEN)) {
    if (!DIGITS_ONLY.test(match[0])) tokens.push(match[0]);
  }
  return tokens;
}

export interface AnalysedText {
  /** The stem of every token in order, stopwords included: for phrases ("ny leder") and cues ("har brug for"). */
  stems: string[];
  /** The stems of the tokens that are not stopwords: the features the classifier sees. */
  content: string[];
}

export function analyseDanish(text: string): AnalysedText {
  const stems: string[] = [];
  const content: string[] = [];
  for (const token of tokenize(text)) {
    const { stem, stop } = lookup(token);
    stems.push(stem);
    if (!stop) content.push(stem);
  }
  return { stems, content };
}
