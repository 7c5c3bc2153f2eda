/**
 * The demo interviews as the seeding needs them: plain NFC text, speaker turns and codings, all offsets in Unicode code
 * points. The first demo analyst's codings come from the markup in demo/transcripts/; a second demo analyst codes a
 * third of the transcripts, derived from the first's with the disagreement real coders show (drops, a neighbouring code,
 * other boundaries, a few codings of their own), so the agreement statistics come out realistic rather than perfect.
 * Pure and deterministic: no database, a seeded random source.
 */
import type { Span } from '../src/coding/coding.model.js';
import { codePointLength, OffsetMap } from '../src/coding/text-offsets.model.js';
import { demoCode } from './coding-codebook.js';
import { type Random, seededRng, shuffle } from './random.js';
import type { DemoTranscript } from './transcripts/demo-transcript.js';
import { DEMO_TRANSCRIPTS } from './transcripts/index.js';

export type DemoSpeaker = 'I' | 'L';
export type DemoCoder = 'first' | 'second';

export interface DemoTurn {
  speaker: DemoSpeaker;
  start: number;
  end: number;
}

export interface DemoCoding {
  coder: DemoCoder;
  codeKey: string;
  start: number;
  end: number;
}

export interface DemoPseudonym {
  pseudonym: string;
  kind: 'person' | 'place';
  count: number;
}

export interface DemoTranscriptPlan extends Omit<DemoTranscript, 'text'> {
  title: string;
  /** Always true: the seeding stores these as demo data. */
  demo: true;
  /** NFC, turns separated by a blank line, each turn starting with "I: " or "L: ". */
  text: string;
  turns: DemoTurn[];
  codings: DemoCoding[];
  /** The pseudonyms the text holds, as pseudonymisation would have recorded them. */
  pseudonyms: DemoPseudonym[];
}

/** Seeds the second analyst's choices. */
export const SECOND_CODER_SEED = 2020;
/** The second analyst codes this many transcripts of each area. */
export const SECOND_CODER_SHARE = { 'teknik-og-miljo': 4, 'aeldre-og-sundhed': 6 } as const;

/** How the second analyst departs from the first: shares of the first analyst's codings, and own additions. */
const DROP = 0.15;
const SWAP = 0.08;
const SHIFT = 0.3;
const ADD = 0.12;

/** Where a second coder plausibly lands instead: a related competency, or the other polarity where both fit. */
const NEIGHBOURS: Readonly<Record<string, readonly string[]>> = {
  'need-finance': ['need-organisation', 'need-operations'],
  'need-politics': ['need-organisation', 'need-goals'],
  'need-organisation': ['need-politics', 'need-goals'],
  'need-colleague': ['need-people', 'need-communication'],
  'need-operations': ['conditions-time', 'need-people'],
  'need-people': ['need-communication', 'need-colleague'],
  'need-communication': ['need-people'],
  'need-goals': ['need-politics', 'need-organisation'],
  'need-development': ['conditions-sparring', 'education-practical'],
  'need-core': ['strength-core'],
  'strength-core': ['strength-people', 'need-core'],
  'strength-people': ['strength-communication', 'strength-core'],
  'strength-communication': ['strength-people'],
  'strength-finance': ['need-finance'],
  'strength-politics': ['strength-organisation'],
  'strength-organisation': ['strength-politics'],
  'strength-colleague': ['strength-people'],
  'strength-goals': ['strength-core'],
  'strength-operations': ['strength-goals'],
  'strength-development': ['conditions-sparring'],
  'recruitment-asked': ['recruitment-internal'],
  'recruitment-internal': ['recruitment-asked'],
  'recruitment-applied': ['recruitment-onboarding'],
  'recruitment-gap': ['need-colleague', 'recruitment-onboarding'],
  'recruitment-onboarding': ['recruitment-gap'],
  'conditions-time': ['need-operations'],
  'conditions-alone': ['conditions-sparring'],
  'conditions-sparring': ['conditions-alone', 'need-development'],
  'conditions-double-role': ['need-operations'],
  'education-practical': ['education-after-glu'],
  'education-after-glu': ['education-practical'],
  'education-diploma': ['education-practical'],
};

/** What a second coder reaches for on a sentence the first left uncoded, by the words in it. */
const OWN_CODES: readonly [RegExp, string][] = [
  [/budget|økonomi|penge|regnskab|kroner|nøgletal|merforbrug/i, 'need-finance'],
  [/politik|byråd|udvalg|borgmester|direktør/i, 'need-politics'],
  [/kolleg/i, 'need-colleague'],
  [/vagtplan|sygemeld|drift|akut|planlæg/i, 'need-operations'],
  [/kursus|uddannelse|GLU|diplom/i, 'education-practical'],
  [/forvaltning|organisation|afdeling|HR\b|MED/i, 'need-organisation'],
  [/medarbejder|trivsel|MUS|fravær/i, 'need-people'],
  [/tid\b|travl|aften|weekend/i, 'conditions-time'],
];

const MARK_OPEN = '[[';
const LABEL = /^(I|L): /;

interface Parsed {
  text: string;
  turns: DemoTurn[];
  codings: DemoCoding[];
}

/** Reads one transcript's source (one turn a line, coding markup) into NFC text, turns and first-coder codings. */
export function parseDemoTranscript(source: string): Parsed {
  const lines = source
    .normalize('NFC')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  let text = '';
  const turns: DemoTurn[] = [];
  const codings: DemoCoding[] = [];
  for (const line of lines) {
    const label = LABEL.exec(line);
    if (!label) throw new Error(`turn without "I: " or "L: ": ${line.slice(0, 40)}`);
    if (text) text += '\n\n';
    const turnStart = text.length;
    let i = 0;
    while (i < line.length) {
      const open = line.indexOf(MARK_OPEN, i);
      if (open < 0) {
        text += line.slice(i);
        break;
      }
      text += line.slice(i, open);
      const bar = line.indexOf('|', open);
      if (bar < 0) throw new Error(`coding markup without "|": ${line.slice(open, open + 40)}`);
      const keys = line.slice(open + 2, bar).split(',');
      // The passage ends at the first "]]" outside a pseudonym's own brackets ("[Sted 1]]]" closes after "[Sted 1]").
      let depth = 0;
      let end = bar + 1;
      for (; end < line.length; end++) {
        const c = line[end];
        if (c === '[') {
          if (line[end + 1] === '[') throw new Error(`nested coding markup: ${line.slice(open, open + 40)}`);
          depth++;
        } else if (c === ']') {
          if (depth > 0) depth--;
          else if (line[end + 1] === ']') break;
        }
      }
      if (end >= line.length) throw new Error(`unclosed coding markup: ${line.slice(open, open + 40)}`);
      const passage = line.slice(bar + 1, end);
      if (!passage.trim()) throw new Error(`empty coded passage: ${line.slice(open, open + 40)}`);
      const start = text.length;
      text += passage;
      for (const key of keys) {
        demoCode(key.trim());
        codings.push({ coder: 'first', codeKey: key.trim(), start, end: text.length });
      }
      i = end + 2;
    }
    turns.push({ speaker: label[1] as DemoSpeaker, start: turnStart, end: text.length });
  }
  if (text !== text.normalize('NFC')) throw new Error('transcript text is not NFC');
  // Everything above is in UTF-16 code units; the plan speaks code points.
  const map = new OffsetMap(text);
  const point = <T extends { start: number; end: number }>(span: T): T => ({
    ...span,
    start: map.toPoint(span.start),
    end: map.toPoint(span.end),
  });
  return { text, turns: turns.map(point), codings: codings.map(point) };
}

/** The transcripts the second analyst codes: a fixed draw from each area. */
export function secondCoderKeys(transcripts: readonly DemoTranscript[] = DEMO_TRANSCRIPTS): string[] {
  const random = seededRng(SECOND_CODER_SEED);
  const chosen: string[] = [];
  for (const [area, count] of Object.entries(SECOND_CODER_SHARE)) {
    const keys = transcripts.filter((t) => t.area === area).map((t) => t.key);
    chosen.push(...shuffle(random, keys).slice(0, count));
  }
  return chosen.sort();
}

type Word = Span;

const wordsIn = (text: string, from: number, to: number): Word[] =>
  [...text.slice(from, to).matchAll(/[\p{L}\p{N}[\]]+(?:[-'’][\p{L}\p{N}]+)*[.,!?…]?/gu)].map((m) => ({
    start: from + m.index,
    end: from + m.index + m[0].length,
  }));

/** Moves a coding's edges by up to two words either way, inside its turn, keeping at least two words. */
function shiftBoundaries(random: Random, coding: DemoCoding, words: readonly Word[]): DemoCoding {
  let first = words.findIndex((w) => w.end > coding.start);
  let last = words.findLastIndex((w) => w.start < coding.end);
  if (first < 0 || last < first) return coding;
  const step = () => (random() < 0.5 ? -1 : 1) * (1 + Math.floor(random() * 2));
  if (random() < 0.6) first = Math.max(0, first + step());
  else last = Math.min(words.length - 1, last + step());
  if (last - first < 1) return coding;
  return { ...coding, start: words[first].start, end: words[last].end };
}

const sameSpan = (a: DemoCoding, b: DemoCoding) => a.codeKey === b.codeKey && a.start === b.start && a.end === b.end;

/** The second analyst's codings of one transcript (offsets in code points, like the first's). */
function secondCoding(random: Random, parsed: Parsed): DemoCoding[] {
  const map = new OffsetMap(parsed.text);
  const turnOf = (c: DemoCoding) => parsed.turns.find((t) => t.start <= c.start && c.end <= t.end)!;
  // Words in code points: a turn's words, found on its code units and converted back.
  const wordsOfTurn = (turn: DemoTurn): Word[] =>
    wordsIn(parsed.text, map.toUnit(turn.start) + 3, map.toUnit(turn.end)).map((w) => ({
      start: map.toPoint(w.start),
      end: map.toPoint(w.end),
    }));
  const out: DemoCoding[] = [];
  const push = (c: DemoCoding) => {
    if (!out.some((o) => sameSpan(o, c))) out.push(c);
  };
  // A coder reads a theme in a turn or not: decisions are per code and turn, so the turn-level agreement statistics
  // see them (dropping one of two passages with the same code in a turn would not).
  const groups = new Map<string, DemoCoding[]>();
  for (const first of parsed.codings) {
    const key = `${parsed.turns.indexOf(turnOf(first))}|${first.codeKey}`;
    groups.set(key, [...(groups.get(key) ?? []), first]);
  }
  for (const group of groups.values()) {
    const r = random();
    if (r < DROP) continue;
    let codeKey = group[0].codeKey;
    if (r < DROP + SWAP) {
      const options = NEIGHBOURS[codeKey] ?? [];
      if (options.length === 0) continue;
      codeKey = options[Math.floor(random() * options.length)];
    }
    for (const first of group) {
      let coding: DemoCoding = { ...first, coder: 'second', codeKey };
      if (random() < SHIFT) coding = shiftBoundaries(random, coding, wordsOfTurn(turnOf(first)));
      push(coding);
    }
  }
  // Own codings on leader sentences the first analyst left alone.
  const free: DemoCoding[] = [];
  for (const turn of parsed.turns) {
    if (turn.speaker !== 'L') continue;
    const bodyStart = turn.start + 3; // after "L: "
    const body = map.slice(bodyStart, turn.end);
    for (const m of body.matchAll(/[^.!?]+[.!?]+/g)) {
      const lead = m[0].length - m[0].trimStart().length;
      const start = bodyStart + codePointLength(body.slice(0, m.index + lead));
      const end = bodyStart + codePointLength(body.slice(0, m.index + m[0].length));
      const sentence = m[0].trim();
      if (sentence.split(/\s+/).length < 6) continue;
      if (parsed.codings.some((c) => c.start < end && start < c.end)) continue;
      const inTurn = parsed.codings.filter((c) => c.start >= turn.start && c.end <= turn.end);
      const codeKey = OWN_CODES.find(([re]) => re.test(sentence))?.[1] ?? inTurn[0]?.codeKey;
      // Only a code the first analyst did not give this turn is a coding of the second's own.
      if (codeKey && !inTurn.some((c) => c.codeKey === codeKey)) free.push({ coder: 'second', codeKey, start, end });
    }
  }
  const additions = Math.floor(groups.size * ADD + random());
  for (const coding of shuffle(random, free).slice(0, additions)) push(coding);
  return out.sort((a, b) => a.start - b.start || a.end - b.end || (a.codeKey < b.codeKey ? -1 : 1));
}

function pseudonymsIn(text: string): DemoPseudonym[] {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/\[(Person|Sted) \d+\]/g)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => a.localeCompare(b, 'da', { numeric: true }))
    .map(([pseudonym, count]) => ({ pseudonym, kind: pseudonym.startsWith('[Person') ? 'person' : 'place', count }));
}

/** Every demo transcript ready to seed: text, turns, the first analyst's codings and, on a third, the second's. */
export function demoTranscripts(transcripts: readonly DemoTranscript[] = DEMO_TRANSCRIPTS): DemoTranscriptPlan[] {
  const second = new Set(secondCoderKeys(transcripts));
  return transcripts.map((t, index) => {
    const parsed = parseDemoTranscript(t.text);
    const codings = second.has(t.key)
      ? [...parsed.codings, ...secondCoding(seededRng(SECOND_CODER_SEED + index + 1), parsed)]
      : parsed.codings;
    return {
      key: t.key,
      area: t.area,
      band: t.band,
      role: t.role,
      recruitment: t.recruitment,
      title: `Interview ${t.key.slice(1)} – ${t.role}`,
      demo: true,
      text: parsed.text,
      turns: parsed.turns,
      codings,
      pseudonyms: pseudonymsIn(parsed.text),
    };
  });
}
