/**
 * Agreement statistics for nominal ratings: percent agreement, Cohen's kappa and Krippendorff's alpha. Each returns
 * null where the measure is undefined (no units, nothing pairable, no variation) rather than NaN, so callers show "—".
 *
 * Data shape for percent and alpha: one array per unit holding that unit's values, one per coder, with null or
 * undefined where a coder gave none (missing data). Coder identity does not enter either measure, only which values
 * share a unit. Kappa, defined for exactly two coders, takes the two coders' ratings as two arrays.
 */

export type Rating = string | number | boolean;
/** One unit's values, one per coder; null/undefined where that coder gave no value. */
export type UnitValues<V extends Rating> = readonly (V | null | undefined)[];

const present = <V extends Rating>(unit: UnitValues<V>) => unit.filter((v): v is V => v !== null && v !== undefined);

/**
 * Percent agreement as a proportion 0…1: for each pairable unit (two or more values) the share of its pairs of values
 * that agree, averaged over those units. With two coders and no missing data this is the plain share of units on
 * which they agree; with more it is the mean pairwise agreement (Fleiss's P̄). Null when no unit is pairable.
 */
export function percentAgreement<V extends Rating>(units: readonly UnitValues<V>[]): number | null {
  let sum = 0;
  let pairable = 0;
  for (const unit of units) {
    const values = present(unit);
    const m = values.length;
    if (m < 2) continue;
    const counts = new Map<V, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    let agreeing = 0;
    for (const n of counts.values()) agreeing += n * (n - 1);
    sum += agreeing / (m * (m - 1));
    pairable++;
  }
  return pairable === 0 ? null : sum / pairable;
}

/**
 * Cohen's kappa of two coders over any number of nominal categories: (po − pe) / (1 − pe), pe from each coder's own
 * marginal distribution. Units where either coder has no value are left out. Computed in integers
 * ((n·agree − Σ aₖbₖ) / (n² − Σ aₖbₖ)) so the degenerate case is detected exactly: null when no unit remains or when
 * pe = 1 (both coders used one and the same single category).
 */
export function cohenKappa<V extends Rating>(
  a: readonly (V | null | undefined)[],
  b: readonly (V | null | undefined)[],
): number | null {
  if (a.length !== b.length) throw new RangeError('ratings of different lengths');
  const aCounts = new Map<V, number>();
  const bCounts = new Map<V, number>();
  let n = 0;
  let agree = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === null || x === undefined || y === null || y === undefined) continue;
    n++;
    if (x === y) agree++;
    aCounts.set(x, (aCounts.get(x) ?? 0) + 1);
    bCounts.set(y, (bCounts.get(y) ?? 0) + 1);
  }
  let chance = 0;
  for (const [value, count] of aCounts) chance += count * (bCounts.get(value) ?? 0);
  const denominator = n * n - chance;
  return n === 0 || denominator === 0 ? null : (n * agree - chance) / denominator;
}

/**
 * Cohen's kappa of two binary ratings of the same units: (po − pe) / (1 − pe). Null when it is undefined (both
 * coders gave every unit the same single value, so pe = 1).
 */
export function cohenKappaBinary(a: readonly boolean[], b: readonly boolean[]): number | null {
  if (a.length !== b.length) throw new RangeError('ratings of different lengths');
  return cohenKappa(a, b);
}

/**
 * Krippendorff's alpha for nominal data, any number of coders, missing values allowed (Krippendorff 2011,
 * "Computing Krippendorff's Alpha-Reliability", the coincidence-matrix formulation):
 *
 *   oₖₗ = Σᵤ (number of ordered pairs of values (k, l) from different coders in unit u) / (mᵤ − 1)
 *   nₖ = Σₗ oₖₗ,  n = Σₖ nₖ (the pairable values)
 *   α = 1 − (n − 1) · Σₖ≠ₗ oₖₗ / Σₖ≠ₗ nₖnₗ
 *
 * Units with fewer than two values are not pairable and drop out. Null when fewer than two values are pairable or all
 * pairable values are the same (expected disagreement 0).
 */
export function krippendorffAlpha<V extends Rating>(units: readonly UnitValues<V>[]): number | null {
  const index = new Map<V, number>();
  // Coincidences kept sparse: only the off-diagonal total and each value's marginal nₖ are needed for nominal data.
  const marginal: number[] = [];
  let offDiagonal = 0;
  for (const unit of units) {
    const values = present(unit);
    const m = values.length;
    if (m < 2) continue;
    const counts = new Map<number, number>();
    for (const v of values) {
      let k = index.get(v);
      if (k === undefined) {
        k = index.size;
        index.set(v, k);
        marginal.push(0);
      }
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    // Row k of the unit's coincidences sums to count(k) (each value pairs with the m − 1 others, divided by m − 1).
    let sameOrdered = 0;
    for (const [k, c] of counts) {
      marginal[k] += c;
      sameOrdered += c * (c - 1);
    }
    offDiagonal += (m * (m - 1) - sameOrdered) / (m - 1);
  }
  return alphaFromCoincidences(marginal, offDiagonal);
}

/** α from the marginals nₖ of the coincidence matrix and the sum of its off-diagonal cells. */
function alphaFromCoincidences(marginal: readonly number[], offDiagonal: number): number | null {
  let n = 0;
  let squares = 0;
  for (const c of marginal) {
    n += c;
    squares += c * c;
  }
  const expected = n * n - squares; // Σₖ≠ₗ nₖnₗ
  if (n < 2 || expected === 0) return null;
  return 1 - ((n - 1) * offDiagonal) / expected;
}

/**
 * Running totals for binary (applied / not applied) decisions, enough for all three measures without keeping the
 * decisions: per unit only the number of coders with a value (m) and how many of them said yes matter, and for
 * Cohen's kappa (two coders) the 2×2 table.
 */
export class BinaryTally {
  /** Pairable units added. */
  units = 0;
  /** Units where at least one coder said yes. */
  positives = 0;
  private agreementSum = 0;
  private yesValues = 0;
  private noValues = 0;
  private offDiagonal = 0;
  /** Two-coder table: both yes, first only, second only, both no. */
  readonly table = [0, 0, 0, 0];

  /** One unit with `m` values of which `yes` are yes. Units with fewer than two values are ignored (not pairable). */
  add(m: number, yes: number): void {
    if (m < 2) return;
    const no = m - yes;
    this.units++;
    if (yes > 0) this.positives++;
    this.agreementSum += (yes * (yes - 1) + no * (no - 1)) / (m * (m - 1));
    this.yesValues += yes;
    this.noValues += no;
    this.offDiagonal += (2 * yes * no) / (m - 1);
  }

  /** One unit rated by exactly two coders (also feeds the kappa table). */
  addPair(first: boolean, second: boolean): void {
    this.add(2, (first ? 1 : 0) + (second ? 1 : 0));
    this.table[first ? (second ? 0 : 1) : second ? 2 : 3]++;
  }

  get percent(): number | null {
    return this.units === 0 ? null : this.agreementSum / this.units;
  }

  get alpha(): number | null {
    return alphaFromCoincidences([this.yesValues, this.noValues], this.offDiagonal);
  }

  /** Cohen's kappa of the units added with addPair (null when none or pe = 1). */
  get kappa(): number | null {
    const [yy, yn, ny, nn] = this.table;
    const n = yy + yn + ny + nn;
    const chance = (yy + yn) * (yy + ny) + (ny + nn) * (yn + nn);
    const denominator = n * n - chance;
    return n === 0 || denominator === 0 ? null : (n * (yy + nn) - chance) / denominator;
  }
}
