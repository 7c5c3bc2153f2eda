import { describe, expect, it } from 'vitest';
import type { Heatmap } from './gapView.model.js';
import { heatmapOption } from './heatmapOption.js';

const map: Heatmap = {
  competencies: [
    { id: 'a', code: '1', titleDa: 'Økonomi', titleEn: 'Finance' },
    { id: 'b', code: '2', titleDa: 'Faglighed', titleEn: 'Expertise' },
  ],
  groups: [
    { key: 'new', label: 'Ny leder' },
    { key: 'old', label: 'Erfaren leder' },
  ],
  cells: [
    [{ kind: 'value', points: 62 }, { kind: 'suppressed' }],
    [{ kind: 'empty' }, { kind: 'value', points: 9 }],
  ],
};

describe('heatmapOption', () => {
  it('draws values on the colour scale and suppressed cells as a grey series labelled "færre end 5"', () => {
    const option = heatmapOption(map, 'da', 'færre end 5');
    expect(option.xAxis.data).toEqual(['Ny leder', 'Erfaren leder']);
    // Top row first on screen: ECharts' category y axis runs upwards.
    expect(option.yAxis.data).toEqual(['Faglighed', 'Økonomi']);
    expect(option.series[0].data).toEqual([
      [0, 1, 62],
      [1, 0, 9],
    ]);
    expect(option.series[1].data).toEqual([[1, 1, 0]]);
    expect(option.series[1].itemStyle).toEqual({ color: '#d9d9d9' });
    expect(option.series[1].label.formatter({ value: [] })).toBe('færre end 5');
    expect(option.visualMap.seriesIndex).toBe(0);
    expect(heatmapOption(map, 'en', 'fewer than 5').yAxis.data).toEqual(['Expertise', 'Finance']);
  });
});
