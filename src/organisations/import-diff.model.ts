/**
 * What a re-import changes, matched by employee id, for the preview before anything is written: who is new, who
 * changed (and which fields), who left, who came back. HR's leader decisions ride along, so a confirmed leader stays
 * confirmed however often next month's export is imported.
 */

import { type OrgChartProblem, problem } from './orgchart-problems.model';

export const DIFF_FIELDS = ['name', 'email', 'jobTitle', 'unitKey', 'managerEmployeeId', 'leaderSince'] as const;
export type DiffField = (typeof DIFF_FIELDS)[number];

export type PersonRecord = { employeeId: string } & Record<DiffField, string | null>;

/** HR's decision on a leader suggestion; null while undecided. */
export type LeaderDecision = 'confirmed' | 'rejected' | null;

export interface CurrentPerson extends PersonRecord {
  status: 'active' | 'left';
  leaderDecision: LeaderDecision;
}

export interface FieldChange {
  field: DiffField;
  before: string | null;
  after: string | null;
}

export interface MatchedPerson<I extends PersonRecord> {
  before: CurrentPerson;
  after: I;
  /** Empty for unchanged people. */
  changes: FieldChange[];
  /** Kept from before: an import never undoes HR's decision. */
  leaderDecision: LeaderDecision;
}

export interface ImportDiff<I extends PersonRecord> {
  added: I[];
  changed: MatchedPerson<I>[];
  /** Marked as left by an earlier import and present again; their changes (if any) are listed too. */
  returned: MatchedPerson<I>[];
  unchanged: MatchedPerson<I>[];
  /** Active before and absent now: to be marked as left, never deleted (their history in studies stays). */
  left: CurrentPerson[];
}

function same(field: DiffField, a: string | null, b: string | null): boolean {
  const x = a ?? '';
  const y = b ?? '';
  // An address differing only in case reaches the same mailbox.
  return field === 'email' ? x.toLowerCase() === y.toLowerCase() : x === y;
}

export function changedFields(before: PersonRecord, after: PersonRecord): FieldChange[] {
  return DIFF_FIELDS.filter((f) => !same(f, before[f], after[f])).map((field) => ({
    field,
    before: before[field] ?? null,
    after: after[field] ?? null,
  }));
}

export function diffImport<I extends PersonRecord>(
  current: readonly CurrentPerson[],
  incoming: readonly I[],
): ImportDiff<I> {
  const byId = new Map(current.map((p) => [p.employeeId, p]));
  const seen = new Set<string>();
  const diff: ImportDiff<I> = { added: [], changed: [], returned: [], unchanged: [], left: [] };
  for (const after of incoming) {
    seen.add(after.employeeId);
    const before = byId.get(after.employeeId);
    if (!before) {
      diff.added.push(after);
      continue;
    }
    const match: MatchedPerson<I> = {
      before,
      after,
      changes: changedFields(before, after),
      leaderDecision: before.leaderDecision,
    };
    if (before.status === 'left') diff.returned.push(match);
    else if (match.changes.length > 0) diff.changed.push(match);
    else diff.unchanged.push(match);
  }
  for (const p of current) if (p.status === 'active' && !seen.has(p.employeeId)) diff.left.push(p);
  return diff;
}

/** Share of the active people an import may mark as left before the preview warns (a partial export, say). */
export const MANY_LEFT_SHARE = 0.2;

/**
 * Warnings about a re-import as a whole: many people leaving at once is more often an export of one area than a
 * mass departure, and HR should see that before proceeding.
 */
export function reimportProblems(diff: ImportDiff<PersonRecord>, share = MANY_LEFT_SHARE): OrgChartProblem[] {
  const active = diff.left.length + diff.changed.length + diff.unchanged.length;
  if (active < 10 || diff.left.length <= active * share) return [];
  return [
    problem(
      'many_people_left',
      {},
      { left: diff.left.length, active, percent: Math.round((100 * diff.left.length) / active) },
    ),
  ];
}

export interface LeaderStatus {
  decision: LeaderDecision;
  suggested: boolean;
  /** A confirmed leader the new structure no longer points at (their team moved, say): HR should look again. */
  needsReview: boolean;
}

/** After an import: HR's decision stands; detection only adds suggestions and flags confirmed leaders to recheck. */
export function leaderStatusAfterImport(previous: LeaderDecision, suggestedNow: boolean): LeaderStatus {
  return { decision: previous, suggested: suggestedNow, needsReview: previous === 'confirmed' && !suggestedNow };
}

export const PSEUDONYM_PREFIX = 'L-';
const PSEUDONYM = /^L-(\d{4,})$/;

export function isPseudonym(text: string): boolean {
  return PSEUDONYM.test(text);
}

/**
 * A pseudonym source for one organisation: `L-0417`-style codes drawn at random (so a code says nothing about
 * import order or name), never one in `used`. Pass every code the organisation has ever issued, erased people's
 * included, so none is reused. Four digits while fewer than half of them are taken, then five (L-10000 …), and so
 * on, keeping each draw fast. For real people give a secure random source (`secureRandom`); a seeded one is
 * reproducible, which suits tests and demo data but would let someone who knows the seed and the order re-derive
 * who got which code.
 */
export function createPseudonymGenerator(used: Iterable<string>, random: () => number): () => string {
  const taken = new Set<string>(used);
  const takenNumbers = new Set<number>();
  for (const code of taken) {
    const m = PSEUDONYM.exec(code);
    if (m) takenNumbers.add(Number(m[1]));
  }
  let digits = 4;
  const takenBelow = (limit: number) => {
    let n = 0;
    for (const x of takenNumbers) if (x < limit) n++;
    return n;
  };
  let inRange = takenBelow(10 ** digits);
  return () => {
    while (inRange >= 10 ** digits / 2) {
      digits++;
      inRange = takenBelow(10 ** digits);
    }
    for (;;) {
      const n = Math.floor(random() * 10 ** digits);
      const code = `${PSEUDONYM_PREFIX}${String(n).padStart(4, '0')}`;
      if (takenNumbers.has(n) || taken.has(code)) continue;
      takenNumbers.add(n);
      taken.add(code);
      inRange++;
      return code;
    }
  };
}

/** mulberry32 seeded with a string hash (xmur3): reproducible pseudonyms for tests and demo data. */
export function seededRandom(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  h = Math.imul(h ^ (h >>> 16), 2246822507);
  h = Math.imul(h ^ (h >>> 13), 3266489909);
  let a = (h ^ (h >>> 16)) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Filled 256 draws at a time: a typed array per draw made the pseudonyms of 50,000 new people 20 MB of garbage.
const randomPool = new Uint32Array(256);
let randomNext = randomPool.length;

/** A uniform draw in [0, 1) from the platform's CSPRNG (Web Crypto: Node and browsers). */
export function secureRandom(): number {
  if (randomNext === randomPool.length) {
    globalThis.crypto.getRandomValues(randomPool);
    randomNext = 0;
  }
  return randomPool[randomNext++] / 4294967296;
}
