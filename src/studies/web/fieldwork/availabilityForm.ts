/**
 * The availability form's state and its translation to and from the API's shape (slots.model's `Availability` plus
 * the interview form and place). The form keeps what the user typed (times as text, weekdays as rows), so a half
 * typed time is not lost; `availabilityFromDraft` checks it the way the server and the slot maths will, and says
 * which field is wrong instead of letting the server refuse the whole thing.
 */

import type { Language } from '../../../web/i18n';
import { type DanishHoliday, danishHolidays } from '../../holidays.model';
import {
  type Availability,
  computeSlots,
  type Interval,
  MAX_BUFFER_MINUTES,
  MAX_RANGE_DAYS,
  SLOT_LENGTHS,
  type SlotMinutes,
} from '../../slots.model';
import type { AvailabilityBody, AvailabilityEntry, InterviewMode } from './fieldwork.api';

/** ISO weekdays, Monday = 1 … Sunday = 7. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export const MAX_LOCATION_LENGTH = 500;

export interface WindowDraft {
  id: string;
  start: string;
  end: string;
}

export interface ExceptionDraft {
  id: string;
  date: string;
  /** Not available that day; otherwise `start`–`end` replace the weekly hours of the date. */
  closed: boolean;
  start: string;
  end: string;
}

export interface AvailabilityDraft {
  /** Index 0 is Monday … 6 Sunday. */
  weekly: WindowDraft[][];
  exceptions: ExceptionDraft[];
  slotMinutes: SlotMinutes;
  bufferMinutes: string;
  fromDate: string;
  toDate: string;
  mode: InterviewMode;
  location: string;
  /** Kept as saved; the form does not offer it (holidays are always left out unless opened by an exception). */
  excludeHolidays?: boolean;
}

let counter = 0;
/** A key for a form row, so React keeps focus and typed text on the right row when rows are added or removed. */
export const rowId = () => `row-${++counter}`;

const DAY_MS = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const ms = Date.parse(`${text}T00:00:00Z`);
  return Number.isFinite(ms) && new Date(ms).toISOString().slice(0, 10) === text;
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

const daysBetween = (from: string, to: string) =>
  (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS;

/**
 * A typed time as the API wants it ('HH:MM', '24:00' allowed as an end), or null. Accepts what people type:
 * "9", "9:00", "09.30" (the Danish way), "930" and "0930".
 */
export function normaliseTime(text: string): string | null {
  const trimmed = text.trim();
  const match = /^(\d{1,2})(?:[:.]?(\d{2}))?$/.exec(trimmed);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = match[2] === undefined ? 0 : Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes !== 0)) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** A new interviewer's starting point: weekdays 9–15, half-hour interviews with 10 minutes between, eight weeks. */
export function defaultDraft(today: string): AvailabilityDraft {
  return {
    weekly: WEEKDAYS.map((weekday) => (weekday <= 5 ? [{ id: rowId(), start: '09:00', end: '15:00' }] : [])),
    exceptions: [],
    slotMinutes: 30,
    bufferMinutes: '10',
    fromDate: addDays(today, 1),
    toDate: addDays(today, 56),
    mode: 'video',
    location: '',
  };
}

/** The form for the caller's saved availability, or the starting point when there is none. */
export function draftFromEntry(entry: AvailabilityEntry | undefined, today: string): AvailabilityDraft {
  if (!entry) return defaultDraft(today);
  const a = entry.availability;
  return {
    weekly: WEEKDAYS.map((weekday) =>
      a.weekly
        .filter((w) => w.weekday === weekday)
        .sort((x, y) => x.start.localeCompare(y.start))
        .map((w) => ({ id: rowId(), start: w.start, end: w.end })),
    ),
    exceptions: [...a.exceptions]
      .sort((x, y) => x.date.localeCompare(y.date) || (x.start ?? '').localeCompare(y.start ?? ''))
      .map((e) => ({
        id: rowId(),
        date: e.date,
        closed: e.start === undefined || e.end === undefined,
        start: e.start ?? '',
        end: e.end ?? '',
      })),
    slotMinutes: a.slotMinutes,
    bufferMinutes: String(a.bufferMinutes),
    fromDate: a.fromDate,
    toDate: a.toDate,
    mode: entry.mode,
    location: entry.location,
    ...(a.excludeHolidays === undefined ? {} : { excludeHolidays: a.excludeHolidays }),
  };
}

export type AvailabilityProblem =
  | 'timeInvalid'
  | 'timeOrder'
  | 'dateInvalid'
  | 'dateOrder'
  | 'rangeTooLong'
  | 'bufferInvalid'
  | 'locationTooLong';

/** Field → problem; a field is named by its place in the form: `weekly.1.0.start`, `exceptions.2.date`, `toDate` … */
export type AvailabilityProblems = Record<string, AvailabilityProblem>;

export type DraftResult = { ok: true; body: AvailabilityBody } | { ok: false; problems: AvailabilityProblems };

/** The field ids of the form, derived from the same names the problems use. */
export const availabilityFieldId = (field: string) => `fieldwork-availability-${field.replaceAll('.', '-')}`;

/** The API body for a form, or every problem in it. */
export function availabilityFromDraft(draft: AvailabilityDraft): DraftResult {
  const problems: AvailabilityProblems = {};
  const time = (field: string, text: string) => {
    const value = normaliseTime(text);
    if (value === null) problems[field] = 'timeInvalid';
    return value;
  };
  /** Both times valid and in order, as a window the API accepts; `'24:00'` only as an end. */
  const window = (field: string, startText: string, endText: string) => {
    const start = time(`${field}.start`, startText);
    const end = time(`${field}.end`, endText);
    if (start === '24:00') problems[`${field}.start`] = 'timeInvalid';
    if (start === null || end === null || start === '24:00') return null;
    if (!(start < end)) {
      problems[`${field}.end`] = 'timeOrder';
      return null;
    }
    return { start, end };
  };

  const weekly: Availability['weekly'] = [];
  draft.weekly.forEach((windows, index) => {
    const weekday = index + 1;
    windows.forEach((w, n) => {
      const ok = window(`weekly.${weekday}.${n}`, w.start, w.end);
      if (ok) weekly.push({ weekday, ...ok });
    });
  });
  weekly.sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start));

  const exceptions: Availability['exceptions'] = [];
  draft.exceptions.forEach((e, n) => {
    const field = `exceptions.${n}`;
    if (!isDate(e.date)) problems[`${field}.date`] = 'dateInvalid';
    if (e.closed) {
      if (isDate(e.date)) exceptions.push({ date: e.date });
      return;
    }
    const ok = window(field, e.start, e.end);
    if (ok && isDate(e.date)) exceptions.push({ date: e.date, ...ok });
  });
  exceptions.sort((a, b) => a.date.localeCompare(b.date) || (a.start ?? '').localeCompare(b.start ?? ''));

  const bufferText = draft.bufferMinutes.trim();
  const bufferMinutes = /^\d{1,3}$/.test(bufferText) ? Number(bufferText) : Number.NaN;
  if (!(bufferMinutes >= 0 && bufferMinutes <= MAX_BUFFER_MINUTES)) problems.bufferMinutes = 'bufferInvalid';

  if (!isDate(draft.fromDate)) problems.fromDate = 'dateInvalid';
  if (!isDate(draft.toDate)) problems.toDate = 'dateInvalid';
  else if (isDate(draft.fromDate)) {
    if (draft.toDate < draft.fromDate) problems.toDate = 'dateOrder';
    else if (daysBetween(draft.fromDate, draft.toDate) >= MAX_RANGE_DAYS) problems.toDate = 'rangeTooLong';
  }
  if ([...draft.location.trim()].length > MAX_LOCATION_LENGTH) problems.location = 'locationTooLong';
  if (!(SLOT_LENGTHS as readonly number[]).includes(draft.slotMinutes)) problems.slotMinutes = 'timeInvalid';

  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    body: {
      availability: {
        weekly,
        exceptions,
        slotMinutes: draft.slotMinutes,
        bufferMinutes,
        fromDate: draft.fromDate,
        toDate: draft.toDate,
        ...(draft.excludeHolidays === undefined ? {} : { excludeHolidays: draft.excludeHolidays }),
      },
      mode: draft.mode,
      location: draft.location.trim(),
    },
  };
}

const intlLocale = (language: Language) => (language === 'en' ? 'en-GB' : 'da-DK');

/** "mandag" / "Monday" (or "man." / "Mon" when short) for an ISO weekday. */
export function weekdayName(weekday: number, language: Language, width: 'long' | 'short' = 'long'): string {
  // 1 January 2024 was a Monday.
  return new Intl.DateTimeFormat(intlLocale(language), { timeZone: 'UTC', weekday: width }).format(
    new Date(Date.UTC(2024, 0, weekday)),
  );
}

/** A stored 'HH:MM' as it is read: "09.30" in Danish, "09:30" in English. */
export function displayTime(time: string, language: Language): string {
  return language === 'da' ? time.replace(':', '.') : time;
}

/** "man. 09.00–12.00, 13.00–15.00" per weekday that has hours, Monday first. */
export function weeklySummary(availability: Availability, language: Language): string[] {
  return WEEKDAYS.flatMap((weekday) => {
    const windows = availability.weekly
      .filter((w) => w.weekday === weekday)
      .sort((a, b) => a.start.localeCompare(b.start))
      .map((w) => `${displayTime(w.start, language)}–${displayTime(w.end, language)}`);
    return windows.length ? [`${weekdayName(weekday, language, 'short')} ${windows.join(', ')}`] : [];
  });
}

/** A local date as "2. marts 2027" / "2 March 2027". */
export function formatDate(date: string, language: Language): string {
  return new Intl.DateTimeFormat(intlLocale(language), {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(`${date}T00:00:00Z`));
}

/** The Danish holidays (customary closing days included) between two dates, both inclusive. */
export function holidaysBetween(fromDate: string, toDate: string): DanishHoliday[] {
  if (!isDate(fromDate) || !isDate(toDate) || toDate < fromDate) return [];
  const first = Number(fromDate.slice(0, 4));
  const last = Math.min(Number(toDate.slice(0, 4)), first + 2);
  const found: DanishHoliday[] = [];
  for (let year = first; year <= last; year++) {
    for (const holiday of danishHolidays(year)) {
      if (holiday.date >= fromDate && holiday.date <= toDate) found.push(holiday);
    }
  }
  return found;
}

/**
 * The first slots the saved form would offer (before anyone books), with the server's own slot maths, and how many
 * there are in all; null when the form cannot be laid out.
 */
export function previewSlots(
  availability: Availability,
  now: Date,
  count: number,
): { first: Interval[]; total: number } | null {
  try {
    const slots = computeSlots(availability, { now, booked: [] });
    return { first: slots.slice(0, count), total: slots.length };
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}
