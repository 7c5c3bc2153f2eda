import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classifyJobTitle,
  countByArea,
  countByUnit,
  detectFirstLineLeaders,
  leaderTenure,
  type ReportingPerson,
  reportingFacts,
} from './leaders.model';

const p = (employeeId: string, managerEmployeeId: string | null, jobTitle: string | null = null): ReportingPerson => ({
  employeeId,
  managerEmployeeId,
  jobTitle,
});

// direktør (1) → centerchef (2) → teamleder (3) with 7 reports; 2 also leads 4 "Koordinator" with one report.
const chart: ReportingPerson[] = [
  p('1', null, 'Kommunaldirektør'),
  p('2', '1', 'Centerchef'),
  p('3', '2', 'Teamleder'),
  ...Array.from({ length: 7 }, (_, i) => p(`3.${i}`, '3', 'Social- og sundhedshjælper')),
  p('4', '2', 'Koordinator'),
  p('4.1', '4', 'Pædagog'),
  p('5', '2', 'Sygeplejerske med ledelsesansvar'),
];

describe('classifyJobTitle', () => {
  it.each([
    ['Teamleder', 'first_line', 'teamleder'],
    ['Hjemmeplejeteamleder', 'first_line', 'teamleder'],
    ['Afdelingsleder', 'first_line', 'afdelingsleder'],
    ['Gruppekoordinator', 'first_line', 'gruppekoordinator'],
    ['Souschef', 'first_line', 'souschef'],
    ['Daglig leder', 'first_line', 'daglig leder'],
    ['Institutionsleder', 'first_line', 'institutionsleder'],
    ['Sektionsleder', 'first_line', 'sektionsleder'],
    ['Sygeplejerske med ledelsesansvar', 'first_line', 'ledelsesansvar'],
    ['SOSU-assistent med ledelsesansvar', 'first_line', 'ledelsesansvar'],
    ['Kommunaldirektør', 'higher', 'direktør'],
    ['Centerchef', 'higher', 'chef'],
    ['Afdelingschef', 'higher', 'chef'],
    ['Områdeleder', 'higher', 'områdeleder'],
    ['Leder', 'leader', 'leder'],
    ['Ledende sygeplejerske', 'leader', 'ledende'],
    ['Lederassistent', 'none', null],
    ['Ledelseskonsulent', 'none', null],
    ['Social- og sundhedsassistent', 'none', null],
    ['Pædagog', 'none', null],
    ['', 'none', null],
    [null, 'none', null],
  ])('%s → %s', (title, kind, keyword) => {
    expect(classifyJobTitle(title)).toEqual({ kind, keyword });
  });
});

describe('reportingFacts', () => {
  it('tells first-line leaders from leaders of leaders and from people without reports', () => {
    const facts = reportingFacts(chart);
    expect(facts.get('1')).toEqual({ role: 'higher', reportCount: 1, leadingReportCount: 1 });
    expect(facts.get('2')).toEqual({ role: 'higher', reportCount: 3, leadingReportCount: 2 });
    expect(facts.get('3')).toEqual({ role: 'first_line', reportCount: 7, leadingReportCount: 0 });
    expect(facts.get('4')).toEqual({ role: 'first_line', reportCount: 1, leadingReportCount: 0 });
    expect(facts.get('3.0')).toEqual({ role: 'none', reportCount: 0, leadingReportCount: 0 });
  });

  it('ignores links to unknown managers and to oneself', () => {
    const facts = reportingFacts([p('a', 'a'), p('b', 'zz')]);
    expect([...facts.values()].every((f) => f.role === 'none')).toBe(true);
  });
});

describe('detectFirstLineLeaders', () => {
  it('suggests by structure and explains each suggestion with reasons', () => {
    const byId = new Map(detectFirstLineLeaders(chart).map((s) => [s.employeeId, s]));
    expect([...byId.keys()]).toEqual(['3', '4', '5']);
    expect(byId.get('3')).toEqual({
      employeeId: '3',
      basis: 'structure',
      confidence: 'high',
      score: 0.9,
      reportCount: 7,
      reasons: [
        { code: 'has_reports', params: { count: 7 } },
        { code: 'no_report_leads' },
        { code: 'title_suggests_first_line', params: { title: 'Teamleder', keyword: 'teamleder' } },
      ],
    });
    // One report and no leader-like title: still the structure's suggestion, with low confidence.
    expect(byId.get('4')).toMatchObject({ basis: 'structure', confidence: 'low', score: 0.3 });
    expect(byId.get('4')!.reasons.map((r) => r.code)).toEqual([
      'has_reports',
      'no_report_leads',
      'single_report',
      'title_not_leader_like',
    ]);
    // No reports in the file but a first-line title: for HR to look at, low confidence.
    expect(byId.get('5')).toMatchObject({ basis: 'title', confidence: 'low', reportCount: 0 });
    expect(byId.get('5')!.reasons).toEqual([
      { code: 'no_reports' },
      {
        code: 'title_suggests_first_line',
        params: { title: 'Sygeplejerske med ledelsesansvar', keyword: 'ledelsesansvar' },
      },
    ]);
  });

  it('lowers confidence when the title says a higher level, and without a title', () => {
    const chief = detectFirstLineLeaders([p('c', null, 'Centerchef'), p('x', 'c'), p('y', 'c')])[0];
    expect(chief).toMatchObject({ confidence: 'low', score: 0.3 });
    expect(chief.reasons).toContainEqual({
      code: 'title_suggests_higher_level',
      params: { title: 'Centerchef', keyword: 'chef' },
    });
    const untitled = detectFirstLineLeaders([p('c', null), p('x', 'c'), p('y', 'c')])[0];
    expect(untitled).toMatchObject({ confidence: 'medium', score: 0.5 });
    expect(untitled.reasons).toContainEqual({ code: 'no_job_title' });
    const leader = detectFirstLineLeaders([p('c', null, 'Leder'), p('x', 'c'), p('y', 'c')])[0];
    expect(leader).toMatchObject({ confidence: 'high', score: 0.8 });
  });

  it('suggests nobody whose report leads others, whatever their title', () => {
    const ids = detectFirstLineLeaders([p('a', null, 'Teamleder'), p('b', 'a', 'Teamleder'), p('c', 'b')]).map(
      (s) => s.employeeId,
    );
    expect(ids).toEqual(['b']);
  });

  it('property: a structural suggestion has reports, none of whom lead; every such person is suggested', () => {
    const titles = fc.constantFrom(
      null,
      'Teamleder',
      'Centerchef',
      'Pædagog',
      'Leder',
      'Sygeplejerske med ledelsesansvar',
    );
    const forest = fc
      .integer({ min: 1, max: 60 })
      .chain((n) =>
        fc.tuple(
          fc.array(fc.option(fc.nat(), { nil: null }), { minLength: n, maxLength: n }),
          fc.array(titles, { minLength: n, maxLength: n }),
        ),
      );
    fc.assert(
      fc.property(forest, ([links, titleList]) => {
        const people = links.map((l, i) => p(`e${i}`, l === null || i === 0 ? null : `e${l % i}`, titleList[i]));
        const reports = new Map<string, string[]>();
        for (const x of people)
          if (x.managerEmployeeId)
            reports.set(x.managerEmployeeId, [...(reports.get(x.managerEmployeeId) ?? []), x.employeeId]);
        const suggestions = detectFirstLineLeaders(people);
        const structural = new Set(suggestions.filter((s) => s.basis === 'structure').map((s) => s.employeeId));
        for (const x of people) {
          const mine = reports.get(x.employeeId) ?? [];
          const isFirstLine = mine.length > 0 && mine.every((r) => !reports.has(r));
          expect(structural.has(x.employeeId)).toBe(isFirstLine);
        }
        for (const s of suggestions) {
          expect(s.reasons.length).toBeGreaterThan(0);
          expect(s.score).toBeGreaterThanOrEqual(0);
          expect(s.score).toBeLessThanOrEqual(1);
          if (s.basis === 'title') expect(reports.has(s.employeeId)).toBe(false);
          else expect(s.reportCount).toBe(reports.get(s.employeeId)!.length);
        }
      }),
    );
  });

  it('property: a first-line title never lowers confidence compared with no title', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), (n) => {
        const team = (title: string | null) => [
          p('L', null, title),
          ...Array.from({ length: n }, (_, i) => p(`m${i}`, 'L')),
        ];
        const titled = detectFirstLineLeaders(team('Teamleder'))[0];
        const untitled = detectFirstLineLeaders(team(null))[0];
        const higher = detectFirstLineLeaders(team('Direktør'))[0];
        expect(titled.score).toBeGreaterThan(untitled.score);
        expect(higher.score).toBeLessThan(untitled.score);
      }),
    );
  });
});

describe('countByUnit and countByArea', () => {
  const units = [
    { key: 'K', parentKey: null },
    { key: 'K/TM', parentKey: 'K' },
    { key: 'K/TM/Vej', parentKey: 'K/TM' },
    { key: 'K/BU', parentKey: 'K' },
  ];
  const people = [
    { employeeId: '1', unitKey: 'K' },
    { employeeId: '2', unitKey: 'K/TM' },
    { employeeId: '3', unitKey: 'K/TM/Vej' },
    { employeeId: '4', unitKey: 'K/TM/Vej' },
    { employeeId: '5', unitKey: 'K/BU' },
  ];
  const leaders = new Set(['3', '5']);

  it('counts people and leaders directly in each unit and in its whole subtree', () => {
    const counts = countByUnit(people, leaders, units);
    expect(counts.get('K')).toEqual({ people: 1, leaders: 0, peopleInTree: 5, leadersInTree: 2 });
    expect(counts.get('K/TM')).toEqual({ people: 1, leaders: 0, peopleInTree: 3, leadersInTree: 1 });
    expect(counts.get('K/TM/Vej')).toEqual({ people: 2, leaders: 1, peopleInTree: 2, leadersInTree: 1 });
    expect(counts.get('K/BU')).toEqual({ people: 1, leaders: 1, peopleInTree: 1, leadersInTree: 1 });
  });

  it('survives a cyclic tree instead of looping', () => {
    const counts = countByUnit([{ employeeId: '1', unitKey: 'A' }], leaders, [
      { key: 'A', parentKey: 'B' },
      { key: 'B', parentKey: 'A' },
    ]);
    expect(counts.get('B')?.peopleInTree).toBe(1);
  });

  it('counts per area, with people outside any area under null', () => {
    const area = (unit: string) =>
      unit.startsWith('K/TM') ? 'teknik-og-miljo' : unit === 'K/BU' ? 'boern-og-unge' : null;
    const counts = countByArea(people, leaders, area);
    expect(Object.fromEntries(counts)).toEqual({
      'teknik-og-miljo': { people: 3, leaders: 1 },
      'boern-og-unge': { people: 1, leaders: 1 },
      null: { people: 1, leaders: 0 },
    });
  });
});

describe('leaderTenure', () => {
  it.each([
    ['2024-06-01', '2026-05-31', 1, 'under_2'],
    ['2024-06-01', '2026-06-01', 2, '2_or_more'],
    ['2026-01-01', '2026-01-01', 0, 'under_2'],
    ['2024-02-29', '2026-02-28', 1, 'under_2'],
    ['2001-03-15', '2026-11-27', 25, '2_or_more'],
  ])('from %s to %s: %i years, %s', (since, today, years, band) => {
    expect(leaderTenure(since, today)).toEqual({ years, band });
  });

  it('is unknown without a start date or with one in the future', () => {
    expect(leaderTenure(null, '2026-01-01')).toBeNull();
    expect(leaderTenure('2027-01-01', '2026-01-01')).toBeNull();
  });
});
