import { describe, expect, it } from 'vitest';
import type { Availability } from '../../slots.model';
import {
  type AvailabilityDraft,
  availabilityFieldId,
  availabilityFromDraft,
  defaultDraft,
  draftFromEntry,
  holidaysBetween,
  normaliseTime,
  previewSlots,
  weekdayName,
  weeklySummary,
} from './availabilityForm';
import type { AvailabilityEntry } from './fieldwork.api';

const saved: Availability = {
  weekly: [
    { weekday: 3, start: '13:00', end: '15:00' },
    { weekday: 1, start: '09:00', end: '12:00' },
    { weekday: 3, start: '09:00', end: '11:00' },
  ],
  exceptions: [{ date: '2027-05-12', start: '10:00', end: '12:00' }, { date: '2027-05-03' }],
  slotMinutes: 45,
  bufferMinutes: 15,
  fromDate: '2027-05-01',
  toDate: '2027-06-30',
};
const entry: AvailabilityEntry = { userId: 'u1', name: 'A', availability: saved, mode: 'place', location: 'Lokale 2' };

const withoutIds = (draft: AvailabilityDraft) =>
  JSON.parse(JSON.stringify(draft, (key, value) => (key === 'id' ? undefined : value)));

describe('the availability form', () => {
  it('turns a saved availability into the form and back without loss (sorted)', () => {
    const draft = draftFromEntry(entry, '2027-04-20');
    expect(withoutIds(draft).weekly).toEqual([
      [{ start: '09:00', end: '12:00' }],
      [],
      [
        { start: '09:00', end: '11:00' },
        { start: '13:00', end: '15:00' },
      ],
      [],
      [],
      [],
      [],
    ]);
    expect(withoutIds(draft).exceptions).toEqual([
      { date: '2027-05-03', closed: true, start: '', end: '' },
      { date: '2027-05-12', closed: false, start: '10:00', end: '12:00' },
    ]);
    const result = availabilityFromDraft(draft);
    expect(result).toEqual({
      ok: true,
      body: {
        availability: {
          ...saved,
          weekly: [
            { weekday: 1, start: '09:00', end: '12:00' },
            { weekday: 3, start: '09:00', end: '11:00' },
            { weekday: 3, start: '13:00', end: '15:00' },
          ],
          exceptions: [{ date: '2027-05-03' }, { date: '2027-05-12', start: '10:00', end: '12:00' }],
        },
        mode: 'place',
        location: 'Lokale 2',
      },
    });
  });

  it('keeps a saved choice about holidays', () => {
    const draft = draftFromEntry({ ...entry, availability: { ...saved, excludeHolidays: false } }, '2027-04-20');
    const result = availabilityFromDraft(draft);
    expect(result.ok && result.body.availability.excludeHolidays).toBe(false);
  });

  it('starts a new interviewer on weekdays 9–15 from tomorrow for eight weeks', () => {
    const draft = defaultDraft('2027-02-26');
    const result = availabilityFromDraft(draft);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.body.availability.weekly.map((w) => w.weekday)).toEqual([1, 2, 3, 4, 5]);
    expect(result.body.availability.fromDate).toBe('2027-02-27');
    expect(result.body.availability.toDate).toBe('2027-04-23');
    expect(result.body.availability.slotMinutes).toBe(30);
    expect(result.body.availability.bufferMinutes).toBe(10);
  });

  it('reads times the way people type them', () => {
    expect(normaliseTime('9')).toBe('09:00');
    expect(normaliseTime(' 9:30 ')).toBe('09:30');
    expect(normaliseTime('09.30')).toBe('09:30');
    expect(normaliseTime('930')).toBe('09:30');
    expect(normaliseTime('1415')).toBe('14:15');
    expect(normaliseTime('24:00')).toBe('24:00');
    for (const bad of ['', '24:30', '25:00', '9:60', 'ni', '9:5', '12:345']) expect(normaliseTime(bad), bad).toBeNull();
  });

  it('names each field that is wrong', () => {
    const draft = defaultDraft('2027-02-26');
    draft.weekly[0][0].start = '9.3x';
    draft.weekly[1][0].end = '08:00';
    draft.weekly[6].push({ id: 'x', start: '24:00', end: '24:00' });
    draft.exceptions.push({ id: 'e', date: '2027-02-30', closed: false, start: '10', end: '9' });
    draft.bufferMinutes = '121';
    draft.location = 'x'.repeat(501);
    const result = availabilityFromDraft(draft);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual({
      'weekly.1.0.start': 'timeInvalid',
      'weekly.2.0.end': 'timeOrder',
      'weekly.7.0.start': 'timeInvalid',
      'exceptions.0.date': 'dateInvalid',
      'exceptions.0.end': 'timeOrder',
      bufferMinutes: 'bufferInvalid',
      location: 'locationTooLong',
    });
    expect(availabilityFieldId('weekly.1.0.start')).toBe('fieldwork-availability-weekly-1-0-start');
  });

  it('refuses a date range that is backwards or longer than the slot maths allows', () => {
    const backwards = { ...defaultDraft('2027-02-26'), fromDate: '2027-03-10', toDate: '2027-03-09' };
    expect(availabilityFromDraft(backwards)).toEqual({ ok: false, problems: { toDate: 'dateOrder' } });
    const long = { ...defaultDraft('2027-02-26'), fromDate: '2027-01-01', toDate: '2028-02-05' };
    expect(availabilityFromDraft(long)).toEqual({ ok: false, problems: { toDate: 'rangeTooLong' } });
    const longest = { ...defaultDraft('2027-02-26'), fromDate: '2027-01-01', toDate: '2028-02-04' };
    expect(availabilityFromDraft(longest).ok).toBe(true);
    const empty = { ...defaultDraft('2027-02-26'), fromDate: '' };
    expect(availabilityFromDraft(empty)).toEqual({ ok: false, problems: { fromDate: 'dateInvalid' } });
  });

  it('summarises weekly hours and names weekdays', () => {
    expect(weekdayName(1, 'da')).toBe('mandag');
    expect(weekdayName(7, 'en')).toBe('Sunday');
    expect(weeklySummary(saved, 'da')).toEqual(['man. 09.00–12.00', 'ons. 09.00–11.00, 13.00–15.00']);
    expect(weeklySummary(saved, 'en')).toEqual(['Mon 09:00–12:00', 'Wed 09:00–11:00, 13:00–15:00']);
  });

  it('lists the holidays in the range', () => {
    expect(holidaysBetween('2027-12-20', '2028-01-02').map((h) => h.key)).toEqual([
      'christmas_eve',
      'christmas_day',
      'boxing_day',
      'new_years_eve',
      'new_years_day',
    ]);
    expect(holidaysBetween('2027-03-10', '2027-03-01')).toEqual([]);
  });

  it('previews the slots the server will lay out, holidays left out', () => {
    const availability: Availability = {
      weekly: [{ weekday: 4, start: '09:00', end: '10:00' }],
      exceptions: [],
      slotMinutes: 20,
      bufferMinutes: 10,
      fromDate: '2027-05-01',
      toDate: '2027-05-14',
    };
    // Thursdays 6 and 13 May 2027; 6 May is Ascension Day.
    const preview = previewSlots(availability, new Date('2027-04-01T00:00:00Z'), 1);
    expect(preview?.total).toBe(2);
    expect(preview?.first.map((s) => s.start.toISOString())).toEqual(['2027-05-13T07:00:00.000Z']);
    expect(previewSlots({ ...availability, toDate: '2029-01-01' }, new Date(), 3)).toBeNull();
  });
});
