import { describe, expect, it } from 'vitest';
import {
  type Availability,
  checkSlot,
  computeSlots,
  formatSlotDa,
  formatSlotEn,
  localDateTime,
  localToInstant,
  type SlotContext,
} from './slots.model';

const weekdays = (start: string, end: string) => [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start, end }));
const everyDay = (start: string, end: string) => [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start, end }));

function availability(overrides: Partial<Availability> = {}): Availability {
  return {
    weekly: weekdays('09:00', '11:00'),
    exceptions: [],
    slotMinutes: 30,
    bufferMinutes: 0,
    fromDate: '2026-03-02',
    toDate: '2026-03-08',
    ...overrides,
  };
}
const ctx = (overrides: Partial<SlotContext> = {}): SlotContext => ({
  now: new Date('2026-01-01T00:00:00Z'),
  booked: [],
  ...overrides,
});
const starts = (a: Availability, c = ctx()) => computeSlots(a, c).map((s) => s.start.toISOString());

describe('computeSlots', () => {
  it('lays a winter week (UTC+1) at the right instants, weekdays only', () => {
    const slots = computeSlots(availability(), ctx());
    expect(slots).toHaveLength(20);
    expect(slots[0]).toEqual({ start: new Date('2026-03-02T08:00:00Z'), end: new Date('2026-03-02T08:30:00Z') });
    expect(slots.slice(0, 4).map((s) => s.start.toISOString())).toEqual([
      '2026-03-02T08:00:00.000Z',
      '2026-03-02T08:30:00.000Z',
      '2026-03-02T09:00:00.000Z',
      '2026-03-02T09:30:00.000Z',
    ]);
    expect(slots.at(-1)!.end.toISOString()).toBe('2026-03-06T10:00:00.000Z');
    expect(new Set(slots.map((s) => localDateTime(s.start).weekday))).toEqual(new Set([1, 2, 3, 4, 5]));
  });

  it('lays a summer week (UTC+2) two hours before local time', () => {
    const slots = starts(availability({ fromDate: '2026-06-08', toDate: '2026-06-08' }));
    expect(slots).toEqual([
      '2026-06-08T07:00:00.000Z',
      '2026-06-08T07:30:00.000Z',
      '2026-06-08T08:00:00.000Z',
      '2026-06-08T08:30:00.000Z',
    ]);
  });

  it('puts the buffer between slots', () => {
    const a = availability({ bufferMinutes: 15, fromDate: '2026-03-02', toDate: '2026-03-02' });
    expect(starts(a)).toEqual(['2026-03-02T08:00:00.000Z', '2026-03-02T08:45:00.000Z', '2026-03-02T09:30:00.000Z']);
  });

  it('skips slots overlapping a booking widened by the buffer', () => {
    const booking = { start: new Date('2026-03-02T08:30:00Z'), end: new Date('2026-03-02T09:00:00Z') };
    const noBuffer = availability({ fromDate: '2026-03-02', toDate: '2026-03-02' });
    expect(starts(noBuffer, ctx({ booked: [booking] }))).toEqual([
      '2026-03-02T08:00:00.000Z', // ends exactly when the booking starts
      '2026-03-02T09:00:00.000Z', // starts exactly when it ends
      '2026-03-02T09:30:00.000Z',
    ]);
    const withBuffer = { ...noBuffer, bufferMinutes: 15 }; // grid 09:00, 09:45, 10:30 local
    expect(starts(withBuffer, ctx({ booked: [booking] }))).toEqual(['2026-03-02T09:30:00.000Z']);
  });

  it('leaves out holidays, customary closing days included, unless told not to', () => {
    const easter = availability({ weekly: everyDay('09:00', '10:00'), fromDate: '2026-04-02', toDate: '2026-04-06' });
    expect(new Set(computeSlots(easter, ctx()).map((s) => localDateTime(s.start).date))).toEqual(
      new Set(['2026-04-04']), // Saturday between Langfredag and Påskedag is a working day
    );
    expect(computeSlots({ ...easter, excludeHolidays: false }, ctx())).toHaveLength(10);
    const grundlovsdag = availability({ fromDate: '2026-06-05', toDate: '2026-06-05' });
    expect(computeSlots(grundlovsdag, ctx())).toEqual([]);
  });

  it('applies exceptions: a whole day off, or other hours that replace the weekly ones', () => {
    const a = availability({
      fromDate: '2026-03-02',
      toDate: '2026-03-04',
      exceptions: [{ date: '2026-03-02' }, { date: '2026-03-03', start: '13:00', end: '14:00' }],
    });
    expect(starts(a)).toEqual([
      '2026-03-03T12:00:00.000Z',
      '2026-03-03T12:30:00.000Z',
      '2026-03-04T08:00:00.000Z',
      '2026-03-04T08:30:00.000Z',
      '2026-03-04T09:00:00.000Z',
      '2026-03-04T09:30:00.000Z',
    ]);
  });

  it('opens a holiday or a weekend day when an exception gives hours for it', () => {
    const a = availability({
      fromDate: '2026-05-14',
      toDate: '2026-05-16',
      exceptions: [
        { date: '2026-05-14', start: '10:00', end: '11:00' },
        { date: '2026-05-16', start: '10:00', end: '10:30' },
      ],
    });
    expect(starts(a)).toEqual([
      '2026-05-14T08:00:00.000Z',
      '2026-05-14T08:30:00.000Z',
      '2026-05-15T07:00:00.000Z',
      '2026-05-15T07:30:00.000Z',
      '2026-05-15T08:00:00.000Z',
      '2026-05-15T08:30:00.000Z',
      '2026-05-16T08:00:00.000Z',
    ]);
  });

  it.each([
    [20, 0, ['09:00', '09:20', '09:40', '10:00']],
    [30, 0, ['09:00', '09:30', '10:00']],
    [45, 0, ['09:00', '09:45']],
    [20, 10, ['09:00', '09:30', '10:00']],
    [45, 5, ['09:00']], // 09:50 would end at 10:35
  ] as const)(
    'with %i-minute slots and a %i-minute buffer never crosses the window end',
    (slotMinutes, buffer, times) => {
      const a = availability({
        weekly: weekdays('09:00', '10:30'),
        slotMinutes,
        bufferMinutes: buffer,
        fromDate: '2026-03-02',
        toDate: '2026-03-02',
      });
      const slots = computeSlots(a, ctx());
      expect(slots.map((s) => localDateTime(s.start).time)).toEqual(times);
      for (const s of slots) expect(s.end.getTime() - s.start.getTime()).toBe(slotMinutes * 60_000);
      expect(localDateTime(slots.at(-1)!.end).time <= '10:30').toBe(true);
    },
  );

  it('merges overlapping windows and keeps the buffer between windows that lie close', () => {
    const overlapping = availability({
      weekly: [
        { weekday: 1, start: '09:00', end: '10:00' },
        { weekday: 1, start: '09:30', end: '10:30' },
      ],
      fromDate: '2026-03-02',
      toDate: '2026-03-02',
    });
    expect(computeSlots(overlapping, ctx()).map((s) => localDateTime(s.start).time)).toEqual([
      '09:00',
      '09:30',
      '10:00',
    ]);
    const close = availability({
      weekly: [
        { weekday: 1, start: '09:00', end: '09:30' },
        { weekday: 1, start: '09:40', end: '11:30' },
      ],
      bufferMinutes: 15,
      fromDate: '2026-03-02',
      toDate: '2026-03-02',
    });
    // 09:40 starts only 10 minutes after the 09:00 slot ends; 10:25 keeps the buffer after the 09:40 grid place.
    expect(computeSlots(close, ctx()).map((s) => localDateTime(s.start).time)).toEqual(['09:00', '10:25']);
    expect(checkSlot(close, new Date('2026-03-02T08:40:00Z'), ctx())).toEqual({ ok: false, reason: 'not_on_grid' });
  });

  it('keeps the buffer across midnight', () => {
    const a = availability({
      weekly: [
        { weekday: 5, start: '22:30', end: '24:00' },
        { weekday: 6, start: '00:00', end: '02:00' },
      ],
      bufferMinutes: 30,
      fromDate: '2026-03-06',
      toDate: '2026-03-07',
    });
    expect(starts(a)).toEqual(['2026-03-06T21:30:00.000Z', '2026-03-06T22:30:00.000Z', '2026-03-07T00:00:00.000Z']);
    expect(checkSlot(a, new Date('2026-03-06T23:00:00Z'), ctx())).toEqual({ ok: false, reason: 'not_on_grid' });
    // The grid does not depend on the range: Saturday alone still leaves out 00:00.
    expect(starts({ ...a, fromDate: '2026-03-07' })).toEqual(['2026-03-07T00:00:00.000Z']);
  });

  it('respects the minimum notice (default two hours)', () => {
    const monday = availability({ fromDate: '2026-03-02', toDate: '2026-03-02' });
    const now = new Date('2026-03-02T07:00:00Z'); // 08:00 local
    expect(starts(monday, ctx({ now }))).toEqual(['2026-03-02T09:00:00.000Z', '2026-03-02T09:30:00.000Z']);
    expect(starts(monday, ctx({ now, minNoticeMinutes: 0 }))).toHaveLength(4);
    expect(starts(monday, ctx({ now, minNoticeMinutes: 24 * 60 }))).toEqual([]);
  });

  it('on the spring-forward Sunday (2026-03-29) offers nothing that starts or ends in the skipped hour', () => {
    const a = availability({ weekly: everyDay('01:00', '04:00'), fromDate: '2026-03-29', toDate: '2026-03-29' });
    const slots = computeSlots(a, ctx());
    expect(slots.map((s) => s.start.toISOString())).toEqual([
      '2026-03-29T00:00:00.000Z', // 01:00 CET
      '2026-03-29T01:00:00.000Z', // 03:00 CEST
      '2026-03-29T01:30:00.000Z', // 03:30 CEST
    ]);
    expect(slots.map((s) => localDateTime(s.start).time)).toEqual(['01:00', '03:00', '03:30']);
    const twenty = computeSlots({ ...a, slotMinutes: 20 }, ctx()).map((s) => localDateTime(s.start).time);
    expect(twenty).toEqual(['01:00', '01:20', '03:00', '03:20', '03:40']);
  });

  it('on the fall-back Sunday (2026-10-25) offers nothing that starts or ends in the repeated hour', () => {
    const a = availability({ weekly: everyDay('01:00', '04:00'), fromDate: '2026-10-25', toDate: '2026-10-25' });
    const slots = computeSlots(a, ctx());
    expect(slots.map((s) => s.start.toISOString())).toEqual([
      '2026-10-24T23:00:00.000Z', // 01:00 CEST
      '2026-10-25T02:00:00.000Z', // 03:00 CET
      '2026-10-25T02:30:00.000Z', // 03:30 CET
    ]);
    const fortyFive = computeSlots({ ...a, slotMinutes: 45 }, ctx()).map((s) => localDateTime(s.start).time);
    expect(fortyFive).toEqual(['01:00', '03:15']); // 01:45–02:30 and 02:30–03:15 touch the repeated hour
  });

  it('refuses malformed availability', () => {
    expect(() => computeSlots({ ...availability(), slotMinutes: 25 as 30 }, ctx())).toThrow(RangeError);
    expect(() => computeSlots(availability({ bufferMinutes: 121 }), ctx())).toThrow(RangeError);
    expect(() => computeSlots(availability({ fromDate: '2026-03-09' }), ctx())).toThrow(RangeError);
    expect(() => computeSlots(availability({ toDate: '2027-12-31' }), ctx())).toThrow(RangeError);
    expect(() => computeSlots(availability({ weekly: weekdays('9:00', '11:00') }), ctx())).toThrow(RangeError);
  });
});

describe('checkSlot', () => {
  const a = availability({ bufferMinutes: 15 }); // Monday grid: 09:00, 09:45, 10:30 local = 08:00Z, 08:45Z, 09:30Z
  const check = (iso: string, c: Partial<SlotContext> = {}, av = a) => checkSlot(av, new Date(iso), ctx(c));

  it('accepts a free slot on the grid', () => {
    expect(check('2026-03-02T08:45:00Z')).toEqual({ ok: true });
  });

  it('names each reason', () => {
    expect(check('2026-03-02T08:45:00Z', { now: new Date('2026-03-02T09:00:00Z') })).toEqual({
      ok: false,
      reason: 'in_past',
    });
    expect(check('2026-03-02T08:45:00Z', { now: new Date('2026-03-02T07:00:00Z') })).toEqual({
      ok: false,
      reason: 'too_soon',
    });
    const booked = [{ start: new Date('2026-03-02T09:00:00Z'), end: new Date('2026-03-02T09:30:00Z') }];
    expect(check('2026-03-02T08:45:00Z', { booked })).toEqual({ ok: false, reason: 'taken' });
    expect(check('2026-03-02T08:10:00Z')).toEqual({ ok: false, reason: 'not_on_grid' });
    expect(check('2026-03-02T08:00:30Z')).toEqual({ ok: false, reason: 'not_on_grid' });
    expect(check('2026-03-02T12:00:00Z')).toEqual({ ok: false, reason: 'outside_availability' });
    expect(check('2026-03-02T09:45:00Z')).toEqual({ ok: false, reason: 'outside_availability' }); // would cross 11:00
    expect(check('2026-03-07T08:00:00Z')).toEqual({ ok: false, reason: 'outside_availability' }); // Saturday
    expect(check('2026-03-09T08:00:00Z')).toEqual({ ok: false, reason: 'outside_availability' }); // after toDate
    const dayOff = { ...a, exceptions: [{ date: '2026-03-02' }] };
    expect(check('2026-03-02T08:00:00Z', {}, dayOff)).toEqual({ ok: false, reason: 'outside_availability' });
    const easter = { ...a, fromDate: '2026-04-01', toDate: '2026-04-10' };
    expect(check('2026-04-06T07:00:00Z', {}, easter)).toEqual({ ok: false, reason: 'holiday' }); // 2. påskedag
    expect(check('2026-04-07T07:00:00Z', {}, easter)).toEqual({ ok: true });
  });

  it('says clock_change for 02:30 on both clock-change Sundays', () => {
    const night = availability({ weekly: everyDay('01:00', '04:00'), fromDate: '2026-03-28', toDate: '2026-10-31' });
    // Fall back: 02:30 is both 00:30Z (CEST) and 01:30Z (CET).
    for (const iso of [
      '2026-10-25T00:30:00Z',
      '2026-10-25T01:30:00Z',
      '2026-10-25T00:00:00Z',
      '2026-10-25T00:10:00Z',
    ]) {
      expect(check(iso, {}, night)).toEqual({ ok: false, reason: 'clock_change' });
    }
    // Spring forward: 01:30 CET would end at 02:00, which does not exist.
    expect(check('2026-03-29T00:30:00Z', {}, night)).toEqual({ ok: false, reason: 'clock_change' });
    expect(check('2026-03-29T01:00:00Z', {}, night)).toEqual({ ok: true }); // 03:00 CEST
    expect(check('2026-10-25T02:00:00Z', {}, night)).toEqual({ ok: true }); // 03:00 CET
    expect(check('2026-10-18T00:30:00Z', {}, night)).toEqual({ ok: true }); // 02:30 CEST, an ordinary Sunday
  });
});

describe('local time helpers', () => {
  it('turns a wall-clock time into an instant, and refuses skipped or repeated times', () => {
    expect(localToInstant('2026-03-03', '09:30')).toEqual({ ok: true, instant: new Date('2026-03-03T08:30:00Z') });
    expect(localToInstant('2026-07-01', '09:30')).toEqual({ ok: true, instant: new Date('2026-07-01T07:30:00Z') });
    expect(localToInstant('2026-03-29', '02:30')).toEqual({ ok: false, reason: 'clock_change', candidates: [] });
    expect(localToInstant('2026-10-25', '02:30')).toEqual({
      ok: false,
      reason: 'clock_change',
      candidates: [new Date('2026-10-25T00:30:00Z'), new Date('2026-10-25T01:30:00Z')],
    });
  });

  it('reads an instant as local date, time, weekday and offset', () => {
    expect(localDateTime(new Date('2026-10-25T01:30:00Z'))).toEqual({
      date: '2026-10-25',
      time: '02:30',
      weekday: 7,
      offsetMinutes: 60,
    });
    expect(localDateTime(new Date('2026-03-01T23:30:00Z')).date).toBe('2026-03-02');
  });

  it('formats a slot start in Danish and English', () => {
    expect(formatSlotDa(new Date('2026-03-03T08:30:00Z'))).toBe('tirsdag 3. marts kl. 09.30');
    expect(formatSlotDa(new Date('2026-06-13T12:05:00Z'))).toBe('lørdag 13. juni kl. 14.05');
    expect(formatSlotEn(new Date('2026-03-03T08:30:00Z'))).toBe('Tuesday 3 March at 09:30');
  });
});
