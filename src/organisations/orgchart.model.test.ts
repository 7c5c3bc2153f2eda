import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findManagerCycles, validateOrgChart } from './orgchart.model';
import type { TableRow } from './orgchart-mapping.model';
import { canImport, problem } from './orgchart-problems.model';

const HEADER = [
  'Medarbejdernr',
  'Navn',
  'E-mail',
  'Stilling',
  'Afdeling',
  'Overordnet afdeling',
  'Leder medarbejdernr',
  'Leder siden',
];

/** Header on row 1, data from row 2, as a spreadsheet numbers them. */
function table(...data: string[][]): TableRow[] {
  return [HEADER, ...data].map((cells, i) => ({ row: i + 1, cells }));
}

const person = (
  id: string,
  manager = '',
  extra: Partial<Record<'name' | 'email' | 'title' | 'unit' | 'parent' | 'since', string>> = {},
) => [
  id,
  extra.name ?? `Person ${id}`,
  extra.email ?? '',
  extra.title ?? 'Pædagog',
  extra.unit ?? 'Børnehuset Stjernen',
  extra.parent ?? '',
  manager,
  extra.since ?? '',
];

describe('validateOrgChart', () => {
  it('turns a clean file into people and a unit tree without problems', () => {
    const result = validateOrgChart(
      table(
        person('1', '', { title: 'Kommunaldirektør', unit: 'Viborg Kommune' }),
        person('2', '1', { title: 'Direktør', unit: 'Børn og Unge', parent: 'Viborg Kommune' }),
        person('3', '2', {
          title: 'Daglig leder',
          unit: 'Børnehuset Stjernen',
          parent: 'Børn og Unge',
          since: '01.08.2019',
          email: 'leder@viborg.dk',
        }),
        person('4', '3'),
      ),
    );
    expect(result.problems).toEqual([]);
    expect(canImport(result.problems)).toBe(true);
    expect(result.people.map((p) => [p.employeeId, p.managerEmployeeId, p.unitKey])).toEqual([
      ['1', null, 'Viborg Kommune'],
      ['2', '1', 'Viborg Kommune/Børn og Unge'],
      ['3', '2', 'Viborg Kommune/Børn og Unge/Børnehuset Stjernen'],
      ['4', '3', 'Viborg Kommune/Børn og Unge/Børnehuset Stjernen'],
    ]);
    expect(result.people[2]).toMatchObject({
      leaderSince: '2019-08-01',
      email: 'leder@viborg.dk',
      jobTitle: 'Daglig leder',
      row: 4,
    });
    expect(result.units).toEqual([
      { key: 'Viborg Kommune', name: 'Viborg Kommune', parentKey: null, path: ['Viborg Kommune'] },
      {
        key: 'Viborg Kommune/Børn og Unge',
        name: 'Børn og Unge',
        parentKey: 'Viborg Kommune',
        path: ['Viborg Kommune', 'Børn og Unge'],
      },
      {
        key: 'Viborg Kommune/Børn og Unge/Børnehuset Stjernen',
        name: 'Børnehuset Stjernen',
        parentKey: 'Viborg Kommune/Børn og Unge',
        path: ['Viborg Kommune', 'Børn og Unge', 'Børnehuset Stjernen'],
      },
    ]);
  });

  it('reports empty required columns by row and column, with the file’s own header', () => {
    const result = validateOrgChart(
      table(person('', ''), person('2', '', { name: '   ' }), person('3', '', { unit: '' })),
    );
    expect(result.problems.map((p) => [p.code, p.row, p.column, p.params?.header])).toEqual([
      ['required_value_missing', 2, 'employeeId', 'Medarbejdernr'],
      ['required_value_missing', 3, 'name', 'Navn'],
      ['required_value_missing', 4, 'unit', 'Afdeling'],
    ]);
    expect(result.people).toEqual([]);
    expect(canImport(result.problems)).toBe(false);
  });

  it('reports a duplicate employee id with the row where it first appeared, keeping the first', () => {
    const result = validateOrgChart(table(person('E7'), person('E8'), person('E7', '', { name: 'Another' })));
    expect(result.problems).toEqual([
      problem(
        'duplicate_employee_id',
        { row: 4, column: 'employeeId' },
        { header: 'Medarbejdernr', value: 'E7', firstRow: 2 },
      ),
    ]);
    expect(result.people.map((p) => p.name)).toEqual(['Person E7', 'Person E8']);
  });

  it('reports a manager id that does not exist and a person managing themselves', () => {
    const result = validateOrgChart(table(person('1', '99'), person('2', '2')));
    expect(result.problems.map((p) => [p.code, p.row, p.params?.value])).toEqual([
      ['manager_not_found', 2, '99'],
      ['manager_is_self', 3, '2'],
    ]);
    expect(result.people.every((p) => p.managerEmployeeId === null)).toBe(true);
  });

  it('reports a cycle in the reporting lines once, with its ids in manager order from the first in the file', () => {
    const result = validateOrgChart(
      table(person('0'), person('B', 'C'), person('A', 'B'), person('C', 'A'), person('D', 'A')),
    );
    const cycles = result.problems.filter((p) => p.code === 'manager_cycle');
    expect(cycles).toEqual([
      problem(
        'manager_cycle',
        { row: 3, column: 'managerEmployeeId' },
        { header: 'Leder medarbejdernr', ids: ['B', 'C', 'A'], rows: [3, 5, 4] },
      ),
    ]);
    expect(result.problems).toHaveLength(1);
  });

  it('reports invalid dates and e-mails but keeps the person, without the bad value', () => {
    const result = validateOrgChart(table(person('1', '', { since: '31-02-2024', email: 'anne.viborg.dk' })));
    expect(result.problems.map((p) => [p.code, p.column, p.params?.value])).toEqual([
      ['invalid_email', 'email', 'anne.viborg.dk'],
      ['invalid_date', 'leaderSince', '31-02-2024'],
    ]);
    expect(result.people[0]).toMatchObject({ email: null, leaderSince: null });
  });

  it('warns about an e-mail used twice, whatever its case', () => {
    const result = validateOrgChart(
      table(person('1', '', { email: 'a@viborg.dk' }), person('2', '', { email: 'A@Viborg.dk' })),
    );
    expect(result.problems.map((p) => [p.code, p.severity, p.row, p.params?.firstRow])).toEqual([
      ['duplicate_email', 'warning', 3, 2],
    ]);
    expect(canImport(result.problems)).toBe(true);
  });

  it('reports a unit given two different parents, and a cycle of units', () => {
    const conflict = validateOrgChart(
      table(
        person('1', '', { unit: 'Team A', parent: 'Center X' }),
        person('2', '', { unit: 'Team A', parent: 'Center Y' }),
      ),
    );
    expect(conflict.problems.map((p) => [p.code, p.row, p.params?.firstParent, p.params?.parent])).toEqual([
      ['unit_parent_conflict', 3, 'Center X', 'Center Y'],
    ]);
    const cycle = validateOrgChart(
      table(
        person('1', '', { unit: 'X', parent: 'Y' }),
        person('2', '', { unit: 'Y', parent: 'Z' }),
        person('3', '', { unit: 'Z', parent: 'X' }),
      ),
    );
    expect(cycle.problems.map((p) => [p.code, p.row, p.params?.units])).toEqual([['unit_cycle', 2, ['X', 'Y', 'Z']]]);
    // Every unit still has a path, and every person a unit in the tree.
    const keys = new Set(cycle.units.map((u) => u.key));
    expect(cycle.people.every((p) => keys.has(p.unitKey))).toBe(true);
  });

  it('builds units from a path, completing it with the unit column when the path holds only the parents', () => {
    const rows: TableRow[] = [
      { row: 1, cells: ['Nr', 'Navn', 'Afdeling', 'Afdelingssti'] },
      { row: 2, cells: ['1', 'Anne', 'Vej og Park', 'Viborg Kommune/Teknik og Miljø/Vej og Park'] },
      { row: 3, cells: ['2', 'Bo', 'Vej og Park', 'Viborg Kommune / Teknik og Miljø'] },
      { row: 4, cells: ['3', 'Åse', '', 'Viborg Kommune/Teknik og Miljø'] },
      { row: 5, cells: ['4', 'Ib', 'Vej og Park', 'Skive Kommune/Teknik og Miljø'] },
    ];
    const result = validateOrgChart(rows);
    expect(result.problems).toEqual([]);
    expect(result.people.map((p) => p.unitKey)).toEqual([
      'Viborg Kommune/Teknik og Miljø/Vej og Park',
      'Viborg Kommune/Teknik og Miljø/Vej og Park',
      'Viborg Kommune/Teknik og Miljø',
      'Skive Kommune/Teknik og Miljø/Vej og Park',
    ]);
    // Same names in different places are different units.
    expect(result.units.filter((u) => u.name === 'Vej og Park')).toHaveLength(2);
    expect(result.units.map((u) => u.key)).toContain('Skive Kommune');
  });

  it('detects the path separator a file uses', () => {
    const rows: TableRow[] = [
      { row: 1, cells: ['Nr', 'Navn', 'Sti'] },
      { row: 2, cells: ['1', 'Anne', 'Viborg Kommune > Social/Beskæftigelse > Jobcenter'] },
    ];
    expect(validateOrgChart(rows).units.map((u) => u.name)).toEqual([
      'Viborg Kommune',
      'Social/Beskæftigelse',
      'Jobcenter',
    ]);
  });

  it('uses a remembered mapping, and stops at a fatal mapping problem', () => {
    const rows: TableRow[] = [
      { row: 1, cells: ['Kolonne 1', 'Kolonne 2', 'Kolonne 3'] },
      { row: 2, cells: ['1', 'Anne', 'Løn'] },
    ];
    const mapped = validateOrgChart(rows, {
      mapping: { employeeId: 'Kolonne 1', name: 'Kolonne 2', unit: 'Kolonne 3' },
    });
    expect(mapped.people.map((p) => [p.employeeId, p.name, p.unitKey])).toEqual([['1', 'Anne', 'Løn']]);
    const broken = validateOrgChart(rows, { mapping: { employeeId: 'Nr', name: 'Kolonne 2', unit: 'Kolonne 3' } });
    expect(broken.people).toEqual([]);
    expect(broken.problems.map((p) => p.code)).toEqual(['mapping_column_not_found']);
  });

  it('joins split first and last names, and requires at least one of them', () => {
    const rows: TableRow[] = [
      { row: 1, cells: ['Nr', 'Fornavn', 'Efternavn', 'Afdeling'] },
      { row: 2, cells: ['1', 'Åse', 'Ørum', 'Løn'] },
      { row: 3, cells: ['2', '', 'Bøgh', 'Løn'] },
      { row: 4, cells: ['3', '', '', 'Løn'] },
    ];
    const result = validateOrgChart(rows);
    expect(result.people.map((p) => p.name)).toEqual(['Åse Ørum', 'Bøgh']);
    expect(result.problems.map((p) => [p.code, p.row, p.column])).toEqual([['required_value_missing', 4, 'lastName']]);
  });

  it('reports a file without a header, and a header without people', () => {
    expect(validateOrgChart([]).problems.map((p) => p.code)).toEqual(['header_not_found']);
    const headerOnly = validateOrgChart(table());
    expect(headerOnly.problems.map((p) => [p.code, p.severity])).toEqual([['no_data_rows', 'fatal']]);
    expect(canImport(headerOnly.problems)).toBe(false);
  });

  it('merges file problems, dropping merged title cells above the header', () => {
    const rows: TableRow[] = [
      { row: 1, cells: ['Medarbejdere 2026'] },
      { row: 2, cells: HEADER },
      { row: 3, cells: person('1', '', { unit: 'Løn' }) },
    ];
    const fileProblems = [
      problem('merged_cells', { row: 1, column: 'A' }, { range: 'A1:H1', lastRow: 1 }),
      problem('merged_cells', { row: 3, column: 'E' }, { range: 'E3:E4', lastRow: 4 }),
    ];
    const result = validateOrgChart(rows, { fileProblems });
    expect(result.problems.map((p) => p.params?.range)).toEqual(['E3:E4']);
    expect(canImport(result.problems)).toBe(false);
  });

  it('property: never throws, and every row problem points at a data row of the input', () => {
    const cell = fc.oneof(
      fc.constantFrom('', '1', '2', '3', 'A', '31-02-2024', 'x@y.dk', 'a/b'),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 0, maxLength: 9 }), { maxLength: 30 }), (data) => {
        const rows = table(...data);
        const result = validateOrgChart(rows);
        const dataRows = new Set(rows.slice(1).map((r) => r.row));
        for (const p of result.problems) if (p.row !== undefined) expect(dataRows.has(p.row)).toBe(true);
        const ids = result.people.map((p) => p.employeeId);
        expect(new Set(ids).size).toBe(ids.length);
        const known = new Set(ids);
        for (const p of result.people)
          if (p.managerEmployeeId !== null) expect(known.has(p.managerEmployeeId)).toBe(true);
        const units = new Set(result.units.map((u) => u.key));
        for (const p of result.people) expect(units.has(p.unitKey)).toBe(true);
        for (const u of result.units) if (u.parentKey !== null) expect(units.has(u.parentKey)).toBe(true);
      }),
    );
  });
});

describe('findManagerCycles', () => {
  it('finds each cycle once, including separate ones, and ignores chains leading into a cycle', () => {
    const people = [
      { employeeId: 'a', managerEmployeeId: 'b' },
      { employeeId: 'b', managerEmployeeId: 'a' },
      { employeeId: 'c', managerEmployeeId: 'a' },
      { employeeId: 'd', managerEmployeeId: 'e' },
      { employeeId: 'e', managerEmployeeId: 'f' },
      { employeeId: 'f', managerEmployeeId: 'd' },
      { employeeId: 'g', managerEmployeeId: null },
    ];
    expect(findManagerCycles(people)).toEqual([
      ['a', 'b'],
      ['d', 'e', 'f'],
    ]);
  });

  it('property: on a random forest plus one back edge, it finds exactly the cycle the edge closes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 40 }), fc.infiniteStream(fc.nat()), fc.nat(), (n, picks, pick) => {
        const it = picks[Symbol.iterator]();
        // Person i's manager is someone before them: a forest, no cycles.
        const managers: (number | null)[] = Array.from({ length: n }, (_, i) => (i === 0 ? null : it.next().value % i));
        expect(
          findManagerCycles(
            managers.map((m, i) => ({ employeeId: String(i), managerEmployeeId: m === null ? null : String(m) })),
          ),
        ).toEqual([]);
        // Point a root at a descendant: exactly the path between them becomes a cycle.
        const leaf = 1 + (pick % (n - 1));
        const chain: number[] = [];
        for (let x: number | null = leaf; x !== null; x = managers[x]) chain.push(x);
        const root = chain[chain.length - 1];
        managers[root] = leaf;
        const cycles = findManagerCycles(
          managers.map((m, i) => ({ employeeId: String(i), managerEmployeeId: m === null ? null : String(m) })),
        );
        expect(cycles).toHaveLength(1);
        expect(new Set(cycles[0])).toEqual(new Set(chain.map(String)));
      }),
    );
  });
});
