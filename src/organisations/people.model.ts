/**
 * Pure rules of the people directory, the org-chart view and the privacy tools: filters, leader status, search
 * patterns, export rows. No I/O; the web pages may import it.
 */

export const CONSENT_METHODS = ['web_form', 'paper', 'email', 'verbal', 'other'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

export const PEOPLE_SORTS = ['name', 'unit', 'tenure'] as const;
export type PeopleSort = (typeof PEOPLE_SORTS)[number];

/** `first_line`: confirmed, or suggested and not rejected. `none`: everyone else. */
export const LEADER_FILTERS = ['first_line', 'confirmed', 'none'] as const;
export type LeaderFilter = (typeof LEADER_FILTERS)[number];

export const STATUS_FILTERS = ['active', 'left', 'all'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export const PEOPLE_PAGE_DEFAULT = 50;
export const PEOPLE_PAGE_MAX = 200;
/** Rows per database page while exporting. */
export const PEOPLE_EXPORT_PAGE = 2000;
export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface PeopleFilter {
  q?: string;
  unitId?: string;
  areaId?: string;
  leader?: LeaderFilter;
  /** Defaults to `active`. */
  status?: StatusFilter;
}

export type LeaderStatus = 'confirmed' | 'suggested' | 'rejected' | null;

/** HR's decision wins; without one, a detection suggestion shows as `suggested`. */
export function leaderStatusOf(suggestion: string | null, decision: string | null): LeaderStatus {
  if (decision === 'confirmed' || decision === 'rejected') return decision;
  return suggestion ? 'suggested' : null;
}

/** Counted as a first-line leader in the org chart: confirmed, or suggested without a rejection. */
export function isCountedLeader(suggestion: string | null, decision: string | null): boolean {
  return decision === 'confirmed' || (suggestion !== null && decision !== 'rejected');
}

/**
 * The LIKE pattern for a search: NFC and lower-cased (the query compares with lower() of NFC-stored text, so
 * "ærø" finds "Ærø"), wildcards in the input taken literally, whitespace collapsed. Null for an empty search.
 */
export function searchPattern(q: string | undefined): string | null {
  const text = (q ?? '').normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  if (text === '') return null;
  return `%${text.replace(/[\\%_]/g, '\\$&')}%`;
}

/** Today's date in Copenhagen as `YYYY-MM-DD` (tenure counts whole years to the Danish calendar day). */
export function copenhagenToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(now);
}

/** Percent done of an export, never 100 before the file is stored. */
export function exportProgress(done: number, total: number): number {
  if (total <= 0) return 95;
  return Math.min(95, Math.floor((95 * done) / total));
}

export interface PersonExportRow {
  pseudonym: string;
  employeeId: string;
  name: string;
  email: string | null;
  jobTitle: string | null;
  unitName: string | null;
  areaName: string | null;
  leaderStatus: LeaderStatus;
  leaderSince: string | null;
  tenureYears: number | null;
  status: 'active' | 'left';
}

/**
 * One spreadsheet row, every cell as text: a number typed as a string stays what HR wrote, and text cells go
 * through the formula neutraliser in the writer. `labels` translates leader status and person status.
 */
export function personExportCells(row: PersonExportRow, labels: (key: string) => string): string[] {
  return [
    row.pseudonym,
    row.employeeId,
    row.name,
    row.email ?? '',
    row.jobTitle ?? '',
    row.unitName ?? '',
    row.areaName ?? '',
    row.leaderStatus ? labels(`leader_status.${row.leaderStatus}`) : '',
    row.leaderSince ?? '',
    row.tenureYears === null ? '' : String(row.tenureYears),
    labels(`status.${row.status}`),
  ];
}

/** Audit details of a directory read or export: the filter only, with empty fields left out. */
export function filterDetails(filter: PeopleFilter): Record<string, string> {
  const details: Record<string, string> = {};
  for (const [key, value] of Object.entries(filter)) {
    if (typeof value === 'string' && value !== '') details[key] = value;
  }
  return details;
}
