import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDanishHoliday } from './holidays.model';
import { type Availability, checkSlot, computeSlots, localDateTime, type SlotContext } from './slots.model';

const DAY = 86_400_000;
const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** A window as [start, end) minutes after midnight, on a 5-minute grid, possibly reaching 24:00. */
const window = fc
  .tuple(fc.integer({ min: 0, max: 287 }), fc.integer({ min: 1, max: 120 }))
  .map(([start, length]) => ({ start: hhmm(start * 5), end: hhmm(Math.min(288, start + length) * 5) }));

// Start dates around both clock changes, Easter and Christmas, so the awkward days come up often.
const scenario = fc
  .record({
    base: fc.constantFrom('2026-03-26', '2026-10-22', '2026-03-31', '2026-12-21', '2026-06-01', '2023-05-02'),
    shift: fc.integer({ min: 0, max: 4 }),
    span: fc.integer({ min: 0, max: 8 }),
    weekly: fc.array(fc.tuple(fc.integer({ min: 1, max: 7 }), window), { maxLength: 8 }),
    exceptions: fc.array(fc.tuple(fc.integer({ min: 0, max: 12 }), fc.option(window)), { maxLength: 3 }),
    slotMinutes: fc.constantFrom(20 as const, 30 as const, 45 as const),
    bufferMinutes: fc.integer({ min: 0, max: 120 }),
    excludeHolidays: fc.boolean(),
    booked: fc.array(fc.tuple(fc.integer({ min: 0, max: 13 * 288 }), fc.integer({ min: 3, max: 24 })), {
      maxLength: 6,
    }),
    nowOffset: fc.integer({ min: -2 * 288, max: 5 * 288 }),
    minNotice: fc.option(fc.integer({ min: 0, max: 1440 }), { nil: undefined }),
    probes: fc.array(fc.integer({ min: -288, max: 13 * 288 }), { minLength: 10, maxLength: 30 }),
  })
  .map((s) => {
    const fromDate = addDays(s.base, s.shift);
    const origin = Date.parse(`${fromDate}T00:00:00Z`) - 2 * 3_600_000; // local midnight, give or take the offset
    const availability: Availability = {
      weekly: s.weekly.map(([weekday, w]) => ({ weekday, ...w })),
      exceptions: s.exceptions.map(([day, w]) => ({ date: addDays(fromDate, day), ...(w ?? {}) })),
      slotMinutes: s.slotMinutes,
      bufferMinutes: s.bufferMinutes,
      fromDate,
      toDate: addDays(fromDate, s.span),
      excludeHolidays: s.excludeHolidays,
    };
    const ctx: SlotContext = {
      now: new Date(origin + s.nowOffset * 300_000),
      booked: s.booked.map(([at, length]) => ({
        start: new Date(origin + at * 300_000),
        end: new Date(origin + (at + length) * 300_000),
      })),
      minNoticeMinutes: s.minNotice,
    };
    return { availability, ctx, probes: s.probes.map((p) => new Date(origin + p * 300_000)) };
  });

/** The windows of a date, worked out here independently of the model's own merging. */
function windowsOn(a: Availability, date: string): [number, number][] | 'holiday' {
  const toMinutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
  const exceptions = a.exceptions.filter((e) => e.date === date);
  if (exceptions.some((e) => !e.start || !e.end)) return [];
  if (exceptions.length > 0) return exceptions.map((e) => [toMinutes(e.start!), toMinutes(e.end!)]);
  if (a.excludeHolidays !== false && isDanishHoliday(date)) return 'holiday';
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
  return a.weekly.filter((w) => w.weekday === weekday).map((w) => [toMinutes(w.start), toMinutes(w.end)]);
}

/** Covered by the union of the windows, minute by minute (the model merges overlapping windows). */
function covered(windows: [number, number][], from: number, to: number): boolean {
  for (let m = from; m < to; m++) if (!windows.some(([s, e]) => m >= s && m < e)) return false;
  return true;
}

describe('computeSlots and checkSlot agree (property)', () => {
  it('every slot is bookable, lies within availability, keeps the buffer and avoids bookings', () => {
    fc.assert(
      fc.property(scenario, ({ availability: a, ctx }) => {
        const slots = computeSlots(a, ctx);
        const buffer = a.bufferMinutes * 60_000;
        const notice = (ctx.minNoticeMinutes ?? 120) * 60_000;
        slots.forEach((slot, i) => {
          expect(checkSlot(a, slot.start, ctx)).toEqual({ ok: true });
          expect(slot.end.getTime() - slot.start.getTime()).toBe(a.slotMinutes * 60_000);
          if (i > 0) expect(slot.start.getTime()).toBeGreaterThanOrEqual(slots[i - 1].end.getTime() + buffer);
          expect(slot.start.getTime()).toBeGreaterThanOrEqual(ctx.now.getTime() + notice);
          for (const b of ctx.booked) {
            const clear =
              slot.end.getTime() <= b.start.getTime() - buffer || slot.start.getTime() >= b.end.getTime() + buffer;
            expect(clear).toBe(true);
          }
          // Within availability, and the wall clock runs straight through the slot (no clock change inside).
          const local = localDateTime(slot.start);
          expect(local.date >= a.fromDate && local.date <= a.toDate).toBe(true);
          const windows = windowsOn(a, local.date);
          expect(windows).not.toBe('holiday');
          const wallStart = Number(local.time.slice(0, 2)) * 60 + Number(local.time.slice(3));
          expect(covered(windows as [number, number][], wallStart, wallStart + a.slotMinutes)).toBe(true);
          expect(localDateTime(slot.end).time).toBe(hhmm((wallStart + a.slotMinutes) % 1440));
          expect(localDateTime(slot.end).offsetMinutes).toBe(local.offsetMinutes);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('checkSlot accepts exactly the computed slots', () => {
    fc.assert(
      fc.property(scenario, ({ availability: a, ctx, probes }) => {
        const slots = computeSlots(a, ctx);
        const offered = new Set(slots.map((s) => s.start.getTime()));
        const nearby = slots.flatMap((s) => [-5, 5, 60].map((m) => new Date(s.start.getTime() + m * 60_000)));
        for (const probe of [...probes, ...nearby]) {
          const result = checkSlot(a, probe, ctx);
          expect(result.ok).toBe(offered.has(probe.getTime()));
        }
      }),
      { numRuns: 300 },
    );
  });
});
