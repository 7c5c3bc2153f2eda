/**
 * Many transcripts at once, as a zip. The whole zip is refused before any entry is unpacked when one name could
 * escape a folder (`../`, absolute, drive letters, backslashes), when it holds too many files, or when what it claims
 * to unpack to is too much or too compressed to be text. Then each file is read on its own: a file that cannot be
 * read is reported with its reason and the others still count.
 */
import { inspectZip, type ZipEntry } from '../platform/files/zip-directory.js';
import { readZipEntry } from '../platform/files/zip-entry.js';
import type { ParsedTranscript } from './coding.model.js';
import { ZIP_BOMB_RATIO, zipReadError } from './transcript-docx.js';
import {
  ALLOWED_TRANSCRIPT_TYPES,
  fileExtension,
  isTranscriptFileName,
  MAX_TRANSCRIPT_BYTES,
  readTranscriptFile,
} from './transcript-file.js';
import { TranscriptError, type TranscriptErrorCode } from './transcript-text.model.js';

export const MAX_ZIP_BYTES = 100 * 1024 * 1024;
export const MAX_ZIP_ENTRIES = 500;
export const MAX_ZIP_UNPACKED_BYTES = 200 * 1024 * 1024;

export type ZipTranscriptEntry =
  | { name: string; result: ParsedTranscript }
  | { name: string; error: { code: TranscriptErrorCode; params: Record<string, string | number> } };

/** A name that could write outside the folder it is unpacked into, on any system. */
export function unsafeZipName(name: string): boolean {
  return (
    name === '' ||
    name.startsWith('/') ||
    name.includes('\\') ||
    name.includes('\0') ||
    /^[A-Za-z]:/.test(name) ||
    name.split('/').some((part) => part === '..')
  );
}

/** Folders, macOS resource forks and hidden files (.DS_Store): not transcripts and not worth reporting. */
const ignored = (name: string) =>
  name.endsWith('/') || name.startsWith('__MACOSX/') || name.split('/').some((part) => part.startsWith('.'));

/**
 * Checks the zip as a whole without unpacking anything; throws a TranscriptError for a zip that must be refused
 * whole. Returns the entries to read, by name.
 */
export function assertSafeTranscriptZip(bytes: Uint8Array): { name: string; entry: ZipEntry }[] {
  if (bytes.byteLength > MAX_ZIP_BYTES) {
    throw new TranscriptError('file_too_large', { size: bytes.byteLength, max: MAX_ZIP_BYTES });
  }
  const zip = inspectZip(bytes);
  if (!zip) throw new TranscriptError('zip_invalid');
  for (const name of zip.entries.keys()) if (unsafeZipName(name)) throw new TranscriptError('zip_path', { name });
  const files = [...zip.entries]
    .filter(([name]) => !ignored(name))
    .map(([name, entry]) => ({ name, entry }))
    .sort((a, b) => a.name.localeCompare(b.name, 'da', { numeric: true }));
  if (files.length > MAX_ZIP_ENTRIES) {
    throw new TranscriptError('zip_entries', { count: files.length, max: MAX_ZIP_ENTRIES });
  }
  let total = 0;
  for (const { entry } of files) {
    const size = entry.size === 0xffffffff ? 2 ** 32 : entry.size;
    if (size > 1024 * 1024 && size > ZIP_BOMB_RATIO * Math.max(entry.compressedSize, 1)) {
      throw new TranscriptError('zip_bomb');
    }
    total += size;
  }
  if (total > MAX_ZIP_UNPACKED_BYTES) {
    if (total > ZIP_BOMB_RATIO * bytes.byteLength) throw new TranscriptError('zip_bomb');
    throw new TranscriptError('file_too_large', { size: total, max: MAX_ZIP_UNPACKED_BYTES });
  }
  return files;
}

async function readEntry(bytes: Uint8Array, name: string, entry: ZipEntry): Promise<ZipTranscriptEntry> {
  try {
    if (!isTranscriptFileName(name)) {
      throw new TranscriptError('transcript_format', {
        allowed: ALLOWED_TRANSCRIPT_TYPES,
        extension: fileExtension(name),
      });
    }
    if (entry.size > MAX_TRANSCRIPT_BYTES) {
      throw new TranscriptError('file_too_large', { size: entry.size, max: MAX_TRANSCRIPT_BYTES });
    }
    let data: Uint8Array;
    try {
      data = await readZipEntry(bytes, entry, MAX_TRANSCRIPT_BYTES);
    } catch (error) {
      throw zipReadError(error);
    }
    return { name, result: await readTranscriptFile(name, data) };
  } catch (error) {
    if (!(error instanceof TranscriptError)) throw error;
    return { name, error: { code: error.code, params: error.params } };
  }
}

/** Each transcript of the zip in name order, one at a time (only one file's bytes are unpacked at once). */
export async function* transcriptZipEntries(
  bytes: Uint8Array,
  onProgress?: (done: number, total: number, name: string) => void,
): AsyncGenerator<ZipTranscriptEntry> {
  const files = assertSafeTranscriptZip(bytes);
  for (const [i, { name, entry }] of files.entries()) {
    yield await readEntry(bytes, name, entry);
    onProgress?.(i + 1, files.length, name);
  }
}

export async function readTranscriptZip(
  bytes: Uint8Array,
  onProgress?: (done: number, total: number, name: string) => void,
): Promise<ZipTranscriptEntry[]> {
  const out: ZipTranscriptEntry[] = [];
  for await (const entry of transcriptZipEntries(bytes, onProgress)) out.push(entry);
  return out;
}

/** The participant pseudonym (L-0042) a file name carries: in the file's own name first, else in its folders. */
export function pseudonymInFileName(name: string): string | null {
  const one = (part: string) => {
    const found = new Set([...part.matchAll(/(?<![\p{L}\p{N}])L-(\d{4,6})(?!\d)/giu)].map((m) => `L-${m[1]}`));
    return found.size === 1 ? [...found][0] : found.size > 1 ? null : undefined;
  };
  const slash = name.lastIndexOf('/');
  const own = one(name.slice(slash + 1));
  if (own !== undefined) return own;
  return slash > 0 ? (one(name.slice(0, slash)) ?? null) : null;
}
