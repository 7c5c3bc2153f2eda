/**
 * Problems found while reading and checking an org-chart import. They are values, not exceptions: the preview lists
 * every one by row and column, and the text is made later from the i18n key `orgchart.problems.<code>` with
 * `params`, so the same problem reads in Danish or English.
 */

/** fatal: the file cannot be used at all; error: the import cannot proceed until fixed; warning: informative. */
export type ProblemSeverity = 'fatal' | 'error' | 'warning';

export type ProblemParam = string | number | boolean | readonly string[] | readonly number[];

export const ORGCHART_PROBLEM_CODES = {
  // The file as a whole.
  file_too_large: 'fatal',
  file_empty: 'fatal',
  file_type_unsupported: 'fatal',
  file_content_mismatch: 'fatal',
  file_unreadable: 'fatal',
  xlsx_no_worksheet: 'fatal',
  too_many_rows: 'fatal',
  header_not_found: 'fatal',
  no_data_rows: 'fatal',
  other_sheets_ignored: 'warning',
  too_many_columns: 'warning',
  // Cells as the file holds them.
  csv_unterminated_quote: 'error',
  merged_cells: 'error',
  formula_without_value: 'error',
  cell_error: 'error',
  // The column mapping.
  mapping_field_missing: 'fatal',
  mapping_column_not_found: 'fatal',
  mapping_column_used_twice: 'fatal',
  mapping_parent_and_path: 'fatal',
  duplicate_header: 'warning',
  // Rows.
  required_value_missing: 'error',
  duplicate_employee_id: 'error',
  manager_not_found: 'error',
  manager_is_self: 'error',
  manager_cycle: 'error',
  invalid_date: 'error',
  invalid_email: 'error',
  duplicate_email: 'warning',
  unit_parent_conflict: 'error',
  unit_cycle: 'error',
  // Against the organisation's current people.
  many_people_left: 'warning',
} as const satisfies Record<string, ProblemSeverity>;

export type OrgChartProblemCode = keyof typeof ORGCHART_PROBLEM_CODES;

export interface OrgChartProblem {
  code: OrgChartProblemCode;
  severity: ProblemSeverity;
  /** 1-based row as a spreadsheet shows it (for CSV: the record number, so quoted line breaks do not shift it). */
  row?: number;
  /**
   * For row problems the mapped field (`employeeId`, `managerEmployeeId` …, with the file's own header text in
   * `params.header`); for problems in the file itself the spreadsheet column letter (`A`, `B` …).
   */
  column?: string;
  params?: Record<string, ProblemParam>;
}

export function problem(
  code: OrgChartProblemCode,
  where: { row?: number; column?: string } = {},
  params?: Record<string, ProblemParam>,
): OrgChartProblem {
  const p: OrgChartProblem = { code, severity: ORGCHART_PROBLEM_CODES[code] };
  if (where.row !== undefined) p.row = where.row;
  if (where.column !== undefined) p.column = where.column;
  if (params) p.params = params;
  return p;
}

/** An import may be written only when nothing fatal or erroneous was found. */
export function canImport(problems: readonly OrgChartProblem[]): boolean {
  return !problems.some((p) => p.severity !== 'warning');
}

export function hasFatal(problems: readonly OrgChartProblem[]): boolean {
  return problems.some((p) => p.severity === 'fatal');
}

/** In file order: by row (file-wide problems first), then column. */
export function sortProblems(problems: readonly OrgChartProblem[]): OrgChartProblem[] {
  return [...problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.column ?? '').localeCompare(b.column ?? ''));
}

export const ORGCHART_MAX_BYTES = 50 * 1024 * 1024;
export const ORGCHART_MAX_ROWS = 200_000;
export const ORGCHART_MAX_COLUMNS = 100;

/**
 * For the upload route to call with Content-Length (or the bytes received so far) before buffering a body, so a
 * 200 MB upload is refused without being read.
 */
export function checkUploadSize(bytes: number, limit = ORGCHART_MAX_BYTES): OrgChartProblem | null {
  return bytes > limit ? problem('file_too_large', {}, { size: bytes, limit }) : null;
}

/** 1 → A, 27 → AA (spreadsheet column letters, for problems in the file itself). */
export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
