/**
 * XLSX to table rows. The zip is read part by part from memory and each worksheet streamed through a small XML
 * scanner that keeps only the cells' text, so a 50,000-row sheet is never in memory as a workbook, as XML or as cell
 * objects (exceljs's streaming reader, used before, made a few objects per cell: a second and 100+ MB of garbage per
 * read). Formulas give their cached result, dates become yyyy-mm-dd, and merged cells are reported rather than
 * guessed at (only the top-left cell of a merge holds the value; which rows the others "mean" is the user's call).
 */

import { inspectZip } from '../platform/files/zip-directory';
import { unpackEntry } from '../platform/files/zip-entry';
import type { TableRow } from './orgchart-mapping.model';
import { columnLetter, type OrgChartProblem, problem } from './orgchart-problems.model';
import { readSheet } from './orgchart-xlsx-sheet';
import { readWorkbook } from './orgchart-xlsx-workbook';

export { isDateFormat } from './orgchart-xlsx-cells';

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

/** Reads the first visible worksheet (in Excel's tab order) that has data. Throws when the zip or XML is broken. */
export async function readXlsxTable(data: Uint8Array, options: XlsxReadOptions): Promise<XlsxTable> {
  const zip = inspectZip(data);
  if (!zip) throw new Error('not a readable zip');
  const workbook = await readWorkbook(data, zip);
  const { sharedStrings } = workbook;
  const source = {
    date1904: workbook.date1904,
    sharedString: (index: number) => sharedStrings[index] ?? null,
  };
  const worksheets = workbook.sheets.filter((s) => s.part !== null);
  let problems: OrgChartProblem[] = [];
  let rows: TableRow[] = [];
  let sheetName: string | null = null;
  let truncated = false;
  let tooWide = false;
  for (const sheet of worksheets) {
    if (sheet.state === 'hidden' || sheet.state === 'veryHidden') continue;
    const entry = zip.entries.get(sheet.part!)!;
    const table = await readSheet(unpackEntry(data, entry), source, { ...options, styles: workbook.styles });
    tooWide ||= table.tooWide;
    if (table.rows.length === 0 && table.merges.length === 0) continue;
    sheetName = sheet.name;
    rows = table.rows;
    truncated = table.truncated;
    problems = [...table.problems, ...table.merges.map(mergeProblem)];
    break;
  }
  if (tooWide)
    problems.push(
      problem('too_many_columns', { column: columnLetter(options.maxColumns + 1) }, { limit: options.maxColumns }),
    );
  const others = workbook.sheets.map((s) => s.name).filter((name) => name !== sheetName);
  if (sheetName !== null && others.length > 0)
    problems.push(problem('other_sheets_ignored', {}, { sheet: sheetName, ignored: others }));
  return { rows, problems, sheetName, sheetCount: worksheets.length, truncated };
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
