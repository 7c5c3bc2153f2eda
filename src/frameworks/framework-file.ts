/**
 * An uploaded framework file (bytes, the name it came with, maybe a content type) to framework content. Checks come
 * before parsing: the size limit (nothing is decoded when the file is too large), valid UTF-8, then the format by
 * content, not by name: a JSON object with a CFDocument is a CASE package, CSV whose first record is Moodle's
 * header (or has its 14 columns) is a Moodle competency framework. Problems are returned as blocking issues, never
 * thrown.
 */
import { type FrameworkImportResult, parseCasePackage } from './case-import';
import type { FrameworkIssue } from './frameworks.model';
import {
  looksLikeMoodleHeader,
  MOODLE_COLUMNS,
  parseCsvRecords,
  parseMoodleCsv,
  sniffCsvDelimiter,
} from './moodle-csv';

/** 20 MB: far above any real framework (the national one is well under 1 MB), small enough to parse in memory. */
export const MAX_FRAMEWORK_FILE_BYTES = 20 * 1024 * 1024;

export interface FrameworkFileResult extends FrameworkImportResult {
  /** null when the file could not be read or its format was not recognised. */
  format: 'case' | 'moodle' | null;
}

export interface ReadFrameworkFileOptions {
  maxBytes?: number;
}

export function readFrameworkFile(
  bytes: Uint8Array,
  filename: string,
  contentType?: string,
  options: ReadFrameworkFileOptions = {},
): FrameworkFileResult {
  const maxBytes = options.maxBytes ?? MAX_FRAMEWORK_FILE_BYTES;
  const refuse = (issue: FrameworkIssue): FrameworkFileResult => ({
    format: null,
    content: null,
    issues: [issue],
    dropped: [],
    warnings: [],
  });
  if (bytes.byteLength > maxBytes) {
    return refuse({ path: 'file', code: 'file_too_large', params: { max: maxBytes, size: bytes.byteLength } });
  }
  try {
    if (bytes.byteLength === 0) return refuse({ path: 'file', code: 'file_empty' });
    const invalidAt = firstInvalidUtf8(bytes);
    if (invalidAt >= 0) {
      const line = bytes.subarray(0, invalidAt).reduce((n, b) => (b === 0x0a ? n + 1 : n), 1);
      return refuse({ path: 'file', code: 'file_not_utf8', params: { offset: invalidAt, line } });
    }
    const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
    const first = text.trimStart()[0];
    const namedJson = /\.json$/i.test(filename) || /json/i.test(contentType ?? '');
    if (first === '{' || first === '[') return readJson(text, refuse);
    const header = parseCsvRecords(text.slice(0, 65_536), sniffCsvDelimiter(text)).records[0]?.cells ?? [];
    if (looksLikeMoodleHeader(header) || header.length === MOODLE_COLUMNS) {
      return { format: 'moodle', ...parseMoodleCsv(text) };
    }
    if (namedJson) return readJson(text, refuse);
    return refuse({ path: 'file', code: 'format_unknown' });
  } catch {
    // A bug in a parser must not take the request down with it; the file is reported as unreadable instead.
    return refuse({ path: 'file', code: 'file_unreadable' });
  }
}

function readJson(text: string, refuse: (issue: FrameworkIssue) => FrameworkFileResult): FrameworkFileResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    const offset = jsonErrorOffset(text);
    return refuse({ path: 'file', code: 'json_invalid', params: { ...lineAndColumn(text, offset), offset } });
  }
  const isPackage =
    json !== null &&
    typeof json === 'object' &&
    !Array.isArray(json) &&
    ['CFDocument', 'CFItems', 'CFAssociations'].some((key) => key in json);
  if (!isPackage) return refuse({ path: 'file', code: 'format_unknown' });
  return { format: 'case', ...parseCasePackage(json) };
}

/** 1-based line and column (in characters) of an offset into the text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: Array.from(before.slice(lineStart)).length + 1 };
}

/**
 * Where JSON.parse gave up, found by a small JSON syntax scanner (V8's messages do not always carry a position).
 * Iterative, so deeply nested input cannot overflow the stack. Returns the text length for a premature end, and -1
 * when the text is valid JSON.
 */
export function jsonErrorOffset(text: string): number {
  const n = text.length;
  const stack: string[] = [];
  let i = 0;
  let state: 'value' | 'firstKey' | 'key' | 'firstValue' | 'after' = 'value';
  const skipSpace = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const scanString = (): boolean => {
    i++;
    while (i < n) {
      const ch = text.charCodeAt(i);
      if (ch === 0x22) {
        i++;
        return true;
      }
      if (ch < 0x20) return false;
      if (ch === 0x5c) {
        const escaped = text[i + 1];
        if (escaped === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if (escaped !== undefined && '"\\/bfnrt'.includes(escaped)) {
          i += 2;
        } else {
          i++;
          return false;
        }
      } else {
        i++;
      }
    }
    return false;
  };
  for (;;) {
    skipSpace();
    if (state === 'value' || state === 'firstValue') {
      if (state === 'firstValue' && text[i] === ']') {
        stack.pop();
        i++;
        state = 'after';
        continue;
      }
      const ch = text[i];
      if (ch === '{') {
        stack.push('{');
        i++;
        state = 'firstKey';
      } else if (ch === '[') {
        stack.push('[');
        i++;
        state = 'firstValue';
      } else if (ch === '"') {
        if (!scanString()) return Math.min(i, n);
        state = 'after';
      } else if (text.startsWith('true', i) || text.startsWith('null', i)) {
        i += 4;
        state = 'after';
      } else if (text.startsWith('false', i)) {
        i += 5;
        state = 'after';
      } else {
        number.lastIndex = i;
        const match = number.exec(text);
        if (!match) return i;
        i += match[0].length;
        state = 'after';
      }
    } else if (state === 'firstKey' || state === 'key') {
      if (state === 'firstKey' && text[i] === '}') {
        stack.pop();
        i++;
        state = 'after';
        continue;
      }
      if (text[i] !== '"') return i;
      if (!scanString()) return Math.min(i, n);
      skipSpace();
      if (text[i] !== ':') return i;
      i++;
      state = 'value';
    } else {
      const top = stack.at(-1);
      if (top === undefined) return i < n ? i : -1;
      if (text[i] === ',') {
        i++;
        state = top === '{' ? 'key' : 'value';
      } else if (text[i] === (top === '{' ? '}' : ']')) {
        stack.pop();
        i++;
      } else {
        return i;
      }
    }
  }
}

/** Byte offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = b === 0xe0 ? 0xa0 : 0x80;
      if (b === 0xed) max = 0x9f; // no UTF-16 surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = b === 0xf0 ? 0x90 : 0x80;
      if (b === 0xf4) max = 0x8f; // nothing above U+10FFFF
    } else {
      return i;
    }
    if (i + need >= n) return i;
    const second = bytes[i + 1];
    if (second < min || second > max) return i;
    for (let k = 2; k <= need; k++) {
      const c = bytes[i + k];
      if (c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}
