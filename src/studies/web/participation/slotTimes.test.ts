import { describe, expect, it } from 'vitest';
import {
  copenhagenDate,
  durationMinutes,
  formatDay,
  formatSlotStart,
  formatTimeRange,
  groupSlotsByDay,
  hasParallelSlots,
} from './slotTimes';

const slot = (start: string, minutes = 30, interviewerId = 'a') => ({
  start,
  end: new Date(Date.parse(start) + minutes * 60_000).toISOString(),
  interviewerId,
});

describe('copenhagenDate', () => {
  it('gives the Danish calendar date, not the UTC one', () => {
    // 23:30 UTC is 00:30 the next day in winter (UTC+1) and 01:30 in summer (UTC+2).
    expect(copenhagenDate('2027-01-11T23:30:00Z')).toBe('2027-01-12');
    expect(copenhagenDate('2027-07-11T22:30:00Z')).toBe('2027-07-12');
    expect(copenhagenDate('2027-07-11T21:30:00Z')).toBe('2027-07-11');
  });
});

describe('groupSlotsByDay', () => {
  it('groups by Copenhagen day, days and slots in time order', () => {
    const slots = [
      slot('2027-03-03T09:00:00Z'),
      slot('2027-03-02T13:30:00Z'),
      slot('2027-03-02T08:00:00Z'),
      slot('2027-03-02T23:15:00Z'), // 00:15 on 3 March in Copenhagen
    ];
    const days = groupSlotsByDay(slots);
    expect(days.map((d) => d.date)).toEqual(['2027-03-02', '2027-03-03']);
    expect(days[0].slots.map((s) => s.start)).toEqual(['2027-03-02T08:00:00Z', '2027-03-02T13:30:00Z']);
    expect(days[1].slots.map((s) => s.start)).toEqual(['2027-03-02T23:15:00Z', '2027-03-03T09:00:00Z']);
  });

  it('splits the days right across the spring clock change', () => {
    // 28 March 2027: clocks go forward at 02:00. 22:30Z on the 27th is 23:30 local; 22:30Z on the 28th is 00:30.
    const days = groupSlotsByDay([slot('2027-03-27T22:30:00Z'), slot('2027-03-28T22:30:00Z')]);
    expect(days.map((d) => d.date)).toEqual(['2027-03-27', '2027-03-29']);
  });

  it('returns nothing for no slots and does not change its input', () => {
    expect(groupSlotsByDay([])).toEqual([]);
    const input = [slot('2027-03-03T09:00:00Z'), slot('2027-03-02T09:00:00Z')];
    groupSlotsByDay(input);
    expect(input[0].start).toBe('2027-03-03T09:00:00Z');
  });
});

describe('formatting', () => {
  it('writes days and times in Danish time, Danish first', () => {
    expect(formatDay('2027-03-02T08:00:00Z', 'da')).toBe('tirsdag 2. marts');
    expect(formatDay('2027-03-02T08:00:00Z', 'en')).toBe('Tuesday 2 March');
    // Summer time: 07:00Z is 09:00 in Copenhagen.
    expect(formatSlotStart('2027-06-01T07:00:00Z', 'da')).toBe('tirsdag 1. juni kl. 09.00');
    expect(formatSlotStart('2027-06-01T07:00:00Z', 'en')).toBe('Tuesday 1 June at 09:00');
    expect(formatTimeRange('2027-03-02T08:00:00Z', '2027-03-02T08:45:00Z', 'da')).toBe('09.00–09.45');
  });

  it('measures a slot in minutes', () => {
    expect(durationMinutes('2027-03-02T08:00:00Z', '2027-03-02T08:45:00Z')).toBe(45);
  });
});

describe('hasParallelSlots', () => {
  it('is true only when two interviewers share a start', () => {
    expect(hasParallelSlots([slot('2027-03-02T08:00:00Z', 30, 'a'), slot('2027-03-02T08:30:00Z', 30, 'a')])).toBe(
      false,
    );
    expect(hasParallelSlots([slot('2027-03-02T08:00:00Z', 30, 'a'), slot('2027-03-02T08:00:00Z', 30, 'b')])).toBe(true);
  });
});
