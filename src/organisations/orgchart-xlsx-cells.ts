/**
 * An XLSX cell as the text a person sees in Excel, minus display formatting: dates as ISO, numbers unformatted (an
 * id's leading zeros kept when its format shows them), formulas by their cached result. Cells Excel cannot compute
 * (#REF!, a formula saved without its result) are reported by row and column, never guessed at.
 */
import { columnLetter, type OrgChartProblem, problem } from './orgchart-problems.model';
import { excelSerialToIso } from './orgchart-values.model';

/** A cell's format, resolved once per style in styles.xml. */
export interface CellStyle {
  numFmt: string | undefined;
  date: boolean;
}

/** A `<c>` element as read: its t attribute, the text of its `<v>` and of its `<is>` (inline string), a formula? */
export interface RawCell {
  type: string | undefined;
  value: string | null;
  inline: string | null;
  formula: boolean;
  style: CellStyle | undefined;
}

export interface CellSource {
  /** Shared string `index` as cell text (NFC, trimmed); null when the workbook has none there. */
  sharedString(index: number): string | null;
  /** The workbook counts days from 1904 (old Mac Excel) instead of 1900. */
  date1904: boolean;
}

/** The cell's text; null for a cell without a value (skipped like a blank one). */
export function cellText(
  cell: RawCell,
  source: CellSource,
  row: number,
  col: number,
  problems: OrgChartProblem[],
): string | null {
  const { type, value, style } = cell;
  if (cell.formula) {
    if (value === null) {
      problems.push(problem('formula_without_value', where(row, col)));
      return '';
    }
    if (type === 'str') return value.normalize('NFC').trim();
    if (type === 'e') {
      problems.push(problem('cell_error', where(row, col), { value }));
      return '';
    }
    if (type === 'b') return booleanText(value);
    const result = Number.parseFloat(value);
    if (Number.isNaN(result)) {
      problems.push(problem('cell_error', where(row, col), { value: '#VALUE!' }));
      return '';
    }
    if (style?.date) return excelSerialToIso(result) ?? numberText(result, undefined);
    return numberText(result, style?.numFmt);
  }
  if (type === 'inlineStr') {
    const text = cell.inline ?? value;
    return text === null ? null : text.normalize('NFC').trim();
  }
  if (value === null) return null;
  switch (type) {
    case 's':
      return source.sharedString(Number.parseInt(value, 10));
    case 'str':
      return value.normalize('NFC').trim();
    case 'e':
      problems.push(problem('cell_error', where(row, col), { value }));
      return '';
    case 'b':
      return booleanText(value);
    case 'd':
      // An ISO 8601 date and time as Excel shows it, without a time zone: its date part is the date.
      return ISO_DATE.test(value) ? value.slice(0, 10) : '';
    default: {
      const number = Number.parseFloat(value);
      if (style?.date) return dateText(serialDate(number, source.date1904));
      return numberText(number, style?.numFmt);
    }
  }
}

const where = (row: number, col: number) => ({ row, column: columnLetter(col) });

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

const booleanText = (value: string) => (Number.parseInt(value, 10) !== 0 ? 'TRUE' : 'FALSE');

/** A serial day number as a date (times of day included, rounded to the millisecond as Excel does). */
function serialDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}

function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  return date.toISOString().slice(0, 10);
}

/** Unformatted, but with an id's leading zeros kept when the cell's format (`000000`) shows them. */
function numberText(value: number, numFmt: string | undefined): string {
  // Integers of up to 15 digits print as they are (the common case: ids), without the rounding below.
  if (Number.isInteger(value) && Math.abs(value) < 1e15) {
    if (numFmt && value >= 0 && /^0+$/.test(numFmt)) return String(value).padStart(numFmt.length, '0');
    return String(value);
  }
  // Excel shows 15 significant digits; beyond that it is binary noise (0.1 + 0.2).
  return String(Number(value.toPrecision(15)));
}

/** Whether a number format displays a date: d, m, y outside quoted text, escapes and [colour]/[locale] blocks. */
export function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  const stripped = numFmt
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
  return /[dmy]/i.test(stripped) && !/^[#0.,%\s]*$/.test(stripped);
}

/** Excel's built-in number formats (ids below 164) that matter here: plain integers and dates. */
const BUILT_IN_FORMATS: Record<number, string> = {
  1: '0',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  22: 'm/d/yy h:mm',
};

export function cellStyle(numFmtId: number, custom: Map<number, string>): CellStyle {
  const numFmt = custom.get(numFmtId) ?? BUILT_IN_FORMATS[numFmtId];
  return { numFmt, date: isDateFormat(numFmt) };
}
