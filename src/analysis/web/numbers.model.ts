/** Danish (or British English) number formatting for the gap figures. */
import type { Language } from '../../web/i18n.js';

const locale = (language: Language) => (language === 'en' ? 'en-GB' : 'da-DK');

/** A gap (a fraction of the scale) with two decimals: "0,31", "−0,05". */
export function formatDecimal(value: number, language: Language): string {
  return new Intl.NumberFormat(locale(language), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/** A share 0…1 as a whole percent: "60 %" in Danish. */
export function formatPercent(value: number, language: Language): string {
  return new Intl.NumberFormat(locale(language), { style: 'percent', maximumFractionDigits: 0 }).format(value);
}
