/**
 * Pure helpers of the gap-analysis page: the ranked list of needs, display of suppressed figures and the heatmap's
 * cells. Type-only imports of the API shapes.
 */
import type { CompetencyGap, GapGroup } from '../gaps.model.js';
import type { GapCompetency } from './analysis.api.js';

interface SuppressedValue {
  suppressed: true;
}

export function isSuppressed(value: unknown): value is SuppressedValue {
  return typeof value === 'object' && value !== null && (value as { suppressed?: unknown }).suppressed === true;
}

/** A count for display: the number, or the "fewer than 5" text when suppressed. */
export function countText(value: number | SuppressedValue, fewer: string, format: (n: number) => string): string {
  return isSuppressed(value) ? fewer : format(value);
}

/** Priority 0…1 as a whole number 0…100 (null stays null). */
export function priorityPoints(score: number | null): number | null {
  return score === null ? null : Math.round(score * 100);
}

export interface RankedNeed {
  competency: GapCompetency;
  gap: CompetencyGap;
}

/**
 * Competencies by priority, highest first; those without a score go last. Ties keep the framework's order (by
 * code), so the list is stable between reloads.
 */
export function rankNeeds(competencies: GapCompetency[], group: GapGroup): RankedNeed[] {
  const byId = new Map(competencies.map((c, index) => [c.id, { c, index }]));
  const rows: (RankedNeed & { index: number })[] = [];
  for (const gap of group.competencies) {
    const found = byId.get(gap.competencyId);
    if (found) rows.push({ competency: found.c, gap, index: found.index });
  }
  rows.sort((a, b) => {
    const sa = a.gap.priority.score;
    const sb = b.gap.priority.score;
    if (sa === null || sb === null) return sa === sb ? a.index - b.index : sa === null ? 1 : -1;
    return sb - sa || a.index - b.index;
  });
  return rows.map(({ competency, gap }) => ({ competency, gap }));
}

/** The span the bullet bars share: always holds 0 and every mean and interval, in steps of 0.25. */
export function gapDomain(rows: RankedNeed[]): [number, number] {
  let lo = 0;
  let hi = 0.5;
  for (const { gap } of rows) {
    if (isSuppressed(gap.survey) || gap.survey.meanGap === null) continue;
    const [a, b] = gap.survey.ci ?? [gap.survey.meanGap, gap.survey.meanGap];
    lo = Math.min(lo, a, gap.survey.meanGap);
    hi = Math.max(hi, b, gap.survey.meanGap);
  }
  const step = (x: number, round: (v: number) => number) => round(x * 4) / 4;
  return [Math.max(-1, step(lo, Math.floor)), Math.min(1, step(hi, Math.ceil))];
}

/** Where a value sits along the domain, in percent (clamped to 0…100). */
export function domainPercent(value: number, [lo, hi]: [number, number]): number {
  if (hi <= lo) return 0;
  return Math.min(100, Math.max(0, ((value - lo) / (hi - lo)) * 100));
}

/** One heatmap cell: the priority points, or why there are none. */
export type HeatCell = { kind: 'value'; points: number } | { kind: 'suppressed' } | { kind: 'empty' };

/**
 * A cell is suppressed when the priority has no score because a source was withheld (a small group); it is empty
 * when neither source has data at all.
 */
export function heatCell(gap: CompetencyGap | undefined): HeatCell {
  if (!gap) return { kind: 'empty' };
  const points = priorityPoints(gap.priority.score);
  if (points !== null) return { kind: 'value', points };
  return isSuppressed(gap.survey) || isSuppressed(gap.interviews) ? { kind: 'suppressed' } : { kind: 'empty' };
}

export interface Heatmap {
  /** Competencies in ranked order (rows). */
  competencies: GapCompetency[];
  groups: { key: string; label: string }[];
  /** cells[row][column]. */
  cells: HeatCell[][];
}

/** Rows follow the ranking of the total, so the heatmap reads in the same order as the list above it. */
export function heatmapData(ranked: RankedNeed[], groups: GapGroup[]): Heatmap {
  const competencies = ranked.map((r) => r.competency);
  const lookup = groups.map((g) => new Map(g.competencies.map((c) => [c.competencyId, c])));
  return {
    competencies,
    groups: groups.map((g) => ({ key: g.key, label: g.label })),
    cells: competencies.map((c) => lookup.map((m) => heatCell(m.get(c.id)))),
  };
}

/**
 * ECharts heatmap data: [column, row, value] with rows reversed (the chart's y axis runs upwards), the shown values
 * and the suppressed cells apart, so the suppressed ones can be drawn grey outside the colour scale.
 */
export function heatmapSeries(map: Heatmap): { values: [number, number, number][]; suppressed: [number, number][] } {
  const values: [number, number, number][] = [];
  const suppressed: [number, number][] = [];
  const last = map.competencies.length - 1;
  map.cells.forEach((row, r) => {
    row.forEach((cell, column) => {
      if (cell.kind === 'value') values.push([column, last - r, cell.points]);
      else if (cell.kind === 'suppressed') suppressed.push([column, last - r]);
    });
  });
  return { values, suppressed };
}

/** True when the answer holds nobody: no submitted self-assessments and no interviews. */
export function isEmptyAnswer(total: GapGroup): boolean {
  return total.respondents === 0 && total.interviewed === 0;
}
