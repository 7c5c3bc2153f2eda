import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useEChart } from '../../web/ui/useEChart';
import type { ScaleLevel } from '../frameworks.model';
import { loadECharts } from './loadECharts';
import { type ProfileRow, profileChartOption } from './profileRows';

/**
 * The profile as a horizontal bar per competency along the scale, drawn as SVG by ECharts (loaded on first use).
 * It is hidden from assistive technology: the table beside it holds the same data.
 */
export function ProfileChart({ rows, scale, language }: { rows: ProfileRow[]; scale: ScaleLevel[]; language: string }) {
  const { t } = useTranslation('frameworks');
  const noTarget = t('profile.noTarget');
  const option = useMemo(() => profileChartOption(rows, scale, language, noTarget), [rows, scale, language, noTarget]);
  const box = useEChart(loadECharts, option);
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
