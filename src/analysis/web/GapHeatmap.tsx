import { useTranslation } from 'react-i18next';
import type { GapCompetency, GapGroup } from './analysis.api.js';
import { GapHeatmapChart } from './GapHeatmapChart.js';
import { type HeatCell, heatmapData, rankNeeds } from './gapView.model.js';

function cellText(cell: HeatCell, fewer: string): string {
  if (cell.kind === 'value') return String(cell.points);
  return cell.kind === 'suppressed' ? fewer : '–';
}

/**
 * Priority per competency × group: the chart for the eye, and the same figures as a table below it for everyone
 * (screen readers, keyboard, print). Rows follow the ranking of the total.
 */
export function GapHeatmap({
  competencies,
  total,
  groups,
  dimension,
}: {
  competencies: GapCompetency[];
  total: GapGroup;
  groups: GapGroup[];
  dimension: string;
}) {
  const { t, i18n } = useTranslation('analysis');
  if (groups.length === 0) return <p>{t('heatmap.noGroups')}</p>;
  const map = heatmapData(rankNeeds(competencies, total), groups);
  const fewer = t('fewer');
  return (
    <>
      <GapHeatmapChart map={map} />
      <p className="form-hint">{t('heatmap.legend')}</p>
      <div className="table--responsive-scroll">
        <table className="table table--compact gap-heatmap-table" data-testid="gap-heatmap-table">
          <caption>{t('heatmap.caption', { dimension: dimension.toLocaleLowerCase(i18n.language) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('needs.competency')}</th>
              {map.groups.map((g) => (
                <th scope="col" key={g.key}>
                  {g.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {map.competencies.map((c, row) => (
              <tr key={c.id}>
                <th scope="row">{i18n.language === 'en' ? c.titleEn : c.titleDa}</th>
                {map.cells[row].map((cell, column) => (
                  <td
                    key={map.groups[column].key}
                    className={cell.kind === 'suppressed' ? 'gap-suppressed' : undefined}
                  >
                    {cellText(cell, fewer)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
