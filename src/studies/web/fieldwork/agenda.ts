/**
 * The agenda's arithmetic and wording: interviews in time order, grouped by the day they fall on in Danish time (an
 * interview at 00:30 Danish summer time is on the next day, though it is still the day before in UTC), and dates
 * and times written the way Danish (or British English) readers expect, by the browser's Intl.
 */
import type { Language } from '../../../web/i18n';
import type { AgendaEntry } from './fieldwork.api';

export const TIME_ZONE = 'Europe/Copenhagen';

const intlLocale = (language: Language) => (language === 'en' ? 'en-GB' : 'da-DK');

const dateKeyFormat = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE });

/** The calendar date (YYYY-MM-DD) an instant falls on in Copenhagen. */
export function copenhagenDate(instant: string | Date): string {
  return dateKeyFormat.format(new Date(instant));
}

export interface AgendaDay {
  /** YYYY-MM-DD in Copenhagen. */
  date: string;
  entries: AgendaEntry[];
}

/** Interviews by Copenhagen day, days and the interviews within each in time order. */
export function groupByDay(entries: readonly AgendaEntry[]): AgendaDay[] {
  const sorted = [...entries].sort(
    (a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt) || a.pseudonym.localeCompare(b.pseudonym),
  );
  const days: AgendaDay[] = [];
  for (const entry of sorted) {
    const date = copenhagenDate(entry.startsAt);
    const last = days.at(-1);
    if (last?.date === date) last.entries.push(entry);
    else days.push({ date, entries: [entry] });
  }
  return days;
}

/** "tirsdag den 2. marts 2027" / "Tuesday, 2 March 2027". */
export function formatDay(date: string, language: Language): string {
  // Noon UTC of a date is the same date in Copenhagen all year round.
  return new Intl.DateTimeFormat(intlLocale(language), {
    timeZone: TIME_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(`${date}T12:00:00Z`));
}

/** "09.00" in Danish, "09:00" in English. */
export function formatTime(instant: string | Date, language: Language): string {
  return new Intl.DateTimeFormat(intlLocale(language), {
    timeZone: TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(instant));
}

/** "09.00–09.30". */
export function formatTimeRange(start: string, end: string, language: Language): string {
  return `${formatTime(start, language)}–${formatTime(end, language)}`;
}

/** A booked interview whose start has passed waits for the team to say whether it was held. */
export function awaitsOutcome(entry: Pick<AgendaEntry, 'status' | 'startsAt'>, now: number): boolean {
  return entry.status === 'booked' && Date.parse(entry.startsAt) <= now;
}
