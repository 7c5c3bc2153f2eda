/**
 * Interview slots as a leader reads them: grouped by the day they fall on in Danish time, with weekday, date and
 * times formatted by the browser's Intl (no date library in the bundle). Slots arrive as UTC instants.
 */
import type { Language } from '../../../web/i18n';

export const TIME_ZONE = 'Europe/Copenhagen';

const intlLocale = (language: Language) => (language === 'en' ? 'en-GB' : 'da-DK');

const dateKeyFormat = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE });

/** The calendar date (YYYY-MM-DD) an instant falls on in Copenhagen. */
export function copenhagenDate(instant: string | Date): string {
  return dateKeyFormat.format(new Date(instant));
}

/** "tirsdag 2. marts" / "Tuesday 2 March". */
export function formatDay(instant: string | Date, language: Language): string {
  return new Intl.DateTimeFormat(intlLocale(language), {
    timeZone: TIME_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  }).format(new Date(instant));
}

/** "09.00" / "09:00". */
export function formatTime(instant: string | Date, language: Language): string {
  return new Intl.DateTimeFormat(intlLocale(language), {
    timeZone: TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(instant));
}

/** "tirsdag 2. marts kl. 09.00" / "Tuesday 2 March at 09:00", as in the booking mails. */
export function formatSlotStart(instant: string | Date, language: Language): string {
  return new Intl.DateTimeFormat(intlLocale(language), {
    timeZone: TIME_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(instant));
}

/** "09.00–09.30". */
export function formatTimeRange(start: string, end: string, language: Language): string {
  return `${formatTime(start, language)}–${formatTime(end, language)}`;
}

/** Whole minutes between two instants. */
export function durationMinutes(start: string, end: string): number {
  return Math.round((new Date(end).getTime() - new Date(start).getTime()) / 60_000);
}

export interface SlotDay<S extends { start: string }> {
  /** YYYY-MM-DD in Copenhagen. */
  date: string;
  slots: S[];
}

/**
 * Slots grouped by their Copenhagen date, days in date order and slots by start within a day. A slot just after
 * midnight Danish time (22:xx or 23:xx UTC the evening before) belongs to the next day.
 */
export function groupSlotsByDay<S extends { start: string }>(slots: readonly S[]): SlotDay<S>[] {
  const byDate = new Map<string, S[]>();
  for (const slot of [...slots].sort((a, b) => Date.parse(a.start) - Date.parse(b.start))) {
    const date = copenhagenDate(slot.start);
    const day = byDate.get(date);
    if (day) day.push(slot);
    else byDate.set(date, [slot]);
  }
  return [...byDate.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, daySlots]) => ({ date, slots: daySlots }));
}

/** Whether two or more interviewers offer the same start, so the list must name who each slot is with. */
export function hasParallelSlots(slots: readonly { start: string; interviewerId: string }[]): boolean {
  const seen = new Set<string>();
  for (const slot of slots) {
    if (seen.has(slot.start)) return true;
    seen.add(slot.start);
  }
  return false;
}
