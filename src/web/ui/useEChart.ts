import { type RefObject, useEffect, useRef } from 'react';

/** What the hook needs of an ECharts instance. */
interface ChartInstance {
  setOption(option: object, notMerge?: boolean): void;
  resize(): void;
  dispose(): void;
}

/** A loader of a tree-shaken ECharts build (its own chunk, loaded on first use). */
export type EChartsLoader = () => Promise<{
  init(dom: HTMLElement, theme: null, opts: { renderer: 'svg' }): ChartInstance;
}>;

/**
 * Draws `option` as an SVG chart into the returned box once ECharts has loaded, redraws it when the option changes,
 * follows window resizes and disposes of the chart on unmount. If ECharts fails to load the box stays empty: every
 * chart has a table beside it with the same figures.
 */
export function useEChart(load: EChartsLoader, option: object): RefObject<HTMLDivElement | null> {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ChartInstance | null>(null);
  const latest = useRef(option);
  latest.current = option;

  useEffect(() => {
    let disposed = false;
    const onResize = () => chart.current?.resize();
    load()
      .then((echarts) => {
        if (disposed || !box.current) return;
        chart.current = echarts.init(box.current, null, { renderer: 'svg' });
        chart.current.setOption(latest.current);
        window.addEventListener('resize', onResize);
      })
      .catch(() => {
        // The table beside the chart still shows the figures.
      });
    return () => {
      disposed = true;
      window.removeEventListener('resize', onResize);
      chart.current?.dispose();
      chart.current = null;
    };
  }, [load]);

  useEffect(() => {
    chart.current?.setOption(option, true);
    chart.current?.resize();
  }, [option]);

  return box;
}
