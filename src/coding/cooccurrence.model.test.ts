import { describe, expect, it } from 'vitest';
import { unitDecisions } from './agreement.model.js';
import type { Segment } from './coding.model.js';
import { cooccurrence, layerUnits } from './cooccurrence.model.js';

describe('code co-occurrence', () => {
  it('counts turns where both codes apply, the diagonal turns with the code, across transcripts', () => {
    const units = [
      { transcriptId: 't1', segmentOrdinal: 0, codeId: 'a' },
      { transcriptId: 't1', segmentOrdinal: 0, codeId: 'b' },
      { transcriptId: 't1', segmentOrdinal: 0, codeId: 'b' }, // a second coding of b in the same turn: once
      { transcriptId: 't1', segmentOrdinal: 1, codeId: 'a' },
      { transcriptId: 't1', segmentOrdinal: 1, codeId: 'c' },
      { transcriptId: 't2', segmentOrdinal: 0, codeId: 'a' }, // same ordinal, other transcript: another turn
      { transcriptId: 't2', segmentOrdinal: 0, codeId: 'b' },
      { transcriptId: 't2', segmentOrdinal: 0, codeId: 'c' },
      { transcriptId: 't2', segmentOrdinal: 4, codeId: 'x' }, // not a listed code
    ];
    // Turns: t1/0 {a,b}, t1/1 {a,c}, t2/0 {a,b,c}.
    expect(cooccurrence(units, ['a', 'b', 'c'])).toEqual({
      codes: ['a', 'b', 'c'],
      counts: [
        [3, 2, 2],
        [2, 2, 1],
        [2, 1, 2],
      ],
    });
  });

  it('is symmetric and zero for codes never applied', () => {
    const { counts } = cooccurrence(
      [
        { segmentOrdinal: 3, codeId: 'b' },
        { segmentOrdinal: 3, codeId: 'a' },
      ],
      ['a', 'b', 'none'],
    );
    expect(counts).toEqual([
      [1, 1, 0],
      [1, 1, 0],
      [0, 0, 0],
    ]);
    expect(cooccurrence([], [])).toEqual({ codes: [], counts: [] });
  });

  it("reads one coder's layer or all coders pooled from unit decisions", () => {
    const segments: Segment[] = [0, 1].map((ordinal) => ({
      ordinal,
      speaker: null,
      role: null,
      start: ordinal * 10,
      end: ordinal * 10 + 10,
      startMs: null,
      endMs: null,
    }));
    const decisions = unitDecisions(
      segments,
      [
        { coderId: 'p', codeId: 'a', start: 0, end: 5 },
        { coderId: 'p', codeId: 'b', start: 12, end: 13 },
        { coderId: 'q', codeId: 'b', start: 1, end: 2 },
      ],
      ['p', 'q'],
      ['a', 'b'],
    );
    // p: turn 0 {a}, turn 1 {b}. All: turn 0 {a, b}, turn 1 {b}.
    expect(cooccurrence(layerUnits(decisions, 'p'), ['a', 'b']).counts).toEqual([
      [1, 0],
      [0, 1],
    ]);
    expect(cooccurrence(layerUnits(decisions, 'all', 't'), ['a', 'b']).counts).toEqual([
      [1, 1],
      [1, 2],
    ]);
    expect(layerUnits(decisions, 'all', 't')).toContainEqual({ transcriptId: 't', segmentOrdinal: 1, codeId: 'b' });
    expect(layerUnits(decisions, 'nobody')).toEqual([]);
  });
});
