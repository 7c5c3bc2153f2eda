/**
 * Word transcripts: the text of `word/document.xml`, paragraph by paragraph, then read like plain text. Only that one
 * part is ever unpacked, with a byte cap that holds even when the zip lies about sizes. The XML is parsed strictly
 * and a DOCTYPE is refused outright, so no entity is ever expanded (XXE, billion laughs). Deleted tracked changes,
 * moved-from text and field codes are left out: the transcript is what the document reads as.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { inspectZip } from '../platform/files/zip-directory.js';
import { readZipEntry } from '../platform/files/zip-entry.js';
import type { ParsedTranscript } from './coding.model.js';
import { parsePlainText, TranscriptError, warning } from './transcript-text.model.js';

/** The most `word/document.xml` may unpack to; a 400-page transcript is about 5 MB of XML. */
export const DOCX_MAX_XML_BYTES = 50 * 1024 * 1024;
/** Unpacked-to-packed ratio beyond which a part is a zip bomb, not text (XML deflates about 10:1). */
export const ZIP_BOMB_RATIO = 100;

const DOCUMENT = 'word/document.xml';
const W = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
/** Word elements whose text is not part of what the document reads as (or is formatting, not text). */
const SKIPPED = new Set([
  'del',
  'delText',
  'delInstrText',
  'instrText',
  'moveFrom',
  'pPr',
  'rPr',
  'sectPr',
  'rPrChange',
  'pPrChange',
]);

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);

/** Throws unless the bytes are a zip with a Word document part of sane size; returns that part's entry. */
export function docxEntry(bytes: Uint8Array) {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) throw new TranscriptError('docx_not_docx', { context: 'pdf' });
  // OLE2: a Word 97–2003 .doc, or a password-protected .docx (encrypted documents are wrapped in OLE2).
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    throw new TranscriptError('docx_not_docx', { context: 'doc' });
  }
  const zip = inspectZip(bytes);
  const entry = zip?.entries.get(DOCUMENT);
  if (!entry) throw new TranscriptError('docx_not_docx');
  if (entry.size > DOCX_MAX_XML_BYTES) {
    if (entry.size > ZIP_BOMB_RATIO * Math.max(entry.compressedSize, 1)) throw new TranscriptError('zip_bomb');
    throw new TranscriptError('file_too_large', { size: entry.size, max: DOCX_MAX_XML_BYTES });
  }
  return entry;
}

/** The paragraphs of a document.xml as plain text: paragraphs separated by a blank line, <w:br/> a line break. */
export function docxText(xml: string): { text: string; deletions: number } {
  const parser = new SaxesParser({ xmlns: true });
  const stack: string[] = [];
  const open: string[] = [];
  const paragraphs: string[] = [];
  let skip = 0;
  let inText = false;
  let deletions = 0;
  const append = (s: string) => {
    if (open.length > 0) open[open.length - 1] += s;
  };
  parser.on('doctype', () => {
    throw new TranscriptError('xml_doctype');
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    const word = W.has(tag.uri);
    const parent = stack[stack.length - 1];
    stack.push(word ? tag.local : '');
    if (skip > 0 || (word && SKIPPED.has(tag.local)) || (tag.uri === MC && tag.local === 'Fallback')) {
      if (skip === 0 && word && tag.local === 'del') deletions++;
      skip++;
      return;
    }
    if (!word) return;
    if (tag.local === 'p') open.push('');
    else if (tag.local === 't') inText = true;
    else if (parent === 'r' && tag.local === 'tab') append('\t');
    else if (parent === 'r' && (tag.local === 'br' || tag.local === 'cr')) append('\n');
    else if (parent === 'r' && tag.local === 'noBreakHyphen') append('-');
  });
  parser.on('closetag', () => {
    const local = stack.pop();
    if (skip > 0) {
      skip--;
      return;
    }
    if (local === 'p') paragraphs.push(open.pop() ?? '');
    else if (local === 't') inText = false;
  });
  const onText = (text: string) => {
    if (inText && skip === 0) append(text);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.write(xml).close();
  return { text: paragraphs.join('\n\n'), deletions };
}

function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true }).decode(bytes);
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** Maps the zip reader's refusals (it throws plain errors) to what the user is told. */
export function zipReadError(error: unknown): TranscriptError {
  if (error instanceof TranscriptError) return error;
  const message = error instanceof Error ? error.message : '';
  if (message === 'zip entry larger than declared') return new TranscriptError('zip_bomb');
  return new TranscriptError('file_corrupt');
}

export async function readDocx(bytes: Uint8Array): Promise<ParsedTranscript> {
  const entry = docxEntry(bytes);
  let xml: string;
  try {
    xml = decodeXml(await readZipEntry(bytes, entry, DOCX_MAX_XML_BYTES));
  } catch (error) {
    throw zipReadError(error);
  }
  let result: { text: string; deletions: number };
  try {
    result = docxText(xml);
  } catch (error) {
    if (error instanceof TranscriptError) throw error;
    throw new TranscriptError('file_corrupt');
  }
  const warnings = result.deletions > 0 ? [warning('trackedDeletions', { count: result.deletions })] : [];
  return parsePlainText(result.text, 'docx', warnings);
}
