import fs from 'node:fs';
import path from 'node:path';
import { strToU8, unzipSync, Zip, ZipDeflate, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { OffsetMap } from '../text-offsets.model.js';
import { writeQdc } from './qdc-write.js';
import { packQdpx, readRefiFile, unpackQdpx } from './qdpx.js';
import { RefiError } from './refi.model.js';
import { EMOJI_TEXT, G, LEDELSE, richProject } from './refi.test-fixtures.js';

const SAMPLE = path.join(__dirname, 'fixtures', 'ornio-sample');
const TXT = '11111111-1111-1111-1111-111111111111.txt';

async function refused(bytes: Uint8Array, limits = {}): Promise<RefiError> {
  try {
    await unpackQdpx(bytes, limits);
  } catch (err) {
    if (err instanceof RefiError) return err;
    throw err;
  }
  throw new Error('not refused');
}

const qde = (sources: string) =>
  `<?xml version="1.0"?><Project xmlns="urn:QDA-XML:project:1.0" name="T"><CodeBook><Codes><Code guid="${G(10)}" name="K" isCodable="true"/></Codes></CodeBook><Sources>${sources}</Sources></Project>`;
const textSource = (guid: string, path: string, start = 0, end = 1) =>
  `<TextSource guid="${guid}" name="${path}" plainTextPath="${path}"><PlainTextSelection guid="${G(Number(guid.slice(-2)) + 50)}" name="sel" startPosition="${start}" endPosition="${end}"><Coding guid="${G(Number(guid.slice(-2)) + 70)}"><CodeRef targetGUID="${G(10)}"/></Coding></PlainTextSelection></TextSource>`;

describe('packQdpx / unpackQdpx', () => {
  it('round trip loses nothing', async () => {
    const project = richProject();
    const bytes = packQdpx(project);
    expect(Object.keys(unzipSync(bytes)).sort()).toEqual([
      'project.qde',
      `sources/${G(40)}.txt`,
      `sources/${G(41)}.txt`,
    ]);
    const back = await unpackQdpx(bytes);
    expect(back.dropped).toEqual([]);
    expect(back.project).toEqual(project);
  });

  it('keeps code point offsets with emoji and æøå before the coded passage', async () => {
    const files = unzipSync(packQdpx(richProject()));
    expect(new TextDecoder().decode(files['project.qde'])).toContain('startPosition="26" endPosition="33"');
    expect(new TextDecoder().decode(files[`sources/${G(40)}.txt`])).toBe(EMOJI_TEXT);
    const { project } = await unpackQdpx(packQdpx(richProject()));
    const sel = project.sources[0].selections[0];
    expect([sel.start, sel.end]).toEqual([LEDELSE.start, LEDELSE.end]);
    expect(new OffsetMap(project.sources[0].text).slice(sel.start, sel.end)).toBe('ledelse');
    expect(EMOJI_TEXT.indexOf('ledelse')).toBe(28); // UTF-16 would have been off by two
  });

  it('imports the hand-authored sample: text kept, overlaps kept, media and graphs reported', async () => {
    const bytes = zipSync({
      'project.qde': fs.readFileSync(path.join(SAMPLE, 'project.qde')),
      [`sources/${TXT}`]: fs.readFileSync(path.join(SAMPLE, 'sources', TXT)),
    });
    const { project, dropped } = await unpackQdpx(bytes);
    expect(project.name).toBe('Sample Study');
    expect(project.codes[0].children.map((c) => [c.name, c.colour, c.children.length])).toEqual([
      ['Health', '#33cc33', 1],
      ['Wellbeing', '#0000ff', 0],
    ]);
    const [source] = project.sources;
    expect(source.text).toBe('Diet and health are closely linked in this interview.');
    expect(source.selections.map((s) => [s.start, s.end, s.codings[0].codeGuid])).toEqual([
      [0, 15, '20000000-0000-0000-0000-000000000002'],
      [9, 23, '20000000-0000-0000-0000-000000000003'],
    ]);
    expect(project.cases[0]).toMatchObject({
      name: 'Participant 1',
      values: [
        { variableGuid: '30000000-0000-0000-0000-000000000001', value: 34 },
        { variableGuid: '30000000-0000-0000-0000-000000000002', value: true },
      ],
      sourceGuids: ['40000000-0000-0000-0000-000000000001'],
    });
    expect(project.notes[0].text).toBe('Remember to follow up on diet-related comments.');
    expect(project.noteGuids).toEqual(['a0000000-0000-0000-0000-000000000001']);
    expect(dropped.map((d) => `${d.what} ${d.count} ${d.reason}`)).toEqual([
      'Case CodeRef 1 not_supported',
      'Case SelectionRef 1 not_supported',
      'PictureSource 1 not_supported',
      'PDFSource 1 not_supported',
      'AudioSource 1 not_supported',
      'VideoSource 1 not_supported',
      'Link 1 not_supported',
      'Set 1 not_supported',
      'Graph 1 not_supported',
    ]);
  });

  it('accepts any .qde name, Sources/ in upper case, upper-case file names, and maps BOM, CRLF and NFD text', async () => {
    const guid = G(1);
    // Original code points: BOM not counted; "Linje 1" 7, CRLF 2, "Bla\u030a " 5 → "hus" at 14..17.
    const text = '\uFEFFLinje 1\r\nBla\u030a hus\r\n';
    const bytes = zipSync({
      'Project.QDE': strToU8(
        `\uFEFF${qde(textSource(guid, `internal://${guid.toUpperCase()}.TXT`, 14, 17))}`.replace(/></g, '>\r\n<'),
      ),
      [`Sources/${guid.toUpperCase()}.TXT`]: strToU8(text),
    });
    const { project, dropped } = await unpackQdpx(bytes);
    expect(dropped).toEqual([]);
    expect(project.sources[0].text).toBe('Linje 1\nBlå hus\n');
    const sel = project.sources[0].selections[0];
    expect([sel.start, sel.end]).toEqual([12, 15]);
    expect(new OffsetMap(project.sources[0].text).slice(sel.start, sel.end)).toBe('hus');
  });

  it('finds texts by relative or absolute path variants, and reports missing and non-UTF-8 texts', async () => {
    const bytes = zipSync({
      'export.qde': strToU8(
        qde(
          textSource(G(1), 'sources/a.txt') +
            textSource(G(2), 'absolute:///C:/PROJECT/b.txt') +
            textSource(G(3), 'internal://missing.txt') +
            textSource(G(4), 'internal://latin1.txt'),
        ).replace(
          '</Sources>',
          `</Sources><Notes><Note guid="${G(90)}" name="N" plainTextPath="internal://note.txt"/></Notes>`,
        ),
      ),
      'sources/note.txt': strToU8('\uFEFFNote\r\nmed CRLF'),
      'sources/a.txt': strToU8('a'),
      'sources/b.txt': strToU8('b'),
      'sources/latin1.txt': new Uint8Array([0x62, 0xe6, 0x72]), // "bær" in Latin-1
    });
    const { project, dropped } = await unpackQdpx(bytes);
    expect(project.sources.map((s) => s.text)).toEqual(['a', 'b']);
    expect(project.notes[0].text).toBe('Note\nmed CRLF');
    expect(dropped).toEqual([
      { what: 'TextSource', count: 1, reason: 'text_not_utf8', examples: ['sources/latin1.txt'] },
      { what: 'TextSource', count: 1, reason: 'text_missing', examples: ['internal://missing.txt'] },
    ]);
  });

  it('needs exactly one .qde at the root', async () => {
    expect((await refused(zipSync({ 'sources/a.txt': strToU8('a') }))).code).toBe('qde_missing');
    expect((await refused(zipSync({ 'dir/project.qde': strToU8('<x/>') }))).code).toBe('qde_missing');
    const two = zipSync({ 'a.qde': strToU8('<x/>'), 'B.QDE': strToU8('<x/>') });
    expect(await refused(two)).toMatchObject({ code: 'qde_ambiguous', params: { names: 'a.qde, B.QDE' } });
  });

  it('reads .qdpx, .qde and .qdc uploads by their content', async () => {
    expect((await readRefiFile(packQdpx(richProject()))).project.sources).toHaveLength(2);
    const qdc = await readRefiFile(strToU8(writeQdc(richProject().codes)));
    expect(qdc.project.codes.map((c) => c.name)).toEqual(['Strategisk ledelse', 'Fra et andet værktøj']);
    await expect(readRefiFile(strToU8('not xml'))).rejects.toMatchObject({ code: 'xml_syntax' });
  });
});

/** A zip streamed from `mib` MiB of zeros, so the test never holds the unpacked data. */
function zerosZip(name: string, mib: number, extra: Record<string, Uint8Array> = {}): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, data) => {
    if (err) throw err;
    chunks.push(data);
  });
  for (const [n, data] of Object.entries(extra)) {
    const f = new ZipDeflate(n);
    zip.add(f);
    f.push(data, true);
  }
  const file = new ZipDeflate(name, { level: 9 });
  zip.add(file);
  const zero = new Uint8Array(1024 * 1024);
  for (let i = 0; i < mib; i++) file.push(zero, i === mib - 1);
  zip.end();
  return Buffer.concat(chunks);
}

describe('unpackQdpx: hostile zips', () => {
  it('refuses entry names that climb out, are absolute, or use backslashes', async () => {
    for (const name of ['../evil', 'sources/../../evil.txt', '/etc/passwd', 'sources\\..\\evil', 'C:/evil']) {
      const bytes = zipSync({ 'project.qde': strToU8(qde('')), [name]: strToU8('x') });
      expect(await refused(bytes)).toMatchObject({ code: 'zip_path', params: { name } });
    }
  });

  it('refuses a zip bomb before inflating it (100 MiB of zeros as project.qde)', async () => {
    const bytes = zerosZip('project.qde', 100);
    expect(bytes.byteLength).toBeLessThan(200_000);
    const before = process.memoryUsage().rss;
    expect((await refused(bytes)).code).toBe('zip_bomb');
    expect(process.memoryUsage().rss - before).toBeLessThan(32 * 1024 * 1024);
  });

  it('refuses a bomb among the source texts', async () => {
    const bytes = zerosZip(`sources/${G(1)}.txt`, 20, {
      'project.qde': strToU8(qde(textSource(G(1), `internal://${G(1)}.txt`))),
    });
    expect(await refused(bytes)).toMatchObject({ code: 'zip_bomb', params: { name: `sources/${G(1)}.txt` } });
  });

  it('stops an entry that inflates past the size it declares', async () => {
    const text = 'ledelse '.repeat(30_000);
    const bytes = zipSync({
      'project.qde': strToU8(qde(textSource(G(1), `internal://${G(1)}.txt`))),
      [`sources/${G(1)}.txt`]: strToU8(text),
    });
    // Make the central directory claim 1,000 bytes for the text.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const name = strToU8(`sources/${G(1)}.txt`);
    let patched = 0;
    for (let p = 0; p + 46 < bytes.length; p++) {
      if (view.getUint32(p, true) !== 0x02014b50) continue;
      const n = view.getUint16(p + 28, true);
      if (Buffer.from(bytes.subarray(p + 46, p + 46 + n)).equals(Buffer.from(name))) {
        view.setUint32(p + 24, 1000, true);
        patched++;
      }
    }
    expect(patched).toBe(1);
    expect((await refused(bytes)).code).toBe('zip_bomb');
  });

  it('refuses texts over the size cap and too many entries', async () => {
    const bytes = zipSync({
      'project.qde': strToU8(qde(textSource(G(1), `internal://${G(1)}.txt`))),
      [`sources/${G(1)}.txt`]: strToU8('x'.repeat(100)),
    });
    expect(await refused(bytes, { maxTextBytes: 50 })).toMatchObject({ code: 'file_too_large' });
    expect(await refused(bytes, { maxEntries: 1 })).toMatchObject({ code: 'zip_bomb' });
    expect(await refused(bytes, { maxTotalBytes: 300 })).toMatchObject({ code: 'zip_bomb' });
  });

  it('refuses XXE inside a .qdpx and bytes that are not a zip', async () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><Project name="&e;"/>`;
    expect((await refused(zipSync({ 'project.qde': strToU8(xxe) }))).code).toBe('xml_doctype');
    expect((await refused(strToU8('PK\u0003\u0004 not really'))).code).toBe('zip_corrupt');
  });
});
