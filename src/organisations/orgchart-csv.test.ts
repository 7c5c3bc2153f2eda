import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvRow } from '../platform/files/csv.model';
import { parseCsvTable, sniffDelimiter } from './orgchart-csv';

describe('parseCsvTable', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks, numbering rows by record', () => {
    const text = 'Nr;Navn;Note\r\n1;"Jensen; Anne";"Siger ""hej""\r\npå to linjer"\r\n2;Bo;\n3;"Åse";x';
    const { rows, problems } = parseCsvTable(text, ';');
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { row: 1, cells: ['Nr', 'Navn', 'Note'] },
      { row: 2, cells: ['1', 'Jensen; Anne', 'Siger "hej"\r\npå to linjer'] },
      { row: 3, cells: ['2', 'Bo', ''] },
      { row: 4, cells: ['3', 'Åse', 'x'] },
    ]);
  });

  it('skips blank lines but keeps counting them, and trims cells', () => {
    const { rows } = parseCsvTable('a,b\n\n ,  \n  c , d \n', ',');
    expect(rows).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 4, cells: ['c', 'd'] },
    ]);
  });

  it('keeps an empty last field after a trailing delimiter', () => {
    expect(parseCsvTable('a;b;', ';').rows).toEqual([{ row: 1, cells: ['a', 'b', ''] }]);
  });

  it('reports an unterminated quote at its row and column instead of swallowing the file silently', () => {
    const { rows, problems } = parseCsvTable('Nr;Navn\n1;Anne\n2;"Bo\n3;Åse\n', ';');
    expect(problems).toEqual([{ code: 'csv_unterminated_quote', severity: 'error', row: 3, column: 'B' }]);
    expect(rows.map((r) => r.row)).toEqual([1, 2, 3]);
  });

  it('stops after maxRows and says so', () => {
    const result = parseCsvTable('h\n1\n2\n3\n', ';', 2);
    expect(result.truncated).toBe(true);
    expect(result.rows).toHaveLength(2);
    expect(parseCsvTable('h\n1\n', ';', 2).truncated).toBe(false);
  });

  it('property: reads back what the platform CSV writer writes, for either delimiter', () => {
    // Cells as the import sees them: trimmed, and not starting with a formula character (the writer neutralises those).
    const cell = fc
      .string({ unit: fc.constantFrom('a', 'æ', 'Ø', ' ', ';', ',', '"', '\n', '\r\n', '=', '1') })
      .map((s) => s.replace(/^[\s=+\-@]+/, '').trim());
    fc.assert(
      fc.property(
        fc.constantFrom(';', ',') as fc.Arbitrary<';' | ','>,
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
        (sep, data) => {
          const text = data.map((r) => csvRow(r, sep)).join('');
          const expected = data.map((cells, i) => ({ row: i + 1, cells })).filter((r) => r.cells.some((c) => c !== ''));
          expect(parseCsvTable(text, sep).rows).toEqual(expected);
        },
      ),
    );
  });
});

describe('sniffDelimiter', () => {
  it.each([
    ['Nr;Navn;Afdeling\n1;Jensen, Anne;Vej og Park\n2;Bo;Løn\n', ';'],
    ['Nr,Navn,Afdeling\n1,"Jensen; Anne",Vej og Park\n2,Bo,Løn\n', ','],
    ['Nr\tNavn\tAfdeling\n1\tAnne\tLøn\n', '\t'],
    ['Nr,Navn;Afdeling\n1,2;3\n', ';'],
    ['Navn\nAnne\n', ';'],
  ])('%j → %j', (text, expected) => {
    expect(sniffDelimiter(text)).toBe(expected);
  });

  it('prefers the delimiter giving consistent rows over the one giving more columns once', () => {
    const text = 'a;b;c\n1,5;2,5;3\n4;5;6\n7,1;8;9\n';
    expect(sniffDelimiter(text)).toBe(';');
  });
});
