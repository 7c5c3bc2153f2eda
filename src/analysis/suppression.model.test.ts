import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_CELL, suppressTable } from './suppression.model.js';

describe('small-number suppression', () => {
  it('suppresses cells of 1–4 people, not empty ones, and shows the rest', () => {
    const r = suppressTable(
      [
        { key: 'a', n: 12 },
        { key: 'b', n: 3 },
        { key: 'c', n: 0 },
        { key: 'd', n: 9 },
        { key: 'e', n: 4 },
      ],
      { n: 28 },
    );
    // b and e together hold 7 people: total − shown describes 7, which is safe.
    expect([...r.suppressed].sort()).toEqual(['b', 'e']);
    expect(r.reasons.get('b')).toBe('small');
    expect(r.totalSuppressed).toBe(false);
  });

  it('adds a complementary cell when the total would give the one suppressed cell away', () => {
    const r = suppressTable(
      [
        { key: 'viborg', n: 20 },
        { key: 'norddjurs', n: 3 },
        { key: 'syddjurs', n: 8 },
      ],
      { n: 31 },
    );
    expect([...r.suppressed].sort()).toEqual(['norddjurs', 'syddjurs']);
    expect(r.reasons.get('syddjurs')).toBe('complementary');
  });

  it('suppresses a filtered cell whose difference to the unfiltered one is 1–4 people', () => {
    // Filtering on one organisation leaves 17 of 20 new leaders: the other 3 would be the difference.
    const r = suppressTable(
      [
        { key: 'new', n: 17, parentN: 20 },
        { key: 'experienced', n: 30, parentN: 45 },
      ],
      { n: 47, parentN: 65 },
    );
    expect(r.reasons.get('new')).toBe('difference');
    expect(r.reasons.get('experienced')).toBe('complementary');
  });

  it('suppresses everything when the total itself is small, or differs by 1–4 from the unfiltered total', () => {
    expect(suppressTable([{ key: 'a', n: 4 }], { n: 4 }).totalSuppressed).toBe(true);
    expect(suppressTable([{ key: 'a', n: 30, parentN: 32 }], { n: 30, parentN: 32 }).totalSuppressed).toBe(true);
  });

  it('never lets a suppressed cell be recovered from what is shown, with or without a filter (property)', () => {
    const cell = fc.record({ n: fc.integer({ min: 0, max: 30 }), removed: fc.integer({ min: 0, max: 12 }) });
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 8 }), fc.boolean(), (raw, filtered) => {
        const cells = raw.map((c, i) => ({ key: `k${i}`, n: c.n, parentN: filtered ? c.n + c.removed : undefined }));
        const n = cells.reduce((s, c) => s + c.n, 0);
        const parentN = filtered ? cells.reduce((s, c) => s + (c.parentN as number), 0) : undefined;
        const r = suppressTable(cells, { n, parentN });
        const shownCells = cells.filter((c) => !r.suppressed.has(c.key));
        if (r.totalSuppressed) return shownCells.every((c) => c.n === 0);
        // Every shown figure describes MIN_CELL or more people (or nobody).
        for (const c of shownCells) if (c.n > 0 && c.n < MIN_CELL) return false;
        // Total minus the shown cells describes the suppressed ones together: never 1–4 people.
        const hiddenSum = n - shownCells.reduce((s, c) => s + c.n, 0);
        if (hiddenSum > 0 && hiddenSum < MIN_CELL) return false;
        // Nor does their difference to the unfiltered table (the hidden group recovered, then differenced).
        if (filtered) {
          const shownParent = shownCells.reduce((s, c) => s + (c.parentN as number), 0);
          const hiddenDiff = (parentN as number) - shownParent - hiddenSum;
          if (hiddenDiff > 0 && hiddenDiff < MIN_CELL) return false;
        }
        // Against the unfiltered table, a shown cell's difference never describes 1–4 people.
        for (const c of shownCells) {
          const diff = (c.parentN ?? c.n) - c.n;
          if (diff > 0 && diff < MIN_CELL) return false;
        }
        return true;
      }),
      { seed: 2026, numRuns: 2000 },
    );
  });
});
