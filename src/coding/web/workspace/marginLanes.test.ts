import { describe, expect, it } from 'vitest';
import { marginLanes, reuseUnchanged } from './marginLanes.js';

// Three turns: [0,100) [102,200) [202,300) (a blank line between turns).
const segments = [
  { start: 0, end: 100 },
  { start: 102, end: 200 },
  { start: 202, end: 300 },
];

const c = (id: string, start: number, end: number, coder = 'a') => ({ id, start, end, coder });

describe('marginLanes', () => {
  it('puts spans that do not overlap in the first lane', () => {
    const layout = marginLanes([c('x', 0, 10), c('y', 20, 30), c('z', 150, 160)], segments);
    expect(layout.lanes).toBe(1);
    expect([...layout.lane.entries()]).toEqual([
      ['x', 0],
      ['y', 0],
      ['z', 0],
    ]);
    expect(layout.bySegment.map((pieces) => pieces.map((p) => p.item.id))).toEqual([['x', 'y'], ['z'], []]);
  });

  it('gives overlapping spans their own lanes and reuses a lane once it is free', () => {
    // a: 0–50, b: 10–20 (inside a), c: 30–60 (overlaps a, not b), d: 55–70 (overlaps c only), e: 80–90 (none).
    const layout = marginLanes(
      [c('a', 0, 50), c('b', 10, 20), c('c', 30, 60), c('d', 55, 70), c('e', 80, 90)],
      segments,
    );
    expect(Object.fromEntries(layout.lane)).toEqual({ a: 0, b: 1, c: 1, d: 0, e: 0 });
    expect(layout.lanes).toBe(2);
  });

  it('treats touching spans as overlapping (they share a line)', () => {
    const layout = marginLanes([c('a', 0, 10), c('b', 10, 20)], segments);
    expect(Object.fromEntries(layout.lane)).toEqual({ a: 0, b: 1 });
  });

  it('needs as many lanes as the deepest overlap: five codings of one passage', () => {
    const items = ['p', 'q', 'r', 's', 't'].map((id) => c(id, 40, 60));
    const layout = marginLanes(items, segments);
    expect(layout.lanes).toBe(5);
    expect(new Set(layout.lane.values())).toEqual(new Set([0, 1, 2, 3, 4]));
  });

  it('splits a coding across turns into pieces, first and last marked, clipped to each turn', () => {
    const layout = marginLanes([c('long', 90, 250)], segments);
    const pieces = layout.bySegment.map((list) => list.map(({ from, to, first, last }) => ({ from, to, first, last })));
    expect(pieces).toEqual([
      [{ from: 90, to: 100, first: true, last: false }],
      [{ from: 102, to: 200, first: false, last: false }],
      [{ from: 202, to: 250, first: false, last: true }],
    ]);
  });

  it('skips a span that lies only in the blank line between turns, and empty spans', () => {
    const layout = marginLanes([c('gap', 100, 102), c('empty', 5, 5)], segments);
    expect(layout.bySegment.flat()).toEqual([]);
    expect(layout.lanes).toBe(1);
  });

  it('keeps each group in a block of its own lanes, in the order given, with unknown groups after', () => {
    const items = [c('a1', 0, 50, 'anna'), c('a2', 10, 20, 'anna'), c('m1', 0, 50, 'mads'), c('z1', 5, 6, 'zoe')];
    const layout = marginLanes(items, segments, { groupOf: (item) => item.coder, groups: ['mads', 'anna', 'kim'] });
    expect(layout.groups).toEqual([
      { key: 'mads', firstLane: 0, lanes: 1 },
      { key: 'anna', firstLane: 1, lanes: 2 },
      { key: 'kim', firstLane: 3, lanes: 1 },
      { key: 'zoe', firstLane: 4, lanes: 1 },
    ]);
    expect(Object.fromEntries(layout.lane)).toEqual({ m1: 0, a1: 1, a2: 2, z1: 4 });
    expect(layout.lanes).toBe(5);
  });

  it("orders a segment's pieces by lane, then start", () => {
    const layout = marginLanes([c('b', 10, 20), c('a', 0, 50), c('c', 30, 40)], segments);
    expect(layout.bySegment[0].map((p) => `${p.item.id}@${p.lane}`)).toEqual(['a@0', 'b@1', 'c@1']);
  });

  it('lays out 2,000 codings on 400 turns quickly', () => {
    const many = Array.from({ length: 400 }, (_, i) => ({ start: i * 300, end: i * 300 + 298 }));
    const items = Array.from({ length: 2000 }, (_, i) => {
      const start = (i * 7919) % 119_000;
      return c(`k${i}`, start, start + 20 + (i % 200));
    });
    const t0 = performance.now();
    const layout = marginLanes(items, many);
    expect(performance.now() - t0).toBeLessThan(100);
    expect(layout.bySegment.flat().filter((p) => p.first)).toHaveLength(2000);
  });
});

describe('reuseUnchanged', () => {
  it('keeps the arrays of turns whose bars did not change', () => {
    const items = [c('a', 0, 10), c('b', 150, 160)];
    const before = marginLanes(items, segments);
    const after = reuseUnchanged(before, marginLanes([...items, c('n', 210, 220)], segments));
    expect(after.bySegment[0]).toBe(before.bySegment[0]);
    expect(after.bySegment[1]).toBe(before.bySegment[1]);
    expect(after.bySegment[2]).not.toBe(before.bySegment[2]);
    expect(after.bySegment[2].map((p) => p.item.id)).toEqual(['n']);
  });

  it('replaces a turn whose bar moved to another lane', () => {
    const a = c('a', 0, 10);
    const before = marginLanes([a], segments);
    const after = reuseUnchanged(before, marginLanes([a, c('b', 0, 50)], segments));
    expect(after.bySegment[0]).not.toBe(before.bySegment[0]);
    expect(after.bySegment[0].map((p) => `${p.item.id}@${p.lane}`)).toEqual(['b@0', 'a@1']);
    expect(after.bySegment[1]).toBe(before.bySegment[1]);
  });
});
