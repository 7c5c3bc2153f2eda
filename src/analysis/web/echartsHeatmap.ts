/**
 * The parts of ECharts the gap heatmap uses (heatmap, grid, visual map, SVG renderer). Only ever imported
 * dynamically, so it becomes a chunk of its own and pages without the heatmap do not carry it.
 */
import { HeatmapChart } from 'echarts/charts';
import { GridComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([HeatmapChart, GridComponent, VisualMapComponent, SVGRenderer]);

export { echarts };
