import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvCell, csvRow, formatCopenhagen, neutraliseFormula, parseCsv, toCsv } from './csv.model.js';

const formulaStarts = ['=', '+', '-', '@', '\t', '\r'];

describe('neutraliseFormula', () => {
  it.each([
    ['=HYPERLINK("http://evil","x")', `'=HYPERLINK("http://evil","x")`],
    ['+45 12 34 56 78', `'+45 12 34 56 78`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1:A9)', `'@SUM(A1:A9)`],
    ['\t=1', `'\t=1`],
    ['\r=1', `'\r=1`],
  ])('prefixes %j', (input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected);
  });

  it('leaves ordinary text, including formula characters later in the cell', () => {
    for (const text of ['Anne Ørsted', 'a=b', 'mail@example.dk', '', ' =1', "'=already"]) {
      expect(neutraliseFormula(text)).toBe(text);
    }
  });

  it('property: every string starting with a formula character gets exactly one leading apostrophe', () => {
    fc.assert(
      fc.property(fc.constantFrom(...formulaStarts), fc.string(), (start, rest) => {
        const cell = start + rest;
        expect(neutraliseFormula(cell)).toBe(`'${cell}`);
        // A spreadsheet sees the apostrophe first, so the written cell no longer starts a formula.
        const written = parseCsv(csvRow([cell]))[0][0];
        expect(formulaStarts).not.toContain(written[0]);
      }),
    );
  });
});

describe('csvCell', () => {
  it('quotes cells with the separator, quotes or line breaks and doubles quotes', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('say "hej"')).toBe('"say ""hej"""');
    expect(csvCell('line1\nline2')).toBe('"line1\nline2"');
    expect(csvCell('plain, with comma')).toBe('plain, with comma');
  });

  it('writes numbers, booleans and empties as they are; negative numbers are data, not formulas', () => {
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('writes dates in Copenhagen local time, summer and winter', () => {
    expect(csvCell(new Date('2026-07-01T10:00:00Z'))).toBe('2026-07-01 12:00:00');
    expect(csvCell(new Date('2026-01-01T23:30:00Z'))).toBe('2026-01-02 00:30:00');
    expect(formatCopenhagen(new Date('2026-03-29T01:30:00Z'))).toBe('2026-03-29 03:30:00');
  });

  it('normalises text to NFC', () => {
    expect(csvCell('a\u030a')).toBe('å');
  });
});

describe('toCsv and parseCsv', () => {
  it('starts with a BOM, ends rows with CRLF and puts the header first', () => {
    const text = toCsv([['Ærø', 1]], { header: ['Navn', 'Antal'] });
    expect(text.startsWith(CSV_BOM)).toBe(true);
    expect(text).toBe(`${CSV_BOM}Navn;Antal\r\nÆrø;1\r\n`);
    expect(parseCsv(text)).toEqual([
      ['Navn', 'Antal'],
      ['Ærø', '1'],
    ]);
  });

  it('parses LF-only files and a missing final line end', () => {
    expect(parseCsv('a;b\nc;"d\nd"')).toEqual([
      ['a', 'b'],
      ['c', 'd\nd'],
    ]);
  });

  it('property: quoting round-trips any cells (with ; " and line breaks), formula cells come back neutralised', () => {
    const cellText = fc.string({
      unit: fc.constantFrom('a', 'æ', 'Ø', ' ', ';', '"', '\n', '\r', '=', '-', '@', '+', '\t', "'", 'x'),
    });
    const rows = fc.array(fc.array(cellText, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(rows, (input) => {
        const parsed = parseCsv(toCsv(input));
        expect(parsed).toEqual(input.map((row) => row.map(neutraliseFormula)));
      }),
      { numRuns: 300 },
    );
  });
});
