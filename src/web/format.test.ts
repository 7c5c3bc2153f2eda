import { describe, expect, it } from 'vitest';
import { copenhagenDayStart, formatDate, formatDateTime } from './format';

describe('formatDateTime', () => {
  it('shows UTC instants in Danish time, winter and summer', () => {
    // 23:30 UTC on 31 Dec is already 1 Jan in Copenhagen (UTC+1).
    expect(formatDateTime('2025-12-31T23:30:00Z', 'da')).toContain('00.30');
    expect(formatDate('2025-12-31T23:30:00Z', 'da')).toMatch(/1\. jan\.? 2026/);
    // Summer time is UTC+2.
    expect(formatDateTime('2025-07-01T10:00:00Z', 'en')).toContain('12:00');
  });

  it('uses British English day-month order in English', () => {
    expect(formatDate('2025-03-04T12:00:00Z', 'en')).toBe('4 Mar 2025');
  });
});

describe('copenhagenDayStart', () => {
  it('finds midnight in Copenhagen in winter and summer', () => {
    expect(copenhagenDayStart('2025-01-15')).toBe('2025-01-14T23:00:00.000Z');
    expect(copenhagenDayStart('2025-07-15')).toBe('2025-07-14T22:00:00.000Z');
  });

  it('gives the start of the next day as the end of a day, across the DST change', () => {
    // Summer time starts 30 March 2025 at 02:00; the 30th is 23 hours long.
    expect(copenhagenDayStart('2025-03-30')).toBe('2025-03-29T23:00:00.000Z');
    expect(copenhagenDayStart('2025-03-30', true)).toBe('2025-03-30T22:00:00.000Z');
  });
});
