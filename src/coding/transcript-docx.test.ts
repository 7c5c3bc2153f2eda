import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { expectWellFormed, segmentTexts } from './fixtures/transcripts/expect-parsed.js';
import { claimSizes, docx, para, zipBomb } from './fixtures/transcripts/zip-fixtures.js';
import { DOCX_MAX_XML_BYTES, docxText, readDocx } from './transcript-docx.js';
import { TranscriptError } from './transcript-text.model.js';

async function failure(read: Promise<unknown>) {
  try {
    await read;
  } catch (error) {
    if (error instanceof TranscriptError) return { code: error.code, params: error.params };
    throw error;
  }
  throw new Error('read without error');
}

describe('readDocx', () => {
  it('reads paragraphs as turns, with tabs and line breaks, and code point offsets after æøå and an emoji', async () => {
    const body = [
      para('Interview 😀 med L-0042'),
      '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>' +
        '<w:r><w:t>I:</w:t></w:r><w:r><w:tab/><w:t>Hvordan går det?</w:t></w:r></w:p>',
      para('Mette: ', 'Godt, ', 'tak.'),
      '<w:p><w:r><w:t>Det er blevet</w:t><w:br/><w:t>bedre.</w:t></w:r></w:p>',
      '<w:p/>',
      para('I: Og &amp; så?'),
    ].join('');
    const parsed = await readDocx(docx(body));
    expect(segmentTexts(parsed)).toEqual([
      'Interview 😀 med L-0042',
      'I: Hvordan går det?',
      'Mette: Godt, tak.\nDet er blevet\nbedre.',
      'I: Og & så?',
    ]);
    // "Interview 😀 med L-0042" is 22 code points (23 code units); then a blank line.
    expect(parsed.segments.map((s) => [s.speaker, s.role, s.start, s.end])).toEqual([
      [null, null, 0, 22],
      ['I', 'interviewer', 24, 43],
      ['Mette', 'participant', 45, 83],
      ['I', 'interviewer', 85, 96],
    ]);
    expect(parsed.format).toBe('docx');
    expectWellFormed(parsed);
  });

  it('leaves out deleted tracked changes, moved-from text, field codes and fallback copies', async () => {
    const body =
      '<w:p><w:r><w:t>I: Vi </w:t></w:r><w:del w:id="1" w:author="A"><w:r><w:delText>aldrig </w:delText></w:r></w:del>' +
      '<w:ins w:id="2" w:author="A"><w:r><w:t>ofte </w:t></w:r></w:ins><w:r><w:t>taler.</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t>IP: Side </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>' +
      '<w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
      '<w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
      '<w:moveFrom w:id="3" w:author="A"><w:r><w:t>flyttet </w:t></w:r></w:moveFrom>' +
      '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:t> boks</w:t></mc:Choice>' +
      '<mc:Fallback><w:t> boks</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>';
    const parsed = await readDocx(docx(body));
    expect(segmentTexts(parsed)).toEqual(['I: Vi ofte taler.', 'IP: Side 3 boks']);
    expect(parsed.warnings).toEqual(['coding.warnings.trackedDeletions {"count":1}']);
  });

  it('says a PDF renamed .docx is a PDF', async () => {
    const pdf = strToU8('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF');
    expect(await failure(readDocx(pdf))).toEqual({ code: 'docx_not_docx', params: { context: 'pdf' } });
  });

  it('says an old .doc (or an encrypted document) is not a .docx', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(await failure(readDocx(ole))).toEqual({ code: 'docx_not_docx', params: { context: 'doc' } });
  });

  it('refuses bytes that are not a zip, and a zip without a Word document', async () => {
    expect(await failure(readDocx(strToU8('I: hej')))).toEqual({ code: 'docx_not_docx', params: {} });
    const xlsx = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') });
    expect(await failure(readDocx(xlsx))).toEqual({ code: 'docx_not_docx', params: {} });
  });

  it('refuses a DOCTYPE before any entity is expanded (XXE, billion laughs)', async () => {
    const xxe = docx(para('I: &xxe;'), { prolog: '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' });
    expect(await failure(readDocx(xxe))).toEqual({ code: 'xml_doctype', params: {} });
    const laughs = docx(para('I: &lol2;'), {
      prolog: '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>',
    });
    expect(await failure(readDocx(laughs))).toEqual({ code: 'xml_doctype', params: {} });
  });

  it('reports malformed XML and undefined entities as a corrupt file', async () => {
    expect(await failure(readDocx(docx('<w:p><w:r><w:t>I: hej</w:r></w:p>')))).toEqual({
      code: 'file_corrupt',
      params: {},
    });
    expect(await failure(readDocx(docx(para('I: &nbsp;'))))).toEqual({ code: 'file_corrupt', params: {} });
  });

  it('refuses a zip bomb (300 MB of zeros) from its directory, without unpacking it', async () => {
    const bomb = zipBomb('word/document.xml', 300);
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    const before = process.memoryUsage().rss;
    expect(await failure(readDocx(bomb))).toEqual({ code: 'zip_bomb', params: {} });
    expect(process.memoryUsage().rss - before).toBeLessThan(50 * 1024 * 1024);
  }, 30_000);

  it('refuses a document part that unpacks to more than it claims', async () => {
    const honest = docx(para(`I: ${'ord '.repeat(5000)}`));
    const lying = claimSizes(honest, 'word/document.xml', { size: 1000 });
    expect(await failure(readDocx(lying))).toEqual({ code: 'zip_bomb', params: {} });
  });

  it('refuses a document part over the size cap that is not compressed like a bomb', async () => {
    const big = claimSizes(docx(para('I: hej')), 'word/document.xml', {
      size: DOCX_MAX_XML_BYTES + 1,
      compressedSize: 10 * 1024 * 1024,
    });
    expect(await failure(readDocx(big))).toEqual({
      code: 'file_too_large',
      params: { size: DOCX_MAX_XML_BYTES + 1, max: DOCX_MAX_XML_BYTES },
    });
  });

  it('reports a damaged part as corrupt', async () => {
    const zip = docx(para('I: hej'));
    const damaged = claimSizes(zip, 'word/document.xml', { compressedSize: 5 });
    expect(await failure(readDocx(damaged))).toEqual({ code: 'file_corrupt', params: {} });
  });
});

describe('docxText', () => {
  it('joins paragraphs with a blank line and keeps text boxes nested in paragraphs', () => {
    const xml =
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
      '<w:p><w:r><w:t>ydre</w:t></w:r><w:r><w:txbxContent><w:p><w:r><w:t>indre</w:t></w:r></w:p></w:txbxContent></w:r>' +
      '<w:r><w:t> fortsat</w:t></w:r></w:p><w:p><w:r><w:t><![CDATA[a<b]]></w:t></w:r></w:p></w:body></w:document>';
    expect(docxText(xml)).toEqual({ text: 'indre\n\nydre fortsat\n\na<b', deletions: 0 });
  });
});
