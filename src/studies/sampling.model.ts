/**
 * Stratified random sampling of first-line leaders for a needs study. Everything here is deterministic: the same
 * seed and the same candidates give the same sample and the same replacements on any machine and in any JS engine,
 * so a draw can be re-checked later (the seed is stored with the study). Hence a hand-written PRNG (cyrb128 seeding
 * sfc32, both public domain) instead of Math.random or node:crypto, which would not be reproducible or browser-safe.
 *
 * Within a stratum, candidates are sorted by personId and shuffled (Fisher–Yates); the whole shuffled list is the
 * stratum's "reserve order": the sample takes its head, and replacements continue down the same list.
 */

/** A confirmed first-line leader of a participating organisation. `area` is the area key of the leader's unit. */
export interface Candidate {
  personId: string;
  orgId: string;
  area: string | null;
  tenureYears: number | null;
}

export type TenureBand = 'new' | 'experienced' | 'unknown';
export const TENURE_BANDS: readonly TenureBand[] = ['new', 'experienced', 'unknown'];
/** Leaders with fewer years than this in the role count as new. */
export const NEW_LEADER_YEARS = 2;

export function tenureBand(tenureYears: number | null): TenureBand {
  if (tenureYears === null || !Number.isFinite(tenureYears) || tenureYears < 0) return 'unknown';
  return tenureYears < NEW_LEADER_YEARS ? 'new' : 'experienced';
}

export interface StratifyOptions {
  byArea: boolean;
  byTenure: boolean;
}

/**
 * What defines a stratum. A missing `area` or `band` means the study does not split by it; `area: null` means
 * "split by area, and these leaders have none recorded".
 */
export interface StratumParts {
  orgId: string;
  area?: string | null;
  band?: TenureBand;
}

export interface Stratum extends StratumParts {
  key: string;
  size: number;
}

/** A JSON text of the parts, so any org id or area key round-trips and the key also says how the study splits. */
export function stratumKey(parts: StratumParts): string {
  const ordered: StratumParts = { orgId: parts.orgId };
  if (parts.area !== undefined) ordered.area = parts.area;
  if (parts.band !== undefined) ordered.band = parts.band;
  return JSON.stringify(ordered);
}

/** The parts of a key made by `stratumKey`, or null for anything else (a key from a request body, say). */
export function parseStratumKey(key: string): StratumParts | null {
  let value: unknown;
  try {
    value = JSON.parse(key);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { orgId, area, band, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length > 0 || typeof orgId !== 'string') return null;
  if (area !== undefined && area !== null && typeof area !== 'string') return null;
  if (band !== undefined && !TENURE_BANDS.includes(band as TenureBand)) return null;
  const parts: StratumParts = { orgId };
  if (area !== undefined) parts.area = area as string | null;
  if (band !== undefined) parts.band = band as TenureBand;
  return stratumKey(parts) === key ? parts : null;
}

export function candidateStratumKey(candidate: Candidate, options: StratifyOptions): string {
  return stratumKey({
    orgId: candidate.orgId,
    area: options.byArea ? candidate.area : undefined,
    band: options.byTenure ? tenureBand(candidate.tenureYears) : undefined,
  });
}

/** Whether a candidate belongs to the stratum the parts describe. */
function inStratum(candidate: Candidate, parts: StratumParts): boolean {
  return (
    candidate.orgId === parts.orgId &&
    (parts.area === undefined || candidate.area === parts.area) &&
    (parts.band === undefined || tenureBand(candidate.tenureYears) === parts.band)
  );
}

/** Code-unit comparison: unlike localeCompare it is the same in every engine and locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Null (no area) after every area; absent (not split) sorts the same as null since one study never mixes them. */
function compareStrata(a: StratumParts, b: StratumParts): number {
  const area = (p: StratumParts) => p.area ?? null;
  const band = (p: StratumParts) => (p.band === undefined ? -1 : TENURE_BANDS.indexOf(p.band));
  return (
    compareText(a.orgId, b.orgId) ||
    (area(a) === area(b) ? 0 : area(a) === null ? 1 : area(b) === null ? -1 : compareText(area(a)!, area(b)!)) ||
    band(a) - band(b)
  );
}

/** Candidates sorted by personId, a person listed twice kept once (the first by orgId), so input order never matters. */
export function normaliseCandidates(candidates: readonly Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => compareText(a.personId, b.personId) || compareText(a.orgId, b.orgId));
  return sorted.filter((c, i) => i === 0 || sorted[i - 1].personId !== c.personId);
}

/** The strata the candidates fall into, by organisation, then area (none last), then tenure band. */
export function stratify(candidates: readonly Candidate[], options: StratifyOptions): Stratum[] {
  const strata = new Map<string, Stratum>();
  for (const candidate of normaliseCandidates(candidates)) {
    const key = candidateStratumKey(candidate, options);
    const found = strata.get(key);
    if (found) found.size += 1;
    else strata.set(key, { ...(parseStratumKey(key) as StratumParts), key, size: 1 });
  }
  return [...strata.values()].sort(compareStrata);
}

/**
 * Splits `total` over the strata in proportion to their sizes by the largest-remainder method (ties go to the
 * earlier stratum). Integer arithmetic, so no rounding drift; a stratum never gets more than its size, and a total
 * above the number of candidates is cut to that number.
 */
export function proportionalTargets(strata: readonly Stratum[], total: number): Map<string, number> {
  const population = strata.reduce((sum, s) => sum + s.size, 0);
  const wanted = Math.max(0, Math.min(Math.floor(total), population));
  const targets = new Map<string, number>();
  if (population === 0) return targets;
  const rest = strata.map((s, index) => {
    targets.set(s.key, Math.floor((wanted * s.size) / population));
    return { key: s.key, index, remainder: (wanted * s.size) % population };
  });
  let left = wanted - [...targets.values()].reduce((sum, n) => sum + n, 0);
  rest.sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { key } of rest) {
    if (left === 0) break;
    targets.set(key, (targets.get(key) as number) + 1);
    left -= 1;
  }
  return targets;
}

export interface CappedTarget {
  stratumKey: string;
  requested: number;
  available: number;
}

export interface CheckedTargets {
  /** Every known stratum's target, at most its size; strata without a target get 0. */
  targets: Map<string, number>;
  /** Targets above the stratum's size, drawn as the whole stratum. */
  capped: CappedTarget[];
  /** Keys that are no stratum of these candidates (e.g. the stratification changed since the targets were set). */
  unknownKeys: string[];
  /** Keys whose target is not a whole number ≥ 0. */
  invalidKeys: string[];
}

/** Checks explicit targets (set by hand per stratum) against the strata; what a service reports before drawing. */
export function checkTargets(strata: readonly Stratum[], requested: ReadonlyMap<string, number>): CheckedTargets {
  const sizes = new Map(strata.map((s) => [s.key, s.size]));
  const result: CheckedTargets = { targets: new Map(), capped: [], unknownKeys: [], invalidKeys: [] };
  for (const s of strata) result.targets.set(s.key, 0);
  for (const [key, target] of requested) {
    const available = sizes.get(key);
    if (available === undefined) result.unknownKeys.push(key);
    else if (!Number.isInteger(target) || target < 0) result.invalidKeys.push(key);
    else {
      if (target > available) result.capped.push({ stratumKey: key, requested: target, available });
      result.targets.set(key, Math.min(target, available));
    }
  }
  return result;
}

/** cyrb128: a fast 128-bit string hash, used only to turn the seed text into four 32-bit PRNG state words. */
function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** sfc32 (Chris Doty-Humphrey's "small fast chaotic" generator from PractRand): unsigned 32-bit integers. */
export function seededGenerator(seed: string): () => number {
  let [a, b, c, d] = cyrb128(seed);
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 15; i++) next(); // the first outputs of sfc32 still show the seed's structure
  return next;
}

const TWO_32 = 2 ** 32;

/** A uniform integer in [0, n) by rejection, so no index is favoured by modulo bias. */
function uniformBelow(next: () => number, n: number): number {
  const limit = TWO_32 - (TWO_32 % n);
  let x = next();
  while (x >= limit) x = next();
  return x % n;
}

/**
 * The stratum's full reserve order (person ids). Each stratum gets its own generator (seed + key), so adding or
 * removing candidates in one stratum never changes the order in another.
 */
export function reserveOrder(candidates: readonly Candidate[], key: string, seed: string): string[] {
  const parts = parseStratumKey(key);
  if (!parts) return [];
  const ids = normaliseCandidates(candidates)
    .filter((c) => inStratum(c, parts))
    .map((c) => c.personId);
  const next = seededGenerator(`${seed}\u0000${key}`);
  for (let i = ids.length - 1; i > 0; i--) {
    const j = uniformBelow(next, i + 1);
    [ids[i], ids[j]] = [ids[j], ids[i]];
  }
  return ids;
}

export interface DrawnPerson {
  personId: string;
  stratumKey: string;
  /** 1-based place in the stratum's reserve order. */
  drawOrder: number;
}

/**
 * The sample: the head of each stratum's reserve order, as many as its target (capped at its size; targets for
 * unknown strata are ignored — see `checkTargets`). Ordered by stratum, then draw order.
 */
export function drawSample(
  candidates: readonly Candidate[],
  targets: ReadonlyMap<string, number>,
  seed: string,
  options: StratifyOptions,
): DrawnPerson[] {
  const strata = stratify(candidates, options);
  const { targets: capped } = checkTargets(strata, targets);
  return strata.flatMap((s) =>
    reserveOrder(candidates, s.key, seed)
      .slice(0, capped.get(s.key))
      .map((personId, i) => ({ personId, stratumKey: s.key, drawOrder: i + 1 })),
  );
}

/**
 * The next person in the stratum's reserve order who has not been drawn yet (sampled, replaced, declined: every
 * person ever drawn must be in `alreadyDrawnPersonIds`), or null when the stratum is exhausted. The candidates must
 * be the ones the sample was drawn from, or the order differs.
 */
export function drawReplacement(
  candidates: readonly Candidate[],
  alreadyDrawnPersonIds: Iterable<string>,
  key: string,
  seed: string,
): DrawnPerson | null {
  const drawn = new Set(alreadyDrawnPersonIds);
  const order = reserveOrder(candidates, key, seed);
  const index = order.findIndex((personId) => !drawn.has(personId));
  return index === -1 ? null : { personId: order[index], stratumKey: key, drawOrder: index + 1 };
}
