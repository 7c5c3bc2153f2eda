import i18next, { type TFunction } from 'i18next';
import da from './locales/da.json' with { type: 'json' };
import en from './locales/en.json' with { type: 'json' };

export type Locale = 'da' | 'en';
export const locales: Locale[] = ['da', 'en'];

const instance = i18next.createInstance();
void instance.init({
  initAsync: false,
  lng: 'da',
  fallbackLng: 'da',
  supportedLngs: locales,
  resources: { da: { translation: da }, en: { translation: en } },
  interpolation: { escapeValue: false },
});

export function translator(locale: Locale): TFunction {
  return instance.getFixedT(locale);
}

/** Picks da or en from an Accept-Language header; Danish first. */
export function localeFromHeader(header: string | undefined | null): Locale {
  if (!header) return 'da';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, q] = part.trim().split(';q=');
      return { lang: tag.toLowerCase().slice(0, 2), q: q === undefined ? 1 : Number(q) };
    })
    .sort((a, b) => b.q - a.q);
  for (const { lang } of ranked) if (lang === 'da' || lang === 'en') return lang;
  return 'da';
}

export function isLocale(value: unknown): value is Locale {
  return value === 'da' || value === 'en';
}
