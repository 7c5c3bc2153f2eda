/**
 * Next month's export: people matched by employee id, changes and leavers found, returners reactivated, HR's
 * decisions and everyone's pseudonym kept, and a pseudonym never given to anyone else.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServices, type TestServices } from '../platform/testing/test-app.js';
import { buildApp } from '../server.js';
import {
  applyAndWait,
  BASE_CHART,
  csvText,
  type OrgFixture,
  orgWithMember,
  personByEmployeeId,
  tableCounts,
  uploadAndPreview,
  utf8,
} from './import.test-fixtures.js';
import { issuedPseudonyms, orgUnits, people } from './organisations.schema.js';

let services: TestServices;
let app: ReturnType<typeof buildApp>;
let org: OrgFixture;
let firstPseudonyms: Map<string, string>;

async function pseudonyms(orgId: string) {
  const rows = await services.database.db.select().from(people).where(eq(people.orgId, orgId));
  return new Map(rows.map((p) => [p.employeeId, p.pseudonym]));
}

async function importChart(rows: string[][]) {
  const detail = await uploadAndPreview(app, org.client, 'maaned.csv', utf8(csvText(rows)));
  expect(detail.status, JSON.stringify(detail.preview.problems)).toBe('previewed');
  const job = await applyAndWait(org.client, detail.id);
  expect(job.state, job.error).toBe('completed');
  return { detail, result: job.result };
}

beforeAll(async () => {
  services = await createTestServices();
  app = buildApp(services, { serveWeb: false });
  await services.jobs.start({ work: true });
  org = await orgWithMember(services, app, 'maaned');
  await importChart(BASE_CHART);
  firstPseudonyms = await pseudonyms(org.orgId);
});
afterAll(() => services?.close());

describe('re-import', () => {
  it('previews and applies changed, left and added people; HR decisions and pseudonyms survive', async () => {
    const carl = (await personByEmployeeId(services, org.orgId, '3'))!;
    const frida = (await personByEmployeeId(services, org.orgId, '6'))!;
    const decided = await org.client.post('/api/v1/leaders/decisions', {
      personIds: [carl.id],
      decision: 'confirmed',
    });
    expect(decided.json).toEqual({ updated: 1, notFound: 0 });
    await org.client.post('/api/v1/leaders/decisions', { personIds: [frida.id], decision: 'rejected' });

    const next = BASE_CHART.filter((r) => r[0] !== '5') // Erik left
      .map((r) => (r[0] === '4' ? r.map((c, i) => (i === 3 ? 'Souschef' : c)) : r)) // Dorthe's new title
      .map((r) => (r[0] === '8' ? r.map((c, i) => (i === 5 ? 'Kommune/Skoler/Skole C' : i === 4 ? 'Skole C' : c)) : r));
    next.push(['9', 'Ida Ny', 'ida@k.dk', 'Lærer', 'Skole A', 'Kommune/Skoler/Skole A', '3', '']);
    const { detail, result } = await importChart(next);
    expect(detail.preview.counts).toMatchObject({ added: 1, changed: 2, left: 1, returned: 0, unchanged: 5 });
    expect(detail.preview.samples.left).toEqual([{ employeeId: '5', name: 'Erik Lærer' }]);
    const dorthe = detail.preview.samples.changed.find((c: { employeeId: string }) => c.employeeId === '4');
    expect(dorthe.changes).toEqual([{ field: 'jobTitle', from: 'Pædagog', to: 'Souschef' }]);
    expect(result).toMatchObject({ added: 1, changed: 2, left: 1, returned: 0 });

    const erik = (await personByEmployeeId(services, org.orgId, '5'))!;
    expect(erik.status).toBe('left');
    expect(erik.leftAt).toBeInstanceOf(Date);
    expect((await personByEmployeeId(services, org.orgId, '4'))?.jobTitle).toBe('Souschef');
    expect((await personByEmployeeId(services, org.orgId, '3'))?.leaderDecision).toBe('confirmed');
    expect((await personByEmployeeId(services, org.orgId, '6'))?.leaderDecision).toBe('rejected');

    const now = await pseudonyms(org.orgId);
    for (const [employeeId, code] of firstPseudonyms) expect(now.get(employeeId)).toBe(code);
    expect([...firstPseudonyms.values()]).not.toContain(now.get('9'));

    // Skole C is new; no unit was dropped, since Skole B still has Gert and Frida.
    const units = await services.database.db.select().from(orgUnits).where(eq(orgUnits.orgId, org.orgId));
    expect(units.filter((u) => u.active === 1).map((u) => u.name)).toContain('Skole C');
    expect(units.every((u) => u.active === 1)).toBe(true);
  });

  it('reactivates a returning person with their old pseudonym and deactivates units left empty', async () => {
    const rows = BASE_CHART.filter((r) => r[0] !== '6' && r[0] !== '7' && r[0] !== '8'); // Skole B closes
    const { detail } = await importChart(rows);
    expect(detail.preview.counts).toMatchObject({ returned: 1, left: 4, added: 0 });
    const erik = (await personByEmployeeId(services, org.orgId, '5'))!;
    expect(erik).toMatchObject({ status: 'active', leftAt: null, pseudonym: firstPseudonyms.get('5') });
    const units = await services.database.db.select().from(orgUnits).where(eq(orgUnits.orgId, org.orgId));
    const inactive = units.filter((u) => u.active === 0).map((u) => u.name);
    expect(inactive.sort()).toEqual(['Skole B', 'Skole C']);
    // Left people keep their rows (their history in studies) and their unit.
    const frida = (await personByEmployeeId(services, org.orgId, '6'))!;
    expect(frida.status).toBe('left');
    expect(frida.unitId).toBe(units.find((u) => u.name === 'Skole B')?.id);
    expect(frida.leaderDecision).toBe('rejected');
  });

  it('warns when many people leave at once, but lets HR proceed', async () => {
    const many = Array.from({ length: 20 }, (_, i) => [
      String(100 + i),
      `Person ${i}`,
      '',
      'Lærer',
      'Skole A',
      'Kommune/Skoler/Skole A',
      '3',
      '',
    ]);
    await importChart([...BASE_CHART, ...many]);
    const detail = await uploadAndPreview(app, org.client, 'delvis.csv', utf8(csvText(BASE_CHART)));
    expect(detail.status).toBe('previewed');
    expect(detail.preview.problems).toEqual([
      expect.objectContaining({
        code: 'many_people_left',
        severity: 'warning',
        params: expect.objectContaining({ left: 20 }),
      }),
    ]);
  });

  it('never gives a pseudonym issued before, even one whose person was erased', async () => {
    const db = services.database.db;
    // Almost half the four-digit codes already issued (erased people's included): a generator that ignored them
    // would hit one with probability ~1/2 per new person. Below half, it keeps drawing four-digit codes.
    const existing = new Set(
      (await db.select().from(issuedPseudonyms).where(eq(issuedPseudonyms.orgId, org.orgId))).map((r) => r.code),
    );
    const used = Array.from({ length: 4900 }, (_, i) => `L-${String(i * 2).padStart(4, '0')}`);
    const fresh = used.filter((c) => !existing.has(c));
    for (let i = 0; i < fresh.length; i += 1000)
      await db.insert(issuedPseudonyms).values(fresh.slice(i, i + 1000).map((code) => ({ orgId: org.orgId, code })));
    const before = await tableCounts(services, org.orgId);

    const newcomers = Array.from({ length: 12 }, (_, i) => [
      String(500 + i),
      `Ny ${i}`,
      '',
      'Lærer',
      'Skole A',
      'Kommune/Skoler/Skole A',
      '3',
      '',
    ]);
    await importChart([...BASE_CHART, ...newcomers]);
    const codes = await pseudonyms(org.orgId);
    const issuedBefore = new Set([...existing, ...fresh]);
    for (let i = 0; i < 12; i++) {
      const code = codes.get(String(500 + i))!;
      expect(code).toMatch(/^L-\d{4}$/);
      expect(issuedBefore.has(code), code).toBe(false);
    }
    expect((await tableCounts(services, org.orgId)).pseudonyms).toBe(before.pseudonyms + 12);
  });
});
