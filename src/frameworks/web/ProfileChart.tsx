import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScaleLevel } from '../frameworks.model';
import { loadECharts } from './loadECharts';
import { type ProfileRow, profileChartOption } from './profileRows';

type Chart = Awaited<ReturnType<typeof loadECharts>> extends { init: (...args: never[]) => infer C } ? C : never;

/**
 * The profile as a horizontal bar per competency along the scale, drawn as SVG by ECharts (loaded on first use).
 * It is hidden from assistive technology: the table beside it holds the same data.
 */
export function ProfileChart({ rows, scale, language }: { rows: ProfileRow[]; scale: ScaleLevel[]; language: string }) {
  const { t } = useTranslation('frameworks');
  const noTarget = t('profile.noTarget');
  const option = useMemo(() => profileChartOption(rows, scale, language, noTarget), [rows, scale, language, noTarget]);
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
        // Without the chart the table beside it still shows the profile.
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
      className="fw-chart"
      aria-hidden="true"
      data-testid="profile-chart"
      style={{ height: `${Math.max(160, rows.length * 34 + 60)}px` }}
    />
  );
}
