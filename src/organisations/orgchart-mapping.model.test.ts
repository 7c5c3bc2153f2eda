import { describe, expect, it } from 'vitest';
import { locateHeader, normaliseHeader, resolveMapping, suggestMapping } from './orgchart-mapping.model';

describe('suggestMapping', () => {
  it('maps the Danish headers of a typical HR export, telling the manager id from the employee id', () => {
    const headers = [
      'Medarbejdernr',
      'Navn',
      'E-mail',
      'Stilling',
      'Afdeling',
      'Overordnet afdeling',
      'Leder medarbejdernr',
      'Leder siden',
    ];
    expect(suggestMapping(headers)).toEqual({
      employeeId: 'Medarbejdernr',
      name: 'Navn',
      email: 'E-mail',
      jobTitle: 'Stilling',
      unit: 'Afdeling',
      parentUnit: 'Overordnet afdeling',
      managerEmployeeId: 'Leder medarbejdernr',
      leaderSince: 'Leder siden',
    });
  });

  it('maps English headers and a unit path', () => {
    const headers = [
      'Employee ID',
      'Full name',
      'Email address',
      'Job title',
      'Department',
      'Unit path',
      'Manager ID',
      'Leader since',
    ];
    expect(suggestMapping(headers)).toEqual({
      employeeId: 'Employee ID',
      name: 'Full name',
      email: 'Email address',
      jobTitle: 'Job title',
      unit: 'Department',
      unitPath: 'Unit path',
      managerEmployeeId: 'Manager ID',
      leaderSince: 'Leader since',
    });
  });

  it('copes with spelling variants: case, dots, spaces and word order parts', () => {
    const mapping = suggestMapping([
      'Lønnr.',
      'MEDARBEJDERNAVN',
      'Arbejdsmail',
      'Stillingsbetegnelse',
      'Enhed',
      'Nærmeste leders medarbejdernr.',
      'Leder fra dato',
    ]);
    expect(mapping).toMatchObject({
      employeeId: 'Lønnr.',
      name: 'MEDARBEJDERNAVN',
      email: 'Arbejdsmail',
      jobTitle: 'Stillingsbetegnelse',
      unit: 'Enhed',
      managerEmployeeId: 'Nærmeste leders medarbejdernr.',
      leaderSince: 'Leder fra dato',
    });
  });

  it('uses a column once and prefers the unit path over a parent unit', () => {
    const mapping = suggestMapping(['Nr', 'Navn', 'Afdeling', 'Overordnet afdeling', 'Afdelingssti']);
    expect(mapping.unitPath).toBe('Afdelingssti');
    expect(mapping.parentUnit).toBeUndefined();
    const used = Object.values(mapping);
    expect(new Set(used).size).toBe(used.length);
  });

  it('maps split first and last names, never as the full name', () => {
    expect(suggestMapping(['Medarbejdernr', 'Fornavn', 'Efternavn', 'Afdeling'])).toEqual({
      employeeId: 'Medarbejdernr',
      firstName: 'Fornavn',
      lastName: 'Efternavn',
      unit: 'Afdeling',
    });
    expect(suggestMapping(['Nr', 'Kaldenavn', 'Mellemnavn']).name).toBeUndefined();
    expect(suggestMapping(['Nr', 'Medarbejderens fulde navn']).name).toBe('Medarbejderens fulde navn');
  });

  it('leaves unknown columns unmapped', () => {
    expect(suggestMapping(['Farve', 'Skostørrelse'])).toEqual({});
  });
});

describe('normaliseHeader', () => {
  it('keeps Danish letters and drops punctuation and spacing', () => {
    expect(normaliseHeader(' Leder (medarbejder-nr.) ')).toBe('ledermedarbejdernr');
    expect(normaliseHeader('Lønnummer')).toBe('lønnummer');
  });
});

describe('locateHeader', () => {
  it('skips a title row and blank space above the header', () => {
    const rows = [
      { row: 1, cells: ['Medarbejderoversigt Viborg Kommune november 2026'] },
      { row: 3, cells: ['Udtrukket', '2026-11-27'] },
      { row: 4, cells: ['Medarbejdernr', 'Navn', 'Afdeling'] },
      { row: 5, cells: ['1', 'Anne', 'Vej og Park'] },
    ];
    expect(locateHeader(rows)).toBe(2);
  });

  it('falls back to the first row with two or more cells when nothing is recognisable', () => {
    expect(
      locateHeader([
        { row: 1, cells: ['x'] },
        { row: 2, cells: ['a', 'b'] },
      ]),
    ).toBe(1);
    expect(locateHeader([{ row: 1, cells: ['x'] }])).toBe(-1);
  });
});

describe('resolveMapping', () => {
  const headers = ['Medarbejdernr', 'Navn', 'Afdeling', 'Navn', 'Sti'];

  it('finds columns by normalised header text, wherever they moved', () => {
    const { columns, problems } = resolveMapping(['Afdeling', 'NAVN', 'medarbejder nr'], {
      employeeId: 'Medarbejder-nr',
      name: 'Navn',
      unit: 'Afdeling',
    });
    expect(columns).toEqual({ employeeId: 2, name: 1, unit: 0 });
    expect(problems).toEqual([]);
  });

  it('reports missing required fields, unknown headers, a header used twice and parent plus path', () => {
    const { problems } = resolveMapping(headers, {
      name: 'Navn',
      email: 'E-mail',
      jobTitle: 'navn',
      parentUnit: 'Afdeling',
      unitPath: 'Sti',
    });
    const codes = problems.map((p) => [p.code, p.column]);
    expect(codes).toContainEqual(['mapping_field_missing', 'employeeId']);
    expect(codes).toContainEqual(['mapping_column_not_found', 'email']);
    expect(codes).toContainEqual(['mapping_column_used_twice', 'jobTitle']);
    expect(codes).toContainEqual(['mapping_parent_and_path', 'parentUnit']);
    expect(codes).toContainEqual(['duplicate_header', undefined]);
    expect(problems.find((p) => p.code === 'duplicate_header')?.params).toEqual({ header: 'Navn', count: 2 });
    expect(problems.every((p) => p.severity === 'fatal' || p.code === 'duplicate_header')).toBe(true);
  });

  it('accepts split names instead of a full name', () => {
    const { problems } = resolveMapping(['Nr', 'Fornavn', 'Efternavn', 'Afd'], {
      employeeId: 'Nr',
      firstName: 'Fornavn',
      lastName: 'Efternavn',
      unit: 'Afd',
    });
    expect(problems).toEqual([]);
  });

  it('needs a unit or a unit path', () => {
    const { problems } = resolveMapping(['Nr', 'Navn'], { employeeId: 'Nr', name: 'Navn' });
    expect(problems.map((p) => p.params)).toEqual([{ field: 'unit' }]);
    expect(resolveMapping(['Nr', 'Navn', 'Sti'], { employeeId: 'Nr', name: 'Navn', unitPath: 'Sti' }).problems).toEqual(
      [],
    );
  });
});
