import { describe, expect, it } from 'vitest';
import { danishHolidayOn, danishHolidays, easterSunday, isDanishHoliday } from './holidays.model';

describe('easterSunday', () => {
  it.each([
    [2019, '2019-04-21'],
    [2023, '2023-04-09'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'], // latest possible date
    [2285, '2285-03-22'], // earliest possible date
    [2000, '2000-04-23'],
  ])('%i → %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it('always falls on a Sunday between 22 March and 25 April', () => {
    for (let year = 1900; year <= 2200; year++) {
      const date = easterSunday(year);
      expect(new Date(`${date}T00:00:00Z`).getUTCDay()).toBe(0);
      expect(date.slice(5) >= '03-22' && date.slice(5) <= '04-25').toBe(true);
    }
  });

  it('rejects years it cannot compute', () => {
    expect(() => easterSunday(1500)).toThrow(RangeError);
    expect(() => easterSunday(2026.5)).toThrow(RangeError);
  });
});

describe('danishHolidays', () => {
  it('lists the 2026 holidays in date order with the customary days flagged', () => {
    expect(danishHolidays(2026).map((h) => [h.date, h.nameDa, h.customary])).toEqual([
      ['2026-01-01', 'Nytårsdag', false],
      ['2026-04-02', 'Skærtorsdag', false],
      ['2026-04-03', 'Langfredag', false],
      ['2026-04-05', 'Påskedag', false],
      ['2026-04-06', '2. påskedag', false],
      ['2026-05-14', 'Kristi himmelfartsdag', false],
      ['2026-05-24', 'Pinsedag', false],
      ['2026-05-25', '2. pinsedag', false],
      ['2026-06-05', 'Grundlovsdag', true],
      ['2026-12-24', 'Juleaftensdag', true],
      ['2026-12-25', 'Juledag', false],
      ['2026-12-26', '2. juledag', false],
      ['2026-12-31', 'Nytårsaftensdag', true],
    ]);
  });

  it('has English names too', () => {
    const ascension = danishHolidays(2026).find((h) => h.key === 'ascension_day');
    expect(ascension).toMatchObject({ date: '2026-05-14', nameEn: 'Ascension Day' });
  });

  it('includes Store bededag up to 2023 and not from 2024', () => {
    expect(danishHolidays(2023).find((h) => h.key === 'great_prayer_day')?.date).toBe('2023-05-05');
    expect(danishHolidays(2022).find((h) => h.key === 'great_prayer_day')?.date).toBe('2022-05-13');
    expect(danishHolidays(2024).some((h) => h.key === 'great_prayer_day')).toBe(false);
    expect(danishHolidays(2023)).toHaveLength(14);
    expect(danishHolidays(2024)).toHaveLength(13);
  });

  it('puts Easter-based days on the right weekdays', () => {
    const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
    for (let year = 2020; year <= 2040; year++) {
      const byKey = new Map(danishHolidays(year).map((h) => [h.key, h.date]));
      expect(weekday(byKey.get('maundy_thursday')!)).toBe(4);
      expect(weekday(byKey.get('good_friday')!)).toBe(5);
      expect(weekday(byKey.get('easter_monday')!)).toBe(1);
      expect(weekday(byKey.get('ascension_day')!)).toBe(4);
      expect(weekday(byKey.get('whit_sunday')!)).toBe(0);
      expect(weekday(byKey.get('whit_monday')!)).toBe(1);
    }
  });

  it('returns copies, so a caller cannot corrupt the cache', () => {
    danishHolidays(2025)[0].date = '1999-01-01';
    expect(danishHolidays(2025)[0].date).toBe('2025-01-01');
  });
});

describe('isDanishHoliday / danishHolidayOn', () => {
  it('recognises statutory and customary days', () => {
    expect(isDanishHoliday('2025-04-20')).toBe(true);
    expect(isDanishHoliday('2027-03-28')).toBe(true);
    expect(isDanishHoliday('2026-05-14')).toBe(true);
    expect(isDanishHoliday('2026-06-05')).toBe(true);
    expect(isDanishHoliday('2026-06-05', { includeCustomary: false })).toBe(false);
    expect(isDanishHoliday('2026-12-25', { includeCustomary: false })).toBe(true);
  });

  it('does not flag ordinary days, nor Store bededag after its abolition', () => {
    expect(isDanishHoliday('2026-03-03')).toBe(false);
    expect(isDanishHoliday('2024-04-26')).toBe(false); // would have been Store bededag
    expect(isDanishHoliday('2023-05-05')).toBe(true);
  });

  it('names the day', () => {
    expect(danishHolidayOn('2026-12-26')?.nameDa).toBe('2. juledag');
    expect(danishHolidayOn('2026-12-27')).toBeNull();
  });

  it('rejects malformed dates', () => {
    expect(() => isDanishHoliday('2026-5-1')).toThrow(RangeError);
  });
});
