/**
 * Moodle competency frameworks as the CSV of Moodle's admin/tool/lpimportcsv (framework_importer/_exporter): a
 * header and 14 columns, read by position:
 *   0 Parent ID number   the parent's ID number; empty = top level
 *   1 ID number          unique within the framework (Moodle cuts it to 100 characters)
 *   2 Short name         the title, plain text (Moodle strips tags and cuts it to 100 characters)
 *   3 Description        text in the format of column 4
 *   4 Description format 1 = HTML, 0 = Moodle auto-format, 2 = plain text, 4 = Markdown
 *   5 Scale values       comma-separated scale item labels, lowest first (framework row; a competency row may
 *                        override the framework's scale)
 *   6 Scale configuration JSON: [{"scaleid":"<id>"}, {"id":<1-based item>,"scaledefault":0|1,"proficient":0|1}, ...]
 *                        (Moodle replaces scaleid with the scale it finds or creates for the labels; it requires
 *                        one default and at least one proficient item)
 *   7 Rule type, 8 Rule outcome, 9 Rule config  completion rules (a PHP class name, an int, JSON or "null")
 *   10 Cross-referenced competency ID numbers    comma-separated, commas inside escaped as %2C
 *   11 Exported ID       the exporting site's competency id; Moodle uses it only to remap rule configs
 *   12 Is framework      PHP-truthy ("1") on the one framework row, empty on competencies
 *   13 Taxonomy          framework row: one term per depth, comma-separated (Moodle's terms: behaviour,
 *                        competency, concept, domain, indicator, level, outcome, practice, proficiency, skill, value)
 *
 * What survives a trip through Moodle: the framework's title and description (Danish; English only as a fallback
 * when the Danish is empty), its identifier (its ID number is our UUID), the scale labels (Danish) and size, the tree
 * and sibling order, item titles and descriptions (Danish, as HTML), codes (as ID numbers, when present and unique)
 * and kinds (as the taxonomy term of their depth). Lost, and listed by the export as `dropped`: English texts and
 * keywords, Danish keywords, level descriptors, the publisher, English scale labels, a kind that differs from the
 * others at its depth, and scale level numbers other than 1..n. Item identifiers ride along in the Exported ID
 * column, so a file we wrote comes back with the same UUIDs; a file Moodle wrote gets UUIDs derived from the ID
 * numbers (the same file gives the same UUIDs every time).
 *
 * Cells a spreadsheet would run as a formula are neutralised with a leading apostrophe (platform csv rules). Moodle
 * does not strip it, so a title such as "-Ledelse" shows as "'-Ledelse" there: we accept that for safety, and our
 * own import strips the apostrophe again. Descriptions are HTML starting with "<p>" and never need it.
 */
import { neutraliseFormula } from '../platform/files/csv.model';
import { uuidV5 } from './case-export';
import { capDropped, type FrameworkImportResult, inferKind } from './case-import';
import {
  type FrameworkContent,
  type FrameworkIssue,
  type FrameworkItem,
  flattenTree,
  type ItemKind,
  UUID_PATTERN,
  validateFramework,
} from './frameworks.model';

export const MOODLE_HEADER = [
  'Parent ID number',
  'ID number',
  'Short name',
  'Description',
  'Description format',
  'Scale values',
  'Scale configuration',
  'Rule type (optional)',
  'Rule outcome (optional)',
  'Rule config (optional)',
  'Cross-referenced competency ID numbers',
  'Exported ID (optional)',
  'Is framework',
  'Taxonomy',
] as const;
export const MOODLE_COLUMNS = MOODLE_HEADER.length;
const C = {
  parent: 0,
  idNumber: 1,
  shortName: 2,
  description: 3,
  format: 4,
  scaleValues: 5,
  scaleConfiguration: 6,
  ruleType: 7,
  ruleOutcome: 8,
  ruleConfig: 9,
  related: 10,
  exportId: 11,
  isFramework: 12,
  taxonomy: 13,
} as const;
/** Moodle cuts ID numbers and short names to this many characters. */
export const MOODLE_MAX_TEXT = 100;
/** Namespace of the UUIDs derived from a Moodle framework's ID number. */
export const MOODLE_NAMESPACE = '3f6b8a52-2d41-5c8e-9a7b-6e1d0c4f8b21';
const FORMAT_HTML = '1';
const MOODLE_TERMS = new Set([
  'behaviour',
  'competency',
  'concept',
  'domain',
  'indicator',
  'level',
  'outcome',
  'practice',
  'proficiency',
  'skill',
  'value',
]);
const TERM_KIND: Record<string, ItemKind> = {
  domain: 'domain',
  concept: 'domain',
  indicator: 'indicator',
  behaviour: 'indicator',
};

/** Header names in any spelling Moodle has used ("Id number", "Shortname", "(optional)" ...), for detection. */
export function normaliseHeaderName(name: string): string {
  return name
    .toLowerCase()
    .replace(/\(optional\)/g, '')
    .replace(/[^a-z]/g, '')
    .replace(/^crossreferenced/, 'related')
    .replace(/^exportedid$/, 'exportid');
}
const KNOWN_HEADER = MOODLE_HEADER.map(normaliseHeaderName);

/** True when the first record names at least three of Moodle's columns (in any of the spellings Moodle used). */
export function looksLikeMoodleHeader(cells: string[]): boolean {
  const names = new Set(cells.map(normaliseHeaderName));
  return KNOWN_HEADER.filter((h) => names.has(h)).length >= 3;
}

// ---------------------------------------------------------------- export

export interface MoodleExport {
  csv: string;
  /** What Moodle's format cannot hold (see the file comment). */
  dropped: FrameworkIssue[];
}

export function exportMoodleCsv(content: FrameworkContent): MoodleExport {
  const dropped: FrameworkIssue[] = [];
  const ordered = flattenTree(content.items);
  const indexOf = new Map(content.items.map((item, i) => [item.identifier, i]));
  const pathOf = (item: FrameworkItem, field: string) => `items[${indexOf.get(item.identifier)}].${field}`;

  // ID numbers: the code when it identifies the item on its own, else the UUID.
  const codeCount = new Map<string, number>();
  for (const item of content.items) {
    const key = item.code.trim().toLowerCase();
    if (key) codeCount.set(key, (codeCount.get(key) ?? 0) + 1);
  }
  const idNumberOf = new Map<string, string>();
  for (const { item } of ordered) {
    const code = item.code.trim();
    const usable =
      code &&
      codeCount.get(code.toLowerCase()) === 1 &&
      code.length <= MOODLE_MAX_TEXT &&
      !/[<>]/.test(code) &&
      !UUID_PATTERN.test(code) &&
      code.toLowerCase() !== content.identifier.toLowerCase();
    idNumberOf.set(item.identifier, usable ? code : item.identifier);
    if (code && !usable)
      dropped.push({ path: pathOf(item, 'code'), code: 'moodle_code_dropped', params: { value: code } });
  }

  // One taxonomy term per depth: the kind most items at that depth have.
  const depthKinds: Map<ItemKind, number>[] = [];
  for (const { item, depth } of ordered) {
    depthKinds[depth] ??= new Map();
    depthKinds[depth].set(item.kind, (depthKinds[depth].get(item.kind) ?? 0) + 1);
  }
  const terms = [...depthKinds].map((counts) =>
    (['domain', 'competency', 'indicator'] as const).reduce((best, kind) =>
      (counts?.get(kind) ?? 0) > (counts?.get(best) ?? 0) ? kind : best,
    ),
  );
  for (const { item, depth } of ordered) {
    if (item.kind !== terms[depth]) {
      dropped.push({
        path: pathOf(item, 'kind'),
        code: 'moodle_kind_changed',
        params: { kind: item.kind, taxonomy: terms[depth] },
      });
    }
  }

  // The scale: labels lowest first; Moodle splits them at commas.
  const scale = [...content.scale].sort((a, b) => a.level - b.level);
  const labels = scale.map((step, i) => {
    const label = (step.labelDa || step.labelEn).trim();
    if (!label.includes(',')) return label;
    dropped.push({ path: `scale[${i}].labelDa`, code: 'moodle_scale_label_changed', params: { value: label } });
    return label.replaceAll(',', ';');
  });
  if (scale.some((step, i) => step.level !== i + 1)) {
    dropped.push({ path: 'scale', code: 'moodle_scale_levels_renumbered', params: { count: scale.length } });
  }

  // Texts Moodle has no column for.
  const lostFramework: [string, boolean][] = [
    ['titleEn', Boolean(content.titleEn && content.titleDa)],
    ['descriptionEn', Boolean(content.descriptionEn && content.descriptionDa)],
    ['publisher', Boolean(content.publisher)],
  ];
  for (const [field, lost] of lostFramework)
    if (lost) dropped.push({ path: field, code: 'moodle_field_dropped', params: { field, count: 1 } });
  const scaleEnLost = scale.filter((s) => s.labelEn && s.labelDa).length;
  if (scaleEnLost)
    dropped.push({ path: 'scale', code: 'moodle_field_dropped', params: { field: 'labelEn', count: scaleEnLost } });
  const lostItems: [string, (item: FrameworkItem) => boolean][] = [
    ['titleEn', (i) => Boolean(i.titleEn && i.titleDa)],
    ['descriptionEn', (i) => Boolean(i.descriptionEn && i.descriptionDa)],
    ['keywordsDa', (i) => i.keywordsDa.length > 0],
    ['keywordsEn', (i) => i.keywordsEn.length > 0],
    ['levels', (i) => i.levels.length > 0],
  ];
  for (const [field, lost] of lostItems) {
    const count = content.items.filter(lost).length;
    if (count) dropped.push({ path: 'items', code: 'moodle_field_dropped', params: { field, count } });
  }
  // English shown where the Danish is empty comes back from Moodle as Danish.
  const fallback = (x: { titleDa: string; titleEn: string; descriptionDa: string; descriptionEn: string }) =>
    (!x.titleDa && x.titleEn) || (!x.descriptionDa && x.descriptionEn);
  if (fallback(content)) dropped.push({ path: 'title', code: 'moodle_english_as_danish', params: { count: 1 } });
  const moved = content.items.filter(fallback).length;
  if (moved) dropped.push({ path: 'items', code: 'moodle_english_as_danish', params: { count: moved } });

  const shortName = (da: string, en: string, path: string) => {
    const title = da || en;
    if (Array.from(title).length > MOODLE_MAX_TEXT)
      dropped.push({ path, code: 'moodle_title_truncated', params: { max: MOODLE_MAX_TEXT } });
    return title;
  };

  const rows: string[][] = [[...MOODLE_HEADER]];
  rows.push([
    '',
    content.identifier,
    shortName(content.titleDa, content.titleEn, 'titleDa'),
    textToHtml(content.descriptionDa || content.descriptionEn),
    FORMAT_HTML,
    labels.join(','),
    defaultScaleConfiguration(labels.length),
    '',
    '',
    '',
    '',
    '',
    '1',
    terms.join(','),
  ]);
  for (const { item } of ordered) {
    rows.push([
      item.parentIdentifier ? (idNumberOf.get(item.parentIdentifier) ?? '') : '',
      idNumberOf.get(item.identifier) ?? item.identifier,
      shortName(item.titleDa, item.titleEn, pathOf(item, 'titleDa')),
      textToHtml(item.descriptionDa || item.descriptionEn),
      FORMAT_HTML,
      '',
      '',
      '',
      '0',
      'null',
      '',
      item.identifier,
      '',
      '',
    ]);
  }
  const textColumns = new Set<number>([C.parent, C.idNumber, C.shortName, C.description, C.scaleValues]);
  const csv = rows
    .map((row, r) =>
      row.map((cell, c) => csvField(r > 0 && textColumns.has(c) ? neutraliseFormula(cell) : cell)).join(','),
    )
    .join('\r\n');
  return { csv: `\uFEFF${csv}\r\n`, dropped };
}

/**
 * The configuration we write for a scale of `size` items: the lowest is the default, the upper half (from the
 * middle item up) counts as proficient, e.g. for 1–5: default 1, proficient 3, 4 and 5. Our scale has no notion of
 * either, so this is a convention; Moodle requires both.
 */
export function defaultScaleConfiguration(size: number): string {
  const entries: { id: number; scaledefault: number; proficient: number }[] = [];
  for (let id = 1; id <= size; id++) {
    const scaledefault = id === 1 ? 1 : 0;
    const proficient = id - 1 >= Math.floor(size / 2) ? 1 : 0;
    if (scaledefault || proficient) entries.push({ id, scaledefault, proficient });
  }
  return JSON.stringify([{ scaleid: '1' }, ...entries]);
}

function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Plain text as Moodle HTML: paragraphs at blank lines, <br> at single line breaks, special characters escaped. */
export function textToHtml(text: string): string {
  const normalised = text.replace(/\r\n?/g, '\n').trim();
  if (!normalised) return '';
  return normalised
    .split(/\n{2,}/)
    .map(
      (p) =>
        `<p>${p.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll('\n', '<br>')}</p>`,
    )
    .join('');
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  aelig: 'æ',
  oslash: 'ø',
  aring: 'å',
  AElig: 'Æ',
  Oslash: 'Ø',
  Aring: 'Å',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  euro: '€',
};

/** Moodle HTML as plain text: line breaks and paragraphs kept, source line breaks are spaces, tags dropped. */
export function htmlToText(html: string): string {
  return html
    .replace(/ *[\r\n\t]+ */g, ' ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|h[1-6]|blockquote|pre|ul|ol|table)\s*>/gi, '\n\n')
    .replace(/<\/(li|tr)\s*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
      }
      return ENTITIES[name] ?? entity;
    })
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function descriptionText(raw: string, format: string): string {
  const text = raw.replace(/\r\n?/g, '\n');
  if (format === '2' || format === '4') return text.trim();
  return htmlToText(format === '0' ? text.replaceAll('\n', '<br>') : text);
}

// ---------------------------------------------------------------- CSV text

export interface CsvRecord {
  /** 1-based record number (the header is 1), as a spreadsheet numbers rows. */
  row: number;
  /** 1-based line of the file where the record starts (differs from row after quoted line breaks). */
  line: number;
  cells: string[];
}

/**
 * RFC 4180 records: fields quoted with ", "" inside quotes, delimiters and line breaks inside quotes, any line end,
 * an optional UTF-8 BOM. Blank records are skipped (their numbers are not reused). Cells are trimmed.
 */
export function parseCsvRecords(
  input: string,
  delimiter: string,
): { records: CsvRecord[]; unterminated: CsvRecord | null } {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let row = 1;
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const n = text.length;
  const endRecord = () => {
    if (cells.length > 1 || cells[0] !== '') records.push({ row, line: recordLine, cells: cells.map((c) => c.trim()) });
    cells = [];
    row++;
    recordLine = line;
  };
  while (i <= n) {
    let value = '';
    if (text[i] === '"') {
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q === -1) {
          cells.push(value + text.slice(j));
          return { records, unterminated: { row, line: recordLine, cells } };
        }
        value += text.slice(j, q);
        if (text[q + 1] === '"') {
          value += '"';
          j = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      for (const ch of value) if (ch === '\n') line++;
    }
    let j = i;
    while (j < n && text[j] !== delimiter && text[j] !== '\n' && text[j] !== '\r') j++;
    value += text.slice(i, j);
    cells.push(value);
    if (j >= n) {
      endRecord();
      break;
    }
    if (text[j] === delimiter) {
      i = j + 1;
      continue;
    }
    i = text[j] === '\r' && text[j + 1] === '\n' ? j + 2 : j + 1;
    line++;
    endRecord();
    if (i >= n) break;
  }
  return { records, unterminated: null };
}

/** The delimiter of the first line (outside quotes): comma, semicolon (Danish Excel) or tab, whichever is most used. */
export function sniffCsvDelimiter(text: string): string {
  const counts = new Map([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const ch of text.slice(0, 65_536)) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  return [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
}

// ---------------------------------------------------------------- import

/** PHP truthiness of a CSV cell, as Moodle's `if ($isframework)` reads it. */
const truthy = (cell: string) => cell !== '' && cell !== '0';
/** Undo our formula neutralisation: an apostrophe before a character a spreadsheet would evaluate. */
const unneutralise = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);
const rowPath = (row: number, column?: number) =>
  column === undefined ? `rows[${row}]` : `rows[${row}].${MOODLE_HEADER[column]}`;

interface Competency {
  index: number;
  record: CsvRecord;
  idNumber: string;
  parentIdNumber: string;
  identifier: string;
  parentIndex: number | null;
}

export function parseMoodleCsv(input: string): FrameworkImportResult {
  const issues: FrameworkIssue[] = [];
  const dropped: FrameworkIssue[] = [];
  const warnings: FrameworkIssue[] = [];
  const fail = () => ({ content: null, issues, dropped: capDropped(dropped), warnings });

  const { records, unterminated } = parseCsvRecords(input, sniffCsvDelimiter(input.replace(/^\uFEFF/, '')));
  if (unterminated) {
    issues.push({
      path: rowPath(unterminated.row),
      code: 'csv_unterminated_quote',
      params: { row: unterminated.row, line: unterminated.line },
    });
    return fail();
  }
  const [header, ...data] = records;
  if (!header || data.length === 0) {
    issues.push({ path: 'rows', code: 'moodle_empty' });
    return fail();
  }
  for (const record of records) {
    if (record.cells.length !== MOODLE_COLUMNS) {
      issues.push({
        path: rowPath(record.row),
        code: 'moodle_column_count',
        params: { row: record.row, line: record.line, count: record.cells.length, expected: MOODLE_COLUMNS },
      });
    }
  }
  if (issues.length > 0) return fail();
  if (!looksLikeMoodleHeader(header.cells))
    warnings.push({ path: rowPath(header.row), code: 'moodle_header_unknown', params: { row: header.row } });

  // The framework row.
  const frameworkRows = data.filter((r) => truthy(r.cells[C.isFramework]));
  if (frameworkRows.length === 0) {
    issues.push({ path: 'rows', code: 'moodle_framework_row_missing' });
    return fail();
  }
  for (const extra of frameworkRows.slice(1)) {
    issues.push({
      path: rowPath(extra.row),
      code: 'moodle_framework_row_duplicate',
      params: { row: extra.row, first: frameworkRows[0].row },
    });
  }
  const framework = frameworkRows[0];
  const f = framework.cells;
  const scaleCell = unneutralise(f[C.scaleValues]);
  const labels = scaleCell ? scaleCell.split(',').map((l) => l.trim()) : [];
  if (labels.length === 0)
    issues.push({
      path: rowPath(framework.row, C.scaleValues),
      code: 'moodle_scale_values_missing',
      params: { row: framework.row },
    });
  else checkScaleConfiguration(f[C.scaleConfiguration], labels.length, framework.row, issues, dropped);
  const frameworkIdNumber = unneutralise(f[C.idNumber]);
  const frameworkIdentifier =
    [frameworkIdNumber, f[C.exportId]].find((v) => UUID_PATTERN.test(v))?.toLowerCase() ??
    uuidV5(MOODLE_NAMESPACE, `framework:${frameworkIdNumber}`);

  // Competency rows.
  const competencies: Competency[] = [];
  const byIdNumber = new Map<string, number>();
  for (const record of data) {
    if (record === framework || truthy(record.cells[C.isFramework])) continue;
    const cells = record.cells;
    const idNumber = unneutralise(cells[C.idNumber]);
    if (!idNumber) {
      issues.push({
        path: rowPath(record.row, C.idNumber),
        code: 'moodle_id_number_missing',
        params: { row: record.row },
      });
      continue;
    }
    const first = byIdNumber.get(idNumber);
    if (first !== undefined) {
      issues.push({
        path: rowPath(record.row, C.idNumber),
        code: 'moodle_duplicate_id_number',
        params: { row: record.row, value: idNumber, first: competencies[first].record.row },
      });
      continue;
    }
    byIdNumber.set(idNumber, competencies.length);
    const identifier =
      [cells[C.exportId], idNumber].find((v) => UUID_PATTERN.test(v))?.toLowerCase() ??
      uuidV5(frameworkIdentifier, idNumber);
    competencies.push({
      index: competencies.length,
      record,
      idNumber,
      parentIdNumber: unneutralise(cells[C.parent]),
      identifier,
      parentIndex: null,
    });
    if (cells[C.ruleType])
      dropped.push({
        path: rowPath(record.row, C.ruleType),
        code: 'moodle_rule_dropped',
        params: { row: record.row, value: cells[C.ruleType] },
      });
    if (cells[C.related])
      dropped.push({
        path: rowPath(record.row, C.related),
        code: 'moodle_related_dropped',
        params: { row: record.row, value: cells[C.related] },
      });
    if (cells[C.scaleValues] && unneutralise(cells[C.scaleValues]) !== scaleCell) {
      dropped.push({
        path: rowPath(record.row, C.scaleValues),
        code: 'moodle_competency_scale_dropped',
        params: { row: record.row },
      });
    }
  }
  for (const competency of competencies) {
    const parent = competency.parentIdNumber;
    if (!parent || (parent === frameworkIdNumber && !byIdNumber.has(parent))) continue;
    const index = byIdNumber.get(parent);
    if (index === undefined) {
      issues.push({
        path: rowPath(competency.record.row, C.parent),
        code: 'moodle_parent_missing',
        params: { row: competency.record.row, value: parent },
      });
    } else {
      competency.parentIndex = index;
    }
  }
  issues.push(...findRowCycles(competencies));
  if (issues.length > 0) return fail();

  // Kinds by depth, from the taxonomy unless it is Moodle's untouched default (every level "competency").
  const terms = f[C.taxonomy].split(',').map((t) => t.trim().toLowerCase());
  for (const term of new Set(terms)) {
    if (term && !MOODLE_TERMS.has(term))
      warnings.push({
        path: rowPath(framework.row, C.taxonomy),
        code: 'moodle_taxonomy_unknown',
        params: { row: framework.row, value: term },
      });
  }
  const informative = terms.some((t) => MOODLE_TERMS.has(t) && t !== 'competency');
  const children = new Map<number | null, Competency[]>();
  for (const competency of competencies) {
    const group = children.get(competency.parentIndex) ?? [];
    group.push(competency);
    children.set(competency.parentIndex, group);
  }
  const items: FrameworkItem[] = [];
  const rowOf = new Map<string, number>();
  const walk = (parentIndex: number | null, parent: FrameworkItem | null, depth: number) => {
    (children.get(parentIndex) ?? []).forEach((competency, position) => {
      const index = competency.index;
      const term = terms[depth] ?? '';
      const kind =
        informative && MOODLE_TERMS.has(term)
          ? (TERM_KIND[term] ?? 'competency')
          : inferKind(parent?.kind ?? null, children.has(index));
      const cells = competency.record.cells;
      const item: FrameworkItem = {
        identifier: competency.identifier,
        parentIdentifier: parent?.identifier ?? null,
        position,
        kind,
        code: UUID_PATTERN.test(competency.idNumber) ? '' : competency.idNumber.normalize('NFC'),
        titleDa: unneutralise(cells[C.shortName]).normalize('NFC'),
        titleEn: '',
        descriptionDa: descriptionText(cells[C.description], cells[C.format]).normalize('NFC'),
        descriptionEn: '',
        keywordsDa: [],
        keywordsEn: [],
        levels: [],
      };
      items.push(item);
      rowOf.set(item.identifier, competency.record.row);
      walk(index, item, depth + 1);
    });
  };
  walk(null, null, 0);

  const content: FrameworkContent = {
    identifier: frameworkIdentifier,
    titleDa: unneutralise(f[C.shortName]).normalize('NFC'),
    titleEn: '',
    descriptionDa: descriptionText(f[C.description], f[C.format]).normalize('NFC'),
    descriptionEn: '',
    publisher: '',
    scale: labels.map((label, i) => ({ level: i + 1, labelDa: label.normalize('NFC'), labelEn: '' })),
    items,
  };
  for (const issue of validateFramework(content)) {
    const item = /^items\[(\d+)\]/.exec(issue.path);
    const row = item ? (rowOf.get(items[Number(item[1])]?.identifier) ?? framework.row) : framework.row;
    const column = issue.path.startsWith('scale')
      ? C.scaleValues
      : issue.path.endsWith('title')
        ? C.shortName
        : C.idNumber;
    issues.push({ ...issue, path: rowPath(row, column), params: { ...issue.params, row } });
  }
  return { content, issues, dropped: capDropped(dropped), warnings };
}

/**
 * Checks the framework's scale configuration as Moodle's validate_scaleconfiguration does (a JSON array whose first
 * object has the scaleid, then at least one default and one proficient item), and that every item is on the scale.
 */
function checkScaleConfiguration(
  raw: string,
  size: number,
  row: number,
  issues: FrameworkIssue[],
  dropped: FrameworkIssue[],
) {
  const path = rowPath(row, C.scaleConfiguration);
  const found: FrameworkIssue[] = [];
  const fail = (code: string, params: Record<string, string | number> = {}) =>
    found.push({ path, code, params: { row, ...params } });
  const entries = scaleEntries(raw, fail);
  if (entries) {
    const defaults = new Set<number>();
    const proficient = new Set<number>();
    entries.forEach((entry, index) => {
      const e = (entry && typeof entry === 'object' ? entry : {}) as Record<string, unknown>;
      const id = Number(e.id);
      const isDefault = phpTruthy(e.scaledefault);
      if (!Number.isInteger(id) || id < 1 || id > size) {
        const code = isDefault ? 'moodle_scale_config_default_unknown' : 'moodle_scale_config_level_unknown';
        fail(code, { index: index + 1, value: String(e.id), count: size });
        return;
      }
      if (isDefault) defaults.add(id);
      if (phpTruthy(e.proficient)) proficient.add(id);
    });
    if (defaults.size === 0 && !found.some((i) => i.code === 'moodle_scale_config_default_unknown')) {
      fail('moodle_scale_config_no_default');
    }
    if (proficient.size === 0) fail('moodle_scale_config_no_proficient');
    // Our scale has no default or proficient level: say so when the file's differ from the convention we write.
    const ours = (JSON.parse(defaultScaleConfiguration(size)) as Record<string, number>[]).slice(1);
    const same = (a: Set<number>, b: number[]) => a.size === b.length && b.every((id) => a.has(id));
    const conventional =
      same(
        defaults,
        ours.filter((e) => e.scaledefault).map((e) => e.id),
      ) &&
      same(
        proficient,
        ours.filter((e) => e.proficient).map((e) => e.id),
      );
    if (found.length === 0 && !conventional)
      dropped.push({ path, code: 'moodle_proficiency_dropped', params: { row } });
  }
  issues.push(...found);
}

/** The entries after the scaleid object, or null (with the reason reported) when the JSON is not that shape. */
function scaleEntries(raw: string, fail: (code: string) => void): unknown[] | null {
  if (!raw) {
    fail('moodle_scale_config_missing');
    return null;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    fail('moodle_scale_config_not_json');
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length === 0) {
    fail('moodle_scale_config_not_array');
    return null;
  }
  const [head, ...entries] = parsed as unknown[];
  if (!head || typeof head !== 'object' || !('scaleid' in head)) {
    fail('moodle_scale_config_no_scaleid');
    return null;
  }
  return entries;
}

function phpTruthy(value: unknown): boolean {
  return value !== undefined && value !== null && value !== false && value !== 0 && value !== '' && value !== '0';
}

/** Rows whose parent chain comes back to them; each cycle once, with the ID numbers on it. */
function findRowCycles(competencies: Competency[]): FrameworkIssue[] {
  const state = new Array<'visiting' | 'done' | undefined>(competencies.length);
  const issues: FrameworkIssue[] = [];
  competencies.forEach((_, start) => {
    const chain: number[] = [];
    let current: number | null = start;
    while (current !== null && state[current] !== 'done') {
      if (state[current] === 'visiting') {
        const cycle = chain.slice(chain.indexOf(current));
        const row = competencies[current].record.row;
        issues.push({
          path: rowPath(row, C.parent),
          code: 'moodle_cycle',
          params: { row, idNumbers: cycle.map((c) => competencies[c].idNumber).join(' → ') },
        });
        break;
      }
      state[current] = 'visiting';
      chain.push(current);
      current = competencies[current].parentIndex;
    }
    for (const c of chain) state[c] = 'done';
  });
  return issues;
}
