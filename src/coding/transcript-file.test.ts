import { readFileSync } from 'node:fs';
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { expectWellFormed, segmentTexts } from './fixtures/transcripts/expect-parsed.js';
import { docx, para } from './fixtures/transcripts/zip-fixtures.js';
import { fileExtension, MAX_TRANSCRIPT_BYTES, readTranscriptFile } from './transcript-file.js';
import { TranscriptError } from './transcript-text.model.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/transcripts/${name}`, import.meta.url));

async function failure(read: Promise<unknown>) {
  try {
    await read;
  } catch (error) {
    if (error instanceof TranscriptError) return { code: error.code, params: error.params };
    throw error;
  }
  throw new Error('read without error');
}

describe('readTranscriptFile', () => {
  it.each([
    ['interview.txt', 'txt', 5],
    ['interview.vtt', 'vtt', 3],
    ['interview.srt', 'srt', 3],
  ])('picks the reader for %s by extension', async (name, format, segments) => {
    const parsed = await readTranscriptFile(name.toUpperCase(), fixture(name));
    expect(parsed.format).toBe(format);
    expect(parsed.segments).toHaveLength(segments);
    expectWellFormed(parsed);
  });

  it('reads a .docx', async () => {
    const parsed = await readTranscriptFile('L-0042.docx', docx(para('I: Hej') + para('IP: Hej med dig')));
    expect(segmentTexts(parsed)).toEqual(['I: Hej', 'IP: Hej med dig']);
  });

  it('refuses other types with the list of allowed ones', async () => {
    expect(await failure(readTranscriptFile('interview.pdf', strToU8('%PDF-1.4')))).toEqual({
      code: 'transcript_format',
      params: { allowed: '.txt, .docx, .vtt, .srt', extension: '.pdf' },
    });
    expect(await failure(readTranscriptFile('README', strToU8('I: hej')))).toMatchObject({
      code: 'transcript_format',
      params: { extension: '' },
    });
  });

  it('refuses a 100 MB transcript before reading it', async () => {
    const huge = new Uint8Array(100 * 1024 * 1024);
    const started = performance.now();
    expect(await failure(readTranscriptFile('interview.txt', huge))).toEqual({
      code: 'file_too_large',
      params: { size: huge.byteLength, max: MAX_TRANSCRIPT_BYTES },
    });
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('falls back to windows-1252 for text that is not UTF-8, with a warning', async () => {
    // "I: Hvordan går det?\nIP: Fint, tak – Søren" in windows-1252: å = E5, ø = F8, en dash = 96.
    const latin = new Uint8Array([
      ...strToU8('I: Hvordan g'),
      0xe5,
      ...strToU8('r det?\nIP: Fint, tak '),
      0x96,
      ...strToU8(' S'),
      0xf8,
      ...strToU8('ren'),
    ]);
    const parsed = await readTranscriptFile('gammel.txt', latin);
    expect(segmentTexts(parsed)).toEqual(['I: Hvordan går det?', 'IP: Fint, tak – Søren']);
    expect(parsed.warnings).toEqual(['coding.warnings.windows1252']);
  });

  it('reads UTF-16 with a byte order mark (Notepad "Unicode")', async () => {
    const text = 'I: Æble 😀\nIP: Øl';
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) new DataView(utf16.buffer).setUint16(2 + i * 2, text.charCodeAt(i), true);
    const parsed = await readTranscriptFile('u.txt', utf16);
    expect(segmentTexts(parsed)).toEqual(['I: Æble 😀', 'IP: Øl']);
    expect(parsed.segments.map((s) => [s.start, s.end])).toEqual([
      [0, 9],
      [11, 17],
    ]);
  });

  it('tells binary files renamed .txt from text', async () => {
    expect(await failure(readTranscriptFile('a.txt', strToU8('%PDF-1.7 ...')))).toEqual({
      code: 'transcript_not_text',
      params: { extension: '.txt', context: 'pdf' },
    });
    expect(await failure(readTranscriptFile('a.vtt', docx(para('I: hej'))))).toEqual({
      code: 'transcript_not_text',
      params: { extension: '.vtt', context: 'docx' },
    });
    expect(await failure(readTranscriptFile('a.txt', new Uint8Array([0x49, 0x3a, 0x00, 0x01])))).toEqual({
      code: 'transcript_not_text',
      params: { extension: '.txt' },
    });
  });

  it('refuses an empty transcript', async () => {
    for (const [name, bytes] of [
      ['a.txt', strToU8(' \n\n ')],
      ['a.txt', new Uint8Array()],
      ['a.vtt', strToU8('WEBVTT\n\nNOTE tom\n')],
      ['a.docx', docx('<w:p/>')],
    ] as const) {
      expect(await failure(readTranscriptFile(name, bytes))).toEqual({ code: 'transcript_empty', params: {} });
    }
  });

  it('finds extensions in paths', () => {
    expect(fileExtension('mappe/L-0042.Interview.DOCX')).toBe('.docx');
    expect(fileExtension('mappe.v2/README')).toBe('');
    expect(fileExtension('.txt')).toBe('');
  });
});
