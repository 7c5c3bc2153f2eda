/** Cell values of an org chart: dates in the forms Danish HR exports use, and e-mail addresses. */

// Excel's day 0 is 1899-12-30 for every serial after its fictitious 1900-02-29 (serial 60).
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/**
 * Serials are accepted from 10000 (1927-05-18) on: a plain number below that is far more likely a year or an id
 * typed into the wrong column than a date, and nobody in an org chart became a leader before 1927.
 */
export const EXCEL_SERIAL_MIN = 10_000;
/** 9999-12-31, Excel's last date. */
export const EXCEL_SERIAL_MAX = 2_958_465;

function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The ISO date of an Excel serial day number (the 1900 date system; fractions are the time of day). */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < EXCEL_SERIAL_MIN || serial > EXCEL_SERIAL_MAX) return null;
  const date = new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS);
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DANISH = /^(\d{1,2})([-./])(\d{1,2})\2(\d{4})$/;
const SERIAL = /^\d+(?:[.,]\d+)?$/;

/**
 * An ISO `yyyy-mm-dd` from yyyy-mm-dd (optionally with a time), dd-mm-yyyy, dd.mm.yyyy, dd/mm/yyyy or an Excel
 * serial; null when the text is none of these or not a real date (31-02-2024). Day-first, as in Denmark.
 */
export function parseOrgDate(text: string): string | null {
  const value = text.trim();
  const iso = ISO.exec(value);
  if (iso) return isoDate(+iso[1], +iso[2], +iso[3]);
  const danish = DANISH.exec(value);
  if (danish) return isoDate(+danish[4], +danish[3], +danish[1]);
  if (SERIAL.test(value)) return excelSerialToIso(Number(value.replace(',', '.')));
  return null;
}

// Pragmatic, not RFC 5322: one @, no spaces, a dotted domain of letters (æøå included), digits and hyphens.
const EMAIL = /^[^\s@"(),:;<>[\\\]]+@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+[\p{L}]{2,}$/u;

export function isValidEmail(text: string): boolean {
  if (text.length > 254) return false;
  const local = text.slice(0, text.lastIndexOf('@'));
  if (local.length === 0 || local.length > 64 || local.startsWith('.') || local.endsWith('.') || local.includes('..'))
    return false;
  return EMAIL.test(text);
}

// Whitespace other than a single space: a tab, a non-breaking space, two spaces in a row.
const UNTIDY_SPACE = /[^\S ]| {2}/u;

/** A cell as the import stores it: NFC, no surrounding or repeated whitespace (non-breaking spaces included). */
export function cleanText(text: string): string {
  const nfc = text.normalize('NFC');
  // Most cells need no replacing: testing first spares a new string per cell (100,000s in a big org chart).
  return (UNTIDY_SPACE.test(nfc) ? nfc.replace(/\s+/gu, ' ') : nfc).trim();
}
