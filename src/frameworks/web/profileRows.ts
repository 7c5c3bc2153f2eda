/**
 * A role profile's targets as rows for its table and chart: each competency of the version in tree order, grouped
 * by domain, with the target level and its label on the framework's scale; and the ECharts options of the profile
 * chart (a horizontal bar per competency). Pure, so the chart and the table that stands in for it cannot disagree.
 */
import type { ScaleLevel } from '../frameworks.model';
import type { ProfileCompetency, ProfileTarget } from './frameworks.api';

export interface TargetDraft {
  /** null: no target for this competency. */
  level: number | null;
  rationaleDa: string;
  rationaleEn: string;
}

export interface ProfileRow {
  identifier: string;
  code: string;
  title: string;
  level: number | null;
  levelLabel: string;
}

export interface ProfileGroup {
  domain: string;
  rows: ProfileRow[];
}

const pickLanguage = (language: string, da: string, en: string) =>
  (language.startsWith('en') ? en || da : da || en).trim();

export function scaleLabel(scale: readonly ScaleLevel[], level: number | null, language: string): string {
  if (level === null) return '';
  const step = scale.find((s) => s.level === level);
  return step ? pickLanguage(language, step.labelDa, step.labelEn) : '';
}

/** The editable state of every competency, from the saved targets (competencies without one get no level). */
export function draftsFromTargets(
  competencies: readonly ProfileCompetency[],
  targets: readonly ProfileTarget[],
): Map<string, TargetDraft> {
  const byItem = new Map(targets.map((t) => [t.itemIdentifier, t]));
  return new Map(
    competencies.map((c) => {
      const target = byItem.get(c.identifier);
      return [
        c.identifier,
        {
          level: target?.level ?? null,
          rationaleDa: target?.rationaleDa ?? '',
          rationaleEn: target?.rationaleEn ?? '',
        },
      ];
    }),
  );
}

/** What PATCH takes: the competencies that have a level, in tree order. */
export function targetsFromDrafts(
  competencies: readonly ProfileCompetency[],
  drafts: ReadonlyMap<string, TargetDraft>,
): ProfileTarget[] {
  return competencies.flatMap((c) => {
    const draft = drafts.get(c.identifier);
    if (!draft || draft.level === null) return [];
    return [
      {
        itemIdentifier: c.identifier,
        level: draft.level,
        rationaleDa: draft.rationaleDa.trim(),
        rationaleEn: draft.rationaleEn.trim(),
      },
    ];
  });
}

/** Rows grouped by domain, keeping the version's order (a domain whose competencies are apart appears twice). */
export function profileGroups(
  competencies: readonly ProfileCompetency[],
  drafts: ReadonlyMap<string, TargetDraft>,
  scale: readonly ScaleLevel[],
  language: string,
): ProfileGroup[] {
  const groups: ProfileGroup[] = [];
  for (const c of competencies) {
    const domain = pickLanguage(language, c.domainTitleDa, c.domainTitleEn);
    const level = drafts.get(c.identifier)?.level ?? null;
    const row: ProfileRow = {
      identifier: c.identifier,
      code: c.code,
      title: pickLanguage(language, c.titleDa, c.titleEn),
      level,
      levelLabel: scaleLabel(scale, level, language),
    };
    const last = groups[groups.length - 1];
    if (last && last.domain === domain) last.rows.push(row);
    else groups.push({ domain, rows: [row] });
  }
  return groups;
}

/** The bar chart's options: one bar per competency (top to bottom in tree order), the x axis along the scale. */
export function profileChartOption(
  rows: readonly ProfileRow[],
  scale: readonly ScaleLevel[],
  language: string,
  noTarget: string,
) {
  const levels = scale.map((s) => s.level).sort((a, b) => a - b);
  const min = Math.min(0, levels[0] ?? 0);
  const max = levels[levels.length - 1] ?? 5;
  const labelOf = (value: number) => scaleLabel(scale, value, language);
  return {
    animation: false,
    aria: { enabled: false },
    // DKFDS text colour and font, so the labels are as readable as the page around them.
    textStyle: { fontFamily: 'IBM Plex Sans, Arial, sans-serif', fontSize: 13, color: '#1a1a1a' },
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    xAxis: {
      type: 'value' as const,
      min,
      max,
      interval: 1,
      axisLabel: {
        color: '#1a1a1a',
        formatter: (value: number) => (labelOf(value) ? `${value} ${labelOf(value)}` : String(value)),
      },
    },
    yAxis: {
      type: 'category' as const,
      inverse: true,
      data: rows.map((r) => (r.code ? `${r.code} ${r.title}` : r.title)),
      axisLabel: { color: '#1a1a1a', width: 280, overflow: 'truncate' as const },
    },
    series: [
      {
        type: 'bar' as const,
        data: rows.map((r) => r.level ?? 0),
        barMaxWidth: 22,
        itemStyle: { color: '#0059b3' },
        label: {
          show: true,
          position: 'right' as const,
          color: '#1a1a1a',
          formatter: (params: { dataIndex: number }) => {
            const row = rows[params.dataIndex];
            return row && row.level !== null ? `${row.level} ${row.levelLabel}`.trim() : noTarget;
          },
        },
      },
    ],
  };
}
