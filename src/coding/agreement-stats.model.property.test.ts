import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BinaryTally, cohenKappa, krippendorffAlpha, percentAgreement } from './agreement-stats.model.js';

// Fixed seeds: these properties run the same cases on every machine and every run.
const settings = (seed: number, numRuns = 100) => ({ seed, numRuns });

/** A small deterministic PRNG (mulberry32) so large data sets come from one generated seed. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Two coders on n units, k balanced categories; the second copies the first with probability p, else draws anew. */
function twoCoders(seed: number, n: number, k: number, p: number): [number[], number[]] {
  const next = random(seed);
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = Math.floor(next() * k);
    a.push(x);
    b.push(next() < p ? x : Math.floor(next() * k));
  }
  return [a, b];
}

/** Scott's pi, computed independently: pe from the two coders' pooled distribution. */
function scottPi(a: number[], b: number[]): number {
  const n = a.length;
  const pooled = new Map<number, number>();
  let agree = 0;
  for (let i = 0; i < n; i++) {
    if (a[i] === b[i]) agree++;
    pooled.set(a[i], (pooled.get(a[i]) ?? 0) + 1);
    pooled.set(b[i], (pooled.get(b[i]) ?? 0) + 1);
  }
  let pe = 0;
  for (const c of pooled.values()) pe += (c / (2 * n)) ** 2;
  return (agree / n - pe) / (1 - pe);
}

describe('agreement measures (properties)', () => {
  it('alpha and kappa are 1 when coders are identical and the data vary', () => {
    const data = fc
      .array(fc.integer({ min: 0, max: 4 }), { minLength: 2, maxLength: 60 })
      .filter((values) => new Set(values).size > 1);
    fc.assert(
      fc.property(data, fc.integer({ min: 2, max: 5 }), (values, coders) => {
        expect(cohenKappa(values, values)).toBe(1);
        expect(krippendorffAlpha(values.map((v) => Array.from({ length: coders }, () => v)))).toBeCloseTo(1, 12);
        expect(percentAgreement(values.map((v) => [v, v]))).toBe(1);
      }),
      settings(1),
    );
  });

  it('alpha of two coders without missing data is exactly 1 − (2n − 1)/(2n) · (1 − π)', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 2, max: 200 }),
        fc.integer({ min: 2, max: 5 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (seed, n, k, p) => {
          const [a, b] = twoCoders(seed, n, k, p);
          const alpha = krippendorffAlpha(a.map((x, i) => [x, b[i]]));
          const pi = scottPi(a, b);
          if (alpha === null) expect(new Set([...a, ...b]).size).toBe(1);
          else expect(alpha).toBeCloseTo(1 - ((2 * n - 1) / (2 * n)) * (1 - pi), 10);
        },
      ),
      settings(2),
    );
  });

  it('alpha of two coders is within 0.02 of kappa for n ≥ 500 balanced random data', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 500, max: 2000 }),
        fc.integer({ min: 2, max: 5 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (seed, n, k, p) => {
          const [a, b] = twoCoders(seed, n, k, p);
          const alpha = krippendorffAlpha(a.map((x, i) => [x, b[i]])) as number;
          const kappa = cohenKappa(a, b) as number;
          expect(Math.abs(alpha - kappa)).toBeLessThan(0.02);
        },
      ),
      settings(3),
    );
  });

  it('the binary tally gives the same figures as the general formulas, with any coders and missing values', () => {
    const unit = fc.array(fc.constantFrom<0 | 1 | null>(0, 1, null), { minLength: 2, maxLength: 5 });
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (units) => {
        const tally = new BinaryTally();
        for (const values of units) {
          const present = values.filter((v) => v !== null);
          tally.add(present.length, present.filter((v) => v === 1).length);
        }
        const alpha = krippendorffAlpha(units);
        const percent = percentAgreement(units);
        if (alpha === null) expect(tally.alpha).toBeNull();
        else expect(tally.alpha).toBeCloseTo(alpha, 10);
        if (percent === null) expect(tally.percent).toBeNull();
        else expect(tally.percent).toBeCloseTo(percent, 10);
      }),
      settings(4),
    );
  });

  it("the tally's kappa equals Cohen's kappa on the same pairs", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.boolean()), { maxLength: 60 }), (pairs) => {
        const tally = new BinaryTally();
        for (const [x, y] of pairs) tally.addPair(x, y);
        const kappa = cohenKappa(
          pairs.map(([x]) => x),
          pairs.map(([, y]) => y),
        );
        if (kappa === null) expect(tally.kappa).toBeNull();
        else expect(tally.kappa).toBeCloseTo(kappa, 10);
      }),
      settings(5),
    );
  });

  it('alpha does not depend on category labels, unit order or coder order', () => {
    const unit = fc.array(fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }), { minLength: 3, maxLength: 3 });
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (units) => {
        const alpha = krippendorffAlpha(units);
        const relabelled = units.map((values) => values.map((v) => (v === null ? null : `c${(v * 7) % 4}`)));
        const shuffled = [...units].reverse().map((values) => [values[2], values[0], values[1]]);
        for (const other of [krippendorffAlpha(relabelled), krippendorffAlpha(shuffled)]) {
          if (alpha === null) expect(other).toBeNull();
          else expect(other).toBeCloseTo(alpha, 10);
        }
      }),
      settings(6),
    );
  });
});
