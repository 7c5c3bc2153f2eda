import { describe, expect, it } from 'vitest';
import {
  analyseFile,
  buildPreview,
  compareWithCurrent,
  leaderColumns,
  leaderColumnsChanged,
  PREVIEW_MAX_PROBLEMS,
  PREVIEW_MAX_SAMPLES,
  type StoredPerson,
} from './import-analysis';
import { detectFirstLineLeaders } from './leaders.model';

const encode = (text: string) => new TextEncoder().encode(text);
const header = 'Medarbejdernr;Navn;Stilling;Afdeling;Leder medarbejdernr';

function stored(overrides: Partial<StoredPerson>): StoredPerson {
  return {
    id: crypto.randomUUID(),
    employeeId: '1',
    name: 'A',
    email: null,
    jobTitle: null,
    unitKey: 'U',
    managerEmployeeId: null,
    leaderSince: null,
    status: 'active',
    leaderDecision: null,
    leaderSuggestion: null,
    leaderConfidence: null,
    leaderScore: null,
    leaderReasons: null,
    ...overrides,
  };
}

describe('analyseFile', () => {
  it('uses the remembered mapping when it fits the file, else the suggested one', async () => {
    const bytes = encode(`${header}\n1;Anne;Chef;Adm;\n2;Bo;Lærer;Adm;1`);
    const fits = await analyseFile(bytes, 'a.csv', {
      remembered: { employeeId: 'Medarbejdernr', name: 'Stilling', unit: 'Afdeling' },
    });
    expect(fits.mapping.name).toBe('Stilling');
    expect(fits.validation.people[0].name).toBe('Chef');
    const stale = await analyseFile(bytes, 'a.csv', {
      remembered: { employeeId: 'Lønnummer', name: 'Navn', unit: 'Afdeling' },
    });
    expect(stale.mapping).toEqual(stale.suggestedMapping);
    expect(stale.validation.people.map((p) => p.name)).toEqual(['Anne', 'Bo']);
    // The user's own choice is used as it is, even when it does not fit: the preview then says why.
    const chosen = await analyseFile(bytes, 'a.csv', {
      chosen: { employeeId: 'Lønnummer', name: 'Navn', unit: 'Afdeling' },
    });
    expect(chosen.validation.problems.map((p) => p.code)).toContain('mapping_column_not_found');
    expect(chosen.rowCount).toBe(2);
    expect(chosen.file.rows).toEqual([]);
  });
});

describe('buildPreview', () => {
  it('caps problems and samples, counting all of them', async () => {
    const rows = Array.from({ length: 700 }, (_, i) => `${i};Navn ${i};Lærer;Adm;x${i}`);
    const analysed = await analyseFile(encode([header, ...rows].join('\n')), 'a.csv', {});
    const preview = buildPreview(analysed, compareWithCurrent(analysed, []));
    expect(preview.problemCount).toBe(700);
    expect(preview.problems).toHaveLength(PREVIEW_MAX_PROBLEMS);
    expect(preview.samples.added).toHaveLength(PREVIEW_MAX_SAMPLES);
    expect(preview.counts).toMatchObject({ rows: 700, people: 700, added: 700 });
    expect(preview.canApply).toBe(false);
  });

  it('lists nobody as leaving when the file cannot be read', async () => {
    const analysed = await analyseFile(encode('not a table'), 'a.xlsx', {});
    const preview = buildPreview(analysed, compareWithCurrent(analysed, [stored({})]));
    expect(preview.counts.left).toBe(0);
    expect(preview.problems[0].severity).toBe('fatal');
  });
});

describe('leaderColumnsChanged', () => {
  const [suggestion] = detectFirstLineLeaders([
    { employeeId: '1', managerEmployeeId: null, jobTitle: 'Teamleder' },
    { employeeId: '2', managerEmployeeId: '1', jobTitle: 'Lærer' },
  ]);
  const next = leaderColumns(suggestion);

  it('sees no change when the database hands the same reasons back with keys reordered and a float4 score', () => {
    const reordered = (next.leaderReasons ?? []).map((r) =>
      r.params ? { params: Object.fromEntries(Object.entries(r.params).reverse()), code: r.code } : { code: r.code },
    );
    const same = stored({ ...next, leaderScore: Math.fround(next.leaderScore!), leaderReasons: reordered });
    expect(leaderColumnsChanged(same, next)).toBe(false);
  });

  it('sees a new suggestion, a dropped one and a changed reason', () => {
    expect(leaderColumnsChanged(stored({}), next)).toBe(true);
    expect(leaderColumnsChanged(stored({ ...next }), leaderColumns(undefined))).toBe(true);
    const other = stored({ ...next, leaderReasons: [{ code: 'has_reports', params: { count: 7 } }] });
    expect(leaderColumnsChanged(other, next)).toBe(true);
  });
});
