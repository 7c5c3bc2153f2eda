/**
 * From the uploaded table to people and units: every row checked, every problem reported with its row and column,
 * and the unit tree built from a parent unit column or a unit path ("Viborg Kommune/Teknik og Miljø/Vej og Park").
 * Pure; the service writes the result only when `canImport(problems)`.
 */
import {
  locateHeader,
  type OrgChartField,
  type OrgChartMapping,
  type ResolvedColumns,
  resolveMapping,
  suggestMapping,
  type TableRow,
} from './orgchart-mapping.model';
import {
  hasFatal,
  type OrgChartProblem,
  type OrgChartProblemCode,
  type ProblemParam,
  problem,
  sortProblems,
} from './orgchart-problems.model';
import { detectPathSeparator, type OrgChartUnit, UnitTreeBuilder } from './orgchart-units.model';
import { cleanText, isValidEmail, parseOrgDate } from './orgchart-values.model';

export type { OrgChartUnit } from './orgchart-units.model';

export interface OrgChartPerson {
  /** Row in the file, for pointing back at it. */
  row: number;
  employeeId: string;
  name: string;
  email: string | null;
  jobTitle: string | null;
  unitKey: string;
  managerEmployeeId: string | null;
  /** ISO date. */
  leaderSince: string | null;
}

export interface OrgChartValidation {
  /** Index into the rows of the header row, -1 when none was found. */
  headerIndex: number;
  headers: string[];
  mapping: OrgChartMapping;
  people: OrgChartPerson[];
  /** Parents before children. */
  units: OrgChartUnit[];
  problems: OrgChartProblem[];
}

export interface ValidateOptions {
  /** The remembered mapping; suggested from the headers when absent. */
  mapping?: OrgChartMapping;
  headerIndex?: number;
  /**
   * Problems from reading the file, merged into the result. Merged cells wholly above the header row (a title
   * banner) are dropped: they hold no data.
   */
  fileProblems?: readonly OrgChartProblem[];
}

export function validateOrgChart(rows: readonly TableRow[], options: ValidateOptions = {}): OrgChartValidation {
  const headerIndex = options.headerIndex ?? locateHeader(rows);
  const headerRow = rows[headerIndex]?.row ?? 0;
  const fileProblems = (options.fileProblems ?? []).filter(
    (p) => !(p.code === 'merged_cells' && Number(p.params?.lastRow) < headerRow),
  );
  const empty = (problems: OrgChartProblem[], headers: string[] = [], mapping: OrgChartMapping = {}) => ({
    headerIndex,
    headers,
    mapping,
    people: [],
    units: [],
    problems: sortProblems([...fileProblems, ...problems]),
  });
  if (hasFatal(fileProblems)) return empty([]);
  if (headerIndex < 0 || headerIndex >= rows.length) return empty([problem('header_not_found')]);
  const headers = rows[headerIndex].cells.map(cleanText);
  const mapping = options.mapping ?? suggestMapping(headers);
  const resolved = resolveMapping(headers, mapping);
  if (hasFatal(resolved.problems)) return empty(resolved.problems, headers, mapping);

  const checker = new RowChecker(headers, resolved.columns, [...fileProblems, ...resolved.problems]);
  const dataRows = rows.slice(headerIndex + 1).filter((r) => r.cells.some((c) => c !== ''));
  // A header without people would, on a re-import, mark the whole organisation as left.
  if (dataRows.length === 0) return empty([...resolved.problems, problem('no_data_rows')], headers, mapping);
  const pathSeparator =
    resolved.columns.unitPath === undefined
      ? '/'
      : detectPathSeparator(dataRows.slice(0, 1000).map((r) => r.cells[resolved.columns.unitPath!] ?? ''));
  const units = new UnitTreeBuilder(checker.problems);
  const people: OrgChartPerson[] = [];
  // With a parent-unit column a unit's key is known only once every row is read: remember each person's unit name.
  const unitNames: string[] = [];
  for (const r of dataRows) {
    const checked = checker.person(r, pathSeparator, units);
    if (checked) {
      people.push(checked.person);
      unitNames.push(checked.unitName);
    }
  }
  const unitKeys = units.finish();
  // Completed in place: a copy of every person would double what a 50,000-row import holds at this point.
  for (let i = 0; i < people.length; i++) people[i].unitKey ||= unitKeys.get(unitNames[i])!;
  checkManagers(people, checker);
  return {
    headerIndex,
    headers,
    mapping,
    people,
    units: units.units(),
    problems: sortProblems(checker.problems),
  };
}

class RowChecker {
  readonly ids = new Map<string, number>();
  readonly emails = new Map<string, number>();

  constructor(
    readonly headers: readonly string[],
    readonly columns: ResolvedColumns,
    readonly problems: OrgChartProblem[],
  ) {}

  value(r: TableRow, field: OrgChartField): string {
    const index = this.columns[field];
    return index === undefined ? '' : cleanText(r.cells[index] ?? '');
  }

  report(code: OrgChartProblemCode, row: number, field: OrgChartField, params: Record<string, ProblemParam> = {}) {
    const index = this.columns[field];
    const header = index === undefined ? field : this.headers[index];
    this.problems.push(problem(code, { row, column: field }, { header, ...params }));
  }

  /** The row as a person, or null when it lacks what a person needs (the problems say why). */
  person(
    r: TableRow,
    pathSeparator: string,
    units: UnitTreeBuilder,
  ): { person: OrgChartPerson; unitName: string } | null {
    const employeeId = this.value(r, 'employeeId');
    const name =
      this.value(r, 'name') || [this.value(r, 'firstName'), this.value(r, 'lastName')].filter(Boolean).join(' ');
    const unit = this.value(r, 'unit');
    const pathText = this.value(r, 'unitPath');
    let ok = true;
    if (employeeId === '') {
      this.report('required_value_missing', r.row, 'employeeId', { field: 'employeeId' });
      ok = false;
    } else {
      const firstRow = this.ids.get(employeeId);
      if (firstRow !== undefined) {
        this.report('duplicate_employee_id', r.row, 'employeeId', { value: employeeId, firstRow });
        ok = false;
      } else this.ids.set(employeeId, r.row);
    }
    if (name === '') {
      const field = this.columns.name !== undefined || this.columns.lastName === undefined ? 'name' : 'lastName';
      this.report('required_value_missing', r.row, field, { field });
      ok = false;
    }
    const path = pathText === '' ? [] : pathText.split(pathSeparator).map(cleanText).filter(Boolean);
    // A path may hold the unit itself or only its parents: the unit column completes it in the second case.
    if (unit !== '' && path[path.length - 1] !== unit) path.push(unit);
    if (path.length === 0) {
      const field = this.columns.unit !== undefined ? 'unit' : 'unitPath';
      this.report('required_value_missing', r.row, field, { field });
      ok = false;
    }
    const emailText = this.value(r, 'email');
    let email: string | null = null;
    if (emailText !== '') {
      if (!isValidEmail(emailText)) this.report('invalid_email', r.row, 'email', { value: emailText });
      else {
        email = emailText;
        const key = emailText.toLowerCase();
        const firstRow = this.emails.get(key);
        if (firstRow !== undefined) this.report('duplicate_email', r.row, 'email', { value: emailText, firstRow });
        else this.emails.set(key, r.row);
      }
    }
    const sinceText = this.value(r, 'leaderSince');
    const leaderSince = sinceText === '' ? null : parseOrgDate(sinceText);
    if (sinceText !== '' && leaderSince === null)
      this.report('invalid_date', r.row, 'leaderSince', { value: sinceText });
    if (!ok) return null;

    let unitKey = '';
    if (this.columns.parentUnit !== undefined && this.columns.unitPath === undefined) {
      units.addWithParent(unit, this.value(r, 'parentUnit'), r.row);
    } else unitKey = units.addPath(path);
    const manager = this.value(r, 'managerEmployeeId');
    return {
      person: {
        row: r.row,
        employeeId,
        name,
        email,
        jobTitle: this.value(r, 'jobTitle') || null,
        unitKey,
        managerEmployeeId: manager || null,
        leaderSince,
      },
      unitName: unit,
    };
  }
}

/** Managers must exist, must not be the person, and must not form a cycle (A → B → C → A). */
function checkManagers(people: OrgChartPerson[], checker: RowChecker) {
  const byId = new Map(people.map((p) => [p.employeeId, p]));
  for (const p of people) {
    if (p.managerEmployeeId === null) continue;
    if (p.managerEmployeeId === p.employeeId) {
      checker.report('manager_is_self', p.row, 'managerEmployeeId', { value: p.managerEmployeeId });
      p.managerEmployeeId = null;
    } else if (!byId.has(p.managerEmployeeId) && !checker.ids.has(p.managerEmployeeId)) {
      checker.report('manager_not_found', p.row, 'managerEmployeeId', { value: p.managerEmployeeId });
      p.managerEmployeeId = null;
    } else if (!byId.has(p.managerEmployeeId)) {
      // The manager's own row was rejected (missing name, say); that row already has its problem.
      p.managerEmployeeId = null;
    }
  }
  for (const cycle of findManagerCycles(people)) {
    const members = cycle.map((id) => byId.get(id)!);
    checker.report('manager_cycle', members[0].row, 'managerEmployeeId', {
      ids: cycle,
      rows: members.map((m) => m.row),
    });
  }
}

/**
 * Every cycle in the reporting lines, each once, starting at the member that comes first in the file and following
 * the manager links. Each person has at most one manager, so a walk from any person meets at most one cycle.
 */
export function findManagerCycles(
  people: readonly { employeeId: string; managerEmployeeId: string | null; row?: number }[],
): string[][] {
  const managerOf = new Map(people.map((p) => [p.employeeId, p.managerEmployeeId]));
  const position = new Map(people.map((p, i) => [p.employeeId, p.row ?? i]));
  const state = new Map<string, 'walking' | 'done'>();
  const cycles: string[][] = [];
  for (const p of people) {
    if (state.has(p.employeeId)) continue;
    const walk: string[] = [];
    let current: string | null | undefined = p.employeeId;
    while (current != null && managerOf.has(current) && !state.has(current)) {
      state.set(current, 'walking');
      walk.push(current);
      current = managerOf.get(current);
    }
    if (current != null && state.get(current) === 'walking') {
      const cycle = walk.slice(walk.indexOf(current));
      let start = 0;
      for (let i = 1; i < cycle.length; i++) if (position.get(cycle[i])! < position.get(cycle[start])!) start = i;
      cycles.push([...cycle.slice(start), ...cycle.slice(0, start)]);
    }
    for (const id of walk) state.set(id, 'done');
  }
  return cycles;
}
