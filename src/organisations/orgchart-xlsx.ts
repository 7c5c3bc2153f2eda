/**
 * XLSX to table rows with exceljs's streaming reader, so a 50,000-row sheet never sits in memory as a workbook.
 * Formulas give their cached result, dates become yyyy-mm-dd, and merged cells are reported rather than guessed at
 * (only the top-left cell of a merge holds the value; which rows the others "mean" is the user's call).
 */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { TableRow } from './orgchart-mapping.model';
import { columnLetter, type OrgChartProblem, problem } from './orgchart-problems.model';
import { excelSerialToIso } from './orgchart-values.model';

export interface XlsxTable {
  rows: TableRow[];
  problems: OrgChartProblem[];
  /** The sheet the rows come from; null when no visible sheet has data. */
  sheetName: string | null;
  /** Worksheets found in the file. */
  sheetCount: number;
  truncated: boolean;
}

export interface XlsxReadOptions {
  maxRows: number;
  maxColumns: number;
}

const CHUNK = 64 * 1024;

/** Reads the first visible worksheet that has data. Throws only when the zip or XML cannot be parsed at all. */
export async function readXlsxTable(data: Uint8Array, options: XlsxReadOptions): Promise<XlsxTable> {
  const input = Readable.from(
    (function* () {
      for (let i = 0; i < data.byteLength; i += CHUNK)
        yield Buffer.from(data.buffer, data.byteOffset + i, Math.min(CHUNK, data.byteLength - i));
    })(),
  );
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    // Styles tell a date from a number.
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  decodeEntriesAsUtf8(reader);
  let problems: OrgChartProblem[] = [];
  let rows: TableRow[] = [];
  let sheetName: string | null = null;
  let truncated = false;
  let tooWide = false;
  let sheetCount = 0;
  // Every sheet is iterated to the end, even after the one we use: exceljs parks sheets that come before the shared
  // strings in temporary files and deletes each only when iteration moves past it.
  for await (const worksheet of reader) {
    sheetCount++;
    const sheet = worksheet as unknown as StreamedSheet;
    if (sheetName !== null || sheet.state === 'hidden' || sheet.state === 'veryHidden') {
      await skip(sheet);
      continue;
    }
    const merges: string[] = [];
    const sheetRows: TableRow[] = [];
    const sheetProblems: OrgChartProblem[] = [];
    sheet.iterator = decodeSheet(sheet.iterator, merges);
    for await (const row of worksheet) {
      // Past the row limit the sheet is still read to its end (not left with `break`): leaving early destroys the
      // stream of its temporary file while it may still be opening, and the ENOENT that follows made an over-long
      // file look unreadable on a busy machine.
      if (truncated) continue;
      const cells: string[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        if (col > options.maxColumns) {
          tooWide = true;
          return;
        }
        while (cells.length < col - 1) cells.push('');
        cells.push(cellText(cell, row.number, col, sheetProblems));
      });
      if (!cells.some((c) => c !== '')) continue;
      if (sheetRows.length >= options.maxRows) {
        truncated = true;
        continue;
      }
      sheetRows.push({ row: row.number, cells });
    }
    if (sheetRows.length === 0 && merges.length === 0) continue;
    sheetName = sheet.name;
    rows = sheetRows;
    problems = [...sheetProblems, ...merges.map(mergeProblem)];
  }
  if (tooWide)
    problems.push(
      problem('too_many_columns', { column: columnLetter(options.maxColumns + 1) }, { limit: options.maxColumns }),
    );
  const others = ((reader as unknown as { model?: { sheets?: { name: string }[] } }).model?.sheets ?? [])
    .map((s) => s.name)
    .filter((name) => name !== sheetName);
  if (sheetName !== null && others.length > 0)
    problems.push(problem('other_sheets_ignored', {}, { sheet: sheetName, ignored: others }));
  return { rows, problems, sheetName, sheetCount, truncated };
}

/**
 * Passes over a sheet unread by draining its raw stream (no XML parsing). Destroying the stream instead raced
 * exceljs's deletion of the sheet's temporary file and, on a busy machine, failed the whole read with ENOENT.
 */
async function skip(sheet: StreamedSheet) {
  for await (const _chunk of sheet.iterator) {
    // drained: exceljs deletes the temporary file once iteration has passed it
  }
}

/** The parts of exceljs's WorksheetReader this file relies on beyond its typings. */
interface StreamedSheet {
  name: string;
  state?: string;
  iterator: AsyncIterable<Buffer | string>;
}

const MERGE = /<(?:\w+:)?mergeCell\s+ref="([A-Z]+\d+(?::[A-Z]+\d+)?)"/g;

/**
 * exceljs 4.4.0 decodes each zip chunk to text on its own, so an æ, ø or å whose two UTF-8 bytes straddle a chunk
 * boundary comes out as "��" (exceljs issues #2063, #2084, #2316; fix PRs #1665 and #2081 unmerged). Strings pass
 * through its decoder untouched, so the parts it reads itself get decoded by the entry stream (the workaround from
 * #2084), and worksheets by `decodeSheet` below.
 */
function decodeEntriesAsUtf8(reader: unknown) {
  const methods = reader as Record<string, unknown>;
  for (const name of ['_parseRels', '_parseWorkbook', '_parseSharedStrings', '_parseStyles']) {
    const original = methods[name];
    if (typeof original !== 'function')
      throw new Error(`exceljs WorkbookReader has no ${name}; recheck the workaround`);
    methods[name] = function (this: unknown, entry: NodeJS.ReadableStream, ...rest: unknown[]) {
      entry.setEncoding('utf8');
      return original.call(this, entry, ...rest);
    };
  }
}

/**
 * A worksheet's XML as whole-character text chunks (see `decodeEntriesAsUtf8`), collecting merge ranges on the way
 * since exceljs's streaming reader skips <mergeCell>. A tail of each chunk catches a tag split between two.
 */
async function* decodeSheet(source: AsyncIterable<Buffer | string>, merges: string[]): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  const seen = new Set<string>();
  let tail = '';
  for await (const chunk of source) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    const joined = tail + text;
    // A plain search first: the regex runs only on the few chunks near the end that hold merges.
    if (joined.includes('mergeCell')) {
      for (const m of joined.matchAll(MERGE)) {
        if (!seen.has(m[1])) {
          seen.add(m[1]);
          merges.push(m[1]);
        }
      }
    }
    const end = text.slice(-64);
    tail = end.includes('<') ? end.slice(end.lastIndexOf('<')) : '';
    yield text;
  }
  const rest = decoder.decode();
  if (rest !== '') yield rest;
}

function parseRef(ref: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

function mergeProblem(range: string): OrgChartProblem {
  const [from, to = from] = range.split(':');
  const start = parseRef(from);
  const end = parseRef(to);
  return problem('merged_cells', { row: start.row, column: columnLetter(start.col) }, { range, lastRow: end.row });
}

type CellLike = Pick<ExcelJS.Cell, 'value' | 'numFmt'>;

/** A cell as text: what a person sees in Excel, minus display formatting (dates as ISO, numbers unformatted). */
export function cellText(cell: CellLike, row: number, col: number, problems: OrgChartProblem[]): string {
  const value = cell.value as unknown;
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.normalize('NFC').trim();
  if (typeof value === 'number') return numberText(value, cell.numFmt);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  const where = { row, column: columnLetter(col) };
  const v = value as Record<string, unknown>;
  if ('error' in v) {
    problems.push(problem('cell_error', where, { value: String(v.error) }));
    return '';
  }
  if ('formula' in v || 'sharedFormula' in v || 'result' in v) {
    const result = v.result;
    if (result === undefined || result === null) {
      problems.push(problem('formula_without_value', where));
      return '';
    }
    if (typeof result === 'number') {
      if (Number.isNaN(result)) {
        problems.push(problem('cell_error', where, { value: '#VALUE!' }));
        return '';
      }
      // The streaming reader leaves formula results as numbers even in date-formatted cells.
      if (isDateFormat(cell.numFmt)) return excelSerialToIso(result) ?? numberText(result, undefined);
    }
    return cellText({ value: result as ExcelJS.CellValue, numFmt: cell.numFmt }, row, col, problems);
  }
  if (Array.isArray(v.richText)) return richText(v.richText).normalize('NFC').trim();
  if ('text' in v) return cellText({ value: v.text as ExcelJS.CellValue, numFmt: '' }, row, col, problems);
  return '';
}

function richText(parts: unknown[]): string {
  return parts.map((p) => String((p as { text?: unknown }).text ?? '')).join('');
}

function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  return date.toISOString().slice(0, 10);
}

/** Unformatted, but with an id's leading zeros kept when the cell's format (`000000`) shows them. */
function numberText(value: number, numFmt: string | undefined): string {
  if (numFmt && /^0+$/.test(numFmt) && Number.isInteger(value) && value >= 0)
    return String(value).padStart(numFmt.length, '0');
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
