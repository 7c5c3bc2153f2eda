/**
 * Org-chart import problems in plain words: the API sends codes with params (orgchart-problems.model.ts); these
 * helpers turn them into a sentence and a "row 12, column »Leder nr.«" location in the user's language.
 */
import { ORGCHART_FIELDS, type OrgChartField } from '../orgchart-mapping.model';
import type { OrgChartProblem, ProblemSeverity } from '../orgchart-problems.model';

/** The subset of i18next's `t` these helpers need (keys are given with their namespace). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

export const SEVERITIES: readonly ProblemSeverity[] = ['fatal', 'error', 'warning'];

export function isOrgChartField(value: unknown): value is OrgChartField {
  return typeof value === 'string' && (ORGCHART_FIELDS as readonly string[]).includes(value);
}

export function fieldLabel(field: string, t: Translate): string {
  return isOrgChartField(field) ? t(`organisations:fields.${field}`) : field;
}

function intlLocale(language: string): string {
  return language === 'en' ? 'en-GB' : 'da-DK';
}

export function formatCount(value: number, language: string): string {
  return new Intl.NumberFormat(intlLocale(language)).format(value);
}

/** Bytes as "50 MB" (decimal megabytes would disagree with the "50 MB" a user reads in the limit). */
export function formatMegabytes(bytes: number, language: string): string {
  const mb = bytes / (1024 * 1024);
  const digits = mb >= 10 ? 0 : 1;
  return `${new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: digits }).format(mb)} MB`;
}

function listText(values: readonly unknown[], language: string): string {
  const items = values.map(String);
  try {
    return new Intl.ListFormat(intlLocale(language), { style: 'long', type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

/** A cycle reads as a chain back to where it started: "A → B → C → A". */
function cycleText(values: readonly unknown[]): string {
  const items = values.map(String);
  return items.length ? [...items, items[0]].join(' → ') : '';
}

/** The params a problem's text interpolates: numbers formatted, fields named, lists and cycles written out. */
export function problemParams(problem: OrgChartProblem, t: Translate, language: string): Record<string, unknown> {
  const raw: Record<string, unknown> = { ...(problem.params ?? {}) };
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'field' || key === 'otherField') out[key] = fieldLabel(String(value), t);
    else if ((key === 'ids' || key === 'units') && Array.isArray(value)) out[key] = cycleText(value);
    else if (Array.isArray(value)) out[key] = listText(value, language);
    else if (typeof value === 'number') out[key] = formatCount(value, language);
    else if ((key === 'expected' || key === 'detected' || key === 'format') && typeof value === 'string')
      out[key] = t(`organisations:formats.${value}`, { defaultValue: value });
    else out[key] = value;
  }
  if (problem.code === 'file_too_large') {
    if (typeof raw.size === 'number') out.size = formatMegabytes(raw.size, language);
    if (typeof raw.limit === 'number') out.limit = formatMegabytes(raw.limit, language);
  }
  if (problem.code === 'manager_cycle' && Array.isArray(raw.rows)) out.rows = listText(raw.rows, language);
  if ('extension' in raw) out.extension = raw.extension ? `.${String(raw.extension)}` : t('organisations:formats.none');
  return out;
}

/** The problem as a sentence, e.g. "Medarbejdernummeret »1042« står også i række 7." */
export function problemText(problem: OrgChartProblem, t: Translate, language: string): string {
  return t(`organisations:problems.${problem.code}`, {
    ...problemParams(problem, t, language),
    defaultValue: t('organisations:problems.unknown', { code: problem.code }),
  });
}

/**
 * Where the problem is. Row problems name the mapped field and the file's own header (`params.header`); problems
 * in the file itself name the spreadsheet column letter; file-wide problems have no location.
 */
export function problemLocation(problem: OrgChartProblem, t: Translate, language: string): string {
  const header = typeof problem.params?.header === 'string' ? problem.params.header : null;
  const column = problem.column
    ? isOrgChartField(problem.column)
      ? (header ?? fieldLabel(problem.column, t))
      : problem.column
    : null;
  const row = problem.row === undefined ? null : formatCount(problem.row, language);
  if (row !== null && column !== null) return t('organisations:problemLocation.rowColumn', { row, column });
  if (row !== null) return t('organisations:problemLocation.row', { row });
  if (column !== null) return t('organisations:problemLocation.column', { column });
  return t('organisations:problemLocation.file');
}

/** Problems grouped by severity, most severe first, each group in the order the API sent it (file order). */
export function groupBySeverity(
  problems: readonly OrgChartProblem[],
): { severity: ProblemSeverity; problems: OrgChartProblem[] }[] {
  return SEVERITIES.map((severity) => ({ severity, problems: problems.filter((p) => p.severity === severity) })).filter(
    (group) => group.problems.length > 0,
  );
}
