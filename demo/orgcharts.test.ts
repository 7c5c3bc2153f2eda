import { describe, expect, it } from 'vitest';
import { DEFAULT_AREAS, resolveAreas, suggestAreaOverrides } from '../src/organisations/areas.model';
import { detectFirstLineLeaders, leaderTenure } from '../src/organisations/leaders.model';
import { validateOrgChart } from '../src/organisations/orgchart.model';
import { readOrgChartFile } from '../src/organisations/orgchart-file';
import { demoChartDate, demoOrgChartFile } from './orgchart-export';
import { DEMO_EMAIL_SUFFIX, DEMO_MUNICIPALITIES } from './orgchart-profiles';
import { MUNICIPAL_AREAS } from './orgchart-templates';
import { generateDemoOrgChart } from './orgcharts';

const AS_OF = '2026-11-01';
const charts = DEMO_MUNICIPALITIES.map((profile) => ({ profile, file: demoOrgChartFile(profile, AS_OF) }));

describe('demo org charts', () => {
  it('are the same bytes every time they are generated', () => {
    for (const { profile, file } of charts) {
      const again = demoOrgChartFile(profile, AS_OF);
      expect(Buffer.from(again.bytes).equals(Buffer.from(file.bytes)), profile.name).toBe(true);
    }
  });

  it('move only the leader-since dates when the chart date moves', () => {
    const profile = DEMO_MUNICIPALITIES[0];
    const later = generateDemoOrgChart(profile, '2027-03-01');
    const now = charts[0].file.people;
    expect(later.map(({ leaderSince, ...p }) => p)).toEqual(now.map(({ leaderSince, ...p }) => p));
    const moved = later.filter((p, i) => p.leaderSince !== now[i].leaderSince);
    expect(moved.length).toBe(now.filter((p) => p.leaderSince !== null).length);
  });

  it('have a few thousand people and a few hundred first-line leaders each, as the municipality profile says', () => {
    for (const { profile, file } of charts) {
      expect(file.people).toHaveLength(profile.employees);
      const firstLine = file.people.filter((p) => p.role === 'first_line').length;
      expect(firstLine, profile.name).toBeGreaterThanOrEqual(150);
      expect(firstLine, profile.name).toBeLessThan(profile.employees / 5);
    }
  });

  it('import without a single problem, and the import finds exactly the first-line leaders the generator made', async () => {
    for (const { profile, file } of charts) {
      const table = await readOrgChartFile(file.bytes, file.fileName);
      expect(table.format).toBe('csv');
      const validation = validateOrgChart(table.rows, { fileProblems: table.problems });
      expect(validation.problems, profile.name).toEqual([]);
      // Every column of the municipality's export is recognised without the user mapping anything.
      expect(Object.values(validation.mapping).sort()).toEqual(profile.format.columns.map((c) => c.header).sort());
      expect(validation.people).toHaveLength(profile.employees);
      const names = new Map(validation.people.map((p) => [p.employeeId, p.name]));
      for (const p of file.people.slice(0, 200)) expect(names.get(p.employeeId)).toBe(p.name);

      const detected = detectFirstLineLeaders(validation.people);
      const structural = new Set(detected.filter((s) => s.basis === 'structure').map((s) => s.employeeId));
      const made = new Set(file.people.filter((p) => p.role === 'first_line').map((p) => p.employeeId));
      expect([...structural].sort()).toEqual([...made].sort());
      // Some suggestions for HR to look at: low confidence, or from the title alone.
      expect(detected.some((s) => s.basis === 'title')).toBe(true);
      expect(detected.some((s) => s.basis === 'structure' && s.confidence === 'low')).toBe(true);

      // Each of the six default areas is found by name on its unit, and every unit below the top gets one.
      const overrides = suggestAreaOverrides(validation.units);
      expect(new Set(overrides.values())).toEqual(new Set(DEFAULT_AREAS.map((a) => a.key)));
      const areas = resolveAreas(validation.units, overrides);
      const withoutArea = validation.units.filter((u) => u.path.length > 2 && areas.get(u.key)?.area == null);
      expect(withoutArea.map((u) => u.key)).toEqual([]);
    }
  });

  it('use the default area names, so the import assigns areas by name', () => {
    expect(MUNICIPAL_AREAS.map((a) => a.area).sort()).toEqual(DEFAULT_AREAS.map((a) => a.name).sort());
  });

  it('mix new leaders (under two years) with experienced ones', () => {
    for (const { profile, file } of charts) {
      const leaders = file.people.filter((p) => p.role === 'first_line');
      const bands = leaders.map((p) => leaderTenure(p.leaderSince, AS_OF)?.band);
      const newShare = bands.filter((b) => b === 'under_2').length / leaders.length;
      expect(bands.every((b) => b !== undefined)).toBe(true);
      expect(newShare, profile.name).toBeGreaterThan(0.2);
      expect(newShare, profile.name).toBeLessThan(0.5);
    }
  });

  it('give every address a fictitious demo domain, each address once', () => {
    for (const { profile, file } of charts) {
      const emails = file.people.flatMap((p) => (p.email ? [p.email.toLowerCase()] : []));
      expect(emails.length).toBeGreaterThan(file.people.length * 0.95);
      expect(new Set(emails).size).toBe(emails.length);
      const outside = emails.filter((e) => !e.endsWith(`@${profile.emailDomain}`));
      // Only the demo leader login, which is a person in Viborg's chart, has an address outside the municipality's.
      expect(outside).toEqual(profile.featured ? [profile.featured.email] : []);
      expect(profile.emailDomain.endsWith(`.${DEMO_EMAIL_SUFFIX}`)).toBe(true);
    }
  });

  it('name people as Danes are named: many surnames, plenty of æ, ø and å', () => {
    for (const { file } of charts) {
      const surnames = new Set(file.people.map((p) => p.lastName));
      expect(surnames.size).toBeGreaterThan(80);
      const danishLetters = file.people.filter((p) => /[æøåÆØÅ]/.test(p.name)).length;
      expect(danishLetters / file.people.length).toBeGreaterThan(0.2);
      // Windows-1252 holds every character (Norddjurs' export is in it).
      expect(file.people.every((p) => [...p.name].every((ch) => ch.charCodeAt(0) <= 0xff))).toBe(true);
    }
  });

  it("puts the demo leader login in Viborg's chart, as a first-line leader in Vej og Park", () => {
    const viborg = charts.find((c) => c.profile.orgKey === 'viborg')!.file.people;
    const lars = viborg.filter((p) => p.email === `leder@${DEMO_EMAIL_SUFFIX}`);
    expect(lars).toHaveLength(1);
    expect(lars[0]).toMatchObject({ name: 'Lars Demo-Leder', role: 'first_line', jobTitle: 'Teamleder' });
    expect(lars[0].unitPath.slice(0, 3)).toEqual(['Viborg Kommune', 'Teknik og Miljø', 'Vej og Park']);
    expect(viborg.filter((p) => p.managerEmployeeId === lars[0].employeeId).length).toBeGreaterThan(2);
    expect(leaderTenure(lars[0].leaderSince, AS_OF)?.band).toBe('under_2');
  });

  it('dates the chart on the first of the month', () => {
    expect(demoChartDate(new Date('2026-11-27T22:00:00Z'))).toBe('2026-11-01');
  });
});
