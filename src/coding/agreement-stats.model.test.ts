import { describe, expect, it } from 'vitest';
import {
  BinaryTally,
  cohenKappa,
  cohenKappaBinary,
  krippendorffAlpha,
  percentAgreement,
  type UnitValues,
} from './agreement-stats.model.js';

/** Reliability data written as in the literature (one row per coder) turned into one array per unit. */
const byUnit = <V extends string | number | boolean>(coders: (V | null)[][]): UnitValues<V>[] =>
  coders[0].map((_, u) => coders.map((row) => row[u]));

/** A 2×2 table as two rating arrays: both yes, first only, second only, both no. */
function fromTable(yy: number, yn: number, ny: number, nn: number): [boolean[], boolean[]] {
  const a: boolean[] = [];
  const b: boolean[] = [];
  const put = (n: number, x: boolean, y: boolean) => {
    for (let i = 0; i < n; i++) {
      a.push(x);
      b.push(y);
    }
  };
  put(yy, true, true);
  put(yn, true, false);
  put(ny, false, true);
  put(nn, false, false);
  return [a, b];
}

describe("Krippendorff's alpha (nominal)", () => {
  it('reproduces Krippendorff (2011) example C: 4 observers, 12 units, missing data → α = 0.743', () => {
    const _ = null;
    const data = byUnit([
      [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
      [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
      [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
      [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
    ]);
    // By hand. Unit 12 has one value: not pairable. Pairable values n = 3 + 8·4 + 3 + 2 = 40.
    // Marginals: n₁ = 9, n₂ = 13, n₃ = 10, n₄ = 5, n₅ = 3 (sum 40).
    // Off-diagonal coincidences (ordered pairs of different values / (mᵤ − 1)):
    //   unit 2 (2,2,3,2): 2·3·1/3 = 2;  unit 6 (1,2,3,4): 4·3/3 = 4;  unit 8 (1,1,2,1): 2·3·1/3 = 2;  total 8.
    // Σₖ≠ₗ nₖnₗ = 40² − (81 + 169 + 100 + 25 + 9) = 1600 − 384 = 1216.
    // α = 1 − (n − 1)·8 / 1216 = 1 − 312/1216 = 0.74342…
    const alpha = krippendorffAlpha(data);
    expect(alpha).toBeCloseTo(1 - 312 / 1216, 12);
    expect(alpha?.toFixed(3)).toBe('0.743');
    // Mean pairwise agreement over the 11 pairable units: units 2 and 8 agree on 3 of 6 pairs, unit 6 on none, the
    // other 8 fully → (8 + 0.5 + 0.5 + 0) / 11 = 9/11.
    expect(percentAgreement(data)).toBeCloseTo(9 / 11, 12);
  });

  it('reproduces Krippendorff (2011) example A: binary, 2 observers, 10 units → α = 0.095', () => {
    const data = byUnit([
      [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
      [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
    ]);
    // o₀₀ = 10, o₀₁ = o₁₀ = 4, o₁₁ = 2; n₀ = 14, n₁ = 6, n = 20. α = 1 − 19·4/(14·6) = 1 − 76/84 = 0.0952…
    expect(krippendorffAlpha(data)).toBeCloseTo(1 - 76 / 84, 12);
    expect(percentAgreement(data)).toBeCloseTo(0.6, 12);
  });

  it('accepts any value type and ignores undefined as missing', () => {
    const data: UnitValues<string>[] = [['x', 'x', undefined], ['y', 'y'], ['x', 'y', 'x'], ['z']];
    // Pairable: units 1–3, values x,x | y,y | x,y,x → n = 7, nₓ = 4, n_y = 3.
    // Off-diagonal: unit 3 has 2·2·1 ordered x/y pairs / 2 = 2. Σₖ≠ₗ nₖnₗ = 49 − 16 − 9 = 24.
    // α = 1 − 6·2/24 = 0.5
    expect(krippendorffAlpha(data)).toBeCloseTo(0.5, 12);
  });

  it('is null without variation, without pairable units, and without data', () => {
    expect(
      krippendorffAlpha(
        byUnit([
          [1, 1, 1],
          [1, 1, 1],
        ]),
      ),
    ).toBeNull();
    expect(krippendorffAlpha([[1], [2, null], [null, 3]])).toBeNull();
    expect(krippendorffAlpha([])).toBeNull();
    expect(percentAgreement([[1], [null, 2]])).toBeNull();
    expect(percentAgreement([])).toBeNull();
    // Percent is defined (and 1) where alpha is not.
    expect(
      percentAgreement(
        byUnit([
          [1, 1, 1],
          [1, 1, 1],
        ]),
      ),
    ).toBe(1);
  });

  it('is 1 for perfect agreement with variation, and can be negative', () => {
    expect(
      krippendorffAlpha(
        byUnit([
          [1, 2, 1],
          [1, 2, 1],
        ]),
      ),
    ).toBe(1);
    // Systematic disagreement: (1,2),(2,1). n = 4, n₁ = n₂ = 2, off-diagonal 4; α = 1 − 3·4/8 = −0.5.
    expect(
      krippendorffAlpha(
        byUnit([
          [1, 2],
          [2, 1],
        ]),
      ),
    ).toBeCloseTo(-0.5, 12);
  });
});

describe("Cohen's kappa", () => {
  it('reproduces the classic 50-unit table a=20, b=5, c=10, d=15 → κ = 0.4', () => {
    // po = (20 + 15)/50 = 0.7; first coder yes 25/50, second 30/50; pe = 0.5·0.6 + 0.5·0.4 = 0.5;
    // κ = (0.7 − 0.5)/(1 − 0.5) = 0.4.
    const [a, b] = fromTable(20, 5, 10, 15);
    expect(cohenKappa(a, b)).toBeCloseTo(0.4, 12);
    expect(cohenKappaBinary(a, b)).toBeCloseTo(0.4, 12);
    expect(percentAgreement(a.map((x, i) => [x, b[i]]))).toBeCloseTo(0.7, 12);
    const tally = new BinaryTally();
    for (let i = 0; i < a.length; i++) tally.addPair(a[i], b[i]);
    expect(tally.kappa).toBeCloseTo(0.4, 12);
    expect(tally.percent).toBeCloseTo(0.7, 12);
  });

  it('handles several categories (3×3 table, n = 100)', () => {
    // Rows: first coder, columns: second.   x   y   z  | row
    //                                   x   25   2   5  |  32
    //                                   y    3  20   2  |  25
    //                                   z    2   3  38  |  43
    //                                 col   30  25  45
    // po = 83/100; pe = (32·30 + 25·25 + 43·45)/100² = 3520/10000 = 0.352; κ = 0.478/0.648 = 239/324 = 0.73765…
    const table: [string, string, number][] = [
      ['x', 'x', 25],
      ['x', 'y', 2],
      ['x', 'z', 5],
      ['y', 'x', 3],
      ['y', 'y', 20],
      ['y', 'z', 2],
      ['z', 'x', 2],
      ['z', 'y', 3],
      ['z', 'z', 38],
    ];
    const a: string[] = [];
    const b: string[] = [];
    for (const [x, y, n] of table)
      for (let i = 0; i < n; i++) {
        a.push(x);
        b.push(y);
      }
    expect(cohenKappa(a, b)).toBeCloseTo(239 / 324, 12);
    expect(cohenKappa(b, a)).toBeCloseTo(239 / 324, 12);
  });

  it('leaves out units either coder left blank', () => {
    // Without the two blanks this is fromTable(1, 1, 1, 1): po = 0.5, pe = 0.5 → κ = 0.
    expect(cohenKappa([true, true, false, false, null, true], [true, false, true, false, true, undefined])).toBe(0);
  });

  it('is null when undefined, and rejects ratings of different lengths', () => {
    expect(cohenKappa([true, true], [true, true])).toBeNull();
    expect(cohenKappa(['a', 'a'], ['a', 'a'])).toBeNull();
    expect(cohenKappa([], [])).toBeNull();
    expect(cohenKappa([null], ['a'])).toBeNull();
    expect(cohenKappaBinary([false, false], [false, false])).toBeNull();
    // One coder constant, the other not: pe < 1, so κ is defined (0: no agreement beyond chance).
    expect(cohenKappa([true, true], [true, false])).toBe(0);
    expect(() => cohenKappa([1], [1, 2])).toThrow(RangeError);
    expect(() => cohenKappaBinary([true], [])).toThrow(RangeError);
  });
});

describe('binary tally', () => {
  it('ignores units with fewer than two values and counts positives', () => {
    const tally = new BinaryTally();
    tally.add(1, 1);
    tally.add(0, 0);
    expect(tally.units).toBe(0);
    expect(tally.percent).toBeNull();
    expect(tally.alpha).toBeNull();
    expect(tally.kappa).toBeNull();
    tally.add(3, 0);
    tally.add(3, 1);
    tally.add(2, 2);
    expect(tally.units).toBe(3);
    expect(tally.positives).toBe(2);
    // Per-unit pairwise agreement: 1, 1/3, 1 → 7/9.
    expect(tally.percent).toBeCloseTo(7 / 9, 12);
    // Same data as unit arrays for the general formula.
    expect(tally.alpha).toBeCloseTo(
      krippendorffAlpha([
        [0, 0, 0],
        [1, 0, 0],
        [1, 1],
      ]) as number,
      12,
    );
  });
});
