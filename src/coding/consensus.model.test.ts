import { describe, expect, it } from 'vitest';
import type { CodingSpan, Segment } from './coding.model.js';
import { compareTranscript, consensusSpans, consensusUnits, type Resolution } from './consensus.model.js';

const segments: Segment[] = [0, 1, 2].map((ordinal) => ({
  ordinal,
  speaker: null,
  role: null,
  start: ordinal * 10,
  end: ordinal * 10 + 10,
  startMs: null,
  endMs: null,
}));

const coding = (coderId: string, codeId: string, start: number, end: number): CodingSpan => ({
  coderId,
  codeId,
  start,
  end,
});

// Turns [0,10), [10,20), [20,30).
//   turn 0 × k1: a [2,6) and [8,9), b [4,8)   → agreed, quote [2,9)
//   turn 1 × k2: a [12,25) clipped to [12,20) → a only
//   turn 1 × k3: b [15,18)                     → b only
//   turn 2 × k2: a [20,25), b [21,23)          → agreed, quote [20,25)
const codings = [
  coding('a', 'k1', 2, 6),
  coding('a', 'k2', 12, 25),
  coding('a', 'k1', 8, 9),
  coding('b', 'k1', 4, 8),
  coding('b', 'k2', 21, 23),
  coding('b', 'k3', 15, 18),
];
const byCoder = (ids: string[]) => new Map(ids.map((id) => [id, codings.filter((c) => c.coderId === id)]));
const resolutions: Resolution[] = [
  { segmentOrdinal: 1, codeId: 'k2', decision: 'include' },
  { segmentOrdinal: 1, codeId: 'k3', decision: 'exclude' },
  { segmentOrdinal: 2, codeId: 'k2', decision: 'exclude' }, // stale: both coders now agree
  { segmentOrdinal: 0, codeId: 'k9', decision: 'include' }, // stale: nobody applies k9
];

describe('comparison of coders on one transcript', () => {
  it('lists each turn × code some but not all coders applied, with its resolution', () => {
    expect(compareTranscript(segments, byCoder(['a', 'b']), resolutions)).toEqual({
      disagreements: [
        { segmentOrdinal: 1, codeId: 'k2', appliedBy: ['a'], resolution: 'include' },
        { segmentOrdinal: 1, codeId: 'k3', appliedBy: ['b'], resolution: 'exclude' },
      ],
      agreed: 2,
    });
  });

  it('counts a coder who applied nothing as not applying (every unit becomes a disagreement)', () => {
    const coders = byCoder(['a', 'b']);
    coders.set('c', []);
    const result = compareTranscript(segments, coders, []);
    expect(result.agreed).toBe(0);
    expect(result.disagreements.map((d) => [d.segmentOrdinal, d.codeId, d.appliedBy.join('+')])).toEqual([
      [0, 'k1', 'a+b'],
      [1, 'k2', 'a'],
      [1, 'k3', 'b'],
      [2, 'k2', 'a+b'],
    ]);
  });

  it('compares nothing with fewer than two coders', () => {
    expect(compareTranscript(segments, byCoder(['a']), resolutions)).toEqual({ disagreements: [], agreed: 0 });
    expect(compareTranscript(segments, new Map(), [])).toEqual({ disagreements: [], agreed: 0 });
  });
});

describe('consensus layer', () => {
  it('keeps agreed units and disagreements resolved to include, with the coded words as the quote', () => {
    expect(consensusSpans(segments, codings, ['a', 'b'], resolutions)).toEqual([
      { segmentOrdinal: 0, codeId: 'k1', source: 'agreed', start: 2, end: 9 },
      { segmentOrdinal: 1, codeId: 'k2', source: 'resolved', start: 12, end: 20 },
      { segmentOrdinal: 2, codeId: 'k2', source: 'agreed', start: 20, end: 25 },
    ]);
    expect(consensusUnits(segments, codings, ['a', 'b'], resolutions)).toEqual([
      { segmentOrdinal: 0, codeId: 'k1', source: 'agreed' },
      { segmentOrdinal: 1, codeId: 'k2', source: 'resolved' },
      { segmentOrdinal: 2, codeId: 'k2', source: 'agreed' },
    ]);
  });

  it('leaves unresolved disagreements out', () => {
    expect(consensusUnits(segments, codings, ['a', 'b'], []).map((u) => `${u.segmentOrdinal}:${u.codeId}`)).toEqual([
      '0:k1',
      '2:k2',
    ]);
  });

  it("takes a single coder's units as they are", () => {
    expect(consensusSpans(segments, codings, ['a'], resolutions)).toEqual([
      { segmentOrdinal: 0, codeId: 'k1', source: 'single', start: 2, end: 9 },
      { segmentOrdinal: 1, codeId: 'k2', source: 'single', start: 12, end: 20 },
      { segmentOrdinal: 2, codeId: 'k2', source: 'single', start: 20, end: 25 },
    ]);
    expect(consensusUnits(segments, codings, [], resolutions)).toEqual([]);
  });

  it('ignores codings of coders not listed', () => {
    // c's coding neither adds a unit nor widens the quote of an agreed one.
    const withC = [...codings, coding('c', 'k1', 0, 10), coding('c', 'k4', 25, 30)];
    expect(consensusSpans(segments, withC, ['a', 'b'], [])).toEqual([
      { segmentOrdinal: 0, codeId: 'k1', source: 'agreed', start: 2, end: 9 },
      { segmentOrdinal: 2, codeId: 'k2', source: 'agreed', start: 20, end: 25 },
    ]);
  });

  it('quotes only the coders who applied a resolved unit, clipped to the turn', () => {
    const three = [coding('a', 'k', 5, 15), coding('b', 'k', 12, 14), coding('c', 'k', 1, 2)];
    // Turn 1 × k: a and b (not c) → resolved include; quote from a [10,15) (clipped) and b [12,14) → [10,15).
    // Turn 0 × k: a [5,10) and c [1,2) → unresolved, left out.
    expect(
      consensusSpans(segments, three, ['a', 'b', 'c'], [{ segmentOrdinal: 1, codeId: 'k', decision: 'include' }]),
    ).toEqual([{ segmentOrdinal: 1, codeId: 'k', source: 'resolved', start: 10, end: 15 }]);
  });
});
