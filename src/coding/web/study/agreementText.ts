/**
 * How agreement figures are read out: coefficients with two decimals in the reader's language, and Krippendorff's
 * conventional thresholds (α ≥ 0.800 reliable, ≥ 0.667 tentative conclusions only).
 */
import type { Language } from '../../../web/i18n.js';

export type Reliability = 'reliable' | 'tentative' | 'unreliable' | 'undefined';

export const ALPHA_RELIABLE = 0.8;
export const ALPHA_TENTATIVE = 0.667;

export function reliability(alpha: number | null | undefined): Reliability {
  if (alpha === null || alpha === undefined || Number.isNaN(alpha)) return 'undefined';
  if (alpha >= ALPHA_RELIABLE) return 'reliable';
  if (alpha >= ALPHA_TENTATIVE) return 'tentative';
  return 'unreliable';
}

const locale = (language: Language) => (language === 'en' ? 'en-GB' : 'da-DK');

/** "0,82" (Danish) or "0.82"; an en dash when the coefficient is undefined (no variation to compare). */
export function formatCoefficient(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  // signDisplay 'negative': a coefficient that rounds to zero is "0,00", not "-0,00".
  return new Intl.NumberFormat(locale(language), {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: 'negative',
  }).format(value);
}

/** Percent agreement (the API's proportion 0–1) as "87,5 %"; an en dash when no unit could be paired. */
export function formatPercent(share: number | null | undefined, language: Language): string {
  if (share === null || share === undefined || Number.isNaN(share)) return '–';
  return new Intl.NumberFormat(locale(language), { style: 'percent', maximumFractionDigits: 1 }).format(share);
}
