/**
 * Cold start: before anyone has coded, a code tied to a competency is suggested from that competency's Danish keywords,
 * stemmed with the same pipeline as the classifier's features, and from polarity cues.
 *
 * Decisions:
 * - Keywords only, not the indicator titles: the titles are verb phrases ("Håndterer sygefravær", "Bruger nøgletal og
 *   regnskab") whose verbs occur in every interview; the curated keyword lists are the competency's vocabulary.
 * - Every polarity of the competency's codes is scored, and polarity cues decide between them: a need cue ("mangler",
 *   "har brug for", "svært") raises the need code and lowers the strength code, a strength cue ("god til", "styr på")
 *   the reverse; "ikke"/"aldrig" shortly before a cue flips it ("ikke svært" is a strength). A neutral code ignores cues.
 * - Score = (1 − 0.5^hits) × polarity factor, hits = distinct keyword phrases found. With the bar at 0.45, one keyword
 *   needs a matching cue, two keywords suffice without a cue, and an opposing cue needs four: cold-start suggestions
 *   should be few and right, since every one costs an analyst a click.
 * - Phrases match as whole stem sequences with stopwords kept ("ny leder", "på tværs"); a keyword made of stopwords
 *   only is dropped (the acronym "MED" lowercases into the preposition "med").
 */
import type { FrameworkItem } from '../frameworks/frameworks.model.js';
import type { Polarity } from './coding.model.js';
import { DANISH_STOPWORDS, stemDanish, tokenize } from './danish-text.js';

export const KEYWORD_THRESHOLD = 0.45;

export interface KeywordCode {
  id: string;
  polarity: Polarity;
  keywords: readonly string[];
}

/** A code's keywords as stem sequences; stored in the model JSON. */
export interface KeywordRule {
  codeId: string;
  polarity: Polarity;
  phrases: string[][];
}

const phraseStems = (text: string) => tokenize(text).map(stemDanish);

const NEED_CUES = ['mangler', 'manglede', 'mangel på', 'savner', 'savnede', 'svært', 'usikker', 'usikre', 'brug for']
  .concat(['godt bruge', 'kunne bruge'])
  .map(phraseStems);
const STRENGTH_CUES = ['god til', 'gode til', 'styr på', 'erfaring med', 'erfaringer med', 'tryg ved', 'trygge ved']
  .concat(['tryg i', 'trygge i'])
  .map(phraseStems);
/** Cues by their first stem, so finding them costs one map lookup per stem of the passage. */
const CUES_BY_FIRST = new Map<string, { side: 'need' | 'strength'; stems: string[] }[]>();
for (const [side, cues] of [
  ['need', NEED_CUES],
  ['strength', STRENGTH_CUES],
] as const) {
  for (const stems of cues) CUES_BY_FIRST.set(stems[0], [...(CUES_BY_FIRST.get(stems[0]) ?? []), { side, stems }]);
}
const NEGATIONS = new Set(['ikke', 'aldrig'].map(stemDanish));
/** How many stems before a cue a negation may stand ("har ikke rigtig styr på"). */
const NEGATION_WINDOW = 3;

export interface PolarityCues {
  need: number;
  strength: number;
}

function matchesAt(stems: readonly string[], at: number, phrase: readonly string[]): boolean {
  if (at + phrase.length > stems.length) return false;
  for (let k = 0; k < phrase.length; k++) if (stems[at + k] !== phrase[k]) return false;
  return true;
}

/** Need and strength cues in a passage (all stems, stopwords kept), a negated cue counted for the other side. */
export function polarityCues(stems: readonly string[]): PolarityCues {
  const found = { need: 0, strength: 0 };
  for (let i = 0; i < stems.length; i++) {
    const candidates = CUES_BY_FIRST.get(stems[i]);
    if (!candidates) continue;
    for (const { side, stems: cue } of candidates) {
      if (!matchesAt(stems, i, cue)) continue;
      let negated = false;
      for (let j = Math.max(0, i - NEGATION_WINDOW); j < i; j++) negated ||= NEGATIONS.has(stems[j]);
      found[negated ? (side === 'need' ? 'strength' : 'need') : side]++;
      break; // one cue per position ("brug for" and "godt bruge" cannot both start here)
    }
  }
  return found;
}

/** Cue markers for the classifier: stopword removal would lose "god til", so the cue reaches it as a feature. */
export function cueFeatures(cues: PolarityCues): string[] {
  return [...(cues.need > 0 ? ['#need'] : []), ...(cues.strength > 0 ? ['#strength'] : [])];
}

/** A code's keyword rule, or null when none of its keywords survives (no keywords, or stopwords only). */
export function keywordRule(code: KeywordCode): KeywordRule | null {
  const seen = new Set<string>();
  const phrases: string[][] = [];
  for (const keyword of code.keywords) {
    const tokens = tokenize(keyword);
    if (tokens.every((token) => DANISH_STOPWORDS.has(token))) continue;
    const phrase = tokens.map(stemDanish);
    const key = phrase.join(' ');
    if (!seen.has(key)) phrases.push(phrase);
    seen.add(key);
  }
  return phrases.length ? { codeId: code.id, polarity: code.polarity, phrases } : null;
}

/** Scores every rule for one passage's stems; compiled once per set of rules (phrases indexed by first stem). */
export function createKeywordScorer(
  rules: readonly KeywordRule[],
): (stems: readonly string[], cues?: PolarityCues) => Float64Array {
  const byFirst = new Map<string, { rule: number; phrase: number; stems: string[] }[]>();
  rules.forEach((rule, r) => {
    rule.phrases.forEach((stems, p) => {
      const list = byFirst.get(stems[0]) ?? [];
      list.push({ rule: r, phrase: p, stems });
      byFirst.set(stems[0], list);
    });
  });
  return (stems, knownCues) => {
    const scores = new Float64Array(rules.length);
    const hits = new Map<number, Set<number>>();
    for (let i = 0; i < stems.length; i++) {
      for (const candidate of byFirst.get(stems[i]) ?? []) {
        if (!matchesAt(stems, i, candidate.stems)) continue;
        const set = hits.get(candidate.rule) ?? new Set<number>();
        set.add(candidate.phrase);
        hits.set(candidate.rule, set);
      }
    }
    if (hits.size === 0) return scores;
    const cues = knownCues ?? polarityCues(stems);
    for (const [r, phrases] of hits) {
      scores[r] = (1 - 0.5 ** phrases.size) * polarityFactor(rules[r].polarity, cues);
    }
    return scores;
  };
}

function polarityFactor(polarity: Polarity, cues: PolarityCues): number {
  if (polarity === 'neutral') return 0.8;
  const own = polarity === 'need' ? cues.need : cues.strength;
  const other = polarity === 'need' ? cues.strength : cues.need;
  return own > other ? 1 : other > own ? 0.5 : 0.8;
}

/**
 * The keywords of codes tied to a competency: the framework item's Danish keywords, or its parent's when the code
 * points at an indicator without keywords of its own. Codes without a competency are left out.
 */
export function competencyKeywordCodes(
  codes: readonly { id: string; polarity: Polarity; competencyId: string | null }[],
  items: readonly FrameworkItem[],
): KeywordCode[] {
  const byId = new Map(items.map((item) => [item.identifier, item]));
  const result: KeywordCode[] = [];
  for (const code of codes) {
    let item = code.competencyId ? byId.get(code.competencyId) : undefined;
    if (item && item.keywordsDa.length === 0 && item.parentIdentifier) item = byId.get(item.parentIdentifier);
    if (item?.keywordsDa.length) result.push({ id: code.id, polarity: code.polarity, keywords: item.keywordsDa });
  }
  return result;
}
