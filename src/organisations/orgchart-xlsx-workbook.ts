/**
 * The parts of an XLSX around its sheets: which sheets there are (in the order Excel shows them, hidden or not, and
 * where each one's XML is), the cell formats in styles.xml (to tell a date from a number) and the shared strings
 * that most cells point at.
 */

import type { ZipDirectory } from '../platform/files/zip-directory';
import { unpackEntry } from '../platform/files/zip-entry';
import { type CellStyle, cellStyle } from './orgchart-xlsx-cells';
import { attribute, scanXml, type XmlHandler } from './orgchart-xlsx-xml';

export interface WorkbookSheet {
  name: string;
  state: string | undefined;
  /** The worksheet's part in the zip; null for a chart sheet or a sheet whose part is missing. */
  part: string | null;
}

export interface Workbook {
  sheets: WorkbookSheet[];
  date1904: boolean;
  /** By the style index cells carry in their s attribute. */
  styles: CellStyle[];
  /** Cell text (NFC, trimmed) by index; null where the workbook stores no text. */
  sharedStrings: (string | null)[];
}

const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';

function handler(partial: Partial<XmlHandler> & Pick<XmlHandler, 'open'>): XmlHandler {
  return { close() {}, text() {}, capturing: false, ...partial };
}

async function scanPart(data: Uint8Array, zip: ZipDirectory, part: string, h: XmlHandler): Promise<boolean> {
  const entry = zip.entries.get(part);
  if (!entry) return false;
  await scanXml(unpackEntry(data, entry), h);
  return true;
}

/** A relationship target as a part name: relative to xl/, or absolute from the package root. */
function resolvePart(target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : `xl/${target}`).split('/');
  const resolved: string[] = [];
  for (const p of parts) {
    if (p === '..') resolved.pop();
    else if (p !== '.' && p !== '') resolved.push(p);
  }
  return resolved.join('/');
}

export async function readWorkbook(data: Uint8Array, zip: ZipDirectory): Promise<Workbook> {
  const rels = new Map<string, { type: string; part: string }>();
  await scanPart(
    data,
    zip,
    'xl/_rels/workbook.xml.rels',
    handler({
      open(name, tag) {
        const id = attribute(tag, 'Id');
        const target = attribute(tag, 'Target');
        if (name !== 'Relationship' || !id || !target || attribute(tag, 'TargetMode') === 'External') return;
        rels.set(id, { type: attribute(tag, 'Type') ?? '', part: resolvePart(target) });
      },
    }),
  );
  const partOf = (type: string, fallback: string) =>
    [...rels.values()].find((r) => r.type === REL_TYPE + type)?.part ?? fallback;

  const sheets: WorkbookSheet[] = [];
  let date1904 = false;
  await scanPart(
    data,
    zip,
    'xl/workbook.xml',
    handler({
      open(name, tag) {
        if (name === 'workbookPr') {
          const value = attribute(tag, 'date1904');
          date1904 = value === '1' || value === 'true';
        } else if (name === 'sheet') {
          const rel = rels.get(attribute(tag, 'r:id') ?? /\s[\w.-]+:id\s*=\s*["']([^"']*)/.exec(tag)?.[1] ?? '');
          const part = rel?.type === `${REL_TYPE}worksheet` && zip.entries.has(rel.part) ? rel.part : null;
          sheets.push({ name: attribute(tag, 'name') ?? '', state: attribute(tag, 'state'), part });
        }
      },
    }),
  );

  const customFormats = new Map<number, string>();
  const styles: CellStyle[] = [];
  let inCellFormats = false;
  await scanPart(
    data,
    zip,
    partOf('styles', 'xl/styles.xml'),
    handler({
      open(name, tag) {
        const numFmtId = Number(attribute(tag, 'numFmtId') ?? 0);
        if (name === 'numFmt') customFormats.set(numFmtId, attribute(tag, 'formatCode') ?? '');
        else if (name === 'cellXfs') inCellFormats = true;
        else if (name === 'xf' && inCellFormats) styles.push(cellStyle(numFmtId, customFormats));
      },
      close(name) {
        if (name === 'cellXfs') inCellFormats = false;
      },
    }),
  );

  return {
    sheets,
    date1904,
    styles,
    sharedStrings: await readSharedStrings(data, zip, partOf('sharedStrings', 'xl/sharedStrings.xml')),
  };
}

/** Each `<si>`: the text of its runs, phonetic guides (`<rPh>`, furigana) left out. */
async function readSharedStrings(data: Uint8Array, zip: ZipDirectory, part: string): Promise<(string | null)[]> {
  const strings: (string | null)[] = [];
  let text = '';
  let hasText = false;
  let phonetic = false;
  const h: XmlHandler = handler({
    open(name) {
      if (name === 'si') {
        text = '';
        hasText = false;
      } else if (name === 'rPh') phonetic = true;
      else if (name === 't' && !phonetic) h.capturing = true;
      else if (name === 'r') hasText = true;
    },
    close(name) {
      if (name === 't') h.capturing = false;
      else if (name === 'rPh') phonetic = false;
      else if (name === 'si') strings.push(hasText ? text.normalize('NFC').trim() : null);
    },
    text(value) {
      text += value;
      hasText = true;
    },
  });
  await scanPart(data, zip, part, h);
  return strings;
}
