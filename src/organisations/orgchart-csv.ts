/**
 * CSV text to table rows, for org-chart uploads: RFC 4180 quoting (delimiters, quotes and line breaks inside quoted
 * fields), any line end, and a delimiter sniffed from the text, since Danish Excel writes semicolons and most other
 * systems commas. Unlike the export-side parser in platform/files/csv.model.ts, this one numbers rows the way a
 * spreadsheet shows them and reports an unterminated quote instead of swallowing the rest of the file.
 */
import type { TableRow } from './orgchart-mapping.model';
import { columnLetter, type OrgChartProblem, problem } from './orgchart-problems.model';

export type CsvDelimiter = ';' | ',' | '\t';
const CANDIDATES: readonly CsvDelimiter[] = [';', ',', '\t'];

const QUOTE = 34;
const CR = 13;
const LF = 10;

export interface CsvTable {
  rows: TableRow[];
  problems: OrgChartProblem[];
  /** True when parsing stopped at `maxRows`. */
  truncated: boolean;
}

/**
 * Rows of non-blank records, numbered from 1 by record (a quoted line break does not start a new row). Cells are
 * trimmed. Stops after `maxRows` non-blank rows and after the first unterminated quote.
 */
export function parseCsvTable(text: string, delimiter: CsvDelimiter, maxRows = Number.POSITIVE_INFINITY): CsvTable {
  const rows: TableRow[] = [];
  const problems: OrgChartProblem[] = [];
  const sep = delimiter.charCodeAt(0);
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let record = 1;
  let cells: string[] = [];
  const endRecord = () => {
    if (cells.some((c) => c !== '')) rows.push({ row: record, cells });
    cells = [];
    record++;
  };
  while (i < n) {
    let value = '';
    if (text.charCodeAt(i) === QUOTE) {
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q === -1) {
          problems.push(problem('csv_unterminated_quote', { row: record, column: columnLetter(cells.length + 1) }));
          cells.push(text.slice(j).trim());
          rows.push({ row: record, cells });
          return { rows, problems, truncated: false };
        }
        if (text.charCodeAt(q + 1) === QUOTE) {
          value += text.slice(j, q + 1);
          j = q + 2;
        } else {
          value += text.slice(j, q);
          i = q + 1;
          break;
        }
      }
    }
    // The unquoted field, or what follows a closing quote before the delimiter (kept, as spreadsheets do).
    let j = i;
    while (j < n) {
      const ch = text.charCodeAt(j);
      if (ch === sep || ch === CR || ch === LF) break;
      j++;
    }
    value += text.slice(i, j);
    cells.push(value.trim());
    if (j >= n) {
      endRecord();
      break;
    }
    const ch = text.charCodeAt(j);
    i = j + 1;
    if (ch === sep) {
      // A delimiter at the very end still opens an (empty) last field.
      if (i >= n) {
        cells.push('');
        endRecord();
      }
      continue;
    }
    if (ch === CR && text.charCodeAt(i) === LF) i++;
    endRecord();
    if (rows.length > maxRows) return { rows: rows.slice(0, maxRows), problems, truncated: true };
  }
  if (rows.length > maxRows) return { rows: rows.slice(0, maxRows), problems, truncated: true };
  return { rows, problems, truncated: false };
}

/**
 * The delimiter that splits the first records into the most consistent number of fields (more than one); ties go
 * to the semicolon, Danish Excel's choice.
 */
export function sniffDelimiter(text: string): CsvDelimiter {
  const sample = sampleRecords(text, 50);
  let best: CsvDelimiter = ';';
  let bestScore = 0;
  for (const delimiter of CANDIDATES) {
    const counts = parseCsvTable(sample, delimiter).rows.map((r) => r.cells.length);
    if (counts.length === 0) continue;
    const frequency = new Map<number, number>();
    for (const c of counts) frequency.set(c, (frequency.get(c) ?? 0) + 1);
    let mode = 1;
    let modeCount = 0;
    for (const [fields, count] of frequency) {
      if (count > modeCount || (count === modeCount && fields > mode)) {
        mode = fields;
        modeCount = count;
      }
    }
    if (mode < 2) continue;
    // Consistency first, then more columns.
    const score = (modeCount / counts.length) * 1000 + Math.min(mode, 999);
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

/** The first `count` lines or so: cut at a line end after ~64 KB so quoted line breaks rarely fall at the cut. */
function sampleRecords(text: string, count: number): string {
  let end = 0;
  for (let k = 0; k < count && end < text.length && end < 65_536; k++) {
    const next = text.indexOf('\n', end);
    if (next === -1) return text;
    end = next + 1;
  }
  return text.slice(0, end);
}
