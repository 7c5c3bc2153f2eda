/**
 * Pseudonymisation before a transcript is saved: names of people and places the system knows, and terms the analyst
 * marks, become pseudonyms ("[Person 1]", "[Sted 1]", "[Anonymiseret 1]") numbered by first appearance.
 *
 * Matching is by whole words (runs of letters, digits and combining marks, so æ, ø and å are word characters),
 * case-insensitive, longest term first; a hyphen or apostrophe ends a word, so "Viborg-området" and "Mette's" are
 * found, and a possessive s ("Mettes") is kept after the pseudonym. A person "Mette Hansen" is found as "Mette Hansen",
 * "Mette" and "Hansen" (and any middle name alone), all with one pseudonym. A name alone is not replaced when it is shorter than three letters
 * ("Bo", "Ib": "bo" is a verb) or an everyday Danish word (KEEP_ALONE: "Per" as in "per uge", "Hans" as "his",
 * "Skov", "Dam"): as part of a full name it still is, and the analyst can mark it to replace it everywhere.
 * A multi-word name may span one line break inside a turn, never a blank line (a turn boundary).
 */
import type { ParsedTranscript } from './coding.model.js';
import { codePointLength, OffsetMap } from './text-offsets.model.js';

export interface KnownName {
  term: string;
  kind: 'person' | 'place';
  /** A fixed pseudonym (e.g. the participant's code); otherwise one is numbered. */
  pseudonym?: string;
}

export type ReplacementKind = 'person' | 'place' | 'marked';

export interface Replacement {
  term: string;
  kind: ReplacementKind;
  pseudonym: string;
  count: number;
}

/** Names that are also everyday Danish words; replaced alone only when the analyst marks them. */
export const KEEP_ALONE = new Set(
  (
    'hans per maj mark sol dag tage rose liv tro sten just frank kristen alle storm sommer vinter ' +
    'skov dam lund strand bonde smed møller krog mose bro have holm vang hede kær kjær bak nord syd øst vest post ' +
    // Name particles ("Ellen van der Berg") and the Danish words they spell.
    'van von der den det del de la le af du da di'
  ).split(' '),
);
const MIN_LETTERS: Record<ReplacementKind, number> = { person: 3, place: 2, marked: 1 };
const LABELS: Record<ReplacementKind, string> = { person: 'Person', place: 'Sted', marked: 'Anonymiseret' };

interface Token {
  start: number;
  end: number;
  lower: string;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

function tokenise(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    lower: m[0].toLowerCase(),
  }));
}

interface Pattern {
  term: string;
  words: string[];
  /** What stands between the words, whitespace collapsed to one space. */
  gaps: string[];
  owners: number[];
}

interface Match {
  start: number;
  end: number;
  pattern: Pattern;
}

const collapse = (gap: string) => gap.replace(/\s+/g, ' ');
const termKey = (term: string) => collapse(term.normalize('NFC').trim()).toLowerCase();

function pattern(term: string, owner: number): Pattern | null {
  const clean = collapse(term.normalize('NFC').trim());
  const tokens = tokenise(clean);
  if (tokens.length === 0) return null;
  const gaps = tokens.slice(1).map((t, i) => collapse(clean.slice(tokens[i].end, t.start)));
  return { term: clean, words: tokens.map((t) => t.lower), gaps, owners: [owner] };
}

/** Finds patterns in a text, leftmost first, the longest at each place. */
class Matcher {
  private readonly byFirst = new Map<string, Pattern[]>();

  constructor(patterns: Iterable<Pattern>) {
    for (const p of patterns) {
      const list = this.byFirst.get(p.words[0]) ?? [];
      list.push(p);
      this.byFirst.set(p.words[0], list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  private fits(text: string, tokens: Token[], i: number, p: Pattern): number {
    const n = p.words.length;
    if (i + n > tokens.length) return -1;
    for (let k = 0; k < n; k++) {
      const token = tokens[i + k];
      if (k > 0) {
        const gap = text.slice(tokens[i + k - 1].end, token.start);
        if (collapse(gap) !== p.gaps[k - 1] || gap.split('\n').length > 2) return -1;
      }
      if (token.lower === p.words[k]) continue;
      if (k === n - 1 && token.lower === `${p.words[k]}s`) return token.end - 1;
      return -1;
    }
    return tokens[i + n - 1].end;
  }

  find(text: string): Match[] {
    const tokens = tokenise(text);
    const out: Match[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const lower = tokens[i].lower;
      const candidates = [...(this.byFirst.get(lower) ?? [])];
      // "Mettes": a one-word name with a possessive s.
      if (lower.endsWith('s'))
        candidates.push(...(this.byFirst.get(lower.slice(0, -1)) ?? []).filter((p) => p.words.length === 1));
      for (const p of candidates) {
        const end = this.fits(text, tokens, i, p);
        if (end < 0) continue;
        out.push({ start: tokens[i].start, end, pattern: p });
        i += p.words.length - 1;
        break;
      }
    }
    return out;
  }
}

interface Group {
  kind: ReplacementKind;
  pseudonym?: string;
}

export function proposeReplacements(text: string, known: KnownName[], marked: string[]): Replacement[] {
  const groups: Group[] = [];
  const groupOf = new Map<string, number>();
  const active = new Map<string, Pattern>();
  const dormant = new Map<string, Pattern>();
  const add = (map: Map<string, Pattern>, term: string, owner: number) => {
    const key = termKey(term);
    const existing = map.get(key);
    if (existing) {
      if (!existing.owners.includes(owner)) existing.owners.push(owner);
    } else {
      const p = pattern(term, owner);
      if (p) map.set(key, p);
    }
  };
  const eligible = (term: string, kind: ReplacementKind) => {
    if (/\s/.test(term.trim())) return true;
    const letters = term.match(/\p{L}/gu)?.length ?? 0;
    return letters >= MIN_LETTERS[kind] && (kind === 'marked' || !KEEP_ALONE.has(termKey(term)));
  };
  for (const name of known) {
    const full = collapse(name.term.normalize('NFC').trim());
    if (!full) continue;
    const key = `${name.kind}:${full.toLowerCase()}`;
    let owner = groupOf.get(key);
    if (owner === undefined) {
      owner = groups.push({ kind: name.kind, pseudonym: name.pseudonym }) - 1;
      groupOf.set(key, owner);
    }
    const words = full.split(' ');
    // Every word of a person's name counts alone (first, middle and surname), subject to eligible().
    const terms = name.kind === 'person' && words.length > 1 ? [full, ...words] : [full];
    for (const term of terms) add(eligible(term, name.kind) ? active : dormant, term, owner);
  }
  const markedKeys: string[] = [];
  for (const term of marked) {
    const key = termKey(term);
    if (!key || !pattern(term, 0)) continue;
    markedKeys.push(key);
    if (active.has(key)) continue;
    const sleeping = dormant.get(key);
    if (sleeping) active.set(key, sleeping);
    else active.set(key, pattern(term, groups.push({ kind: 'marked' }) - 1)!);
  }

  const matches = new Matcher(active.values()).find(text);
  // A term several groups share ("Mette" of two people) goes to the one that appears first by an unshared term.
  const firstSeen = new Map<number, number>();
  for (const m of matches)
    if (m.pattern.owners.length === 1 && !firstSeen.has(m.pattern.owners[0]))
      firstSeen.set(m.pattern.owners[0], m.start);
  const ownerOf = (p: Pattern) =>
    p.owners.reduce(
      (best, o) => ((firstSeen.get(o) ?? Infinity) < (firstSeen.get(best) ?? Infinity) ? o : best),
      p.owners[0],
    );

  const byTerm = new Map<Pattern, { owner: number; count: number }>();
  for (const m of matches) {
    const entry = byTerm.get(m.pattern) ?? { owner: ownerOf(m.pattern), count: 0 };
    entry.count++;
    byTerm.set(m.pattern, entry);
  }
  for (const key of markedKeys) {
    const p = active.get(key)!;
    if (!byTerm.has(p)) byTerm.set(p, { owner: ownerOf(p), count: 0 });
  }
  const numbers: Record<ReplacementKind, number> = { person: 0, place: 0, marked: 0 };
  const pseudonyms = new Map<number, string>();
  const pseudonymOf = (owner: number) => {
    let name = pseudonyms.get(owner);
    if (!name) {
      const group = groups[owner];
      name = group.pseudonym ?? `[${LABELS[group.kind]} ${++numbers[group.kind]}]`;
      pseudonyms.set(owner, name);
    }
    return name;
  };
  return [...byTerm].map(([p, { owner, count }]) => ({
    term: p.term,
    kind: groups[owner].kind,
    pseudonym: pseudonymOf(owner),
    count,
  }));
}

/** Replaces the listed terms in a piece of text, except those excluded (which still shield their words). */
function replacer(replacements: Replacement[], exclude: string[]) {
  const skip = new Set(exclude.map(termKey));
  const patterns = new Map<string, Pattern & { pseudonym: string | null }>();
  for (const r of replacements) {
    const key = termKey(r.term);
    const p = pattern(r.term, 0);
    if (p && !patterns.has(key)) patterns.set(key, { ...p, pseudonym: skip.has(key) ? null : r.pseudonym });
  }
  const matcher = new Matcher(patterns.values());
  return (text: string) => {
    let out = '';
    let at = 0;
    for (const m of matcher.find(text)) {
      const pseudonym = (m.pattern as Pattern & { pseudonym: string | null }).pseudonym;
      if (pseudonym === null) continue;
      out += text.slice(at, m.start) + pseudonym;
      at = m.end;
    }
    return out + text.slice(at);
  };
}

/** The terms replaced in a piece of text on its own (what each segment's text becomes). */
export function replaceInText(text: string, replacements: Replacement[], exclude: string[] = []): string {
  return replacer(replacements, exclude)(text);
}

/**
 * A new transcript with the replacements made and every segment's offsets recomputed. The text is cut at every
 * segment boundary first, so a replacement never straddles one; speaker labels that are names are replaced too.
 */
export function applyReplacements(
  parsed: ParsedTranscript,
  replacements: Replacement[],
  exclude: string[] = [],
): ParsedTranscript {
  const replace = replacer(replacements, exclude);
  const map = new OffsetMap(parsed.text);
  const cuts = [...new Set([0, map.length, ...parsed.segments.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const moved = new Map<number, number>([[0, 0]]);
  let text = '';
  let length = 0;
  for (let i = 1; i < cuts.length; i++) {
    const piece = replace(map.slice(cuts[i - 1], cuts[i]));
    text += piece;
    length += codePointLength(piece);
    moved.set(cuts[i], length);
  }
  return {
    ...parsed,
    text,
    warnings: [...parsed.warnings],
    segments: parsed.segments.map((s) => ({
      ...s,
      speaker: s.speaker === null ? null : replace(s.speaker),
      start: moved.get(s.start)!,
      end: moved.get(s.end)!,
    })),
  };
}
