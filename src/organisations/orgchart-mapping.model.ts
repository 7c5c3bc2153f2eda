/**
 * Which column of an HR export holds which field. The mapping names columns by their header text, not their
 * position, so the mapping remembered per organisation still fits next month's export when columns move.
 */
import { type OrgChartProblem, problem } from './orgchart-problems.model';

export const ORGCHART_FIELDS = [
  'employeeId',
  'name',
  // Many HR exports split the name; the import joins them when there is no full-name column.
  'firstName',
  'lastName',
  'email',
  'jobTitle',
  'unit',
  'parentUnit',
  'unitPath',
  'managerEmployeeId',
  'leaderSince',
] as const;

export type OrgChartField = (typeof ORGCHART_FIELDS)[number];

/** Field → header text of the column that holds it. */
export type OrgChartMapping = Partial<Record<OrgChartField, string>>;

/** Field → 0-based column index in the table. */
export type ResolvedColumns = Partial<Record<OrgChartField, number>>;

/** One row of the uploaded table: its row number in the file and its cells as trimmed NFC text. */
export interface TableRow {
  row: number;
  cells: string[];
}

/** Lower case, NFC, letters and digits only: "Medarbejder nr." and "medarbejdernr" are the same header. */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

// Normalised header names seen in Danish HR systems (KMD, Silkeborg Data/Fujitsu, SD Løn, Emply …) and in English.
const SYNONYMS: Record<OrgChartField, readonly string[]> = {
  employeeId: [
    'medarbejdernr',
    'medarbejdernummer',
    'medarbnr',
    'mednr',
    'medarbejderid',
    'lønnr',
    'lønnummer',
    'tjenestenr',
    'tjenestenummer',
    'tjnr',
    'personalenr',
    'personalenummer',
    'ansatnr',
    'ansættelsesnr',
    'ansættelsesnummer',
    'employeeid',
    'employeenumber',
    'employeeno',
    'empid',
    'empno',
    'staffid',
    'personid',
    'id',
    'nr',
  ],
  name: [
    'navn',
    'fuldtnavn',
    'fuldenavn',
    'medarbejdernavn',
    'medarbejder',
    'name',
    'fullname',
    'employeename',
    'displayname',
  ],
  firstName: ['fornavn', 'fornavne', 'firstname', 'givenname'],
  lastName: ['efternavn', 'lastname', 'surname', 'familyname'],
  email: ['email', 'epost', 'emailadresse', 'mail', 'mailadresse', 'arbejdsmail', 'emailaddress', 'workemail'],
  jobTitle: [
    'stilling',
    'stillingsbetegnelse',
    'stillingsbet',
    'titel',
    'jobtitel',
    'jobfunktion',
    'funktion',
    'jobtitle',
    'title',
    'position',
  ],
  unit: [
    'afdeling',
    'afdelingsnavn',
    'enhed',
    'enhedsnavn',
    'organisatoriskenhed',
    'orgenhed',
    'arbejdssted',
    'institution',
    'unit',
    'orgunit',
    'department',
    'team',
  ],
  parentUnit: [
    'overordnetafdeling',
    'overordnetenhed',
    'forældreenhed',
    'forældreafdeling',
    'moderafdeling',
    'parentunit',
    'parentdepartment',
    'parentorgunit',
  ],
  unitPath: [
    'afdelingssti',
    'enhedssti',
    'organisationssti',
    'orgsti',
    'sti',
    'organisationshierarki',
    'hierarki',
    'unitpath',
    'orgpath',
    'path',
    'hierarchy',
  ],
  managerEmployeeId: [
    'ledermedarbejdernr',
    'ledermedarbejdernummer',
    'ledersmedarbejdernr',
    'nærmesteledermedarbejdernr',
    'nærmesteledernr',
    'ledernr',
    'lederid',
    'ledersid',
    'chefnr',
    'manageremployeeid',
    'manageremployeenumber',
    'managerid',
    'supervisorid',
    'reportsto',
  ],
  leaderSince: [
    'ledersiden',
    'lederfra',
    'lederstartdato',
    'ledertiltrådt',
    'iledelsesiden',
    'leadersince',
    'managersince',
    'managerstartdate',
  ],
};

// When no exact synonym matches: word parts, checked in this order so that "Leder medarbejdernr" is the manager's
// id (not the employee id) and "Overordnet afdeling" the parent (not the unit).
const CONTAINS: readonly [OrgChartField, (h: string) => boolean][] = [
  ['leaderSince', (h) => /(leder|ledelse|manager).*(siden|fra|start|dato|since|date)/.test(h)],
  ['managerEmployeeId', (h) => /(leder|chef|manager|supervisor)/.test(h) && /(nr|nummer|id|number|no)$/.test(h)],
  ['parentUnit', (h) => /(overordnet|forælder|parent)/.test(h)],
  ['unitPath', (h) => /(sti|path|hierarki|hierarchy)$/.test(h)],
  ['email', (h) => /(email|mail|epost)/.test(h)],
  ['employeeId', (h) => /(medarbejder|løn|tjeneste|personale|ansat|employee).*(nr|nummer|id)$/.test(h)],
  ['name', (h) => /navn$|name$/.test(h) && !/(for|efter|mellem|kalde|first|last|given|family|middle)/.test(h)],
  ['jobTitle', (h) => /(stilling|titel|title)/.test(h)],
  ['unit', (h) => /(afdeling|enhed|unit|department)/.test(h)],
];

/** A mapping guessed from the headers; each column is used for at most one field. */
export function suggestMapping(headers: readonly string[]): OrgChartMapping {
  const normalised = headers.map(normaliseHeader);
  const mapping: OrgChartMapping = {};
  const taken = new Set<number>();
  const assign = (field: OrgChartField, index: number) => {
    mapping[field] = headers[index];
    taken.add(index);
  };
  for (const field of ORGCHART_FIELDS) {
    // Earlier synonyms are better names for the field, so search synonym by synonym.
    for (const synonym of SYNONYMS[field]) {
      const index = normalised.findIndex((h, i) => h === synonym && !taken.has(i));
      if (index >= 0) {
        assign(field, index);
        break;
      }
    }
  }
  for (const [field, matches] of CONTAINS) {
    if (mapping[field] !== undefined) continue;
    const index = normalised.findIndex((h, i) => h !== '' && !taken.has(i) && matches(h));
    if (index >= 0) assign(field, index);
  }
  // A parent unit and a unit path describe the tree twice; the path is the more complete of the two.
  if (mapping.unitPath !== undefined && mapping.parentUnit !== undefined) delete mapping.parentUnit;
  return mapping;
}

/** How many fields a header row maps; used to tell the header from title rows above it. */
function mappingScore(cells: readonly string[]): number {
  return Object.keys(suggestMapping(cells)).length;
}

/**
 * The header row: among the first rows, the one whose cells map the most fields (a sheet may start with a title
 * row or a blank line); without any recognisable header, the first row with two or more filled cells.
 */
export function locateHeader(rows: readonly TableRow[], lookahead = 10): number {
  let best = -1;
  let bestScore = 0;
  for (let i = 0; i < Math.min(rows.length, lookahead); i++) {
    const score = mappingScore(rows[i].cells);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  if (best >= 0) return best;
  return rows.findIndex((r, i) => i < lookahead && r.cells.filter((c) => c !== '').length >= 2);
}

/**
 * Column indexes for a mapping, with a problem for every required field that is not mapped, every mapped header
 * the file lacks, and a header mapped to two fields. Headers are compared normalised.
 */
export function resolveMapping(
  headers: readonly string[],
  mapping: OrgChartMapping,
): { columns: ResolvedColumns; problems: OrgChartProblem[] } {
  const problems: OrgChartProblem[] = [];
  const columns: ResolvedColumns = {};
  const normalised = headers.map(normaliseHeader);
  // The first of two equal headers wins; the user is told, since the second column is then unreachable.
  const seen = new Map<string, number>();
  const counts = new Map<string, number>();
  normalised.forEach((h, i) => {
    if (h === '') return;
    if (!seen.has(h)) seen.set(h, i);
    counts.set(h, (counts.get(h) ?? 0) + 1);
  });
  for (const [h, count] of counts) {
    if (count > 1) problems.push(problem('duplicate_header', {}, { header: headers[seen.get(h)!], count }));
  }
  const usedBy = new Map<number, OrgChartField>();
  for (const field of ORGCHART_FIELDS) {
    const header = mapping[field];
    if (header === undefined || header.trim() === '') continue;
    const index = seen.get(normaliseHeader(header));
    if (index === undefined) {
      problems.push(problem('mapping_column_not_found', { column: field }, { field, header }));
      continue;
    }
    const other = usedBy.get(index);
    if (other) {
      problems.push(problem('mapping_column_used_twice', { column: field }, { field, otherField: other, header }));
      continue;
    }
    usedBy.set(index, field);
    columns[field] = index;
  }
  if (mapping.employeeId === undefined)
    problems.push(problem('mapping_field_missing', { column: 'employeeId' }, { field: 'employeeId' }));
  if (mapping.name === undefined && mapping.firstName === undefined && mapping.lastName === undefined)
    problems.push(problem('mapping_field_missing', { column: 'name' }, { field: 'name' }));
  if (mapping.unit === undefined && mapping.unitPath === undefined)
    problems.push(problem('mapping_field_missing', { column: 'unit' }, { field: 'unit' }));
  if (mapping.parentUnit !== undefined && mapping.unitPath !== undefined)
    problems.push(problem('mapping_parent_and_path', { column: 'parentUnit' }));
  return { columns, problems };
}
