/**
 * ECharts, loaded only when a chart is drawn: the tree-shaken core with the bar chart, the grid and the SVG renderer
 * is a separate chunk of the build, so pages without charts do not carry it.
 */
export async function loadECharts() {
  const { echarts } = await import('./echartsBar');
  return echarts;
}
