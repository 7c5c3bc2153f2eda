import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../platform/accounts/accounts.test-fixtures.js';
import { countByUnit } from './leaders.model.js';
import { orgUnits } from './organisations.schema.js';
import { FIXTURE_PEOPLE, FIXTURE_UNITS } from './organisations.test-fixtures.js';
import { isCountedLeader } from './people.model.js';
import { auditEntries, type PeopleTest, startPeopleTest } from './people.test-fixtures.js';

let t: PeopleTest;
beforeAll(async () => {
  t = await startPeopleTest();
});
afterAll(() => t?.services.close());

interface Unit {
  id: string;
  name: string;
  areaName: string | null;
  areaSource: string;
  childCount: number;
  peopleCount: number;
  leaderCount: number;
  leaders: { id: string; name: string; pseudonym: string; decision: string | null }[];
}

async function level(parentId?: string): Promise<Unit[]> {
  const res = await t.hrA.get(`/api/v1/orgchart/tree${parentId ? `?parentId=${parentId}` : ''}`);
  expect(res.status, res.text).toBe(200);
  return res.json.units;
}

// What the counts must be, from the pure model over the same chart (active people only).
const active = FIXTURE_PEOPLE.filter((p) => p.status !== 'left');
const expected = countByUnit(
  active.map((p) => ({ employeeId: p.employeeId, unitKey: p.unit })),
  new Set(
    active
      .filter((p) => isCountedLeader(p.suggestion ? 'first_line' : null, p.decision ?? null))
      .map((p) => p.employeeId),
  ),
  FIXTURE_UNITS.map((u) => ({ key: u.key, parentKey: u.parent })),
);
const keyOf = (id: string) => Object.entries(t.a.units).find(([, unitId]) => unitId === id)![0];

describe('GET /orgchart/tree', () => {
  it('starts at the roots with whole-chart counts', async () => {
    const roots = await level();
    expect(roots).toHaveLength(1);
    expect(roots[0]).toMatchObject({
      id: t.a.units.kommune,
      name: 'Kommunen',
      childCount: 3,
      peopleCount: active.length,
      leaderCount: expected.get('kommune')!.leadersInTree,
      leaders: [],
    });
  });

  it('lists one level at a time, sorted, with subtree counts matching the model', async () => {
    const children = await level(t.a.units.kommune);
    expect(children.map((u) => u.name)).toEqual(['Børn og Unge', 'Teknik og Miljø', 'Ældre og Sundhed']);
    for (const unit of children) {
      const model = expected.get(keyOf(unit.id))!;
      expect({ people: unit.peopleCount, leaders: unit.leaderCount }, unit.name).toEqual({
        people: model.peopleInTree,
        leaders: model.leadersInTree,
      });
      const childKeys = FIXTURE_UNITS.filter((u) => u.parent === keyOf(unit.id));
      expect(unit.childCount).toBe(childKeys.length);
    }
    // The rejected suggestion in home care counts for nothing.
    expect(children.find((u) => u.name === 'Ældre og Sundhed')?.leaderCount).toBe(0);
  });

  it("marks each unit's own leaders with pseudonym and decision", async () => {
    const [parkdrift] = await level(t.a.units.vejpark);
    const soeren = t.a.people['11'];
    expect(parkdrift.leaders).toEqual([
      { id: soeren.id, name: 'Søren Ærbø', pseudonym: soeren.pseudonym, decision: 'confirmed' },
    ]);
    const [skoler] = await level(t.a.units.boern);
    expect(skoler.leaders.map((l) => [l.name, l.decision])).toEqual([['Annelise Thygesen', null]]);
    expect(await level(t.a.units.parkdrift)).toEqual([]);
  });

  it('shows the area and where it comes from: own, inherited, cleared', async () => {
    const teknik = await level(t.a.units.teknik);
    expect(teknik.map((u) => [u.name, u.areaName, u.areaSource])).toEqual([
      ['Genbrugspladsen', null, 'own'],
      ['Vej og Park', 'Teknik og Miljø', 'inherited'],
    ]);
    const [sortering] = await level(t.a.units.genbrug);
    expect([sortering.areaName, sortering.areaSource]).toEqual([null, 'none']);
    const [musik] = await level(t.a.units.skoler);
    expect([musik.areaName, musik.areaSource]).toEqual(['Kultur og Fritid', 'own']);
  });

  it('leaves out units that are no longer in the org chart', async () => {
    const db = t.services.database.db;
    await db.update(orgUnits).set({ active: 0 }).where(eq(orgUnits.id, t.a.units.genbrug));
    try {
      const teknik = await level(t.a.units.teknik);
      expect(teknik.map((u) => u.name)).toEqual(['Vej og Park']);
      const [top] = (await level(t.a.units.kommune)).filter((u) => u.name === 'Teknik og Miljø');
      expect(top.childCount).toBe(1);
    } finally {
      await db.update(orgUnits).set({ active: 1 }).where(eq(orgUnits.id, t.a.units.genbrug));
    }
  });

  it('audit-logs the read (it shows leaders by name)', async () => {
    await level(t.a.units.aeldre);
    const entries = await auditEntries(t.services, t.a.orgId, 'orgchart.tree_read');
    expect(entries.some((e) => e.entityId === t.a.units.aeldre && e.actorUserId === t.hrAUserId)).toBe(true);
  });

  it("answers 404 for another organisation's unit and 400 for a bad id", async () => {
    const res = await t.hrA.get(`/api/v1/orgchart/tree?parentId=${t.b.units.kommune}`);
    expectProblem(res, 404, 'not_found');
    expect(res.text).not.toContain('Teknik');
    expectProblem(await t.hrA.get('/api/v1/orgchart/tree?parentId=nope'), 400, 'validation');
    // B sees only B's chart.
    const bRoots = await t.hrB.get('/api/v1/orgchart/tree');
    expect(bRoots.json.units.map((u: Unit) => u.id)).toEqual([t.b.units.kommune]);
  });

  it('is for HR and administrators only', async () => {
    expectProblem(await (await t.clientA('analyst')).get('/api/v1/orgchart/tree'), 403, 'forbidden');
    expectProblem(await (await t.clientA('leader')).get('/api/v1/orgchart/tree'), 403, 'forbidden');
  });
});
