import { describe, expect, it } from 'vitest';
import { awaitsOutcome, copenhagenDate, formatDay, formatTimeRange, groupByDay } from './agenda';
import type { AgendaEntry } from './fieldwork.api';

const entry = (pseudonym: string, startsAt: string, minutes = 30, status = 'booked'): AgendaEntry => ({
  id: `b-${pseudonym}`,
  participantId: `p-${pseudonym}`,
  pseudonym,
  orgName: 'Viborg Kommune',
  interviewerId: 'u1',
  interviewerName: 'Ana Lytiker',
  startsAt,
  endsAt: new Date(Date.parse(startsAt) + minutes * 60_000).toISOString(),
  mode: 'video',
  location: 'Teams',
  status,
});

describe('the agenda by day', () => {
  it('groups by the Copenhagen date, not the UTC date, in time order', () => {
    const days = groupByDay([
      entry('L-3', '2027-06-02T07:00:00Z'), // 09:00 on 2 June
      entry('L-1', '2027-06-01T22:30:00Z'), // 00:30 on 2 June in summer time, still 1 June in UTC
      entry('L-2', '2027-06-01T21:30:00Z'), // 23:30 on 1 June
      entry('L-4', '2027-12-01T23:15:00Z'), // 00:15 on 2 December (winter time, UTC+1)
    ]);
    expect(days.map((d) => [d.date, d.entries.map((e) => e.pseudonym)])).toEqual([
      ['2027-06-01', ['L-2']],
      ['2027-06-02', ['L-1', 'L-3']],
      ['2027-12-02', ['L-4']],
    ]);
  });

  it('keeps every entry exactly once and does not change the input', () => {
    const input = [entry('L-2', '2027-03-01T10:00:00Z'), entry('L-1', '2027-03-01T08:00:00Z')];
    const days = groupByDay(input);
    expect(days.flatMap((d) => d.entries)).toHaveLength(2);
    expect(input.map((e) => e.pseudonym)).toEqual(['L-2', 'L-1']);
    expect(groupByDay([])).toEqual([]);
  });

  it('writes days and times in Danish and English', () => {
    expect(copenhagenDate('2027-10-31T23:30:00Z')).toBe('2027-11-01');
    expect(formatDay('2027-03-02', 'da')).toBe('tirsdag den 2. marts 2027');
    expect(formatDay('2027-03-02', 'en')).toBe('Tuesday, 2 March 2027');
    // Summer time: 07:00 UTC is 09:00 in Copenhagen.
    expect(formatTimeRange('2027-06-02T07:00:00Z', '2027-06-02T07:45:00Z', 'da')).toBe('09.00–09.45');
    expect(formatTimeRange('2027-01-05T13:00:00Z', '2027-01-05T13:20:00Z', 'en')).toBe('14:00–14:20');
  });

  it('asks for an outcome only for booked interviews that have started', () => {
    const now = Date.parse('2027-03-01T12:00:00Z');
    expect(awaitsOutcome({ status: 'booked', startsAt: '2027-03-01T11:00:00Z' }, now)).toBe(true);
    expect(awaitsOutcome({ status: 'booked', startsAt: '2027-03-01T12:00:00Z' }, now)).toBe(true);
    expect(awaitsOutcome({ status: 'booked', startsAt: '2027-03-01T12:01:00Z' }, now)).toBe(false);
    expect(awaitsOutcome({ status: 'done', startsAt: '2027-03-01T11:00:00Z' }, now)).toBe(false);
    expect(awaitsOutcome({ status: 'no_show', startsAt: '2027-03-01T11:00:00Z' }, now)).toBe(false);
  });
});
