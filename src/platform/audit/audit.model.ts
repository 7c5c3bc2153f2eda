/** Pure rules of the audit log: page cursors, date filters and the export's rows. */

export const AUDIT_PAGE_DEFAULT = 50;
export const AUDIT_PAGE_MAX = 200;
/** Rows per database page while exporting. */
export const AUDIT_EXPORT_PAGE = 1000;

export interface AuditCursor {
  /** The row's `at` with microseconds, as PostgreSQL prints it in UTC: JS dates would drop the microseconds. */
  at: string;
  id: string;
}

const CURSOR_AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Opaque to clients: base64url of `at|id`. */
export function encodeCursor(cursor: AuditCursor): string {
  // The text is ASCII, so btoa (browser and Node) suffices; no Buffer keeps this file importable by the web.
  return btoa(`${cursor.at}|${cursor.id}`).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The cursor, or null when the text is not one this server made. */
export function decodeCursor(text: string): AuditCursor | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text) || text.length % 4 === 1) return null;
  const [at, id, ...rest] = atob(text.replace(/-/g, '+').replace(/_/g, '/')).split('|');
  if (rest.length > 0 || !at || !id || !CURSOR_AT.test(at) || !UUID.test(id)) return null;
  return { at, id };
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_ZONE = 'Europe/Copenhagen';

const zoneParts = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** Milliseconds Copenhagen is ahead of UTC at `instant` (3600000 in winter, 7200000 in summer). */
function copenhagenOffset(instant: number): number {
  const parts = Object.fromEntries(zoneParts.formatToParts(instant).map((p) => [p.type, p.value]));
  const local = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  return local - Math.floor(instant / 1000) * 1000;
}

/**
 * A date filter bound: `2026-03-01` is midnight in Copenhagen (the day a Danish user means), a full ISO date-time
 * keeps its own offset. Null when it is not a real date.
 */
export function parseDateBoundary(value: string): Date | null {
  const dateOnly = DATE_ONLY.exec(value);
  if (dateOnly) {
    const [year, month, day] = [+dateOnly[1], +dateOnly[2], +dateOnly[3]];
    const guess = Date.UTC(year, month - 1, day);
    const check = new Date(guess);
    if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
    // Midnight is never inside a Danish DST switch (02:00–03:00), so one correction is exact.
    let instant = guess - copenhagenOffset(guess);
    instant = guess - copenhagenOffset(instant);
    return new Date(instant);
  }
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value)) return null;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}

export interface AuditRowForCsv {
  at: Date;
  actorEmail: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  ip: string | null;
  details: Record<string, unknown> | null;
}

/** One export row in the order of the `audit.csv_header` columns. */
export function auditCsvCells(orgName: string, row: AuditRowForCsv): (string | Date | null)[] {
  return [
    row.at,
    orgName,
    row.actorEmail,
    row.action,
    row.entityType,
    row.entityId,
    row.ip,
    row.details ? JSON.stringify(row.details) : null,
  ];
}

/** Whole percent done, kept below 100 until the file is stored. */
export function exportPercent(done: number, total: number): number {
  if (total <= 0) return 99;
  return Math.min(99, Math.floor((done / total) * 100));
}
