import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../platform/audit/audit.schema.js';
import { createTestServices, type TestServices } from '../platform/testing/test-app.js';
import { buildApp } from '../server.js';
import { importDirectly, type OrgFixture, orgWithMember, personByEmployeeId } from './import.test-fixtures.js';
import { copenhagenToday } from './leaders.service.js';
import { orgUnits } from './organisations.schema.js';

let services: TestServices;
let app: ReturnType<typeof buildApp>;
let alfa: OrgFixture;
let beta: OrgFixture;
const id = async (org: OrgFixture, employeeId: string) =>
  (await personByEmployeeId(services, org.orgId, employeeId))!.id;

beforeAll(async () => {
  services = await createTestServices();
  app = buildApp(services, { serveWeb: false });
  alfa = await orgWithMember(services, app, 'alfa');
  beta = await orgWithMember(services, app, 'beta');
  await importDirectly(alfa.ctx);
  await importDirectly(beta.ctx);
});
afterAll(() => services?.close());

describe('GET /leaders', () => {
  it('lists the suggestions with reasons, report counts and tenure', async () => {
    const res = await alfa.client.get('/api/v1/leaders');
    expect(res.status).toBe(200);
    expect(res.json.total).toBe(2);
    const [carl, frida] = res.json.items;
    expect(carl).toMatchObject({
      name: 'Carl Teamleder',
      unitName: 'Skole A',
      reportCount: 2,
      confidence: 'high',
      decision: null,
      leaderSince: '2020-01-01',
      tenureBand: '2_or_more',
    });
    const year = Number(copenhagenToday().slice(0, 4));
    expect(carl.tenureYears).toBeGreaterThanOrEqual(year - 2021);
    expect(carl.reasons.map((r: { code: string }) => r.code)).toEqual([
      'has_reports',
      'no_report_leads',
      'title_suggests_first_line',
    ]);
    expect(frida).toMatchObject({
      name: 'Frida Afdelingsleder',
      unitName: 'Skole B',
      pseudonym: expect.stringMatching(/^L-/),
    });
  });

  it('audit-logs the read without the search text', async () => {
    await alfa.client.get('/api/v1/leaders?q=Carl');
    const entries = await services.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.orgId, alfa.orgId), eq(auditLog.action, 'leaders.list_read')));
    expect(entries.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(entries)).not.toContain('Carl');
  });

  it('filters by search text, unit subtree and page', async () => {
    const q = await alfa.client.get('/api/v1/leaders?q=frida');
    expect(q.json.items.map((i: { name: string }) => i.name)).toEqual(['Frida Afdelingsleder']);
    const units = await services.database.db.select().from(orgUnits).where(eq(orgUnits.orgId, alfa.orgId));
    const skoler = units.find((u) => u.name === 'Skoler')!;
    const skoleA = units.find((u) => u.name === 'Skole A')!;
    expect((await alfa.client.get(`/api/v1/leaders?unitId=${skoler.id}`)).json.total).toBe(2);
    expect((await alfa.client.get(`/api/v1/leaders?unitId=${skoleA.id}`)).json.items[0].name).toBe('Carl Teamleder');
    const paged = await alfa.client.get('/api/v1/leaders?pageSize=1&page=2');
    expect(paged.json).toMatchObject({ total: 2, items: [{ name: 'Frida Afdelingsleder' }] });
    // Another organisation's unit filters to nothing rather than leaking.
    const betaUnit = (await services.database.db.select().from(orgUnits).where(eq(orgUnits.orgId, beta.orgId)))[0];
    expect((await alfa.client.get(`/api/v1/leaders?unitId=${betaUnit.id}`)).json.total).toBe(0);
  });

  it('is for admin and hr only', async () => {
    const leader = await orgWithMember(services, app, 'leder', 'leader');
    expect((await leader.client.get('/api/v1/leaders')).status).toBe(403);
  });
});

describe('POST /leaders/decisions', () => {
  it("decides in bulk, ignores another organisation's ids and audit-logs each person", async () => {
    const carl = await id(alfa, '3');
    const betaCarl = await id(beta, '3');
    const res = await alfa.client.post('/api/v1/leaders/decisions', {
      personIds: [carl, carl, betaCarl, crypto.randomUUID()],
      decision: 'confirmed',
    });
    expect(res.json).toEqual({ updated: 1, notFound: 2 });
    expect((await personByEmployeeId(services, beta.orgId, '3'))?.leaderDecision).toBeNull();
    const stored = await personByEmployeeId(services, alfa.orgId, '3');
    expect(stored).toMatchObject({ leaderDecision: 'confirmed', leaderDecidedBy: alfa.userId });
    const entries = await services.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'leader.decided'), eq(auditLog.entityId, carl)));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ orgId: alfa.orgId, entityType: 'person', details: { decision: 'confirmed' } });
  });

  it('moves people between the status lists, and a null decision clears it', async () => {
    const frida = await id(alfa, '6');
    await alfa.client.post('/api/v1/leaders/decisions', { personIds: [frida], decision: 'rejected' });
    const names = async (status: string) =>
      (await alfa.client.get(`/api/v1/leaders?status=${status}`)).json.items.map((i: { name: string }) => i.name);
    expect(await names('suggested')).toEqual([]);
    expect(await names('confirmed')).toEqual(['Carl Teamleder']);
    expect(await names('rejected')).toEqual(['Frida Afdelingsleder']);
    expect(await names('all')).toHaveLength(2);
    await alfa.client.post('/api/v1/leaders/decisions', { personIds: [frida], decision: null });
    expect(await names('suggested')).toEqual(['Frida Afdelingsleder']);
  });

  it('validates the body', async () => {
    const empty = await alfa.client.post('/api/v1/leaders/decisions', { personIds: [], decision: 'confirmed' });
    const wrong = await alfa.client.post('/api/v1/leaders/decisions', { personIds: ['x'], decision: 'maybe' });
    expect([empty.status, wrong.status]).toEqual([400, 400]);
  });
});

describe('GET /leaders/summary', () => {
  it('counts people and leaders per unit (own and subtree) and per area', async () => {
    const units = await services.database.db.select().from(orgUnits).where(eq(orgUnits.orgId, alfa.orgId));
    const skoler = units.find((u) => u.name === 'Skoler')!;
    const areas = (await alfa.client.get('/api/v1/areas')).json;
    const boern = areas.find((a: { name: string }) => a.name === 'Børn og Unge');
    expect(
      (await alfa.client.request('PUT', `/api/v1/units/${skoler.id}/area`, { mode: 'set', areaId: boern.id })).status,
    ).toBe(200);

    const res = await alfa.client.get('/api/v1/leaders/summary');
    expect(res.status).toBe(200);
    const unit = (name: string) => res.json.byUnit.find((u: { unitName: string }) => u.unitName === name);
    expect(unit('Skole A')).toMatchObject({ people: 3, leaders: 1, confirmed: 1, peopleInTree: 3 });
    expect(unit('Skoler')).toMatchObject({
      people: 1,
      leaders: 0,
      peopleInTree: 7,
      leadersInTree: 2,
      confirmedInTree: 1,
    });
    expect(unit('Kommune')).toMatchObject({ people: 0, peopleInTree: 8 });
    const area = (areaId: string | null) => res.json.byArea.find((a: { areaId: string | null }) => a.areaId === areaId);
    expect(area(boern.id)).toMatchObject({
      areaName: 'Børn og Unge',
      people: 7,
      leaders: 2,
      confirmed: 1,
      suggested: 1,
    });
    // The director's unit has no area.
    expect(area(null)).toMatchObject({ areaName: null, people: 1, leaders: 0 });
    expect(res.json.byArea).toHaveLength(7);

    const inArea = await alfa.client.get(`/api/v1/leaders?status=all&areaId=${boern.id}`);
    expect(inArea.json.items.map((i: { areaName: string }) => i.areaName)).toEqual(['Børn og Unge', 'Børn og Unge']);
  });
});
