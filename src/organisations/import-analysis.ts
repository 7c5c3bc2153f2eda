/**
 * What an uploaded org chart says, before anything is written: the file read and validated with the right mapping,
 * compared with the organisation's current people, and summed up as the preview the user approves. No I/O here
 * besides parsing the bytes handed in; the preview and apply services load and write.
 */
import {
  type CurrentPerson,
  type DiffField,
  diffImport,
  type ImportDiff,
  type LeaderDecision,
  reimportProblems,
} from './import-diff.model';
import { detectFirstLineLeaders, type LeaderSuggestion } from './leaders.model';
import { type OrgChartPerson, type OrgChartValidation, validateOrgChart } from './orgchart.model';
import { type OrgChartFile, readOrgChartFile } from './orgchart-file';
import {
  locateHeader,
  ORGCHART_FIELDS,
  type OrgChartField,
  type OrgChartMapping,
  resolveMapping,
  suggestMapping,
} from './orgchart-mapping.model';
import { canImport, hasFatal, type OrgChartProblem, sortProblems } from './orgchart-problems.model';
import { cleanText } from './orgchart-values.model';

/** Enough to find a problem in a big file; the rest is counted. */
export const PREVIEW_MAX_PROBLEMS = 500;
export const PREVIEW_MAX_SAMPLES = 50;

/** Fields the user must map (a name may come as first + last name, a unit as a unit path). */
export const REQUIRED_FIELDS: ReadonlySet<OrgChartField> = new Set(['employeeId', 'name', 'unit']);
export const MAPPING_FIELDS = ORGCHART_FIELDS.map((field) => ({ field, required: REQUIRED_FIELDS.has(field) }));

export interface ImportCounts {
  rows: number;
  people: number;
  units: number;
  added: number;
  changed: number;
  left: number;
  returned: number;
  unchanged: number;
  leadersSuggested: number;
}

export interface PreviewChange {
  field: 'name' | 'email' | 'jobTitle' | 'unit' | 'managerEmployeeId' | 'leaderSince';
  from: string | null;
  to: string | null;
}

/** Stored in orgchart_imports.preview (JSON): everything the preview page shows. */
export interface ImportPreview {
  headers: string[];
  suggestedMapping: OrgChartMapping;
  /** The mapping this preview was made with; the apply uses exactly this one. */
  mapping: OrgChartMapping;
  format: OrgChartFile['format'];
  encoding: string | null;
  counts: ImportCounts;
  problems: OrgChartProblem[];
  problemCount: number;
  samples: {
    added: { employeeId: string; name: string; jobTitle: string | null; unit: string | null }[];
    changed: { employeeId: string; name: string; changes: PreviewChange[] }[];
    left: { employeeId: string; name: string }[];
    returned: { employeeId: string; name: string }[];
  };
  canApply: boolean;
}

export interface AnalysedFile {
  file: OrgChartFile;
  validation: OrgChartValidation;
  headers: string[];
  suggestedMapping: OrgChartMapping;
  mapping: OrgChartMapping;
  /** Data rows below the header. */
  rowCount: number;
}

/**
 * Reads and validates the file. The mapping is the one the user chose for this import, else the organisation's
 * remembered one when it fits this file's headers, else the one suggested from the headers.
 */
export async function analyseFile(
  bytes: Uint8Array,
  fileName: string,
  mappings: { chosen?: OrgChartMapping | null; remembered?: OrgChartMapping | null },
): Promise<AnalysedFile> {
  const file = await readOrgChartFile(bytes, fileName);
  const headerIndex = file.rows.length > 0 ? locateHeader(file.rows) : -1;
  const headers = headerIndex >= 0 ? file.rows[headerIndex].cells.map(cleanText) : [];
  const suggestedMapping = suggestMapping(headers);
  let mapping = mappings.chosen ?? undefined;
  if (!mapping && mappings.remembered && !hasFatal(resolveMapping(headers, mappings.remembered).problems)) {
    mapping = mappings.remembered;
  }
  mapping ??= suggestedMapping;
  const validation = validateOrgChart(file.rows, {
    mapping,
    headerIndex: headerIndex >= 0 ? headerIndex : undefined,
    fileProblems: file.problems,
  });
  const rowCount = headerIndex >= 0 ? file.rows.length - headerIndex - 1 : 0;
  // The raw cells are not needed past validation; letting them go keeps a 50,000-row apply's peak memory down.
  return { file: { ...file, rows: [] }, validation, headers, suggestedMapping, mapping, rowCount };
}

/** A current person as the diff compares them; the apply also needs the stored leader columns. */
export interface StoredPerson extends CurrentPerson {
  id: string;
  leaderSuggestion: string | null;
  leaderConfidence: string | null;
  leaderScore: number | null;
  leaderReasons: { code: string; params?: Record<string, unknown> }[] | null;
}

export interface Comparison {
  diff: ImportDiff<OrgChartPerson>;
  suggestions: LeaderSuggestion[];
  problems: OrgChartProblem[];
  canApply: boolean;
}

/** The file's people against the current ones: the diff, the leader suggestions and every problem. */
export function compareWithCurrent(analysed: AnalysedFile, current: readonly CurrentPerson[]): Comparison {
  const { validation } = analysed;
  // A file that cannot be read at all says nothing about who left: diffing it would list everyone as leaving.
  if (hasFatal(validation.problems)) {
    return {
      diff: { added: [], changed: [], returned: [], unchanged: [], left: [] },
      suggestions: [],
      problems: validation.problems,
      canApply: false,
    };
  }
  const diff = diffImport(current, validation.people);
  const problems = sortProblems([...validation.problems, ...reimportProblems(diff)]);
  return { diff, suggestions: detectFirstLineLeaders(validation.people), problems, canApply: canImport(problems) };
}

const lastUnitName = (unitKey: string, units: Map<string, string>) => units.get(unitKey) ?? unitKey;
const previewField = (field: DiffField): PreviewChange['field'] => (field === 'unitKey' ? 'unit' : field);

export function buildPreview(analysed: AnalysedFile, comparison: Comparison): ImportPreview {
  const { validation } = analysed;
  const { diff } = comparison;
  const unitNames = new Map(validation.units.map((u) => [u.key, u.name]));
  const sample = <T, R>(list: readonly T[], map: (item: T) => R) => list.slice(0, PREVIEW_MAX_SAMPLES).map(map);
  return {
    headers: analysed.headers,
    suggestedMapping: analysed.suggestedMapping,
    mapping: analysed.mapping,
    format: analysed.file.format,
    encoding: analysed.file.encoding ?? null,
    counts: {
      rows: analysed.rowCount,
      people: validation.people.length,
      units: validation.units.length,
      added: diff.added.length,
      changed: diff.changed.length,
      left: diff.left.length,
      returned: diff.returned.length,
      unchanged: diff.unchanged.length,
      leadersSuggested: comparison.suggestions.length,
    },
    problems: comparison.problems.slice(0, PREVIEW_MAX_PROBLEMS),
    problemCount: comparison.problems.length,
    samples: {
      added: sample(diff.added, (p) => ({
        employeeId: p.employeeId,
        name: p.name,
        jobTitle: p.jobTitle,
        unit: lastUnitName(p.unitKey, unitNames),
      })),
      changed: sample(diff.changed, (m) => ({
        employeeId: m.after.employeeId,
        name: m.after.name,
        changes: m.changes.map((c) => ({ field: previewField(c.field), from: c.before, to: c.after })),
      })),
      left: sample(diff.left, (p) => ({ employeeId: p.employeeId, name: p.name ?? '' })),
      returned: sample(diff.returned, (m) => ({ employeeId: m.after.employeeId, name: m.after.name })),
    },
    canApply: comparison.canApply,
  };
}

/** The leader columns a person gets from detection; null columns when not suggested. */
export function leaderColumns(suggestion: LeaderSuggestion | undefined) {
  return {
    leaderSuggestion: suggestion ? 'first_line' : null,
    leaderConfidence: suggestion?.confidence ?? null,
    leaderScore: suggestion?.score ?? null,
    leaderReasons: suggestion ? (suggestion.reasons as StoredPerson['leaderReasons']) : null,
  };
}

/** Has detection changed anything about this person's stored suggestion? */
export function leaderColumnsChanged(stored: StoredPerson, next: ReturnType<typeof leaderColumns>): boolean {
  const score = (x: number | null) => (x === null ? null : Math.round(x * 100));
  return (
    stored.leaderSuggestion !== next.leaderSuggestion ||
    stored.leaderConfidence !== next.leaderConfidence ||
    score(stored.leaderScore) !== score(next.leaderScore) ||
    canonicalJson(stored.leaderReasons) !== canonicalJson(next.leaderReasons)
  );
}

/** JSON with sorted keys: jsonb gives keys back in its own order, so plain stringify would see changes that are not. */
function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export type { LeaderDecision };
