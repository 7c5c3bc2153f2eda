import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readOrgChartFile } from './orgchart-file';
import { scanXml } from './orgchart-xlsx-xml';

/** A zip of uncompressed parts, for XLSX files whose XML is written by hand (other producers than exceljs). */
function storedZip(parts: Record<string, string>, corrupt?: { part: string; crc?: number; size?: number }): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(parts)) {
    const data = Buffer.from(text, 'utf8');
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = corrupt?.part === name && corrupt.crc !== undefined ? corrupt.crc : crc32(data);
    const size = corrupt?.part === name && corrupt.size !== undefined ? corrupt.size : data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(parts).length, 8);
  end.writeUInt16LE(Object.keys(parts).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const NS = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A workbook whose sheets are listed in `order` (tab order), each sheet's XML given by name. */
function workbook(
  sheets: { name: string; part: string; xml: string; state?: string }[],
  extra: Record<string, string>,
) {
  const rels = sheets
    .map((s, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/${s.part}"/>`)
    .join('');
  const list = sheets
    .map(
      (s, i) =>
        `<x:sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`,
    )
    .join('');
  return {
    'xl/workbook.xml': `<?xml version="1.0"?><x:workbook ${NS} xmlns:r="${REL}">${extra.workbookPr ?? ''}<x:sheets>${list}</x:sheets></x:workbook>`,
    'xl/_rels/workbook.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}<Relationship Id="rS" Type="${REL}/sharedStrings" Target="/xl/strings.xml"/><Relationship Id="rT" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    ...Object.fromEntries(sheets.map((s) => [`xl/worksheets/${s.part}`, s.xml])),
    ...(extra.strings ? { 'xl/strings.xml': extra.strings } : {}),
    ...(extra.styles ? { 'xl/styles.xml': extra.styles } : {}),
  };
}

const sheet = (rows: string) => `<x:worksheet ${NS}><x:sheetData>${rows}</x:sheetData></x:worksheet>`;

describe('reading XLSX written by other producers', () => {
  it('reads prefixed XML, rich and phonetic text, entities, and sheets in tab order rather than part order', async () => {
    const strings = `<x:sst ${NS}><x:si><x:t>Nr</x:t></x:si><x:si><x:t>Navn</x:t></x:si>
      <x:si><x:r><x:t>Søren </x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t xml:space="preserve">Ærø &amp; Co</x:t></x:r></x:si>
      <x:si><x:t>漢字</x:t><x:rPh sb="0" eb="2"><x:t>かんじ</x:t></x:rPh></x:si></x:sst>`;
    const data = sheet(`<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c></x:row>
      <x:row r="3"><x:c r="A3"><x:v>7</x:v></x:c><x:c r="B3" t="s"><x:v>2</x:v></x:c></x:row>
      <x:row r="4"><x:c r="A4"><x:v>8</x:v></x:c><x:c r="B4" t="s"><x:v>3</x:v></x:c></x:row>
      <x:row r="5"><x:c r="A5"><x:v>9</x:v></x:c><x:c r="B5" t="inlineStr"><x:is><x:r><x:t>Bo </x:t></x:r><x:r><x:t>&lt;Bøgh&gt;</x:t></x:r></x:is></x:c></x:row>`);
    const bytes = storedZip(
      workbook(
        [
          {
            name: 'Skjult',
            part: 'sheet1.xml',
            xml: sheet('<x:row r="1"><x:c t="inlineStr"><x:is><x:t>x</x:t></x:is></x:c></x:row>'),
            state: 'hidden',
          },
          { name: 'Data', part: 'sheet3.xml', xml: data },
          { name: 'Andet', part: 'sheet2.xml', xml: sheet('<x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row>') },
        ],
        { strings },
      ),
    );
    const file = await readOrgChartFile(bytes, 'x.xlsx');
    expect(file.sheetName).toBe('Data');
    expect(file.rows).toEqual([
      { row: 1, cells: ['Nr', 'Navn'] },
      { row: 3, cells: ['7', 'Søren Ærø & Co'] },
      { row: 4, cells: ['8', '漢字'] },
      { row: 5, cells: ['9', 'Bo <Bøgh>'] },
    ]);
    expect(file.problems.map((p) => p.code)).toEqual(['other_sheets_ignored']);
  });

  it('reads dates in the 1904 date system, typed dates, booleans, and formula results by their type', async () => {
    const styles = `<x:styleSheet ${NS}><x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="dd\\-mm\\-yyyy"/></x:numFmts>
      <x:cellStyleXfs count="1"><x:xf numFmtId="0"/></x:cellStyleXfs>
      <x:cellXfs count="3"><x:xf numFmtId="0"/><x:xf numFmtId="164"/><x:xf numFmtId="14"/></x:cellXfs></x:styleSheet>`;
    const xml = sheet(`<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>h</x:t></x:is></x:c></x:row>
      <x:row r="2"><x:c r="A2" s="1"><x:v>42583</x:v></x:c><x:c r="B2" s="2"><x:v>42583.75</x:v></x:c><x:c r="C2" t="d"><x:v>2019-08-01T00:00:00</x:v></x:c>
        <x:c r="D2" t="b"><x:v>1</x:v></x:c><x:c r="E2" t="b"><x:f>1=1</x:f><x:v>1</x:v></x:c><x:c r="F2" t="e"><x:f>1/0</x:f><x:v>#DIV/0!</x:v></x:c>
        <x:c r="G2" t="str"><x:f>A1</x:f><x:v> h </x:v></x:c><x:c r="H2"><x:f>1+1</x:f></x:c></x:row>`);
    const bytes = storedZip(
      workbook([{ name: 'Ark1', part: 'sheet1.xml', xml }], { styles, workbookPr: '<x:workbookPr date1904="1"/>' }),
    );
    const file = await readOrgChartFile(bytes, 'x.xlsx');
    // 42583 days after 1904-01-01 is 2020-08-02; after Excel's 1900 epoch it would be 2016-08-01.
    expect(file.rows[1].cells).toEqual(['2020-08-02', '2020-08-02', '2019-08-01', 'TRUE', 'TRUE', '', 'h', '']);
    expect(file.problems).toEqual([
      { code: 'cell_error', severity: 'error', row: 2, column: 'F', params: { value: '#DIV/0!' } },
      { code: 'formula_without_value', severity: 'error', row: 2, column: 'H' },
    ]);
  });

  it('reports a part whose checksum or size does not match the zip directory as unreadable', async () => {
    const parts = workbook(
      [{ name: 'Ark1', part: 'sheet1.xml', xml: sheet('<x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row>') }],
      {},
    );
    for (const corrupt of [
      { part: 'xl/worksheets/sheet1.xml', crc: 12345 },
      { part: 'xl/workbook.xml', size: 10 },
    ]) {
      const file = await readOrgChartFile(storedZip(parts, corrupt), 'x.xlsx');
      expect(file.rows).toEqual([]);
      expect(file.problems.map((p) => [p.code, p.severity])).toEqual([['file_unreadable', 'fatal']]);
    }
  });

  it('stops at the row limit', async () => {
    const rows = Array.from(
      { length: 20 },
      (_, i) => `<x:row r="${i + 1}"><x:c r="A${i + 1}"><x:v>${i}</x:v></x:c></x:row>`,
    );
    const bytes = storedZip(workbook([{ name: 'Ark1', part: 'sheet1.xml', xml: sheet(rows.join('')) }], {}));
    expect((await readOrgChartFile(bytes, 'x.xlsx', { maxRows: 5 })).problems.map((p) => p.code)).toEqual([
      'too_many_rows',
    ]);
    expect((await readOrgChartFile(bytes, 'x.xlsx', { maxRows: 20 })).rows).toHaveLength(20);
  });
});

describe('scanXml', () => {
  async function texts(chunks: Uint8Array[]) {
    const found: string[] = [];
    let text = '';
    const h = {
      capturing: false,
      open(name: string) {
        if (name === 't') {
          text = '';
          h.capturing = true;
        }
      },
      close(name: string) {
        if (name === 't') {
          found.push(text);
          h.capturing = false;
        }
      },
      text(value: string) {
        text += value;
      },
    };
    await scanXml(
      (async function* () {
        yield* chunks;
      })(),
      h,
    );
    return found;
  }

  it('gives the same text wherever the chunks are cut: inside tags, entities and multi-byte letters', async () => {
    const xml = Buffer.from(
      '<?xml version="1.0"?><x:r><x:t>Ærø &amp; Bøgh &#x263A;</x:t><!-- > --><t a=">">x</t></x:r>',
    );
    for (let cut = 1; cut < xml.length; cut++) {
      expect(await texts([xml.subarray(0, cut), xml.subarray(cut)])).toEqual(['Ærø & Bøgh ☺', 'x']);
    }
  });

  it('hands on a long text as it comes, and refuses a tag that never ends instead of carrying it on', async () => {
    const long = 'æ'.repeat(300_000);
    const chunks = Array.from({ length: 12 }, (_, i) => Buffer.from(i === 0 ? `<t>${long}` : i === 11 ? '</t>' : long));
    expect((await texts(chunks))[0]).toHaveLength(3_300_000);
    const endless = [Buffer.from('<c r="'), ...Array.from({ length: 10 }, () => Buffer.alloc(200_000, 'A'))];
    await expect(texts(endless)).rejects.toThrow('XML construct too long');
  });
});
