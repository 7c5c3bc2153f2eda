import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditCsvCells, decodeCursor, encodeCursor, exportPercent, parseDateBoundary } from './audit.model.js';

describe('audit cursor', () => {
  it('round-trips any microsecond timestamp and uuid', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2999-12-31'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 999 }),
        fc.uuid(),
        (date, micros, id) => {
          const at = date.toISOString().replace('Z', `${String(micros).padStart(3, '0')}Z`);
          expect(decodeCursor(encodeCursor({ at, id }))).toEqual({ at, id });
        },
      ),
    );
  });

  it('rejects text it did not make', () => {
    expect(decodeCursor('')).toBeNull();
    expect(decodeCursor('not a cursor!')).toBeNull();
    expect(decodeCursor(Buffer.from('2026-01-01|x').toString('base64url'))).toBeNull();
    expect(decodeCursor(Buffer.from("2026-01-01T00:00:00.000000Z|1' or 1=1").toString('base64url'))).toBeNull();
  });
});

describe('parseDateBoundary', () => {
  it('reads a date as Copenhagen midnight, in winter and summer time', () => {
    expect(parseDateBoundary('2026-01-15')?.toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(parseDateBoundary('2026-07-01')?.toISOString()).toBe('2026-06-30T22:00:00.000Z');
    // The days DST starts and ends: midnight is still before the switch.
    expect(parseDateBoundary('2026-03-29')?.toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(parseDateBoundary('2026-10-26')?.toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });

  it('keeps the offset of a full date-time', () => {
    expect(parseDateBoundary('2026-01-01T10:00:00+02:00')?.toISOString()).toBe('2026-01-01T08:00:00.000Z');
    expect(parseDateBoundary('2026-01-01T10:00:00Z')?.toISOString()).toBe('2026-01-01T10:00:00.000Z');
  });

  it('rejects what is not a real date', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '1. marts 2026', '2026-1-1', 'yesterday', '2026-01-01T25:00:00Z']) {
      expect(parseDateBoundary(bad)).toBeNull();
    }
  });
});

describe('export rows', () => {
  it('follows the header order and writes details as JSON', () => {
    const at = new Date('2026-05-01T08:00:00Z');
    expect(
      auditCsvCells('Viborg Kommune', {
        at,
        actorEmail: 'a@b.dk',
        action: 'outbox.read',
        entityType: 'outbox_message',
        entityId: 'm1',
        ip: '10.0.0.1',
        details: { n: 1 },
      }),
    ).toEqual([at, 'Viborg Kommune', 'a@b.dk', 'outbox.read', 'outbox_message', 'm1', '10.0.0.1', '{"n":1}']);
  });

  it('stays below 100 percent until the file is stored', () => {
    expect(exportPercent(0, 2500)).toBe(0);
    expect(exportPercent(1000, 2500)).toBe(40);
    expect(exportPercent(2500, 2500)).toBe(99);
    expect(exportPercent(0, 0)).toBe(99);
  });
});
