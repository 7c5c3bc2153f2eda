/** The ECharts option of the gap heatmap: priority per competency × group, suppressed cells grey. */
import { type Heatmap, heatmapSeries } from './gapView.model.js';

export function heatmapOption(map: Heatmap, language: string, fewer: string) {
  const { values, suppressed } = heatmapSeries(map);
  const rows = map.competencies.map((c) => (language === 'en' ? c.titleEn : c.titleDa)).reverse();
  return {
    animation: false,
    grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category' as const,
      position: 'top' as const,
      data: map.groups.map((g) => g.label),
      axisLabel: { interval: 0, width: 110, overflow: 'truncate' as const },
      splitArea: { show: true },
    },
    yAxis: {
      type: 'category' as const,
      data: rows,
      axisLabel: { width: 260, overflow: 'truncate' as const },
      splitArea: { show: true },
    },
    visualMap: {
      show: false,
      min: 0,
      max: 100,
      seriesIndex: 0,
      inRange: { color: ['#f2f6fa', '#0059b3', '#002f5f'] },
    },
    series: [
      {
        type: 'heatmap' as const,
        data: values,
        label: { show: true, formatter: (p: { value: unknown }) => String((p.value as number[])[2]) },
      },
      {
        type: 'heatmap' as const,
        data: suppressed.map(([x, y]) => [x, y, 0]),
        itemStyle: { color: '#d9d9d9' },
        label: { show: true, color: '#454545', fontSize: 10, formatter: (_p?: unknown) => fewer },
      },
    ],
  };
}
