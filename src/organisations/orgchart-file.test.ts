import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { decodeText, readOrgChartFile, sniffFileType } from './orgchart-file';

const DANISH =
  'Medarbejdernr;Navn;Afdeling\r\n1;Søren Ærø Åberg;Ældre og Sundhed – Pleje\r\n2;Øjvind Bøgh;Børn og Unge\r\n';

async function smallXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Ark1').addRows([
    ['Nr', 'Navn'],
    [1, 'Anne'],
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('readOrgChartFile: text encodings and delimiters', () => {
  it('reads UTF-8 with a byte-order mark, semicolon-separated', async () => {
    const file = await readOrgChartFile(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(DANISH)]),
      'export.csv',
    );
    expect(file).toMatchObject({ format: 'csv', encoding: 'utf-8', delimiter: ';', problems: [] });
    expect(file.rows[0].cells[0]).toBe('Medarbejdernr');
    expect(file.rows[1].cells).toEqual(['1', 'Søren Ærø Åberg', 'Ældre og Sundhed – Pleje']);
  });

  it('reads Windows-1252 (Danish Excel’s "CSV (semikolonsepareret)"), including characters Latin-1 lacks', async () => {
    const bytes = Buffer.from(DANISH.replace('–', '\u0096'), 'latin1');
    // The en dash is 0x96 in Windows-1252 and æøå are single bytes: not valid UTF-8.
    expect(bytes.includes(0x96)).toBe(true);
    const file = await readOrgChartFile(bytes, 'export.CSV');
    expect(file.encoding).toBe('windows-1252');
    expect(file.rows.map((r) => r.cells)).toEqual([
      ['Medarbejdernr', 'Navn', 'Afdeling'],
      ['1', 'Søren Ærø Åberg', 'Ældre og Sundhed – Pleje'],
      ['2', 'Øjvind Bøgh', 'Børn og Unge'],
    ]);
  });

  it('reads comma-separated UTF-8 without a byte-order mark', async () => {
    const file = await readOrgChartFile(Buffer.from('Nr,Navn,Afdeling\n1,"Jensen, Åse",Løn\n'), 'x.csv');
    expect(file).toMatchObject({ encoding: 'utf-8', delimiter: ',' });
    expect(file.rows[1].cells).toEqual(['1', 'Jensen, Åse', 'Løn']);
  });

  it('reads UTF-16 with a byte-order mark, tab-separated (Excel’s "Unicode text")', async () => {
    const text = 'Nr\tNavn\tAfdeling\r\n1\tÅse Ørum\tLøn\r\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const file = await readOrgChartFile(le, 'x.txt');
    expect(file).toMatchObject({ encoding: 'utf-16le', delimiter: '\t' });
    expect(file.rows[1].cells).toEqual(['1', 'Åse Ørum', 'Løn']);
    const be = Buffer.from(le);
    be.swap16();
    expect((await readOrgChartFile(be, 'x.txt')).rows[1].cells).toEqual(['1', 'Åse Ørum', 'Løn']);
  });

  it('composes decomposed letters (macOS file names and some exports) to NFC', async () => {
    const file = await readOrgChartFile(Buffer.from('Nr;Navn\n1;A\u030Ase\n'), 'x.csv');
    expect(file.rows[1].cells[1]).toBe('Åse');
  });

  it('decodeText: the same Danish text in both encodings decodes to the same string', () => {
    const text = 'æøå ÆØÅ é ü';
    expect(decodeText(Buffer.from(text, 'utf8'))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeText(Buffer.from(text, 'latin1'))).toEqual({ text, encoding: 'windows-1252' });
  });

  it('decodeText: Windows-1252’s own characters at 0x80-0x9F (€, quotes, dashes) come out as such', () => {
    expect(decodeText(Buffer.from([0x80, 0x20, 0x92, 0x93, 0x94, 0x96, 0x97, 0x8a, 0x9f, 0xe6]))).toEqual({
      text: '€ \u2019\u201c\u201d\u2013\u2014ŠŸæ',
      encoding: 'windows-1252',
    });
  });
});

describe('readOrgChartFile: files that are not what they say', () => {
  it('refuses a file over the size limit before parsing it', async () => {
    const file = await readOrgChartFile(Buffer.from(DANISH), 'x.csv', { maxBytes: 10 });
    expect(file.rows).toEqual([]);
    expect(file.problems).toEqual([
      { code: 'file_too_large', severity: 'fatal', params: { size: Buffer.byteLength(DANISH), limit: 10 } },
    ]);
  });

  it('refuses a 200 MB upload by its size alone', async () => {
    const big = new Uint8Array(200 * 1024 * 1024 + 1);
    const file = await readOrgChartFile(big, 'huge.xlsx');
    expect(file.problems.map((p) => p.code)).toEqual(['file_too_large']);
  });

  it.each([
    ['an empty file', Buffer.alloc(0), 'x.csv', 'file_empty'],
    ['only blank lines', Buffer.from('\r\n ; \r\n'), 'x.csv', 'file_empty'],
    [
      'an old .xls',
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      'x.xls',
      'file_type_unsupported',
    ],
    ['a Word file', Buffer.from('hello'), 'x.docx', 'file_type_unsupported'],
  ])('reports %s', async (_label, bytes, name, code) => {
    const file = await readOrgChartFile(bytes, name);
    expect(file.problems.map((p) => [p.code, p.severity])).toEqual([[code, 'fatal']]);
  });

  it.each([
    ['CSV text named .xlsx', () => Buffer.from(DANISH), 'x.xlsx', 'text'],
    [
      'a password-protected workbook or .xls named .xlsx',
      () => Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2]),
      'x.xlsx',
      'ole2',
    ],
    ['a PDF named .csv', () => Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'x.csv', 'pdf'],
    ['a PNG named .csv', () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'x.csv', 'image'],
    ['binary data named .csv', () => Buffer.from([0x41, 0x00, 0x42, 0x00, 0x43]), 'x.csv', 'binary'],
    ['an XLSX named .csv', smallXlsx, 'x.csv', 'xlsx'],
  ])('reports %s as a content mismatch', async (_label, make, name, detected) => {
    const file = await readOrgChartFile(await make(), name);
    expect(file.rows).toEqual([]);
    expect(file.problems).toHaveLength(1);
    expect(file.problems[0]).toMatchObject({ code: 'file_content_mismatch', severity: 'fatal', params: { detected } });
  });

  it('reports a zip that is not a workbook', async () => {
    const bytes = await smallXlsx();
    // Same-length rename of the workbook part in both zip headers: still a valid zip, no longer a workbook.
    const renamed = Buffer.from(bytes.toString('latin1').replaceAll('xl/workbook.xml', 'xl/workbonk.xml'), 'latin1');
    const file = await readOrgChartFile(renamed, 'x.xlsx');
    expect(file.problems).toEqual([
      {
        code: 'file_content_mismatch',
        severity: 'fatal',
        params: { extension: 'xlsx', expected: 'xlsx', detected: 'zip' },
      },
    ]);
  });

  it('reports a truncated or corrupted workbook as unreadable, without hanging', async () => {
    const bytes = await smallXlsx();
    const truncated = await readOrgChartFile(bytes.subarray(0, Math.floor(bytes.length / 2)), 'x.xlsx');
    expect(truncated.problems.map((p) => p.code)).toEqual(['file_unreadable']);
    const corrupted = Buffer.from(bytes);
    // Overwrite the compressed data of the first entry, leaving the directory at the end intact.
    corrupted.fill(0x5a, 60, Math.min(corrupted.length - 200, 1500));
    const file = await readOrgChartFile(corrupted, 'x.xlsx');
    expect(file.rows).toEqual([]);
    expect(file.problems.length).toBeGreaterThan(0);
    expect(file.problems.every((p) => p.severity === 'fatal')).toBe(true);
  });

  it('refuses a workbook that claims to unpack to more than the limit (zip bomb)', async () => {
    const file = await readOrgChartFile(await smallXlsx(), 'x.xlsx', { maxUnpackedBytes: 1000 });
    expect(file.problems).toMatchObject([{ code: 'file_too_large', params: { limit: 1000, unpacked: true } }]);
  });

  it('refuses more rows than the limit', async () => {
    const csv = await readOrgChartFile(Buffer.from('h\n1\n2\n3\n'), 'x.csv', { maxRows: 3 });
    expect(csv.problems).toEqual([{ code: 'too_many_rows', severity: 'fatal', params: { limit: 3 } }]);
    const xlsx = await readOrgChartFile(await smallXlsx(), 'x.xlsx', { maxRows: 1 });
    expect(xlsx.problems.map((p) => p.code)).toEqual(['too_many_rows']);
  });

  it('drops columns past the limit with a warning', async () => {
    const file = await readOrgChartFile(Buffer.from('a;b;c;d\n1;2;3;4\n'), 'x.csv', { maxColumns: 2 });
    expect(file.rows.map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(file.problems).toEqual([{ code: 'too_many_columns', severity: 'warning', params: { limit: 2 } }]);
  });

  it('goes by the content when the name has no extension', async () => {
    expect((await readOrgChartFile(Buffer.from(DANISH), 'export')).format).toBe('csv');
    expect((await readOrgChartFile(await smallXlsx(), 'export')).format).toBe('xlsx');
  });
});

describe('sniffFileType', () => {
  it('tells text from zip, OLE2, PDF and binary', async () => {
    expect(sniffFileType(Buffer.from(DANISH))).toBe('text');
    expect(sniffFileType(Buffer.from(DANISH, 'latin1'))).toBe('text');
    expect(sniffFileType(await smallXlsx())).toBe('zip');
    expect(sniffFileType(Buffer.from('%PDF-1.4'))).toBe('pdf');
    expect(sniffFileType(Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]))).toBe('binary');
  });
});
