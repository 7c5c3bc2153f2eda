/**
 * Danish public holidays, computed for any year so that no table has to be kept up to date. Interview slots are not
 * offered on these days. Besides the statutory holidays, the public sector customarily closes on Grundlovsdag,
 * Juleaftensdag and Nytårsaftensdag; those carry `customary: true` so a caller can choose to keep them open.
 * Dates are local calendar dates ('YYYY-MM-DD'), never instants: convert an instant with the Copenhagen zone first.
 */

export interface DanishHoliday {
  /** Local calendar date, 'YYYY-MM-DD'. */
  date: string;
  /** Stable identifier, usable as an i18n key. */
  key: HolidayKey;
  nameDa: string;
  nameEn: string;
  /** Not a statutory holiday, but a day the public sector customarily closes. */
  customary: boolean;
}

export type HolidayKey =
  | 'new_years_day'
  | 'maundy_thursday'
  | 'good_friday'
  | 'easter_sunday'
  | 'easter_monday'
  | 'great_prayer_day'
  | 'ascension_day'
  | 'whit_sunday'
  | 'whit_monday'
  | 'constitution_day'
  | 'christmas_eve'
  | 'christmas_day'
  | 'boxing_day'
  | 'new_years_eve';

/** Store bededag was abolished by law from 2024; 2023 was the last year it was a holiday. */
export const LAST_GREAT_PRAYER_DAY_YEAR = 2023;

const DAY_MS = 86_400_000;

/** Easter Sunday ('YYYY-MM-DD') by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  assertYear(year);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(Date.UTC(year, month - 1, day));
}

type Rule = { key: HolidayKey; nameDa: string; nameEn: string; customary?: true } & (
  | { easterOffset: number }
  | { month: number; day: number }
);

const RULES: Rule[] = [
  { key: 'new_years_day', nameDa: 'Nytårsdag', nameEn: "New Year's Day", month: 1, day: 1 },
  { key: 'maundy_thursday', nameDa: 'Skærtorsdag', nameEn: 'Maundy Thursday', easterOffset: -3 },
  { key: 'good_friday', nameDa: 'Langfredag', nameEn: 'Good Friday', easterOffset: -2 },
  { key: 'easter_sunday', nameDa: 'Påskedag', nameEn: 'Easter Sunday', easterOffset: 0 },
  { key: 'easter_monday', nameDa: '2. påskedag', nameEn: 'Easter Monday', easterOffset: 1 },
  { key: 'great_prayer_day', nameDa: 'Store bededag', nameEn: 'Great Prayer Day', easterOffset: 26 },
  { key: 'ascension_day', nameDa: 'Kristi himmelfartsdag', nameEn: 'Ascension Day', easterOffset: 39 },
  { key: 'whit_sunday', nameDa: 'Pinsedag', nameEn: 'Whit Sunday', easterOffset: 49 },
  { key: 'whit_monday', nameDa: '2. pinsedag', nameEn: 'Whit Monday', easterOffset: 50 },
  { key: 'constitution_day', nameDa: 'Grundlovsdag', nameEn: 'Constitution Day', month: 6, day: 5, customary: true },
  { key: 'christmas_eve', nameDa: 'Juleaftensdag', nameEn: 'Christmas Eve', month: 12, day: 24, customary: true },
  { key: 'christmas_day', nameDa: 'Juledag', nameEn: 'Christmas Day', month: 12, day: 25 },
  { key: 'boxing_day', nameDa: '2. juledag', nameEn: 'Boxing Day', month: 12, day: 26 },
  { key: 'new_years_eve', nameDa: 'Nytårsaftensdag', nameEn: "New Year's Eve", month: 12, day: 31, customary: true },
];

const cache = new Map<number, readonly DanishHoliday[]>();

/** The holidays of one year, sorted by date. */
export function danishHolidays(year: number): DanishHoliday[] {
  assertYear(year);
  let list = cache.get(year);
  if (!list) {
    const easter = Date.parse(`${easterSunday(year)}T00:00:00Z`);
    list = RULES.filter((r) => r.key !== 'great_prayer_day' || year <= LAST_GREAT_PRAYER_DAY_YEAR)
      .map((r) => ({
        date:
          'easterOffset' in r ? isoDate(easter + r.easterOffset * DAY_MS) : isoDate(Date.UTC(year, r.month - 1, r.day)),
        key: r.key,
        nameDa: r.nameDa,
        nameEn: r.nameEn,
        customary: r.customary ?? false,
      }))
      .sort((x, y) => x.date.localeCompare(y.date));
    cache.set(year, list);
  }
  return list.map((h) => ({ ...h }));
}

/** The holiday on a local date ('YYYY-MM-DD'), or null. `includeCustomary` (default true) counts the customary days. */
export function danishHolidayOn(date: string, options: { includeCustomary?: boolean } = {}): DanishHoliday | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`Not a date (YYYY-MM-DD): ${date}`);
  const found = danishHolidays(Number(match[1])).find((h) => h.date === date);
  if (!found || (found.customary && options.includeCustomary === false)) return null;
  return found;
}

/** Whether a local date ('YYYY-MM-DD') is a Danish holiday; customary closing days count unless told otherwise. */
export function isDanishHoliday(date: string, options: { includeCustomary?: boolean } = {}): boolean {
  return danishHolidayOn(date, options) !== null;
}

function isoDate(utcMs: number): string {
  return new Date(utcMs).toISOString().slice(0, 10);
}

function assertYear(year: number): void {
  // The Gregorian algorithm holds from 1583; four digits keep 'YYYY-MM-DD' well formed.
  if (!Number.isInteger(year) || year < 1583 || year > 9999) throw new RangeError(`Unsupported year: ${year}`);
}
