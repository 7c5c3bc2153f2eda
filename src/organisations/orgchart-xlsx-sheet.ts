/**
 * One worksheet's XML, streamed, to table rows: each non-blank row with its row number and its cells as text (see
 * orgchart-xlsx-cells.ts), plus the merged ranges (which only the caller can judge) and the cells Excel could not
 * compute. Only the text of the cells is kept, never a cell object per cell: 50,000 rows read in a fraction of a
 * second and leave little behind for the garbage collector.
 */
import type { TableRow } from './orgchart-mapping.model';
import type { OrgChartProblem } from './orgchart-problems.model';
import { type CellSource, type CellStyle, cellText, type RawCell } from './orgchart-xlsx-cells';
import { attribute, type RefStyleType, refStyleType, scanXml, type XmlHandler } from './orgchart-xlsx-xml';

export interface SheetTable {
  rows: TableRow[];
  problems: OrgChartProblem[];
  /** Merged ranges (A1:G1), each once, in the order the sheet lists them. */
  merges: string[];
  /** More non-blank rows than maxRows: reading stopped there. */
  truncated: boolean;
  /** Some cell with a value lies right of maxColumns (left out). */
  tooWide: boolean;
}

export interface SheetOptions {
  maxRows: number;
  maxColumns: number;
  styles: readonly CellStyle[];
}

const MERGE_RANGE = /^[A-Z]+\d+(?::[A-Z]+\d+)?$/;

/** Column number of a cell reference (B7 → 2); 0 when it has no letters. */
function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  return col;
}

export async function readSheet(
  chunks: AsyncIterable<Uint8Array>,
  source: CellSource,
  options: SheetOptions,
): Promise<SheetTable> {
  const { maxRows, maxColumns, styles } = options;
  const table: SheetTable = { rows: [], problems: [], merges: [], truncated: false, tooWide: false };
  const seenMerges = new Set<string>();
  let rowNumber = 0;
  let rowStyle: CellStyle | undefined;
  let cells: string[] | null = null;
  let col = 0;
  const cell: RawCell = { type: undefined, value: null, inline: null, formula: false, style: undefined };
  let inCell = false;
  let inInline = false;
  let phonetic = false;
  let target: 'value' | 'inline' | null = null;
  const attrs: RefStyleType = { r: undefined, s: undefined, t: undefined };
  const styleOf = (s: string | undefined) => (s === undefined ? undefined : styles[Number.parseInt(s, 10)]);

  const h: XmlHandler = {
    capturing: false,
    open(name, tag) {
      switch (name) {
        case 'row': {
          const { r, s } = refStyleType(tag, attrs);
          const number = Number.parseInt(r ?? '', 10);
          rowNumber = number > 0 ? number : rowNumber + 1;
          rowStyle = styleOf(s);
          cells = [];
          col = 0;
          break;
        }
        case 'c': {
          if (!cells) break;
          inCell = true;
          const { r, s, t } = refStyleType(tag, attrs);
          col = (r && columnOf(r)) || col + 1;
          // Style 0 is the default; a row's style (customFormat) applies to its cells that name none.
          const style = Number.parseInt(s ?? '', 10);
          cell.style = (style && styles[style]) || rowStyle;
          cell.type = t;
          cell.value = null;
          cell.inline = null;
          cell.formula = false;
          break;
        }
        case 'v':
          if (inCell) {
            cell.value = '';
            target = 'value';
            h.capturing = true;
          }
          break;
        case 'f':
          if (inCell) cell.formula = true;
          break;
        case 'is':
          if (inCell) {
            cell.inline = '';
            inInline = true;
          }
          break;
        case 'rPh':
          phonetic = true;
          break;
        case 't':
          if (inInline && !phonetic) {
            target = 'inline';
            h.capturing = true;
          }
          break;
        case 'mergeCell': {
          const ref = attribute(tag, 'ref');
          if (ref && MERGE_RANGE.test(ref) && !seenMerges.has(ref)) {
            seenMerges.add(ref);
            table.merges.push(ref);
          }
          break;
        }
      }
    },
    close(name) {
      switch (name) {
        case 'v':
        case 't':
          target = null;
          h.capturing = false;
          break;
        case 'rPh':
          phonetic = false;
          break;
        case 'is':
          inInline = false;
          break;
        case 'c':
          if (inCell) endCell();
          inCell = false;
          break;
        case 'row':
          if (cells) endRow(cells);
          cells = null;
          break;
      }
    },
    text(value) {
      if (target === 'value') cell.value += value;
      else if (target === 'inline') cell.inline += value;
    },
  };

  function endCell() {
    const row = cells!;
    if (col > maxColumns) {
      if (cell.formula || cell.value !== null || cell.inline !== null) table.tooWide = true;
      return;
    }
    const text = cellText(cell, source, rowNumber, col, table.problems);
    if (text === null) return;
    // Cells come in column order; one out of order (hand-made XML) still lands in its column.
    if (col <= row.length) row[col - 1] = text;
    else {
      while (row.length < col - 1) row.push('');
      row.push(text);
    }
  }

  function endRow(row: string[]) {
    if (!row.some((c) => c !== '')) return;
    if (table.rows.length >= maxRows) {
      table.truncated = true;
      h.done = true;
      return;
    }
    table.rows.push({ row: rowNumber, cells: row });
  }

  await scanXml(chunks, h);
  return table;
}
