/**
 * The gap model (docs/gap-model.md explains it for HR readers): how far a leader's current level is from the level
 * the job asks of them, on any scale, and how a group's gaps, the interview evidence and the uncertainty of both
 * combine into one priority per competency. Pure: the analysis services feed it rows and read numbers.
 */

/** The lowest and highest level of the framework version's scale (e.g. 1–5). */
export interface ScaleRange {
  min: number;
  max: number;
}

export const scaleRange = (levels: readonly { level: number }[]): ScaleRange => ({
  min: Math.min(...levels.map((l) => l.level)),
  max: Math.max(...levels.map((l) => l.level)),
});

/**
 * A leader's gap on one competency, normalised to the scale: (target − current) / (max − min), so 0 is "at the
 * target", 1 is "as far below it as the scale allows", and a negative value is "above the target". Null when either
 * level is missing ("unrated" is kept apart from "no gap"), or outside the scale (a level the scale does not have).
 */
export function normalisedGap(current: number | null, target: number | null, scale: ScaleRange): number | null {
  if (current === null || target === null) return null;
  const span = scale.max - scale.min;
  if (span <= 0) return null;
  for (const level of [current, target]) if (level < scale.min || level > scale.max) return null;
  return (target - current) / span;
}

/** Two-sided 97.5 % quantiles of Student's t for small samples (df 1…30); above 30 the normal 1.96. */
const T975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11,
  2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];
export const tQuantile975 = (df: number) => (df < 1 ? Number.NaN : df <= 30 ? T975[df - 1] : 1.96);

export interface GapSummary {
  /** Participants in the group. */
  n: number;
  /** Of those, with a gap (both levels given). */
  rated: number;
  /** Without: kept apart, never counted as zero. */
  unrated: number;
  meanGap: number | null;
  /** Sample standard deviation of the gaps (null below 2 rated). */
  sd: number | null;
  /** 95 % confidence interval of the mean (t distribution); null below 2 rated. */
  ci: [number, number] | null;
  /** Share of the rated whose current level is below the target. */
  shareBelow: number | null;
}

export function summariseGaps(gaps: readonly (number | null)[]): GapSummary {
  const rated = gaps.filter((g): g is number => g !== null);
  const k = rated.length;
  const base = { n: gaps.length, rated: k, unrated: gaps.length - k };
  if (k === 0) return { ...base, meanGap: null, sd: null, ci: null, shareBelow: null };
  const mean = rated.reduce((a, b) => a + b, 0) / k;
  const shareBelow = rated.filter((g) => g > 0).length / k;
  if (k < 2) return { ...base, meanGap: mean, sd: null, ci: null, shareBelow };
  const sd = Math.sqrt(rated.reduce((a, g) => a + (g - mean) ** 2, 0) / (k - 1));
  const half = (tQuantile975(k - 1) * sd) / Math.sqrt(k);
  return { ...base, meanGap: mean, sd, ci: [mean - half, mean + half], shareBelow };
}

export interface Share {
  /** Participants it is a share of (here: those interviewed). */
  n: number;
  count: number;
  share: number | null;
  /** 95 % Wilson score interval: sound for small n and for shares near 0 or 1, unlike the normal approximation. */
  ci: [number, number] | null;
}

export function wilsonShare(count: number, n: number, z = 1.96): Share {
  if (n <= 0) return { n: 0, count: 0, share: null, ci: null };
  const p = count / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return { n, count, share: p, ci: [Math.max(0, centre - half), Math.min(1, centre + half)] };
}

/**
 * How the two sources weigh in the priority. The survey's gap is measured on every respondent; the interviews say
 * what leaders raise unprompted, on fewer people. Both are on 0…1 (a negative mean gap counts as 0: a strength is
 * not a need).
 */
export const DEFAULT_WEIGHTS = { survey: 0.6, interviews: 0.4 } as const;

export interface PriorityInput {
  survey: GapSummary;
  /** Share of interviewed participants with consensus "need" coding on the competency. */
  interviews: Share;
}

export interface Priority {
  /** 0…1; null when neither source has data. */
  score: number | null;
  /** The score's range when each source is taken at its interval's ends. */
  ci: [number, number] | null;
  /** Which sources the score rests on. */
  basis: 'both' | 'survey' | 'interviews' | 'none';
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/**
 * Priority = weighted mean of the survey gap and the interview share, each clipped to 0…1. With one source missing the
 * other carries the whole weight (and the basis says so). The interval combines the two intervals' ends, a
 * conservative range rather than a formal interval of the combination.
 */
export function priority(
  input: PriorityInput,
  weights: { survey: number; interviews: number } = DEFAULT_WEIGHTS,
): Priority {
  const survey = input.survey.meanGap;
  const interviews = input.interviews.share;
  if (survey === null && interviews === null) return { score: null, ci: null, basis: 'none' };
  if (interviews === null) {
    const ci = input.survey.ci;
    return { score: clamp01(survey as number), ci: ci ? [clamp01(ci[0]), clamp01(ci[1])] : null, basis: 'survey' };
  }
  if (survey === null) return { score: interviews, ci: input.interviews.ci, basis: 'interviews' };
  const total = weights.survey + weights.interviews;
  const combine = (s: number, i: number) => (weights.survey * clamp01(s) + weights.interviews * i) / total;
  const sCi = input.survey.ci;
  const iCi = input.interviews.ci;
  return {
    score: combine(survey, interviews),
    ci: sCi && iCi ? [combine(sCi[0], iCi[0]), combine(sCi[1], iCi[1])] : null,
    basis: 'both',
  };
}

export interface GroupDifference {
  difference: number;
  /** 95 % interval of the difference of means (Welch). */
  ci: [number, number];
  /** True when the interval leaves out 0: the groups differ beyond what chance alone would likely give. */
  beyondNoise: boolean;
}

/** Welch's comparison of two groups' mean gaps; null when either group has fewer than 2 rated. */
export function compareGroups(a: GapSummary, b: GapSummary): GroupDifference | null {
  if (a.meanGap === null || b.meanGap === null || a.sd === null || b.sd === null) return null;
  const va = (a.sd * a.sd) / a.rated;
  const vb = (b.sd * b.sd) / b.rated;
  const se = Math.sqrt(va + vb);
  const difference = a.meanGap - b.meanGap;
  if (se === 0) return { difference, ci: [difference, difference], beyondNoise: difference !== 0 };
  // Welch–Satterthwaite degrees of freedom, rounded down for the t table.
  const df = Math.floor((va + vb) ** 2 / (va ** 2 / (a.rated - 1) + vb ** 2 / (b.rated - 1)));
  const half = tQuantile975(Math.max(1, df)) * se;
  const ci: [number, number] = [difference - half, difference + half];
  return { difference, ci, beyondNoise: ci[0] > 0 || ci[1] < 0 };
}
