import { describe, expect, it } from 'vitest';
import type { CompetencyGap, GapGroup } from '../gaps.model.js';
import type { GapCompetency } from './analysis.api.js';
import {
  countText,
  domainPercent,
  gapDomain,
  heatCell,
  heatmapData,
  heatmapSeries,
  isEmptyAnswer,
  priorityPoints,
  rankNeeds,
} from './gapView.model.js';
import { formatDecimal, formatPercent } from './numbers.model.js';

const S = { suppressed: true as const };
const comp = (id: string, code: string): GapCompetency => ({ id, code, titleDa: `K ${code}`, titleEn: `C ${code}` });
const competencies = [comp('a', '1'), comp('b', '2'), comp('c', '3'), comp('d', '4')];

const survey = (meanGap: number | null, ci: [number, number] | null = null) => ({
  n: 10,
  rated: 10,
  unrated: 0,
  meanGap,
  sd: null,
  ci,
  shareBelow: meanGap === null ? null : 0.5,
});
const share = { n: 6, count: 3, share: 0.5, ci: [0.19, 0.81] as [number, number] };

function gap(id: string, score: number | null, over: Partial<CompetencyGap> = {}): CompetencyGap {
  return {
    competencyId: id,
    survey: survey(score),
    interviews: share,
    priority: { score, ci: null, basis: score === null ? 'none' : 'both' },
    ...over,
  };
}

const group = (key: string, cells: CompetencyGap[]): GapGroup => ({
  key,
  label: `Gruppe ${key}`,
  respondents: 10,
  interviewed: 6,
  competencies: cells,
});

describe('rankNeeds', () => {
  it('sorts by priority, highest first, ties in framework order and unscored last', () => {
    const total = group('*', [gap('a', 0.2), gap('b', null), gap('c', 0.62), gap('d', 0.2)]);
    expect(rankNeeds(competencies, total).map((r) => r.competency.id)).toEqual(['c', 'a', 'd', 'b']);
  });

  it('leaves out cells for competencies the answer does not name', () => {
    const total = group('*', [gap('zz', 0.9), gap('a', 0.1)]);
    expect(rankNeeds(competencies, total).map((r) => r.competency.id)).toEqual(['a']);
  });
});

describe('priorityPoints', () => {
  it('rounds the 0…1 score to whole points', () => {
    expect(priorityPoints(0.6249)).toBe(62);
    expect(priorityPoints(0.625)).toBe(63);
    expect(priorityPoints(0)).toBe(0);
    expect(priorityPoints(null)).toBeNull();
  });
});

describe('suppressed and Danish numbers', () => {
  const format = (n: number) => `#${n}`;
  it('shows a suppressed count as the "fewer than 5" text, never a number', () => {
    expect(countText(S, 'færre end 5', format)).toBe('færre end 5');
    expect(countText(12, 'færre end 5', format)).toBe('#12');
    expect(countText(0, 'færre end 5', format)).toBe('#0');
  });

  it('formats gaps with a decimal comma and shares as whole percents', () => {
    expect(formatDecimal(0.3125, 'da')).toBe('0,31');
    expect(formatDecimal(0.3125, 'en')).toBe('0.31');
    expect(formatPercent(0.6, 'da').replace(/\s/g, ' ')).toBe('60 %');
    expect(formatPercent(0.6, 'en')).toBe('60%');
  });
});

describe('bullet bar domain', () => {
  it('holds 0 and every interval, rounded out to quarters', () => {
    const rows = rankNeeds(competencies, group('*', [gap('a', 0.3, { survey: survey(0.3, [-0.1, 0.6]) })]));
    expect(gapDomain(rows)).toEqual([-0.25, 0.75]);
    expect(domainPercent(0, [-0.25, 0.75])).toBe(25);
    expect(domainPercent(2, [-0.25, 0.75])).toBe(100);
  });

  it('ignores suppressed surveys and defaults to 0…0.5', () => {
    const rows = rankNeeds(competencies, group('*', [gap('a', 0.3, { survey: S })]));
    expect(gapDomain(rows)).toEqual([0, 0.5]);
  });
});

describe('heatmap', () => {
  it('marks a cell suppressed when a withheld source leaves no score, empty when there is no data', () => {
    expect(heatCell(gap('a', 0.41))).toEqual({ kind: 'value', points: 41 });
    expect(heatCell(gap('a', null, { survey: S, interviews: S }))).toEqual({ kind: 'suppressed' });
    expect(heatCell(gap('a', null))).toEqual({ kind: 'empty' });
    expect(heatCell(undefined)).toEqual({ kind: 'empty' });
  });

  it('rows in the total’s ranking, columns per group, and chart data with suppressed cells apart', () => {
    const total = group('*', [gap('a', 0.1), gap('b', 0.5), gap('c', null), gap('d', null)]);
    const ranked = rankNeeds(competencies.slice(0, 2), total);
    const groups = [
      group('new', [gap('a', 0.2), gap('b', 0.7)]),
      group('old', [gap('a', null, { survey: S, interviews: S }), gap('b', null, { survey: S, interviews: S })]),
    ];
    const map = heatmapData(ranked, groups);
    expect(map.competencies.map((c) => c.id)).toEqual(['b', 'a']);
    expect(map.groups).toEqual([
      { key: 'new', label: 'Gruppe new' },
      { key: 'old', label: 'Gruppe old' },
    ]);
    expect(map.cells).toEqual([
      [{ kind: 'value', points: 70 }, { kind: 'suppressed' }],
      [{ kind: 'value', points: 20 }, { kind: 'suppressed' }],
    ]);
    // y runs upwards in the chart: the top-ranked row "b" is y = 1.
    expect(heatmapSeries(map)).toEqual({
      values: [
        [0, 1, 70],
        [0, 0, 20],
      ],
      suppressed: [
        [1, 1],
        [1, 0],
      ],
    });
  });
});

describe('isEmptyAnswer', () => {
  it('is empty only when nobody answered and nobody was interviewed', () => {
    expect(isEmptyAnswer({ ...group('*', []), respondents: 0, interviewed: 0 })).toBe(true);
    expect(isEmptyAnswer({ ...group('*', []), respondents: 0, interviewed: 3 })).toBe(false);
    expect(isEmptyAnswer({ ...group('*', []), respondents: S, interviewed: 0 })).toBe(false);
  });
});
