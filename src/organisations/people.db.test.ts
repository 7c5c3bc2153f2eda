import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisations } from '../platform/accounts/accounts.schema.js';
import { expectProblem } from '../platform/accounts/accounts.test-fixtures.js';
import { resolveAreas } from './areas.model.js';
import { leaderTenure } from './leaders.model.js';
import { FIXTURE_AREAS, FIXTURE_PEOPLE, FIXTURE_UNITS, insertOrgChart } from './organisations.test-fixtures.js';
import { copenhagenToday, isCountedLeader } from './people.model.js';
import { listPeople } from './people.service.js';
import { auditEntries, type PeopleTest, startPeopleTest } from './people.test-fixtures.js';

let t: PeopleTest;
beforeAll(async () => {
  t = await startPeopleTest();
});
afterAll(() => t?.services.close());

const danish = new Intl.Collator('da');
const active = FIXTURE_PEOPLE.filter((p) => p.status !== 'left');

async function list(query: Record<string, string> = {}) {
  const res = await t.hrA.get(`/api/v1/people?${new URLSearchParams(query)}`);
  expect(res.status, res.text).toBe(200);
  return res.json as { items: { id: string; name: string; [key: string]: unknown }[]; total: number };
}

const names = (items: { name: string }[]) => items.map((i) => i.name);

describe('GET /people', () => {
  it('lists the active people of the organisation, sorted by name the Danish way, with total', async () => {
    const page = await list();
    expect(page.total).toBe(active.length);
    expect(names(page.items)).toEqual(active.map((p) => p.name).sort(danish.compare));
    expect(page.items.every((i) => Object.values(t.a.people).some((p) => p.id === i.id))).toBe(true);
  });

  it('sorts æ, ø and å after z, in that order', async () => {
    const [org] = await t.services.database.db
      .insert(organisations)
      .values({ name: 'Sortering', kind: 'school' })
      .returning({ id: organisations.id });
    const spellings = ['Åse Berg', 'Zacharias Bo', 'Ørnulf Dam', 'Ærbo Nielsen', 'Emil Ås', 'Adam Bach'];
    await insertOrgChart(t.services.database.db, org.id, {
      units: [{ key: 'x', name: 'X', parent: null }],
      people: spellings.map((name, i) => ({ employeeId: String(i), name, unit: 'x' })),
    });
    const ctx = { ...t.ctxA, tenant: { orgId: org.id, role: 'hr' as const } };
    const page = await listPeople(ctx, { sort: 'name', page: 1, pageSize: 50, status: 'active' });
    expect(names(page.items)).toEqual([
      'Adam Bach',
      'Emil Ås',
      'Zacharias Bo',
      'Ærbo Nielsen',
      'Ørnulf Dam',
      'Åse Berg',
    ]);
  });

  it('searches name, e-mail, employee id and pseudonym, ignoring case, Danish letters included', async () => {
    const soeren = t.a.people['11'];
    const peter = t.a.people['22'];
    const matches = (item: Record<string, unknown>, q: string) =>
      ['name', 'email', 'employeeId', 'pseudonym'].some((f) =>
        String(item[f] ?? '')
          .toLowerCase()
          .includes(q.toLowerCase()),
      );
    for (const [q, expected] of [
      ['ærbø', soeren.id],
      ['SØREN', soeren.id],
      ['oestergaard@kommune', peter.id],
      [peter.pseudonym.toLowerCase(), peter.id],
    ] as const) {
      const page = await list({ q });
      expect(
        page.items.map((i) => i.id),
        q,
      ).toContain(expected);
      for (const item of page.items) expect(matches(item, q), `${item.name} for ${q}`).toBe(true);
    }
    // Decomposed input (as a Mac may send it) finds the precomposed name.
    expect(names((await list({ q: 'Åberg'.normalize('NFD') })).items)).toEqual(['Lone Åberg']);
    // Wildcards are taken literally.
    expect((await list({ q: '%' })).total).toBe(0);
    expect((await list({ q: '_' })).total).toBe(0);
  });

  it('filters by unit including every unit below it, and by status', async () => {
    const inTeknik = ['Henrik Mølgaard', 'Jens Kragh', 'Lone Åberg', 'Søren Ærbø'];
    expect(names((await list({ unitId: t.a.units.teknik })).items)).toEqual(inTeknik);
    expect(names((await list({ unitId: t.a.units.teknik, status: 'all' })).items).sort()).toEqual(
      [...inTeknik, 'Gitte Holm'].sort(),
    );
    expect(names((await list({ status: 'left' })).items)).toEqual(['Gitte Holm']);
    expect((await list({ status: 'all' })).total).toBe(FIXTURE_PEOPLE.length);
  });

  it('filters by resolved area exactly as resolveAreas inherits, overrides and clears', async () => {
    const overrides = new Map<string, string | null>();
    for (const u of FIXTURE_UNITS) if (u.area !== undefined) overrides.set(u.key, u.area);
    const resolved = resolveAreas(
      FIXTURE_UNITS.map((u) => ({ key: u.key, parentKey: u.parent })),
      overrides,
    );
    for (const area of FIXTURE_AREAS) {
      const expected = active
        .filter((p) => resolved.get(p.unit)?.area === area.key)
        .map((p) => p.name)
        .sort(danish.compare);
      const page = await list({ areaId: t.a.areas[area.key] });
      expect(names(page.items), area.key).toEqual(expected);
      expect(page.items.every((i) => i.areaName === area.name)).toBe(true);
    }
    // The music school overrides Børn og Unge; the cleared recycling site has no area at all.
    expect(names((await list({ areaId: t.a.areas['kultur-og-fritid'] })).items)).toEqual(['Kirsten Vinther']);
  });

  it('filters by leader status: first-line (confirmed or suggested, not rejected), confirmed, none', async () => {
    const counted = active.filter((p) => isCountedLeader(p.suggestion ? 'first_line' : null, p.decision ?? null));
    expect(names((await list({ leader: 'first_line' })).items)).toEqual(
      counted.map((p) => p.name).sort(danish.compare),
    );
    expect(names((await list({ leader: 'confirmed' })).items)).toEqual(['Søren Ærbø']);
    expect((await list({ leader: 'none' })).total).toBe(active.length - counted.length);
    const fatima = (await list({ q: 'Fatima' })).items[0];
    expect(fatima.leaderStatus).toBe('rejected');
  });

  it('returns leader status, tenure, unit and area on each row', async () => {
    const [soeren] = (await list({ q: 'Søren' })).items;
    expect(soeren).toMatchObject({
      employeeId: '11',
      email: 'soeren.aerboe@kommune.test',
      unitName: 'Parkdrift',
      areaName: 'Teknik og Miljø',
      leaderStatus: 'confirmed',
      leaderSince: '2019-03-01',
      tenureYears: leaderTenure('2019-03-01', copenhagenToday())!.years,
      status: 'active',
    });
  });

  it('sorts by tenure (longest first) and by unit name', async () => {
    const byTenure = (await list({ sort: 'tenure' })).items;
    expect(names(byTenure.slice(0, 2))).toEqual(['Søren Ærbø', 'Annelise Thygesen']);
    const units = (await list({ sort: 'unit' })).items.map((i) => i.unitName as string);
    expect(units).toEqual([...units].sort(danish.compare));
    expect(units.at(-1)).toBe('Ældre og Sundhed');
  });

  it('pages through the same order without gaps or repeats', async () => {
    const all = names((await list()).items);
    const pages = [];
    for (let page = 1; page <= 3; page++) {
      const res = await list({ page: String(page), pageSize: '5' });
      expect(res.total).toBe(all.length);
      pages.push(...names(res.items));
    }
    expect(pages).toEqual(all);
    expect((await list({ page: '99', pageSize: '5' })).items).toEqual([]);
  });

  it("matches nobody for a unit or area of another organisation, and never shows the other's people", async () => {
    expect((await list({ unitId: t.b.units.kommune })).total).toBe(0);
    expect((await list({ areaId: t.b.areas['teknik-og-miljo'] })).total).toBe(0);
    const bIds = new Set(Object.values(t.b.people).map((p) => p.id));
    expect((await list({ status: 'all', pageSize: '200' })).items.some((i) => bIds.has(i.id))).toBe(false);
  });

  it('audit-logs the read with the filter and without personal data', async () => {
    await list({ q: 'kragh', leader: 'none' });
    const entries = await auditEntries(t.services, t.a.orgId, 'people.list_read');
    const entry = entries.find((e) => (e.details as { filter?: { q?: string } })?.filter?.q === 'kragh');
    expect(entry?.actorUserId).toBe(t.hrAUserId);
    expect(entry?.details).toMatchObject({ filter: { q: 'kragh', leader: 'none', status: 'active' } });
    expect(JSON.stringify(entry?.details)).not.toContain('Jens');
  });

  it('refuses bad input with a 400 problem', async () => {
    for (const query of [
      'pageSize=1000',
      'page=0',
      'unitId=not-a-uuid',
      'areaId=123',
      'leader=boss',
      'sort=salary',
      'status=gone',
    ]) {
      expectProblem(await t.hrA.get(`/api/v1/people?${query}`), 400, 'validation');
    }
  });

  it('is for HR and administrators only', async () => {
    expect((await t.adminA.get('/api/v1/people')).status).toBe(200);
    for (const role of ['analyst', 'leader', 'coordinator'] as const) {
      expectProblem(await (await t.clientA(role)).get('/api/v1/people'), 403, 'forbidden');
    }
    const anonymous = await t.app.request('/api/v1/people');
    expect(anonymous.status).toBe(401);
  });
});

describe('GET /people/{id}', () => {
  it('shows unit path, inherited area, manager, reports, leader and tenure', async () => {
    const soeren = t.a.people['11'];
    const res = await t.hrA.get(`/api/v1/people/${soeren.id}`);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      id: soeren.id,
      pseudonym: soeren.pseudonym,
      employeeId: '11',
      name: 'Søren Ærbø',
      status: 'active',
      leftAt: null,
      unit: {
        id: t.a.units.parkdrift,
        name: 'Parkdrift',
        path: ['Kommunen', 'Teknik og Miljø', 'Vej og Park', 'Parkdrift'],
      },
      area: { name: 'Teknik og Miljø', source: 'inherited' },
      manager: { id: t.a.people['10'].id, name: 'Henrik Mølgaard', pseudonym: t.a.people['10'].pseudonym },
      leader: {
        suggestion: 'first_line',
        confidence: 'high',
        decision: 'confirmed',
        status: 'confirmed',
        leaderSince: '2019-03-01',
        tenureYears: leaderTenure('2019-03-01', copenhagenToday())!.years,
        tenureBand: '2_or_more',
      },
      consents: [],
    });
    expect(res.json.reports.map((r: { name: string }) => r.name)).toEqual(['Jens Kragh', 'Lone Åberg']);
    expect(res.json.leader.reasons.map((r: { code: string }) => r.code)).toEqual(['has_reports', 'no_report_leads']);
  });

  it('shows an own area, and no area under a cleared unit', async () => {
    const kirsten = await t.hrA.get(`/api/v1/people/${t.a.people['23'].id}`);
    expect(kirsten.json.area).toEqual({ name: 'Kultur og Fritid', source: 'own' });
    const gitte = await t.hrA.get(`/api/v1/people/${t.a.people['40'].id}`);
    expect(gitte.json).toMatchObject({ status: 'left', area: null, leftAt: '2025-12-31T23:00:00.000Z' });
    expect(gitte.json.unit.path).toEqual(['Kommunen', 'Teknik og Miljø', 'Genbrugspladsen', 'Sortering']);
  });

  it('audit-logs each read as person.read with the person id', async () => {
    const id = t.a.people['12'].id;
    const before = (await auditEntries(t.services, t.a.orgId, 'person.read')).filter((e) => e.entityId === id).length;
    await t.hrA.get(`/api/v1/people/${id}`);
    const after = (await auditEntries(t.services, t.a.orgId, 'person.read')).filter((e) => e.entityId === id);
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)).toMatchObject({ entityType: 'person', actorUserId: t.hrAUserId, details: null });
  });

  it("answers 404 for another organisation's person, and logs no read of them", async () => {
    const other = t.b.people['11'].id;
    const res = await t.hrA.get(`/api/v1/people/${other}`);
    expectProblem(res, 404, 'not_found');
    expect(res.text).not.toContain('Søren');
    expect((await auditEntries(t.services, t.a.orgId, 'person.read')).some((e) => e.entityId === other)).toBe(false);
    expectProblem(await t.hrA.get('/api/v1/people/00000000-0000-4000-8000-000000000000'), 404, 'not_found');
    expectProblem(await t.hrA.get('/api/v1/people/not-a-uuid'), 400, 'validation');
  });
});
