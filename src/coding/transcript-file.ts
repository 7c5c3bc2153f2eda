/**
 * One uploaded transcript file into speaker turns: the reader is picked by extension, the size is checked before any
 * byte is parsed, and text files are decoded as UTF-8, falling back to windows-1252 (what Danish Word and Notepad
 * users often save) with a warning. A PDF or Word file renamed .txt is told apart from text, not read as mojibake.
 */
import { inspectZip } from '../platform/files/zip-directory.js';
import type { ParsedTranscript } from './coding.model.js';
import { parseSrt, parseVtt } from './transcript-cues.model.js';
import { readDocx } from './transcript-docx.js';
import { parsePlainText, TranscriptError, warning } from './transcript-text.model.js';

export const MAX_TRANSCRIPT_BYTES = 10 * 1024 * 1024;
export const TRANSCRIPT_EXTENSIONS = ['.txt', '.docx', '.vtt', '.srt'] as const;
export const ALLOWED_TRANSCRIPT_TYPES = TRANSCRIPT_EXTENSIONS.join(', ');

/** The lower-case extension with its dot (".docx"), or '' when the name has none. */
export function fileExtension(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

export const isTranscriptFileName = (name: string) =>
  (TRANSCRIPT_EXTENSIONS as readonly string[]).includes(fileExtension(name));

/** Bytes of a .txt/.vtt/.srt as text; throws `transcript_not_text` for binary content. */
export function decodeText(bytes: Uint8Array, extension: string): { text: string; warnings: string[] } {
  const notText = (context?: string) =>
    new TranscriptError('transcript_not_text', context ? { extension, context } : { extension });
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) throw notText('pdf');
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    throw notText(inspectZip(bytes)?.names.has('word/document.xml') ? 'docx' : undefined);
  }
  // Notepad's "Unicode" is UTF-16 with a byte order mark.
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16) {
    try {
      return { text: new TextDecoder(utf16, { fatal: true }).decode(bytes), warnings: [] };
    } catch {
      throw notText();
    }
  }
  if (bytes.includes(0)) throw notText();
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warnings: [] };
  } catch {
    return { text: decodeWindows1252(bytes), warnings: [warning('windows1252')] };
  }
}

/** 0x80–0x9F of windows-1252 (the rest is Latin-1); the five unassigned bytes stay C1 controls. */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** By hand: Node's TextDecoder('windows-1252') decodes as Latin-1, turning "–" and "€" into control characters. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    units[i] = b >= 0x80 && b < 0xa0 ? CP1252.charCodeAt(b - 0x80) : b;
  }
  let text = '';
  for (let i = 0; i < units.length; i += 8192) text += String.fromCharCode(...units.subarray(i, i + 8192));
  return text;
}

export async function readTranscriptFile(name: string, bytes: Uint8Array): Promise<ParsedTranscript> {
  if (bytes.byteLength > MAX_TRANSCRIPT_BYTES) {
    throw new TranscriptError('file_too_large', { size: bytes.byteLength, max: MAX_TRANSCRIPT_BYTES });
  }
  const extension = fileExtension(name);
  let parsed: ParsedTranscript;
  if (extension === '.docx') parsed = await readDocx(bytes);
  else if (extension === '.txt' || extension === '.vtt' || extension === '.srt') {
    const { text, warnings } = decodeText(bytes, extension);
    if (extension === '.txt') parsed = parsePlainText(text, 'txt', warnings);
    else {
      parsed = extension === '.vtt' ? parseVtt(text) : parseSrt(text);
      parsed.warnings.unshift(...warnings);
    }
  } else throw new TranscriptError('transcript_format', { allowed: ALLOWED_TRANSCRIPT_TYPES, extension });
  if (parsed.segments.length === 0) throw new TranscriptError('transcript_empty');
  return parsed;
}
