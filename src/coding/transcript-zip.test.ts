import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { inspectZip } from '../platform/files/zip-directory.js';
import { unpackEntry } from '../platform/files/zip-entry.js';
import { claimSizes, docx, para, zipBomb } from './fixtures/transcripts/zip-fixtures.js';
import { TranscriptError } from './transcript-text.model.js';
import {
  assertSafeTranscriptZip,
  MAX_ZIP_ENTRIES,
  MAX_ZIP_UNPACKED_BYTES,
  pseudonymInFileName,
  readTranscriptZip,
  unsafeZipName,
} from './transcript-zip.js';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`./fixtures/transcripts/${name}`, import.meta.url)));

async function failure(read: Promise<unknown>) {
  try {
    await read;
  } catch (error) {
    if (error instanceof TranscriptError) return { code: error.code, params: error.params };
    throw error;
  }
  throw new Error('read without error');
}

describe('readTranscriptZip', () => {
  it('reads every transcript, reports the others with a reason, and skips folders and hidden files', async () => {
    const zip = zipSync({
      'L-0042.txt': fixture('interview.txt'),
      'runde 2/L-0043 interview.vtt': fixture('interview.vtt'),
      'runde 2/L-0044.srt': fixture('interview.srt'),
      'L-0045.docx': docx(para('I: Hej') + para('IP: Dav')),
      'L-0046.pdf': strToU8('%PDF-1.4'),
      'L-0047.srt': strToU8('1\n00:00:01 --> 00:00:02\nx'),
      'runde 2/': new Uint8Array(),
      '__MACOSX/._L-0042.txt': strToU8('junk'),
      '.DS_Store': strToU8('junk'),
      'runde 2/.~lock.L-0044.srt#': strToU8('junk'),
    });
    const progress: [number, number, string][] = [];
    const entries = await readTranscriptZip(zip, (done, total, name) => progress.push([done, total, name]));
    expect(
      entries.map((e) => ('result' in e ? [e.name, e.result.format, e.result.segments.length] : [e.name, e.error])),
    ).toEqual([
      ['L-0042.txt', 'txt', 5],
      ['L-0045.docx', 'docx', 2],
      ['L-0046.pdf', { code: 'transcript_format', params: { allowed: '.txt, .docx, .vtt, .srt', extension: '.pdf' } }],
      ['L-0047.srt', { code: 'transcript_timestamp', params: { format: 'SRT', line: 2 } }],
      ['runde 2/L-0043 interview.vtt', 'vtt', 3],
      ['runde 2/L-0044.srt', 'srt', 3],
    ]);
    expect(progress.map((p) => p.slice(0, 2))).toEqual([
      [1, 6],
      [2, 6],
      [3, 6],
      [4, 6],
      [5, 6],
      [6, 6],
    ]);
  });

  it.each(['../evil.txt', 'ok/../../evil.txt', '/etc/evil.txt', 'C:/evil.txt', 'c:evil.txt', 'mappe\\..\\evil.txt'])(
    'refuses the whole zip, before reading any entry, when a name is unsafe: %s',
    async (name) => {
      const zip = zipSync({ 'L-0042.txt': fixture('interview.txt'), [name]: strToU8('I: ond') });
      const progress: string[] = [];
      expect(await failure(readTranscriptZip(zip, (_, __, n) => progress.push(n)))).toEqual({
        code: 'zip_path',
        params: { name },
      });
      expect(progress).toEqual([]);
    },
  );

  it('refuses a zip bomb of 300 MB of zeros from its directory, whole', async () => {
    const bomb = zipBomb('L-0042.txt', 300, { 'L-0043.txt': strToU8('I: hej\nIP: dav') });
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    // It is a real bomb: the zeros are there to be unpacked.
    const entry = inspectZip(bomb)?.entries.get('L-0042.txt');
    expect(entry?.size).toBe(300 * 1024 * 1024);
    const first = await unpackEntry(bomb, entry!).next();
    expect(first.value?.every((b: number) => b === 0)).toBe(true);
    expect(await failure(readTranscriptZip(bomb))).toEqual({ code: 'zip_bomb', params: {} });
  });

  it('reports an entry that unpacks to more than it claims, and still reads the others', async () => {
    const zip = zipSync({
      'L-0042.txt': strToU8(`I: ${'ja '.repeat(10_000)}`),
      'L-0043.txt': strToU8('I: hej\nIP: dav'),
    });
    const entries = await readTranscriptZip(claimSizes(zip, 'L-0042.txt', { size: 100 }));
    expect(entries.map((e) => ('error' in e ? e.error.code : e.result.segments.length))).toEqual(['zip_bomb', 2]);
  });

  it('reports an entry over the transcript size cap', async () => {
    const zip = zipSync({ 'L-0042.txt': strToU8('I: hej') }, { level: 0 });
    const entries = await readTranscriptZip(
      claimSizes(zip, 'L-0042.txt', { size: 11 * 1024 * 1024, compressedSize: 11 * 1024 * 1024 }),
    );
    expect(entries).toEqual([
      {
        name: 'L-0042.txt',
        error: { code: 'file_too_large', params: { size: 11 * 1024 * 1024, max: 10 * 1024 * 1024 } },
      },
    ]);
  });

  it('refuses too many files, too much claimed in total, and bytes that are not a zip', () => {
    const many: Record<string, Uint8Array> = {};
    for (let i = 0; i <= MAX_ZIP_ENTRIES; i++) many[`L-${String(i).padStart(4, '0')}.txt`] = strToU8('I: hej');
    expect(() => assertSafeTranscriptZip(zipSync(many, { level: 0 }))).toThrow(
      expect.objectContaining({ code: 'zip_entries', params: { count: 501, max: 500 } }),
    );
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 25; i++) files[`L-${String(i).padStart(4, '0')}.txt`] = strToU8('I: hej');
    let claimed = zipSync(files, { level: 0 });
    for (const name of Object.keys(files)) {
      claimed = claimSizes(claimed, name, { size: 9 * 1024 * 1024, compressedSize: 9 * 1024 * 1024 });
    }
    expect(() => assertSafeTranscriptZip(claimed)).toThrow(
      expect.objectContaining({ code: 'zip_bomb' }), // 225 MB claimed from a few KB
    );
    expect(MAX_ZIP_UNPACKED_BYTES).toBe(200 * 1024 * 1024);
    expect(() => assertSafeTranscriptZip(strToU8('I: hej'))).toThrow(expect.objectContaining({ code: 'zip_invalid' }));
  });
});

describe('names', () => {
  it('knows unsafe names', () => {
    expect(['a.txt', 'mappe/a.txt', 'a..b.txt', '..a.txt', 'mappe/'].map(unsafeZipName)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(['', '..', 'a/../b', '/a', 'D:\\a', 'a\\b', 'a\0b'].map(unsafeZipName)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it.each([
    ['L-0042.docx', 'L-0042'],
    ['interview l-0042 (2).txt', 'L-0042'],
    ['runde 2/L-0042/interview.docx', 'L-0042'],
    ['L-0042/L-0043.txt', 'L-0043'],
    ['L-12345.txt', 'L-12345'],
    ['L-0042 og L-0043.txt', null],
    ['AL-0042.txt', null],
    ['L-004.txt', null],
    ['interview.txt', null],
  ])('finds the pseudonym in %s', (name, pseudonym) => {
    expect(pseudonymInFileName(name)).toBe(pseudonym);
  });
});
