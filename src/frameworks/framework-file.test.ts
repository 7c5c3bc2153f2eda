import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCase } from './case-export';
import {
  firstInvalidUtf8,
  jsonErrorOffset,
  lineAndColumn,
  MAX_FRAMEWORK_FILE_BYTES,
  readFrameworkFile,
} from './framework-file';
import { richFramework } from './frameworks.test-fixtures';
import { exportMoodleCsv } from './moodle-csv';

const bytes = (text: string) => new TextEncoder().encode(text);
const sample = fs.readFileSync(path.join(__dirname, 'fixtures', 'opensalt-SmartLevelFramework.json'));
const META = {
  baseUri: 'https://frontline.example',
  versionNumber: 1,
  status: 'draft',
  lastChangeDateTime: '2026-03-01T10:00:00.000Z',
} as const;

describe('readFrameworkFile', () => {
  it('recognises a CASE package by its content, whatever its name', () => {
    const result = readFrameworkFile(new Uint8Array(sample), 'upload.bin');
    expect(result.format).toBe('case');
    expect(result.issues).toEqual([]);
    expect(result.content?.items).toHaveLength(14);
    const ours = readFrameworkFile(
      bytes(`\uFEFF${JSON.stringify(exportCase(richFramework(), META))}`),
      'x.csv',
      'text/csv',
    );
    expect(ours.format).toBe('case');
    expect(ours.content).toEqual(richFramework());
  });

  it('recognises a Moodle CSV by its header, or by its 14 columns when Moodle wrote the header in another language', () => {
    const { csv } = exportMoodleCsv(richFramework());
    const result = readFrameworkFile(bytes(csv), 'framework.csv', 'text/csv');
    expect(result.format).toBe('moodle');
    expect(result.issues).toEqual([]);
    expect(result.content?.items).toHaveLength(10);
    const danishHeader = csv.replace(
      /^\uFEFF[^\r]*/,
      'Overordnet ID-nummer,ID-nummer,Kort navn,Beskrivelse,Format,Skalaværdier,Skalakonfiguration,Regeltype,Regeludfald,Regelkonfiguration,Krydsreferencer,Eksporteret ID,Er kompetenceramme,Taksonomi',
    );
    const danish = readFrameworkFile(bytes(danishHeader), 'ramme.csv');
    expect(danish.format).toBe('moodle');
    expect(danish.issues).toEqual([]);
    expect(danish.warnings).toEqual([{ path: 'rows[1]', code: 'moodle_header_unknown', params: { row: 1 } }]);
  });

  it('refuses a file over the limit before decoding or parsing it', () => {
    // Invalid UTF-8 throughout: had it been decoded or parsed, that would have been reported instead.
    const big = new Uint8Array(MAX_FRAMEWORK_FILE_BYTES + 1).fill(0xff);
    const result = readFrameworkFile(big, 'huge.json', 'application/json');
    expect(result).toEqual({
      format: null,
      content: null,
      issues: [
        {
          path: 'file',
          code: 'file_too_large',
          params: { max: MAX_FRAMEWORK_FILE_BYTES, size: MAX_FRAMEWORK_FILE_BYTES + 1 },
        },
      ],
      dropped: [],
      warnings: [],
    });
    expect(
      readFrameworkFile(new Uint8Array(MAX_FRAMEWORK_FILE_BYTES).fill(0x20), 'spaces.csv').issues[0].code,
    ).not.toBe('file_too_large');
    expect(
      readFrameworkFile(bytes('{"CFDocument":{}}'), 'x.json', undefined, { maxBytes: 10 }).issues[0],
    ).toMatchObject({
      code: 'file_too_large',
      params: { max: 10, size: 17 },
    });
  });

  it('refuses invalid UTF-8 with the offset and line of the first bad byte', () => {
    // "Parent ID number" header, then a row with "æ" as Windows-1252 (0xE6) on line 2.
    const latin1 = new Uint8Array([...bytes('a,b\nk'), 0xe6, ...bytes('r,1\n')]);
    expect(readFrameworkFile(latin1, 'x.csv').issues).toEqual([
      { path: 'file', code: 'file_not_utf8', params: { offset: 5, line: 2 } },
    ]);
  });

  it('refuses invalid JSON with the line and column of the error', () => {
    const text = '{\n  "CFDocument": {\n    "title": "Ledelse",\n  }\n}';
    expect(readFrameworkFile(bytes(text), 'x.json').issues).toEqual([
      { path: 'file', code: 'json_invalid', params: { line: 4, column: 3, offset: text.indexOf('}\n}') } },
    ]);
    expect(readFrameworkFile(bytes('CFDocument: yes'), 'package.json').issues).toEqual([
      { path: 'file', code: 'json_invalid', params: { line: 1, column: 1, offset: 0 } },
    ]);
  });

  it('says when the format is not one it knows', () => {
    const unknown = [{ path: 'file', code: 'format_unknown' }];
    expect(readFrameworkFile(bytes('name;email\nAnne;a@x.dk\n'), 'people.csv').issues).toEqual(unknown);
    expect(readFrameworkFile(bytes('[1,2]'), 'x.json').issues).toEqual(unknown);
    expect(readFrameworkFile(bytes('{"title":"x"}'), 'x.json').issues).toEqual(unknown);
    expect(readFrameworkFile(new Uint8Array(), 'x.json').issues).toEqual([{ path: 'file', code: 'file_empty' }]);
  });

  it('passes a package without a CFDocument on to schema validation', () => {
    const result = readFrameworkFile(bytes('{"CFItems":[]}'), 'x.json');
    expect(result.format).toBe('case');
    expect(result.issues).toEqual([
      { path: '/CFDocument', code: 'case_schema_required', params: { property: 'CFDocument' } },
    ]);
  });
});

describe('jsonErrorOffset', () => {
  it.each([
    ['{"a":}', 5],
    ['{"a":1', 6],
    ['', 0],
    ['[1,2,]', 5],
    ['{"a":tru}', 5],
    ['{"a":"x\ny"}', 7],
    ['{} x', 3],
    ['{"a":1,}', 7],
    ['{"a" 1}', 5],
    ['"\\q"', 2],
    ['[01]', 2],
  ])('%j fails at %i', (text, offset) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  it('returns -1 for valid JSON and survives deep nesting', () => {
    expect(jsonErrorOffset(JSON.stringify(exportCase(richFramework(), META)))).toBe(-1);
    expect(jsonErrorOffset(' {"a":[1,-2.5e3,true,false,null,"\\u00e6\\n"],"b":{}} ')).toBe(-1);
    expect(jsonErrorOffset('['.repeat(200_000))).toBe(200_000);
  });

  it('counts lines and columns in characters', () => {
    expect(lineAndColumn('ab\n😀x', 6)).toEqual({ line: 2, column: 3 });
  });
});

describe('firstInvalidUtf8', () => {
  it('accepts well-formed UTF-8 and finds the first malformed sequence', () => {
    expect(firstInvalidUtf8(bytes('æøå 😀 ✓'))).toBe(-1);
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xc0, 0xaf]))).toBe(1); // overlong
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0); // surrogate
    expect(firstInvalidUtf8(new Uint8Array([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // above U+10FFFF
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xe2, 0x82]))).toBe(1); // cut short
    expect(firstInvalidUtf8(new Uint8Array([0x80]))).toBe(0); // stray continuation byte
  });
});
