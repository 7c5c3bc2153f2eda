import { describe, expect, it } from 'vitest';
import { agreementReport, krippendorffAlpha, unitDecisions } from './agreement.model.js';
import type { CodingSpan, Segment } from './coding.model.js';

/** Consecutive turns of the given lengths, ordinals 0…n−1. */
function turns(...lengths: number[]): Segment[] {
  let start = 0;
  return lengths.map((length, ordinal) => {
    const segment = { ordinal, speaker: null, role: null, start, end: start + length, startMs: null, endMs: null };
    start += length;
    return segment;
  });
}

const coding = (coderId: string, codeId: string, start: number, end: number): CodingSpan => ({
  coderId,
  codeId,
  start,
  end,
});

describe('unit decisions (unit: speaker turn)', () => {
  it('marks every turn a coding shares a code point with, and no turn it only touches', () => {
    const segments = turns(10, 10, 10, 10);
    const decisions = unitDecisions(
      segments,
      [
        coding('a', 'k1', 5, 25), // turns 0, 1, 2
        coding('a', 'k2', 30, 30), // empty: no turn
        coding('b', 'k2', 20, 30), // exactly turn 2: ends where turn 3 starts
        coding('b', 'k2', 39, 40), // last code point of turn 3
        coding('x', 'k1', 0, 40), // not a selected coder
        coding('a', 'k9', 0, 40), // not a selected code
      ],
      ['a', 'b'],
      ['k1', 'k2'],
    );
    expect(decisions.ordinals).toEqual([0, 1, 2, 3]);
    expect([...decisions.applied.keys()]).toEqual(['k1', 'k2']);
    expect(decisions.applied.get('k1')?.map((v) => [...v])).toEqual([
      [1, 1, 1, 0],
      [0, 0, 0, 0],
    ]);
    expect(decisions.applied.get('k2')?.map((v) => [...v])).toEqual([
      [0, 0, 0, 0],
      [0, 0, 1, 1],
    ]);
  });

  it('orders units by position in the text whatever order the segments come in', () => {
    const [s0, s1, s2] = turns(5, 5, 5);
    const decisions = unitDecisions([s2, s0, s1], [coding('a', 'k', 6, 7)], ['a'], ['k']);
    expect(decisions.ordinals).toEqual([0, 1, 2]);
    expect([...(decisions.applied.get('k')?.[0] ?? [])]).toEqual([0, 1, 0]);
  });
});

describe('agreement report', () => {
  // T1: four turns of 10 code points, both coders.
  //   k1: a = [1,1,1,0], b = [1,0,1,0]     k2: a = [0,0,0,1], b = [0,1,0,1]
  // T2: coded only by a → left out.
  // T3: two turns; b was assigned it and coded nothing (listed explicitly), a applied k1 to turn 0:
  //   k1: a = [1,0], b = [0,0]             k2: a = [0,0], b = [0,0]
  const t1 = {
    segments: turns(10, 10, 10, 10),
    codings: [
      coding('a', 'k1', 2, 5),
      coding('a', 'k1', 15, 25),
      coding('a', 'k2', 30, 35),
      coding('b', 'k1', 0, 10),
      coding('b', 'k1', 20, 22),
      coding('b', 'k2', 10, 12),
      coding('b', 'k2', 39, 40),
    ],
  };
  const t2 = { segments: turns(10, 10), codings: [coding('a', 'k1', 0, 20)] };
  const t3 = { segments: turns(10, 10), codings: [coding('a', 'k1', 0, 3)], coderIds: ['a', 'b'] };

  it('computes per code and pooled figures on the turns of transcripts both coders coded', () => {
    const report = agreementReport([t1, t2, t3], ['a', 'b'], ['k1', 'k2']);
    expect(report.unit).toBe('segment');
    expect(report.transcripts).toBe(2);
    expect(report.units).toBe(6);
    const [k1, k2] = report.perCode;
    // k1 over 6 turns: a = [1,1,1,0,1,0], b = [1,0,1,0,0,0]. Table: both 2, a only 2, b only 0, neither 2.
    //   percent 4/6. κ = (n·agree − Σ)/(n² − Σ), Σ = 4·2 + 2·4 = 16 → (24 − 16)/(36 − 16) = 0.4.
    //   α: 12 values, 6 yes, 6 no; 2 disagreeing turns → off-diagonal 4; α = 1 − 11·4/(2·6·6) = 28/72.
    expect(k1).toMatchObject({ codeId: 'k1', units: 6, positives: 4 });
    expect(k1.percent).toBeCloseTo(4 / 6, 12);
    expect(k1.kappa).toBeCloseTo(0.4, 12);
    expect(k1.alpha).toBeCloseTo(28 / 72, 12);
    // k2: a = [0,0,0,1,0,0], b = [0,1,0,1,0,0]. Table 1, 0, 1, 4. Σ = 1·2 + 5·4 = 22 → κ = (30 − 22)/(36 − 22) = 8/14.
    //   α: 3 yes, 9 no, off-diagonal 2 → 1 − 11·2/(2·3·9) = 32/54.
    expect(k2).toMatchObject({ codeId: 'k2', units: 6, positives: 2 });
    expect(k2.percent).toBeCloseTo(5 / 6, 12);
    expect(k2.kappa).toBeCloseTo(8 / 14, 12);
    expect(k2.alpha).toBeCloseTo(32 / 54, 12);
    // Overall pools the 12 (turn, code) decisions: table 3, 2, 1, 6. po = 9/12; Σ = 5·4 + 7·8 = 76 →
    //   κ = (108 − 76)/(144 − 76) = 32/68. α: 9 yes, 15 no, 3 disagreements → 1 − 23·6/(2·9·15) = 132/270.
    expect(report.overall.percent).toBeCloseTo(0.75, 12);
    expect(report.overall.kappa).toBeCloseTo(32 / 68, 12);
    expect(report.overall.alpha).toBeCloseTo(132 / 270, 12);
  });

  it('treats a transcript a coder never coded as missing, not as "no"', () => {
    // Without the explicit coder list, b has no codings in T3, so T3 drops out and only T1 counts:
    // k1 a = [1,1,1,0], b = [1,0,1,0] → κ = (12 − 8)/(16 − 8) = 0.5; α: 5 yes, 3 no → 1 − 7·2/(2·5·3) = 16/30.
    const report = agreementReport([t1, t2, { ...t3, coderIds: undefined }], ['a', 'b'], ['k1', 'k2']);
    expect(report.transcripts).toBe(1);
    expect(report.units).toBe(4);
    expect(report.perCode[0].kappa).toBeCloseTo(0.5, 12);
    expect(report.perCode[0].alpha).toBeCloseTo(16 / 30, 12);
    expect(report.perCode[0].percent).toBeCloseTo(0.75, 12);
  });

  it('with three coders gives alpha over missing values and no kappa', () => {
    // T1 (a, b, c): k on turn 0 by all three, on turn 1 by c only.  T2 (a, b; c absent): k on turn 0 by a.
    // Units: (1,1,1), (0,0,1), (1,0,–), (0,0,–).
    //   percent: 1, 1/3, 0, 1 → 7/12.  α: 5 yes, 5 no, off-diagonal 0 + 2·1·2/2 + 2·1·1/1 + 0 = 4 →
    //   1 − 9·4/(2·5·5) = 0.28.
    const report = agreementReport(
      [
        {
          segments: turns(10, 10),
          codings: [coding('a', 'k', 0, 5), coding('b', 'k', 1, 2), coding('c', 'k', 0, 20)],
        },
        { segments: turns(10, 10), codings: [coding('a', 'k', 0, 5)], coderIds: ['a', 'b'] },
      ],
      ['a', 'b', 'c'],
      ['k'],
    );
    expect(report.transcripts).toBe(2);
    expect(report.perCode[0]).toMatchObject({ units: 4, positives: 3, kappa: null });
    expect(report.perCode[0].percent).toBeCloseTo(7 / 12, 12);
    expect(report.perCode[0].alpha).toBeCloseTo(0.28, 12);
    expect(report.perCode[0].alpha).toBeCloseTo(
      krippendorffAlpha([
        [1, 1, 1],
        [0, 0, 1],
        [1, 0, null],
        [0, 0, null],
      ]) as number,
      12,
    );
    expect(report.overall.kappa).toBeNull();
  });

  it('returns nulls rather than NaN where nothing can be said', () => {
    const empty = agreementReport([], ['a', 'b'], ['k']);
    expect(empty).toMatchObject({ transcripts: 0, units: 0 });
    expect(empty.overall).toEqual({ percent: null, kappa: null, alpha: null });
    expect(empty.perCode).toEqual([{ codeId: 'k', units: 0, positives: 0, percent: null, kappa: null, alpha: null }]);
    // A code nobody applied: full agreement, but no variation for kappa or alpha.
    const unused = agreementReport([t1], ['a', 'b'], ['k1', 'unused']);
    expect(unused.perCode[1]).toEqual({
      codeId: 'unused',
      units: 4,
      positives: 0,
      percent: 1,
      kappa: null,
      alpha: null,
    });
    // One coder: nothing to compare.
    expect(agreementReport([t1], ['a'], ['k1'])).toMatchObject({ transcripts: 0, units: 0 });
  });
});
