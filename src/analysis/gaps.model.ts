/**
 * The shape of a gap analysis answer, and how SQL aggregates become the model's summaries. Pure.
 */
import {
  type GapSummary,
  type Priority,
  priority,
  type Share,
  summariseGaps,
  tQuantile975,
  wilsonShare,
} from './gap.model.js';

export const GROUP_BY = ['organisation', 'area', 'band', 'none'] as const;
export type GroupBy = (typeof GROUP_BY)[number];

/** What SQL gives per group × competency over the normalised gaps of the rated answers. */
export interface GapAggregate {
  rated: number;
  mean: number | null;
  sd: number | null;
  below: number;
}

/** A group's summary for one competency from the aggregate and the group's respondent count. */
export function summaryFromAggregate(respondents: number, a: GapAggregate | undefined): GapSummary {
  const rated = a?.rated ?? 0;
  const base = { n: respondents, rated, unrated: respondents - rated };
  if (!a || rated === 0 || a.mean === null) return { ...base, meanGap: null, sd: null, ci: null, shareBelow: null };
  const shareBelow = a.below / rated;
  if (rated < 2 || a.sd === null) return { ...base, meanGap: a.mean, sd: null, ci: null, shareBelow };
  const half = (tQuantile975(rated - 1) * a.sd) / Math.sqrt(rated);
  return { ...base, meanGap: a.mean, sd: a.sd, ci: [a.mean - half, a.mean + half], shareBelow };
}

export const SUPPRESSED = { suppressed: true as const };
export type Suppressed = typeof SUPPRESSED;

export interface CompetencyGap {
  competencyId: string;
  survey: GapSummary | Suppressed;
  interviews: Share | Suppressed;
  priority: Priority;
}

export interface GapGroup {
  key: string;
  label: string;
  respondents: number | Suppressed;
  interviewed: number | Suppressed;
  competencies: CompetencyGap[];
}

/**
 * One cell. A suppressed source is left out of the priority as if it had no data (the basis then says which source
 * the priority rests on), so the priority never carries a suppressed figure.
 */
export function competencyGap(
  competencyId: string,
  survey: GapSummary,
  interviews: Share,
  hide: { survey: boolean; interviews: boolean },
): CompetencyGap {
  return {
    competencyId,
    survey: hide.survey ? SUPPRESSED : survey,
    interviews: hide.interviews ? SUPPRESSED : interviews,
    priority: priority({
      survey: hide.survey ? summariseGaps([]) : survey,
      interviews: hide.interviews ? wilsonShare(0, 0) : interviews,
    }),
  };
}
