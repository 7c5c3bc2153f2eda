import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { validateOrgChart } from './orgchart.model';
import { readOrgChartFile } from './orgchart-file';
import { isDateFormat } from './orgchart-xlsx';

async function bytesOf(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const HEADER = ['Medarbejdernr', 'Navn', 'E-mail', 'Stilling', 'Afdeling', 'Leder medarbejdernr', 'Leder siden'];

describe('reading XLSX', () => {
  it('gives formulas their cached result, dates as ISO, and reports what it cannot read by cell', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Medarbejdere');
    ws.addRow(HEADER);
    ws.addRow([4711, 'Åse Ørum', 'aase@viborg.dk', 'Teamleder', 'Vej og Park', '', new Date(Date.UTC(2019, 7, 1))]);
    ws.getCell('G2').numFmt = 'dd-mm-yyyy';
    ws.addRow([
      4712,
      { formula: 'LOWER("BO")&" "&"Bøgh"', result: 'bo Bøgh' },
      '',
      'Vejmand',
      'Vej og Park',
      { formula: 'A2', result: 4711 },
      '',
    ]);
    ws.addRow([4713, 'Carl', '', 'Vejmand', 'Vej og Park', 4711, { formula: 'DATE(2020,2,29)', result: 43890 }]);
    ws.getCell('G4').numFmt = 'yyyy-mm-dd';
    ws.addRow([4714, { formula: 'B2' }, '', { error: '#REF!' }, 'Vej og Park', 4711, '']);
    const bytes = await bytesOf(wb);
    const file = await readOrgChartFile(bytes, 'Medarbejdere.xlsx');
    expect(file.format).toBe('xlsx');
    expect(file.sheetName).toBe('Medarbejdere');
    expect(file.rows.map((r) => [r.row, ...r.cells])).toEqual([
      [1, ...HEADER],
      [2, '4711', 'Åse Ørum', 'aase@viborg.dk', 'Teamleder', 'Vej og Park', '', '2019-08-01'],
      [3, '4712', 'bo Bøgh', '', 'Vejmand', 'Vej og Park', '4711'],
      [4, '4713', 'Carl', '', 'Vejmand', 'Vej og Park', '4711', '2020-02-29'],
      [5, '4714', '', '', '', 'Vej og Park', '4711'],
    ]);
    expect(file.problems).toEqual([
      { code: 'formula_without_value', severity: 'error', row: 5, column: 'B' },
      { code: 'cell_error', severity: 'error', row: 5, column: 'D', params: { value: '#REF!' } },
    ]);
  });

  it('reports each merged range by its top-left cell instead of guessing what the empty cells mean', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Ark1');
    ws.addRow(['Medarbejderliste, Teknik og Miljø']);
    ws.mergeCells('A1:G1');
    ws.addRow(HEADER);
    ws.addRow([1, 'Anne', '', 'Vejmand', 'Vej og Park', '', '']);
    ws.addRow([2, 'Bo', '', 'Vejmand', '', '', '']);
    ws.mergeCells('E3:E4');
    const file = await readOrgChartFile(await bytesOf(wb), 'x.xlsx');
    expect(file.problems).toEqual([
      { code: 'merged_cells', severity: 'error', row: 1, column: 'A', params: { range: 'A1:G1', lastRow: 1 } },
      { code: 'merged_cells', severity: 'error', row: 3, column: 'E', params: { range: 'E3:E4', lastRow: 4 } },
    ]);
    // The title banner above the header is harmless; the merge inside the data blocks the import.
    const result = validateOrgChart(file.rows, { fileProblems: file.problems });
    expect(result.headers[0]).toBe('Medarbejdernr');
    expect(result.problems.map((p) => [p.code, p.row, p.column])).toEqual([
      ['merged_cells', 3, 'E'],
      ['required_value_missing', 4, 'unit'],
    ]);
  });

  it('keeps the leading zeros an id’s number format shows, and reads rich text, hyperlinks and booleans', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Ark1');
    ws.addRow(['Nr', 'Navn', 'E-mail', 'Aktiv', 'Tal']);
    ws.addRow([
      42,
      { richText: [{ text: 'Søren ' }, { font: { bold: true }, text: 'Ærø' }] },
      { text: 'soeren@viborg.dk', hyperlink: 'mailto:soeren@viborg.dk' },
      true,
      0.1 + 0.2,
    ]);
    ws.getCell('A2').numFmt = '000000';
    const file = await readOrgChartFile(await bytesOf(wb), 'x.xlsx');
    expect(file.rows[1].cells).toEqual(['000042', 'Søren Ærø', 'soeren@viborg.dk', 'TRUE', '0.3']);
  });

  it('reads the first visible sheet with data and says which sheets it ignored', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Opslag', { state: 'hidden' }).addRow(['Nr', 'Navn', 'Hemmelig']);
    wb.addWorksheet('Tom');
    wb.addWorksheet('Medarbejdere').addRows([
      ['Nr', 'Navn'],
      [1, 'Anne'],
    ]);
    wb.addWorksheet('Noter').addRow(['noget andet']);
    const file = await readOrgChartFile(await bytesOf(wb), 'x.xlsx');
    expect(file.sheetName).toBe('Medarbejdere');
    expect(file.rows.map((r) => r.cells)).toEqual([
      ['Nr', 'Navn'],
      ['1', 'Anne'],
    ]);
    expect(file.problems).toEqual([
      {
        code: 'other_sheets_ignored',
        severity: 'warning',
        params: { sheet: 'Medarbejdere', ignored: ['Opslag', 'Tom', 'Noter'] },
      },
    ]);
  });

  it('leaves no temporary files behind, also when it stops at the row limit', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Skjult', { state: 'hidden' }).addRow(['x', 'y']);
    wb.addWorksheet('Data').addRows([
      ['Nr', 'Navn'],
      [1, 'Anne'],
      [2, 'Bo'],
    ]);
    wb.addWorksheet('Efter').addRow(['z', 'w']);
    const bytes = await bytesOf(wb);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orgchart-xlsx-'));
    const previous = process.env.TMPDIR;
    process.env.TMPDIR = dir;
    try {
      expect(os.tmpdir()).toBe(dir);
      expect((await readOrgChartFile(bytes, 'x.xlsx')).rows).toHaveLength(3);
      expect((await readOrgChartFile(bytes, 'x.xlsx', { maxRows: 1 })).problems.map((p) => p.code)).toEqual([
        'too_many_rows',
      ]);
      // Cleanup of a destroyed stream's file runs on the next turns of the event loop.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(fs.readdirSync(dir)).toEqual([]);
    } finally {
      // Assigning undefined would set the text "undefined".
      if (previous === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previous;
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports a workbook without data as empty', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Ark1');
    const file = await readOrgChartFile(await bytesOf(wb), 'x.xlsx');
    expect(file.problems.map((p) => p.code)).toEqual(['file_empty']);
  });

  it('keeps æøå intact where they straddle the zip’s chunk boundaries (exceljs streaming bug)', async () => {
    // Enough two-byte letters at odd offsets that some fall across the 16 KB inflate chunks, in shared strings and
    // in inline strings of the sheet alike, both as exceljs writes whole workbooks and as its streaming writer does.
    const names = Array.from({ length: 3000 }, (_, i) => `${'æøåÆØÅ'.repeat(1 + (i % 7))} Ærø ${i}`);
    const whole = new ExcelJS.Workbook();
    const sheet = whole.addWorksheet('Ark1');
    sheet.addRow(['Nr', 'Navn']);
    for (const [i, name] of names.entries()) sheet.addRow([i, name]);
    const fromWhole = await readOrgChartFile(await bytesOf(whole), 'x.xlsx');
    expect(fromWhole.rows.slice(1).map((r) => r.cells[1])).toEqual(names);

    const chunks: Buffer[] = [];
    const { PassThrough } = await import('node:stream');
    const out = new PassThrough();
    out.on('data', (c: Buffer) => chunks.push(c));
    const streamed = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false });
    const ws = streamed.addWorksheet('Ark1');
    ws.addRow(['Nr', 'Navn']).commit();
    for (const [i, name] of names.entries()) ws.addRow([i, name]).commit();
    ws.commit();
    await streamed.commit();
    const fromStream = await readOrgChartFile(Buffer.concat(chunks), 'x.xlsx');
    expect(fromStream.rows.slice(1).map((r) => r.cells[1])).toEqual(names);
  });
});

describe('isDateFormat', () => {
  it.each(['dd-mm-yyyy', 'yyyy-mm-dd', 'd. mmmm yyyy', '[$-406]dd/mm/yy;@', 'm/d/yy h:mm'])('%s is a date', (f) =>
    expect(isDateFormat(f)).toBe(true),
  );
  it.each(['General', '0', '000000', '#,##0.00', '"dage" 0', '0.00%', '', undefined])('%s is not', (f) =>
    expect(isDateFormat(f)).toBe(false),
  );
});
