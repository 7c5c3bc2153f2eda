/**
 * An uploaded org-chart file (bytes and the name it came with) to a table of text cells. Checks before parsing:
 * the size limit, that the content is what the name says (magic bytes), and for XLSX that the zip is a workbook of
 * sane uncompressed size. Text files: UTF-8 when the bytes are valid UTF-8, else Windows-1252 (what Danish Excel
 * and older HR systems write); UTF-16 with a byte-order mark too. Problems are returned, never thrown.
 */

import { inspectZip } from '../platform/files/zip-directory';
import { type CsvDelimiter, parseCsvTable, sniffDelimiter } from './orgchart-csv';
import type { TableRow } from './orgchart-mapping.model';
import {
  ORGCHART_MAX_BYTES,
  ORGCHART_MAX_COLUMNS,
  ORGCHART_MAX_ROWS,
  type OrgChartProblem,
  problem,
} from './orgchart-problems.model';
import { readXlsxTable } from './orgchart-xlsx';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface OrgChartFile {
  format: 'csv' | 'xlsx' | null;
  encoding?: TextEncoding;
  delimiter?: CsvDelimiter;
  sheetName?: string;
  /** Non-blank rows, header included, each with its row number in the file. */
  rows: TableRow[];
  problems: OrgChartProblem[];
}

export interface ReadOrgChartOptions {
  maxBytes?: number;
  maxRows?: number;
  maxColumns?: number;
  /** Refuse an XLSX whose parts would unpack to more than this (a zip bomb); default 20 × maxBytes. */
  maxUnpackedBytes?: number;
}

const TEXT_EXTENSIONS = new Set(['csv', 'txt', 'tsv']);
const XLSX_EXTENSIONS = new Set(['xlsx', 'xlsm']);

export type SniffedType = 'zip' | 'ole2' | 'pdf' | 'image' | 'gzip' | 'archive' | 'binary' | 'text';

const MAGIC: readonly [SniffedType, readonly number[]][] = [
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  ['zip', [0x50, 0x4b, 0x05, 0x06]],
  ['zip', [0x50, 0x4b, 0x07, 0x08]],
  ['ole2', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['image', [0x89, 0x50, 0x4e, 0x47]],
  ['image', [0xff, 0xd8, 0xff]],
  ['image', [0x47, 0x49, 0x46, 0x38]],
  ['gzip', [0x1f, 0x8b]],
  ['archive', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['archive', [0x52, 0x61, 0x72, 0x21]],
];

/** What the bytes are, from their first bytes; text unless it has NUL bytes or many control characters. */
export function sniffFileType(bytes: Uint8Array): SniffedType {
  for (const [type, magic] of MAGIC) {
    if (magic.every((b, i) => bytes[i] === b)) return type;
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return 'text';
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return 'binary';
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control > sample.length / 100 ? 'binary' : 'text';
}

/** UTF-8 if the bytes are valid UTF-8 (a BOM says so too), UTF-16 by its BOM, else Windows-1252. NFC either way. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  let encoding: TextEncoding;
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    text = new TextDecoder('utf-16le').decode(bytes);
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    text = new TextDecoder('utf-16be').decode(bytes);
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      encoding = 'utf-8';
    } catch {
      // Latin-1 agrees with Windows-1252 on every letter, æøå included, so one decoder serves both.
      text = fixWindows1252(new TextDecoder('windows-1252').decode(bytes));
      encoding = 'windows-1252';
    }
  }
  // TextDecoder drops a leading BOM by default.
  return { text: text.normalize('NFC'), encoding };
}

// Windows-1252's printable characters at 0x80-0x9F (WHATWG Encoding), where Latin-1 has C1 control codes.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Node 20.18.3 and later decode 'windows-1252' as Latin-1, turning 0x96 into a control code instead of "–" (nodejs/node
 * #56542, #60888); mapping the C1 range afterwards is right on fixed versions too, where none are left.
 */
function fixWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (ch) => CP1252_HIGH[ch.charCodeAt(0) - 0x80]);
}

function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

export async function readOrgChartFile(
  data: Uint8Array,
  fileName: string,
  options: ReadOrgChartOptions = {},
): Promise<OrgChartFile> {
  const maxBytes = options.maxBytes ?? ORGCHART_MAX_BYTES;
  const maxRows = options.maxRows ?? ORGCHART_MAX_ROWS;
  const maxColumns = options.maxColumns ?? ORGCHART_MAX_COLUMNS;
  const fatal = (p: OrgChartProblem, format: OrgChartFile['format'] = null): OrgChartFile => ({
    format,
    rows: [],
    problems: [p],
  });
  if (data.byteLength > maxBytes)
    return fatal(problem('file_too_large', {}, { size: data.byteLength, limit: maxBytes }));
  if (data.byteLength === 0) return fatal(problem('file_empty'));

  const extension = extensionOf(fileName);
  const sniffed = sniffFileType(data);
  let format: 'csv' | 'xlsx';
  if (XLSX_EXTENSIONS.has(extension)) format = 'xlsx';
  else if (TEXT_EXTENSIONS.has(extension)) format = 'csv';
  else if (extension === '' && (sniffed === 'zip' || sniffed === 'text')) format = sniffed === 'zip' ? 'xlsx' : 'csv';
  else return fatal(problem('file_type_unsupported', {}, { extension }));

  const expected = format === 'xlsx' ? 'zip' : 'text';
  if (sniffed !== expected) {
    // A password-protected XLSX is an OLE2 container, like an old .xls: the user can fix both by saving again.
    const detected = sniffed === 'zip' ? 'xlsx' : sniffed;
    return fatal(problem('file_content_mismatch', {}, { extension, expected: format, detected }));
  }

  if (format === 'xlsx') {
    const zip = inspectZip(data);
    if (zip === null) return fatal(problem('file_unreadable', {}, { format }), format);
    if (!zip.names.has('xl/workbook.xml')) {
      const detected = zip.names.has('word/document.xml')
        ? 'docx'
        : zip.names.has('ppt/presentation.xml')
          ? 'pptx'
          : zip.names.has('content.xml')
            ? 'opendocument'
            : 'zip';
      return fatal(problem('file_content_mismatch', {}, { extension, expected: format, detected }), format);
    }
    const maxUnpacked = options.maxUnpackedBytes ?? maxBytes * 20;
    if (zip.unpackedBytes > maxUnpacked)
      return fatal(
        problem('file_too_large', {}, { size: zip.unpackedBytes, limit: maxUnpacked, unpacked: true }),
        format,
      );
    try {
      const table = await readXlsxTable(data, { maxRows, maxColumns });
      if (table.sheetCount === 0) return fatal(problem('xlsx_no_worksheet'), format);
      if (table.sheetName === null) return fatal(problem('file_empty'), format);
      const problems = [...table.problems];
      if (table.truncated) return fatal(problem('too_many_rows', {}, { limit: maxRows }), format);
      return { format, sheetName: table.sheetName, rows: table.rows, problems };
    } catch (error) {
      return fatal(
        problem('file_unreadable', {}, { format, reason: String((error as Error)?.message ?? error).slice(0, 200) }),
        format,
      );
    }
  }

  const { text, encoding } = decodeText(data);
  const delimiter = extension === 'tsv' ? '\t' : sniffDelimiter(text);
  const table = parseCsvTable(text, delimiter, maxRows);
  if (table.truncated) return fatal(problem('too_many_rows', {}, { limit: maxRows }), format);
  if (table.rows.length === 0) return fatal(problem('file_empty'), format);
  const problems = [...table.problems];
  let tooWide = false;
  for (const r of table.rows) {
    if (r.cells.length > maxColumns) {
      r.cells.length = maxColumns;
      tooWide = true;
    }
  }
  if (tooWide) problems.push(problem('too_many_columns', {}, { limit: maxColumns }));
  return { format, encoding, delimiter, rows: table.rows, problems };
}
