/**
 * The parts of ECharts the profile chart uses (bar chart, grid, SVG renderer). Named imports let the build drop
 * the rest; this module is only ever imported dynamically, so it becomes a chunk of its own.
 */
import { BarChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, SVGRenderer]);

export { echarts };
