/**
 * Free interview slots from an interviewer's availability. Availability is kept in local wall-clock time
 * (Europe/Copenhagen) because that is how people think about their hours; slots come out as UTC instants.
 *
 * Slots are laid on a wall-clock grid: from each window's start, back to back with the buffer between them, never
 * crossing the window's end. The grid of a day depends only on the availability, so it does not shift when a
 * booking is made; bookings and the minimum notice then remove slots from it.
 *
 * Clock changes (the rule): a slot is offered only if its wall-clock start and its wall-clock end each occur exactly
 * once that day and the clock does not change between them. So on the spring-forward Sunday no slot starts or ends
 * in the skipped hour (02:00–03:00 does not exist), and on the fall-back Sunday none starts or ends in the repeated
 * hour (02:00–03:00 happens twice, and "02:30" would be read two ways). Such grid places get `clock_change`.
 *
 * Other rules: an exception without hours closes the day; exceptions with hours replace the weekly hours of that day
 * (several may be given) and also open a holiday, because the interviewer chose that day explicitly. Overlapping or
 * touching windows are merged. A grid place that would start less than the buffer after the previous grid place ends
 * (possible between windows, across midnight or around a clock change) is left out.
 */
import { DateTime, IANAZone } from 'luxon';
import { isDanishHoliday } from './holidays.model';

export const DEFAULT_TIME_ZONE = 'Europe/Copenhagen';
export const DEFAULT_MIN_NOTICE_MINUTES = 120;
export const SLOT_LENGTHS = [20, 30, 45] as const;
export const MAX_BUFFER_MINUTES = 120;
/** A longer range is refused, so that one request cannot make the server lay out years of slots. */
export const MAX_RANGE_DAYS = 400;

export type SlotMinutes = (typeof SLOT_LENGTHS)[number];

export interface WeeklyWindow {
  /** ISO weekday, Monday = 1 … Sunday = 7. */
  weekday: number;
  /** Local wall-clock 'HH:MM'; `end` may be '24:00'. */
  start: string;
  end: string;
}

export interface AvailabilityException {
  date: string;
  /** Both given: the hours of that day (replacing the weekly hours); both left out: unavailable all day. */
  start?: string;
  end?: string;
}

export interface Availability {
  weekly: WeeklyWindow[];
  exceptions: AvailabilityException[];
  slotMinutes: SlotMinutes;
  bufferMinutes: number;
  /** Local dates, inclusive. */
  fromDate: string;
  toDate: string;
  /** Leave out Danish holidays, customary closing days included. Default true. */
  excludeHolidays?: boolean;
}

export interface Interval {
  start: Date;
  end: Date;
}

export interface SlotContext {
  now: Date;
  /** Bookings already made (when rescheduling, leave out the booking being moved). */
  booked: Interval[];
  minNoticeMinutes?: number;
  timeZone?: string;
}

export type SlotRejection =
  | 'in_past'
  | 'outside_availability'
  | 'holiday'
  | 'clock_change'
  | 'taken'
  | 'too_soon'
  | 'not_on_grid';

export type SlotCheck = { ok: true } | { ok: false; reason: SlotRejection };

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** One place on a day's grid, before bookings and notice are applied. */
interface GridPlace {
  /** Minutes after local midnight. */
  wallStart: number;
  /** UTC ms of the start, or null when the place fails the clock-change rule. */
  start: number | null;
}

/** Free slots between fromDate and toDate, as UTC instants in time order. */
export function computeSlots(availability: Availability, ctx: SlotContext): Interval[] {
  const zone = zoneOf(ctx.timeZone);
  const { slotMinutes, bufferMinutes } = validated(availability);
  const earliest = ctx.now.getTime() + (ctx.minNoticeMinutes ?? DEFAULT_MIN_NOTICE_MINUTES) * MINUTE_MS;
  const slots: Interval[] = [];
  for (let date = availability.fromDate; date <= availability.toDate; date = addDays(date, 1)) {
    for (const place of gridOf(availability, date, zone)) {
      if (place.start === null || place.start < earliest) continue;
      const slot = { start: place.start, end: place.start + slotMinutes * MINUTE_MS };
      if (!isTaken(slot, ctx.booked, bufferMinutes))
        slots.push({ start: new Date(slot.start), end: new Date(slot.end) });
    }
  }
  return slots;
}

/**
 * Whether a requested slot start may be booked; the booking service calls this. The reasons are i18n codes, checked
 * in this order: in_past, outside_availability / holiday, clock_change, not_on_grid, too_soon, taken.
 */
export function checkSlot(availability: Availability, start: Date, ctx: SlotContext): SlotCheck {
  const zone = zoneOf(ctx.timeZone);
  const { slotMinutes, bufferMinutes } = validated(availability);
  const at = start.getTime();
  if (!Number.isFinite(at)) return { ok: false, reason: 'not_on_grid' };
  if (at < ctx.now.getTime()) return { ok: false, reason: 'in_past' };
  const local = DateTime.fromMillis(at, { zone });
  const date = local.toISODate()!;
  if (date < availability.fromDate || date > availability.toDate) return { ok: false, reason: 'outside_availability' };
  const day = dayPlan(availability, date);
  if (day.kind !== 'open') return { ok: false, reason: day.kind === 'holiday' ? 'holiday' : 'outside_availability' };
  const wallStart = local.hour * 60 + local.minute;
  const inWindow = day.windows.some(([from, to]) => wallStart >= from && wallStart + slotMinutes <= to);
  if (!inWindow) return { ok: false, reason: 'outside_availability' };
  if (!clockSafe(wallClockOf(date, zone), wallStart, slotMinutes)) return { ok: false, reason: 'clock_change' };
  const place = gridOf(availability, date, zone).find((p) => p.wallStart === wallStart);
  if (!place || place.start !== at) return { ok: false, reason: 'not_on_grid' };
  const minNotice = ctx.minNoticeMinutes ?? DEFAULT_MIN_NOTICE_MINUTES;
  if (at < ctx.now.getTime() + minNotice * MINUTE_MS) return { ok: false, reason: 'too_soon' };
  if (isTaken({ start: at, end: at + slotMinutes * MINUTE_MS }, ctx.booked, bufferMinutes)) {
    return { ok: false, reason: 'taken' };
  }
  return { ok: true };
}

/**
 * The instant a local wall-clock time names. On the clock-change days a time may not exist (spring forward) or
 * exist twice (fall back); the caller gets `clock_change` then, with the candidates, instead of a silent guess.
 */
export function localToInstant(
  date: string,
  time: string,
  timeZone = DEFAULT_TIME_ZONE,
): { ok: true; instant: Date } | { ok: false; reason: 'clock_change'; candidates: Date[] } {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`Not a date (YYYY-MM-DD): ${date}`);
  const instants = wallClockOf(date, zoneOf(timeZone))(parseTime(time));
  if (instants.length === 1) return { ok: true, instant: new Date(instants[0]) };
  return { ok: false, reason: 'clock_change', candidates: instants.map((ms) => new Date(ms)) };
}

/** The local calendar date, wall-clock time and ISO weekday of an instant. */
export function localDateTime(
  instant: Date,
  timeZone = DEFAULT_TIME_ZONE,
): { date: string; time: string; weekday: number; offsetMinutes: number } {
  const local = DateTime.fromJSDate(instant, { zone: zoneOf(timeZone) });
  return {
    date: local.toISODate()!,
    time: local.toFormat('HH:mm'),
    weekday: local.weekday,
    offsetMinutes: local.offset,
  };
}

/** "tirsdag 3. marts kl. 09.30" — a slot start as Danish readers expect it. */
export function formatSlotDa(start: Date, timeZone = DEFAULT_TIME_ZONE): string {
  return DateTime.fromJSDate(start, { zone: zoneOf(timeZone) })
    .setLocale('da')
    .toFormat("cccc d. LLLL 'kl.' HH.mm");
}

/** "Tuesday 3 March at 09:30" — the English counterpart of formatSlotDa. */
export function formatSlotEn(start: Date, timeZone = DEFAULT_TIME_ZONE): string {
  return DateTime.fromJSDate(start, { zone: zoneOf(timeZone) })
    .setLocale('en-GB')
    .toFormat("cccc d LLLL 'at' HH:mm");
}

type DayPlan = { kind: 'open'; windows: [number, number][] } | { kind: 'closed' } | { kind: 'holiday' };

/** The merged local windows (minutes after midnight) of one date, or why there are none. */
function dayPlan(availability: Availability, date: string): DayPlan {
  const exceptions = availability.exceptions.filter((e) => e.date === date);
  if (exceptions.some((e) => e.start === undefined || e.end === undefined)) return { kind: 'closed' };
  let raw: { start: string; end: string }[];
  if (exceptions.length > 0) raw = exceptions as { start: string; end: string }[];
  else {
    if (availability.excludeHolidays !== false && isDanishHoliday(date)) return { kind: 'holiday' };
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
    raw = availability.weekly.filter((w) => w.weekday === weekday);
  }
  const windows = raw
    .map((w) => [parseTime(w.start), parseTime(w.end)] as [number, number])
    .filter(([from, to]) => to > from)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const w of windows) {
    const last = merged.at(-1);
    if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
    else merged.push([...w]);
  }
  return merged.length > 0 ? { kind: 'open', windows: merged } : { kind: 'closed' };
}

/**
 * The day's grid in wall-clock order. A place fails the clock-change rule (`start` null), or is dropped when it would
 * start less than the buffer after the previous clock-safe place ends, counting the previous day's last place. The
 * comparison is with the previous place even when that one is dropped itself: so the grid of a day depends on that
 * day and the one before only, and still no two kept places are closer than the buffer.
 */
function gridOf(a: Availability, date: string, zone: IANAZone): GridPlace[] {
  const before = rawGrid(a, addDays(date, -1), zone).filter((p) => p.start !== null);
  let previousEnd = before.length > 0 ? before[before.length - 1].start! + a.slotMinutes * MINUTE_MS : -Infinity;
  const places: GridPlace[] = [];
  for (const place of rawGrid(a, date, zone)) {
    if (place.start === null) {
      places.push(place);
      continue;
    }
    if (place.start >= previousEnd + a.bufferMinutes * MINUTE_MS) places.push(place);
    previousEnd = place.start + a.slotMinutes * MINUTE_MS;
  }
  return places;
}

/** Every place the windows of a date give, clock-change places with `start` null. */
function rawGrid(a: Availability, date: string, zone: IANAZone): GridPlace[] {
  const day = dayPlan(a, date);
  if (day.kind !== 'open') return [];
  const clock = wallClockOf(date, zone);
  const places: GridPlace[] = [];
  for (const [from, to] of day.windows) {
    for (let wall = from; wall + a.slotMinutes <= to; wall += a.slotMinutes + a.bufferMinutes) {
      places.push({ wallStart: wall, start: clockSafe(clock, wall, a.slotMinutes) ? clock(wall)[0] : null });
    }
  }
  return places;
}

/** The instants whose wall clock shows a number of minutes after midnight of one date: none, one, or two. */
type WallClock = (minutes: number) => number[];

/** The clock-change rule: start and end each occur once, and exactly the slot's length apart. */
function clockSafe(clock: WallClock, wallStart: number, slotMinutes: number): boolean {
  const starts = clock(wallStart);
  const ends = clock(wallStart + slotMinutes);
  return starts.length === 1 && ends.length === 1 && ends[0] - starts[0] === slotMinutes * MINUTE_MS;
}

/**
 * The wall clock of one date. Reading a zone's offset is slow (Intl), so it is read twice per date, around it; on a
 * clock-change date the moment of the change is found once by bisection. Assumes at most one change within a day
 * and a half of the date, which holds for every real zone.
 */
function wallClockOf(date: string, zone: IANAZone): WallClock {
  const midnight = Date.parse(`${date}T00:00:00Z`);
  let early = midnight - DAY_MS;
  let late = midnight + 2 * DAY_MS;
  const before = zone.offset(early);
  const after = zone.offset(late);
  if (before === after) return (minutes) => [midnight + (minutes - before) * MINUTE_MS];
  while (late - early > MINUTE_MS) {
    const middle = early + Math.floor((late - early) / 2 / MINUTE_MS) * MINUTE_MS;
    if (zone.offset(middle) === before) early = middle;
    else late = middle;
  }
  const change = late; // the first minute on the new offset
  return (minutes) => {
    const inOld = midnight + (minutes - before) * MINUTE_MS;
    const inNew = midnight + (minutes - after) * MINUTE_MS;
    return [...(inOld < change ? [inOld] : []), ...(inNew >= change ? [inNew] : [])].sort((x, y) => x - y);
  };
}

/** A slot is taken if it overlaps a booking widened by the buffer on both sides (half-open intervals). */
function isTaken(slot: { start: number; end: number }, booked: Interval[], bufferMinutes: number): boolean {
  const pad = bufferMinutes * MINUTE_MS;
  return booked.some((b) => slot.start < b.end.getTime() + pad && slot.end > b.start.getTime() - pad);
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function validated(a: Availability): { slotMinutes: number; bufferMinutes: number } {
  if (!(SLOT_LENGTHS as readonly number[]).includes(a.slotMinutes)) {
    throw new RangeError(`Slot length must be one of ${SLOT_LENGTHS.join(', ')}`);
  }
  if (!Number.isInteger(a.bufferMinutes) || a.bufferMinutes < 0 || a.bufferMinutes > MAX_BUFFER_MINUTES) {
    throw new RangeError(`Buffer must be a whole number of minutes from 0 to ${MAX_BUFFER_MINUTES}`);
  }
  const from = Date.parse(`${a.fromDate}T00:00:00Z`);
  const to = Date.parse(`${a.toDate}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(a.fromDate) || !/^\d{4}-\d{2}-\d{2}$/.test(a.toDate) || !(from <= to)) {
    throw new RangeError('fromDate and toDate must be dates (YYYY-MM-DD) with fromDate <= toDate');
  }
  if ((to - from) / DAY_MS >= MAX_RANGE_DAYS) throw new RangeError(`At most ${MAX_RANGE_DAYS} days at a time`);
  return { slotMinutes: a.slotMinutes, bufferMinutes: a.bufferMinutes };
}

function parseTime(time: string): number {
  const match = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(time);
  const minutes = match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
  if (!(minutes <= 24 * 60)) throw new RangeError(`Not a time (HH:MM): ${time}`);
  return minutes;
}

function zoneOf(timeZone = DEFAULT_TIME_ZONE): IANAZone {
  const zone = IANAZone.create(timeZone);
  if (!zone.isValid) throw new RangeError(`Unknown time zone: ${timeZone}`);
  return zone;
}
