/**
 * CSV for spreadsheets, the way Danish Excel opens it: semicolon-separated (comma is the decimal mark), UTF-8 with a
 * byte-order mark (without it Excel reads æøå as cp1252), CRLF line ends, and cells that a spreadsheet would run as
 * a formula neutralised. Pure: any domain's export uses it.
 */

export const CSV_SEPARATOR = ';';
/** Excel only detects UTF-8 when the file starts with a BOM. */
export const CSV_BOM = '\uFEFF';
export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

export type CsvValue = string | number | boolean | Date | null | undefined;

// OWASP "CSV injection": a cell starting with one of these may be evaluated as a formula (tab and CR too, since
// spreadsheets strip leading whitespace before deciding).
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes a cell that a spreadsheet would evaluate with an apostrophe, so it shows as text. */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/**
 * One cell as text. Strings are neutralised; numbers are written as they are (a negative number is data, not a
 * formula, and the caller controls it); dates as Copenhagen local time.
 */
export function csvCell(value: CsvValue, separator = CSV_SEPARATOR): string {
  let text: string;
  if (value === null || value === undefined) text = '';
  else if (typeof value === 'number') text = Number.isFinite(value) ? String(value) : '';
  else if (typeof value === 'boolean') text = value ? 'true' : 'false';
  else if (value instanceof Date) text = formatCopenhagen(value);
  else text = neutraliseFormula(value.normalize('NFC'));
  return needsQuotes(text, separator) ? `"${text.replaceAll('"', '""')}"` : text;
}

function needsQuotes(text: string, separator: string): boolean {
  return text.includes(separator) || text.includes('"') || text.includes('\n') || text.includes('\r');
}

export function csvRow(values: readonly CsvValue[], separator = CSV_SEPARATOR): string {
  return `${values.map((v) => csvCell(v, separator)).join(separator)}\r\n`;
}

/** A whole document: BOM, optional header row, rows. For large exports build it from `csvRow` page by page. */
export function toCsv(rows: readonly (readonly CsvValue[])[], options: { header?: readonly string[] } = {}): string {
  const lines = options.header ? [csvRow(options.header)] : [];
  for (const row of rows) lines.push(csvRow(row));
  return CSV_BOM + lines.join('');
}

/**
 * Parses CSV text (RFC 4180 quoting, any line end, optional BOM) into rows of strings. Neutralising apostrophes
 * are kept: they are part of the cell.
 */
export function parseCsv(input: string, separator = CSV_SEPARATOR): string[][] {
  const text = input.startsWith(CSV_BOM) ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else cell += ch;
      i++;
      continue;
    }
    if (ch === '"' && cell === '') {
      quoted = true;
    } else if (ch === separator) {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' || ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else {
      cell += ch;
    }
    i++;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

const copenhagen = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** `2026-11-27 14:05:09` in Danish local time (what a user expects in a spreadsheet; Excel reads it as a date). */
export function formatCopenhagen(date: Date): string {
  return copenhagen.format(date);
}
