import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useEChart } from '../../web/ui/useEChart.js';
import type { Heatmap } from './gapView.model.js';
import { heatmapOption } from './heatmapOption.js';

const loadECharts = async () => (await import('./echartsHeatmap.js')).echarts;

/**
 * The heatmap drawn as SVG by ECharts (loaded on first use). Hidden from assistive technology: the table below it
 * holds the same figures.
 */
export function GapHeatmapChart({ map }: { map: Heatmap }) {
  const { t, i18n } = useTranslation('analysis');
  const fewer = t('fewer');
  const option = useMemo(() => heatmapOption(map, i18n.language, fewer), [map, i18n.language, fewer]);
  const box = useEChart(loadECharts, option);
  return (
    <div
      ref={box}
      className="gap-heatmap-chart"
      aria-hidden="true"
      data-testid="gap-heatmap-chart"
      style={{ height: `${Math.max(180, map.competencies.length * 30 + 60)}px` }}
    />
  );
}
