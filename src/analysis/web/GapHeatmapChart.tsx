import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Heatmap } from './gapView.model.js';
import { heatmapOption } from './heatmapOption.js';

const loadECharts = async () => (await import('./echartsHeatmap.js')).echarts;
type Chart = Awaited<ReturnType<typeof loadECharts>> extends { init: (...args: never[]) => infer C } ? C : never;

/**
 * The heatmap drawn as SVG by ECharts (loaded on first use). Hidden from assistive technology: the table below it
 * holds the same figures.
 */
export function GapHeatmapChart({ map }: { map: Heatmap }) {
  const { t, i18n } = useTranslation('analysis');
  const fewer = t('fewer');
  const option = useMemo(() => heatmapOption(map, i18n.language, fewer), [map, i18n.language, fewer]);
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<Chart | null>(null);
  const latest = useRef(option);
  latest.current = option;

  useEffect(() => {
    let disposed = false;
    const onResize = () => chart.current?.resize();
    loadECharts()
      .then((echarts) => {
        if (disposed || !box.current) return;
        chart.current = echarts.init(box.current, null, { renderer: 'svg' });
        chart.current.setOption(latest.current);
        window.addEventListener('resize', onResize);
      })
      .catch(() => {
        // Without the chart the table below it still shows the figures.
      });
    return () => {
      disposed = true;
      window.removeEventListener('resize', onResize);
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, true);
    chart.current?.resize();
  }, [option]);

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
