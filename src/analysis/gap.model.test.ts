import { describe, expect, it } from 'vitest';
import {
  compareGroups,
  normalisedGap,
  priority,
  scaleRange,
  summariseGaps,
  tQuantile975,
  wilsonShare,
} from './gap.model.js';

const FIVE = { min: 1, max: 5 };

describe('a leader’s gap', () => {
  it('is normalised to the scale, signed, and null when a level is missing or off the scale', () => {
    expect(normalisedGap(2, 4, FIVE)).toBe(0.5);
    expect(normalisedGap(1, 5, FIVE)).toBe(1);
    expect(normalisedGap(4, 3, FIVE)).toBe(-0.25);
    expect(normalisedGap(3, 3, FIVE)).toBe(0);
    expect(normalisedGap(null, 3, FIVE)).toBeNull();
    expect(normalisedGap(3, null, FIVE)).toBeNull();
    expect(normalisedGap(6, 3, FIVE)).toBeNull();
    // The same distance means the same on a 1–3 scale as on 1–5 only relative to the scale's length.
    expect(normalisedGap(1, 2, scaleRange([{ level: 1 }, { level: 2 }, { level: 3 }]))).toBe(0.5);
  });
});

describe('a group’s gaps', () => {
  it('keeps the unrated apart and gives the mean with a t interval (hand-computed)', () => {
    // Gaps 0.25, 0.5, 0.75, 0.5 and one unrated: mean 0.5, sd = sqrt(0.125/3) = 0.2041, t(3) = 3.182,
    // half-width = 3.182 · 0.2041 / 2 = 0.3248.
    const s = summariseGaps([0.25, 0.5, null, 0.75, 0.5]);
    expect(s).toMatchObject({ n: 5, rated: 4, unrated: 1, shareBelow: 1 });
    expect(s.meanGap).toBeCloseTo(0.5, 10);
    expect(s.sd).toBeCloseTo(0.20412, 4);
    expect(s.ci?.[0]).toBeCloseTo(0.1752, 3);
    expect(s.ci?.[1]).toBeCloseTo(0.8248, 3);
  });

  it('says nothing it cannot: no interval from one answer, no mean from none', () => {
    expect(summariseGaps([0.5])).toMatchObject({ meanGap: 0.5, ci: null, sd: null });
    expect(summariseGaps([null, null])).toMatchObject({ n: 2, rated: 0, meanGap: null, shareBelow: null });
    expect(tQuantile975(40)).toBe(1.96);
  });
});

describe('interview evidence', () => {
  it('is a share with a Wilson interval (hand-computed for 3 of 10)', () => {
    // p = 0.3, z = 1.96: centre = (0.3 + 0.19208) / 1.38416 = 0.35551; half = 1.96·sqrt(0.021 + 0.009604)/1.38416 = 0.24771.
    const s = wilsonShare(3, 10);
    expect(s.share).toBe(0.3);
    expect(s.ci?.[0]).toBeCloseTo(0.1078, 3);
    expect(s.ci?.[1]).toBeCloseTo(0.6032, 3);
    expect(wilsonShare(0, 10).ci?.[0]).toBe(0);
    expect(wilsonShare(0, 0).share).toBeNull();
  });
});

describe('priority', () => {
  it('weighs survey gap and interview share, and says what it rests on', () => {
    const survey = summariseGaps([0.25, 0.5, 0.75, 0.5]);
    const interviews = wilsonShare(3, 10);
    const both = priority({ survey, interviews });
    expect(both.basis).toBe('both');
    expect(both.score).toBeCloseTo(0.6 * 0.5 + 0.4 * 0.3, 10);
    expect(both.ci?.[0]).toBeLessThan(both.score as number);
    expect(priority({ survey, interviews: wilsonShare(0, 0) })).toMatchObject({ basis: 'survey', score: 0.5 });
    expect(priority({ survey: summariseGaps([null]), interviews })).toMatchObject({ basis: 'interviews', score: 0.3 });
    expect(priority({ survey: summariseGaps([]), interviews: wilsonShare(0, 0) }).basis).toBe('none');
  });

  it('does not count a strength (a negative mean gap) as a need', () => {
    const p = priority({ survey: summariseGaps([-0.5, -0.25]), interviews: wilsonShare(0, 4) });
    expect(p.score).toBe(0);
  });
});

describe('group comparison', () => {
  it('tells a difference beyond noise from one within it (Welch)', () => {
    const high = summariseGaps([0.5, 0.6, 0.55, 0.65, 0.5, 0.6, 0.55, 0.6]);
    const low = summariseGaps([0.1, 0.2, 0.15, 0.1, 0.2, 0.15, 0.1, 0.2]);
    expect(compareGroups(high, low)?.beyondNoise).toBe(true);
    const a = summariseGaps([0.1, 0.9, 0.4, 0.6]);
    const b = summariseGaps([0.2, 0.8, 0.5, 0.4]);
    const d = compareGroups(a, b);
    expect(d?.difference).toBeCloseTo(0.025, 10);
    expect(d?.beyondNoise).toBe(false);
    expect(compareGroups(summariseGaps([0.5]), low)).toBeNull();
  });
});
