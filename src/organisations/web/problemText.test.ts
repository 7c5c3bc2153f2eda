import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import da from '../../web/locales/da.json';
import en from '../../web/locales/en.json';
import { ORGCHART_PROBLEM_CODES, problem } from '../orgchart-problems.model';
import { formatMegabytes, groupBySeverity, problemLocation, problemText, type Translate } from './problemText';

async function translator(lng: 'da' | 'en'): Promise<Translate> {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { da, en },
    lng,
    ns: Object.keys(da),
    defaultNS: 'organisations',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance.t.bind(instance) as unknown as Translate;
}

const t = await translator('da');
const tEn = await translator('en');

describe('problemText', () => {
  it('has a Danish and an English text for every problem code', () => {
    const codes = Object.keys(ORGCHART_PROBLEM_CODES);
    const problems = (da as { organisations: { problems: Record<string, string> } }).organisations.problems;
    const problemsEn = (en as { organisations: { problems: Record<string, string> } }).organisations.problems;
    expect(codes.filter((code) => !problems[code])).toEqual([]);
    expect(codes.filter((code) => !problemsEn[code])).toEqual([]);
  });

  it('leaves no placeholder unfilled for the params the import actually sends', () => {
    const samples = [
      problem('file_too_large', {}, { size: 200 * 1024 * 1024, limit: 50 * 1024 * 1024 }),
      problem('file_type_unsupported', {}, { extension: 'pdf' }),
      problem('file_content_mismatch', {}, { extension: 'xlsx', expected: 'xlsx', detected: 'ole2' }),
      problem('other_sheets_ignored', {}, { sheet: 'Ark1', ignored: ['Ark2', 'Ark3'] }),
      problem('merged_cells', { row: 4, column: 'C' }, { range: 'C4:C6', lastRow: 6 }),
      problem(
        'duplicate_employee_id',
        { row: 9, column: 'employeeId' },
        { header: 'Medarb.nr', value: '1042', firstRow: 3 },
      ),
      problem(
        'manager_cycle',
        { row: 5, column: 'managerEmployeeId' },
        { header: 'Leder', ids: ['1', '2', '3'], rows: [5, 6, 7] },
      ),
      problem(
        'mapping_column_used_twice',
        { column: 'name' },
        { field: 'name', otherField: 'unit', header: 'Afdeling' },
      ),
      problem('many_people_left', {}, { left: 120, active: 400, percent: 30 }),
      problem('unit_cycle', { row: 2, column: 'parentUnit' }, { units: ['A', 'B'] }),
    ];
    for (const p of samples) {
      expect(problemText(p, t, 'da')).not.toMatch(/{{|}}/);
      expect(problemText(p, tEn, 'en')).not.toMatch(/{{|}}/);
    }
  });

  it('writes sizes in megabytes, fields by their Danish name, lists and cycles in words', () => {
    expect(
      problemText(problem('file_too_large', {}, { size: 200 * 1024 * 1024, limit: 50 * 1024 * 1024 }), t, 'da'),
    ).toContain('Filen fylder 200 MB. Den må højst fylde 50 MB.');
    expect(
      problemText(problem('mapping_field_missing', { column: 'employeeId' }, { field: 'employeeId' }), t, 'da'),
    ).toBe('Vælg den kolonne, der indeholder »Medarbejdernummer«.');
    expect(
      problemText(problem('other_sheets_ignored', {}, { sheet: 'Ark1', ignored: ['Ark2', 'Ark3'] }), t, 'da'),
    ).toBe('Kun arket »Ark1« bliver læst. Disse ark springes over: Ark2 og Ark3.');
    expect(
      problemText(
        problem('manager_cycle', { row: 5, column: 'managerEmployeeId' }, { ids: ['10', '20'], rows: [5, 8] }),
        t,
        'da',
      ),
    ).toBe('Lederne refererer til hinanden i ring: 10 → 20 → 10 (række 5 og 8).');
    expect(problemText(problem('file_type_unsupported', {}, { extension: '' }), t, 'da')).toContain(
      'Filtypen ingen filendelse',
    );
    expect(
      problemText(
        problem('file_content_mismatch', {}, { extension: 'csv', expected: 'csv', detected: 'pdf' }),
        t,
        'da',
      ),
    ).toContain('endelsen .csv, men indeholder en PDF');
  });

  it('formats numbers the Danish way', () => {
    expect(problemText(problem('too_many_rows', {}, { limit: 200000 }), t, 'da')).toContain('200.000');
    expect(problemText(problem('too_many_rows', {}, { limit: 200000 }), tEn, 'en')).toContain('200,000');
    expect(formatMegabytes(1.5 * 1024 * 1024, 'da')).toBe('1,5 MB');
  });

  it('falls back to a readable text for a code the UI does not know yet', () => {
    const unknown = { code: 'brand_new' as never, severity: 'error' as const };
    expect(problemText(unknown, t, 'da')).toBe('Ukendt problem (brand_new).');
  });
});

describe('problemLocation', () => {
  it('names the row and the file’s own header for row problems', () => {
    const p = problem('invalid_date', { row: 12, column: 'leaderSince' }, { header: 'Leder fra', value: 'i går' });
    expect(problemLocation(p, t, 'da')).toBe('Række 12, kolonne »Leder fra«');
  });

  it('falls back to the field’s name when the header is not known, and to the column letter for cells', () => {
    expect(problemLocation(problem('required_value_missing', { row: 3, column: 'name' }), t, 'da')).toBe(
      'Række 3, kolonne »Navn«',
    );
    expect(problemLocation(problem('cell_error', { row: 1200, column: 'AB' }, { value: '#REF!' }), t, 'da')).toBe(
      'Række 1.200, kolonne »AB«',
    );
  });

  it('says "the whole file" for file-wide problems and the column alone for mapping problems', () => {
    expect(problemLocation(problem('file_empty'), t, 'da')).toBe('Hele filen');
    expect(problemLocation(problem('mapping_parent_and_path', { column: 'parentUnit' }), t, 'da')).toBe(
      'Kolonne »Overordnet enhed«',
    );
    expect(problemLocation(problem('file_empty'), tEn, 'en')).toBe('The whole file');
  });
});

describe('groupBySeverity', () => {
  it('puts fatal problems first, then errors, then warnings, keeping file order and dropping empty groups', () => {
    const w = problem('duplicate_email', { row: 2, column: 'email' });
    const e1 = problem('invalid_email', { row: 3, column: 'email' });
    const e2 = problem('invalid_date', { row: 7, column: 'leaderSince' });
    const groups = groupBySeverity([w, e1, e2]);
    expect(groups.map((g) => g.severity)).toEqual(['error', 'warning']);
    expect(groups[0].problems).toEqual([e1, e2]);
    expect(groups[1].problems).toEqual([w]);
  });
});
