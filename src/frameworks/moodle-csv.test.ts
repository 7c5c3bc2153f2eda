import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { uuidV5 } from './case-export';
import { type FrameworkContent, flattenTree, UUID_PATTERN } from './frameworks.model';
import { RICH_FRAMEWORK_ID, richFramework } from './frameworks.test-fixtures';
import {
  defaultScaleConfiguration,
  exportMoodleCsv,
  htmlToText,
  MOODLE_HEADER,
  parseCsvRecords,
  parseMoodleCsv,
  textToHtml,
} from './moodle-csv';

const id = (n: number) => `a1b2c3d4-0000-4000-8000-${String(n).padStart(12, '0')}`;
const cell = (v: string, delimiter: string) =>
  /["\r\n]/.test(v) || v.includes(delimiter) ? `"${v.replaceAll('"', '""')}"` : v;
const csvOf = (rows: string[][], delimiter = ',', eol = '\n') =>
  rows.map((r) => r.map((v) => cell(v, delimiter)).join(delimiter)).join(eol) + eol;
const CONFIG_1_5 =
  '[{"scaleid":"1"},{"id":1,"scaledefault":1,"proficient":0},{"id":3,"scaledefault":0,"proficient":1},{"id":4,"scaledefault":0,"proficient":1},{"id":5,"scaledefault":0,"proficient":1}]';

/** The header as Moodle's own test fixture (tool_lpimportcsv/tests/fixtures/example.csv) spells it. */
const OLD_HEADER = [
  'Parent id number',
  'Id number',
  'Shortname',
  'Description',
  'Description format',
  'Scale values',
  'Scale configuration',
  'Rule type (optional)',
  'Rule outcome (optional)',
  'Rule config (optional)',
  'Cross referenced competency id numbers',
  'Exported id (optional)',
  'Is framework',
  'Taxonomy',
];
const frameworkRow = (
  scaleConfig = '[{"scaleid":"2"},{"id":1,"scaledefault":1,"proficient":0},{"id":2,"scaledefault":0,"proficient":1}]',
) => [
  '',
  'LEAD-2024',
  'Ledelse',
  '<p>Rammen for\nledere.</p>',
  '1',
  'Ikke endnu,Kompetent',
  scaleConfig,
  '',
  '',
  '',
  '',
  '',
  '1',
  'competency,competency,competency,competency',
];
const competencyRow = (
  parent: string,
  idNumber: string,
  name: string,
  description = '',
  extra: Partial<Record<number, string>> = {},
) => {
  const row = [parent, idNumber, name, description, '1', '', '', '', '0', 'null', '', '', '', ''];
  for (const [k, v] of Object.entries(extra)) row[Number(k)] = v as string;
  return row;
};
/** A framework the way Moodle exports one: its own ids in "Exported ID", LF line ends, no BOM. */
function moodleWritten(): string[][] {
  return [
    OLD_HEADER,
    frameworkRow(),
    competencyRow(
      '',
      'people',
      'Ledelse af mennesker',
      '<p>Om at lede\n  mennesker &amp; teams.</p><p>Anden&nbsp;del.</p>',
      { 11: '7' },
    ),
    competencyRow('people', 'coach', 'Coaching', '<p>Stiller åbne spørgsmål<br />og lytter.</p>', {
      10: 'delegate,feedback%2Cweekly',
      11: '8',
    }),
    competencyRow('people', 'delegate', 'Delegering', '', {
      7: 'core_competency\\competency_rule_all',
      8: '1',
      11: '9',
    }),
    competencyRow('coach', 'feedback,weekly', 'Giver feedback hver uge', '', { 11: '10' }),
    competencyRow('', 'economy', 'Økonomi', 'Plain *markdown* text', { 4: '4', 11: '11' }),
  ];
}

describe('Moodle CSV export', () => {
  const { csv, dropped } = exportMoodleCsv(richFramework());
  const records = parseCsvRecords(csv, ',').records;

  it("writes Moodle's 14-column header and one row per competency, with a UTF-8 BOM and CRLF", () => {
    expect(
      csv.startsWith('\uFEFFParent ID number,ID number,Short name,Description,Description format,Scale values,'),
    ).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '').includes('\n')).toBe(false); // no bare LF: descriptions use <br>
    expect(records[0].cells).toEqual([...MOODLE_HEADER]);
    expect(records).toHaveLength(12);
    for (const record of records) expect(record.cells).toHaveLength(14);
  });

  it('puts the scale, its configuration and the taxonomy on the framework row', () => {
    expect(records[1].cells).toEqual([
      '',
      RICH_FRAMEWORK_ID,
      'Kompetencer for førstelinjeledere 🧭',
      '<p>Rammen beskriver, hvad en førstelinjeleder skal kunne.</p><p>Den bygger på interviews i tre kommuner: Viborg, Norddjurs &amp; Syddjurs.</p>',
      '1',
      'Begynder,Øvet,Selvstændig,Erfaren,Ekspert',
      CONFIG_1_5,
      '',
      '',
      '',
      '',
      '',
      '1',
      'domain,competency,indicator',
    ]);
  });

  it('links rows by ID number (the code, else the UUID) and keeps the UUID in Exported ID', () => {
    const rows = records.slice(2).map((r) => [r.cells[0], r.cells[1], r.cells[2], r.cells[11], r.cells[12]]);
    expect(rows).toEqual([
      ['', '1', 'Økonomi og drift', id(1), ''],
      ['1', '1.1', 'Økonomisk forståelse', id(2), ''],
      ['1.1', '1.1.a', 'Følger op på budgettet hver måned', id(3), ''],
      ['1.1', '1.1.b', 'Forklarer merforbrug for sin leder — uden omsvøb 😅', id(4), ''],
      [
        '1',
        '1.2',
        'Drift der ikke fortrænger personaleledelsen, selv når vagtplanen brænder på en travl mandag',
        id(5),
        '',
      ],
      ['', '2', 'Ledelse af mennesker', id(6), ''],
      ['2', '2.1', 'Fra kollega til leder', id(7), ''],
      ['2.1', id(8), 'Holder MUS-samtaler med alle i teamet', id(8), ''],
      ['2', '2.2', 'Politisk tæft', id(9), ''],
      ['2', '2.3', 'Værdibaseret styring', id(10), ''],
    ]);
    expect(records[3].cells[3]).toBe(
      '<p>Læser et budget &amp; et regnskab.<br>Forklarer afvigelser &lt;under 5 %&gt; for teamet.</p>',
    );
    expect(records[3].cells.slice(4, 11)).toEqual(['1', '', '', '', '0', 'null', '']);
  });

  it('returns what Moodle cannot hold', () => {
    expect(dropped).toEqual([
      { path: 'titleEn', code: 'moodle_field_dropped', params: { field: 'titleEn', count: 1 } },
      { path: 'descriptionEn', code: 'moodle_field_dropped', params: { field: 'descriptionEn', count: 1 } },
      { path: 'publisher', code: 'moodle_field_dropped', params: { field: 'publisher', count: 1 } },
      { path: 'scale', code: 'moodle_field_dropped', params: { field: 'labelEn', count: 5 } },
      { path: 'items', code: 'moodle_field_dropped', params: { field: 'titleEn', count: 10 } },
      { path: 'items', code: 'moodle_field_dropped', params: { field: 'descriptionEn', count: 3 } },
      { path: 'items', code: 'moodle_field_dropped', params: { field: 'keywordsDa', count: 4 } },
      { path: 'items', code: 'moodle_field_dropped', params: { field: 'keywordsEn', count: 4 } },
      { path: 'items', code: 'moodle_field_dropped', params: { field: 'levels', count: 4 } },
    ]);
  });

  it('notes codes it cannot use, kinds that differ from their depth, long titles and commas in scale labels', () => {
    const content = richFramework();
    content.items[2].code = '1.1';
    content.items[9].kind = 'indicator';
    content.items[0].titleDa = 'Ø'.repeat(101);
    content.scale[0].labelDa = 'Begynder, ny';
    content.scale = content.scale.map((s) => ({ ...s, level: s.level - 1 }));
    const result = exportMoodleCsv(content);
    expect(result.dropped).toEqual(
      expect.arrayContaining([
        { path: 'items[1].code', code: 'moodle_code_dropped', params: { value: '1.1' } },
        { path: 'items[2].code', code: 'moodle_code_dropped', params: { value: '1.1' } },
        { path: 'items[9].kind', code: 'moodle_kind_changed', params: { kind: 'indicator', taxonomy: 'competency' } },
        { path: 'items[0].titleDa', code: 'moodle_title_truncated', params: { max: 100 } },
        { path: 'scale[0].labelDa', code: 'moodle_scale_label_changed', params: { value: 'Begynder, ny' } },
        { path: 'scale', code: 'moodle_scale_levels_renumbered', params: { count: 5 } },
      ]),
    );
    const cells = parseCsvRecords(result.csv, ',').records;
    expect(cells[1].cells[5]).toBe('Begynder; ny,Øvet,Selvstændig,Erfaren,Ekspert');
    expect(cells[3].cells[1]).toBe(id(2)); // the ambiguous code gives way to the UUID
  });

  it('writes the English text where the Danish is empty, and says it will come back as Danish', () => {
    const content = richFramework();
    content.items[2].titleDa = '';
    const result = exportMoodleCsv(content);
    expect(parseCsvRecords(result.csv, ',').records[4].cells[2]).toBe('Follows up on the budget monthly');
    expect(result.dropped).toContainEqual({ path: 'items', code: 'moodle_english_as_danish', params: { count: 1 } });
  });

  it('neutralises cells a spreadsheet would run as a formula, and reads them back as they were', () => {
    const content = richFramework();
    content.items[0].titleDa = '=HYPERLINK("http://evil.example")';
    content.items[0].code = '+1';
    content.items[5].titleDa = '-Ledelse af mennesker';
    const { csv: text } = exportMoodleCsv(content);
    const rows = parseCsvRecords(text, ',').records;
    expect(rows[2].cells.slice(0, 3)).toEqual(['', "'+1", '\'=HYPERLINK("http://evil.example")']);
    expect(rows[3].cells[0]).toBe("'+1");
    expect(rows[7].cells[2]).toBe("'-Ledelse af mennesker");
    const back = parseMoodleCsv(text);
    expect(back.issues).toEqual([]);
    expect(back.content?.items[0]).toMatchObject({ code: '+1', titleDa: '=HYPERLINK("http://evil.example")' });
    expect(back.content?.items[1].parentIdentifier).toBe(id(1));
    expect(back.content?.items[5].titleDa).toBe('-Ledelse af mennesker');
  });

  it('uses Moodle scale configuration: default = lowest, proficient = the upper half', () => {
    expect(defaultScaleConfiguration(5)).toBe(CONFIG_1_5);
    expect(JSON.parse(defaultScaleConfiguration(2))).toEqual([
      { scaleid: '1' },
      { id: 1, scaledefault: 1, proficient: 0 },
      { id: 2, scaledefault: 0, proficient: 1 },
    ]);
  });
});

describe('Moodle CSV round trip', () => {
  it('keeps everything Moodle can hold: Danish titles and descriptions, tree, order, codes, kinds, scale labels', () => {
    const original = richFramework();
    const result = parseMoodleCsv(exportMoodleCsv(original).csv);
    expect(result.issues).toEqual([]);
    expect(result.dropped).toEqual([]);
    expect(result.warnings).toEqual([]);
    // What is dropped (see the export's list above): English texts, keywords, level descriptors, the publisher and
    // the English scale labels. Everything else comes back as it was, UUIDs included.
    const expected: FrameworkContent = {
      ...original,
      titleEn: '',
      descriptionEn: '',
      publisher: '',
      scale: original.scale.map((s) => ({ ...s, labelEn: '' })),
      items: original.items.map((item) => ({
        ...item,
        titleEn: '',
        descriptionEn: '',
        keywordsDa: [],
        keywordsEn: [],
        levels: [],
      })),
    };
    expect(result.content).toEqual(expected);
  });

  it('reads a semicolon-separated file re-saved by Danish Excel (BOM, CRLF)', () => {
    const { csv } = exportMoodleCsv(richFramework());
    const rows = parseCsvRecords(csv, ',').records.map((r) => r.cells);
    const excel = `\uFEFF${csvOf(rows, ';', '\r\n')}`;
    expect(excel).toContain(
      '"<p>Rammen beskriver, hvad en førstelinjeleder skal kunne.</p><p>Den bygger på interviews i tre kommuner: Viborg, Norddjurs &amp; Syddjurs.</p>";1;',
    );
    const result = parseMoodleCsv(excel);
    expect(result.issues).toEqual([]);
    expect(result.content?.items.map((i) => i.titleDa)).toEqual(richFramework().items.map((i) => i.titleDa));
  });
});

describe('Moodle CSV import of a file Moodle wrote', () => {
  it('builds the tree, keeps order and codes, converts the descriptions and infers kinds', () => {
    const result = parseMoodleCsv(csvOf(moodleWritten()));
    expect(result.issues).toEqual([]);
    const content = result.content as FrameworkContent;
    expect(content).toMatchObject({
      identifier: uuidV5('3f6b8a52-2d41-5c8e-9a7b-6e1d0c4f8b21', 'framework:LEAD-2024'),
      titleDa: 'Ledelse',
      descriptionDa: 'Rammen for ledere.',
      scale: [
        { level: 1, labelDa: 'Ikke endnu', labelEn: '' },
        { level: 2, labelDa: 'Kompetent', labelEn: '' },
      ],
    });
    const tree = flattenTree(content.items).map(({ item, depth }) => [
      depth,
      item.code,
      item.titleDa,
      item.kind,
      item.position,
    ]);
    expect(tree).toEqual([
      [0, 'people', 'Ledelse af mennesker', 'domain', 0],
      [1, 'coach', 'Coaching', 'competency', 0],
      [2, 'feedback,weekly', 'Giver feedback hver uge', 'indicator', 0],
      [1, 'delegate', 'Delegering', 'competency', 1],
      [0, 'economy', 'Økonomi', 'competency', 1],
    ]);
    expect(content.items[0].descriptionDa).toBe('Om at lede mennesker & teams.\n\nAnden\u00a0del.');
    expect(content.items[1].descriptionDa).toBe('Stiller åbne spørgsmål\nog lytter.');
    expect(content.items.find((i) => i.code === 'economy')?.descriptionDa).toBe('Plain *markdown* text');
  });

  it('derives the same UUIDs from the ID numbers every time', () => {
    const a = parseMoodleCsv(csvOf(moodleWritten())).content;
    const b = parseMoodleCsv(csvOf(moodleWritten())).content;
    expect(a?.items.map((i) => i.identifier)).toEqual(b?.items.map((i) => i.identifier));
    for (const item of a?.items ?? []) expect(item.identifier).toMatch(UUID_PATTERN);
    expect(a?.items[0].identifier).toBe(uuidV5(a?.identifier ?? '', 'people'));
  });

  it('lists rules, cross-references, competency scales and a proficiency setting it cannot keep', () => {
    const rows = moodleWritten();
    rows[1] = frameworkRow(
      '[{"scaleid":"2"},{"id":1,"scaledefault":1,"proficient":1},{"id":2,"scaledefault":0,"proficient":1}]',
    );
    rows[6][5] = 'Nej,Ja';
    const result = parseMoodleCsv(csvOf(rows));
    expect(result.issues).toEqual([]);
    expect(result.dropped).toEqual([
      { path: 'rows[2].Scale configuration', code: 'moodle_proficiency_dropped', params: { row: 2 } },
      {
        path: 'rows[4].Cross-referenced competency ID numbers',
        code: 'moodle_related_dropped',
        params: { row: 4, value: 'delegate,feedback%2Cweekly' },
      },
      {
        path: 'rows[5].Rule type (optional)',
        code: 'moodle_rule_dropped',
        params: { row: 5, value: 'core_competency\\competency_rule_all' },
      },
      { path: 'rows[7].Scale values', code: 'moodle_competency_scale_dropped', params: { row: 7 } },
    ]);
  });

  it('takes kinds from an explicit taxonomy, one term per depth', () => {
    const rows = moodleWritten();
    rows[1][13] = 'domain,skill,behaviour';
    const result = parseMoodleCsv(csvOf(rows));
    const kinds = flattenTree(result.content?.items ?? []).map(({ item }) => item.kind);
    expect(kinds).toEqual(['domain', 'competency', 'indicator', 'competency', 'domain']);
  });
});

describe('Moodle CSV import refuses broken files with row numbers', () => {
  const parse = (rows: string[][]) => parseMoodleCsv(csvOf(rows));

  it('a row with the wrong number of columns', () => {
    const rows = moodleWritten();
    rows[3] = rows[3].slice(0, 13);
    rows[5] = [...rows[5], 'extra'];
    const result = parse(rows);
    expect(result.content).toBeNull();
    // Record 4 starts on line 6: the descriptions of records 2 and 3 have a line break each.
    expect(result.issues).toEqual([
      { path: 'rows[4]', code: 'moodle_column_count', params: { row: 4, line: 6, count: 13, expected: 14 } },
      { path: 'rows[6]', code: 'moodle_column_count', params: { row: 6, line: 8, count: 15, expected: 14 } },
    ]);
  });

  it.each([
    ['', 'moodle_scale_config_missing', {}],
    ['{not json', 'moodle_scale_config_not_json', {}],
    ['{"scaleid":"2"}', 'moodle_scale_config_not_array', {}],
    ['[{"id":1,"scaledefault":1,"proficient":1}]', 'moodle_scale_config_no_scaleid', {}],
    ['[{"scaleid":"2"},{"id":1,"scaledefault":1,"proficient":0}]', 'moodle_scale_config_no_proficient', {}],
    ['[{"scaleid":"2"},{"id":2,"scaledefault":0,"proficient":1}]', 'moodle_scale_config_no_default', {}],
    [
      '[{"scaleid":"2"},{"id":3,"scaledefault":1,"proficient":0},{"id":2,"scaledefault":0,"proficient":1}]',
      'moodle_scale_config_default_unknown',
      { index: 1, value: '3', count: 2 },
    ],
    [
      '[{"scaleid":"2"},{"id":1,"scaledefault":1,"proficient":0},{"id":"x","proficient":1},{"id":2,"proficient":1}]',
      'moodle_scale_config_level_unknown',
      { index: 2, value: 'x', count: 2 },
    ],
  ])('a broken scale configuration %j', (config, code, params) => {
    const rows = moodleWritten();
    rows[1] = frameworkRow(config);
    const result = parse(rows);
    expect(result.content).toBeNull();
    expect(result.issues).toEqual([{ path: 'rows[2].Scale configuration', code, params: { row: 2, ...params } }]);
  });

  it('a framework row without scale values', () => {
    const rows = moodleWritten();
    rows[1][5] = '';
    expect(parse(rows).issues).toEqual([
      { path: 'rows[2].Scale values', code: 'moodle_scale_values_missing', params: { row: 2 } },
    ]);
  });

  it('a missing parent ID number', () => {
    const rows = moodleWritten();
    rows[4][0] = 'peeple';
    const result = parse(rows);
    expect(result.content).toBeNull();
    expect(result.issues).toEqual([
      { path: 'rows[5].Parent ID number', code: 'moodle_parent_missing', params: { row: 5, value: 'peeple' } },
    ]);
  });

  it('duplicate and missing ID numbers', () => {
    const rows = moodleWritten();
    rows[4][1] = 'coach';
    rows[6][1] = '';
    expect(parse(rows).issues).toEqual([
      { path: 'rows[5].ID number', code: 'moodle_duplicate_id_number', params: { row: 5, value: 'coach', first: 4 } },
      { path: 'rows[7].ID number', code: 'moodle_id_number_missing', params: { row: 7 } },
    ]);
  });

  it('a cycle of parents', () => {
    const rows = moodleWritten();
    rows[2][0] = 'feedback,weekly'; // people → feedback,weekly → coach → people
    const result = parse(rows);
    expect(result.content).toBeNull();
    expect(result.issues).toEqual([
      {
        path: 'rows[3].Parent ID number',
        code: 'moodle_cycle',
        params: { row: 3, idNumbers: 'people → feedback,weekly → coach' },
      },
    ]);
  });

  it('no framework row, or two', () => {
    const none = moodleWritten().filter((_, i) => i !== 1);
    expect(parse(none).issues).toEqual([{ path: 'rows', code: 'moodle_framework_row_missing' }]);
    const two = moodleWritten();
    two.push(frameworkRow());
    expect(parse(two).issues).toEqual([
      { path: 'rows[8]', code: 'moodle_framework_row_duplicate', params: { row: 8, first: 2 } },
    ]);
  });

  it('an unterminated quote, an empty file, a title missing (framework rules)', () => {
    expect(parseMoodleCsv(`${csvOf(moodleWritten())}"people,oops`).issues).toEqual([
      { path: 'rows[8]', code: 'csv_unterminated_quote', params: { row: 8, line: 10 } },
    ]);
    expect(parseMoodleCsv('').issues).toEqual([{ path: 'rows', code: 'moodle_empty' }]);
    expect(parseMoodleCsv(csvOf([OLD_HEADER])).issues).toEqual([{ path: 'rows', code: 'moodle_empty' }]);
    const rows = moodleWritten();
    rows[3][2] = '';
    expect(parse(rows).issues).toEqual([{ path: 'rows[4].Short name', code: 'title_missing', params: { row: 4 } }]);
  });

  it('never throws, whatever the text (property)', () => {
    const header = csvOf([OLD_HEADER]);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', ';', '1', '[', '{', ' ') }), (tail) => {
        const result = parseMoodleCsv(header + tail);
        expect(Array.isArray(result.issues)).toBe(true);
        if (result.issues.length === 0) expect(result.content).not.toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});

describe('HTML and text', () => {
  it('text → HTML → text keeps paragraphs, line breaks and special characters', () => {
    const text = 'Første afsnit med æøå & <tags> og "citat" 🎯.\nNy linje.\n\nAndet afsnit.';
    expect(textToHtml(text)).toBe(
      '<p>Første afsnit med æøå &amp; &lt;tags&gt; og &quot;citat&quot; 🎯.<br>Ny linje.</p><p>Andet afsnit.</p>',
    );
    expect(htmlToText(textToHtml(text))).toBe(text);
    expect(textToHtml('')).toBe('');
  });

  it('reads Moodle HTML: source line breaks are spaces, tags go, entities are decoded', () => {
    expect(
      htmlToText(
        '<p>Each level\nhas   indicators.<br></p><ul><li>One</li><li>Two &#8211; &#x1F600;</li></ul><p>&aelig;&oslash;&aring; &unknown;</p>',
      ),
    ).toBe('Each level has   indicators.\n\nOne\nTwo – 😀\n\næøå &unknown;');
  });
});
