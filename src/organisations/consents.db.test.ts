import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../platform/accounts/accounts.test-fixtures.js';
import { consents } from './organisations.schema.js';
import { auditEntries, type PeopleTest, startPeopleTest } from './people.test-fixtures.js';

let t: PeopleTest;
beforeAll(async () => {
  t = await startPeopleTest();
});
afterAll(() => t?.services.close());

const valid = { purpose: 'Interview om lederkompetencer', method: 'web_form', givenAt: '2026-03-01' };
const countConsents = async (personId: string) =>
  (await t.services.database.db.select().from(consents).where(eq(consents.personId, personId))).length;

describe('consents', () => {
  it('records a consent, lists it and shows it on the person page', async () => {
    const person = t.a.people['21'];
    const res = await t.hrA.post(`/api/v1/people/${person.id}/consents`, {
      ...valid,
      note: '  Underskrevet ved mødet  ',
    });
    expect(res.status, res.text).toBe(201);
    expect(res.json).toMatchObject({
      personId: person.id,
      purpose: valid.purpose,
      method: 'web_form',
      // Midnight in Copenhagen (CET in March).
      givenAt: '2026-02-28T23:00:00.000Z',
      withdrawnAt: null,
      note: 'Underskrevet ved mødet',
    });
    const list = await t.hrA.get(`/api/v1/people/${person.id}/consents`);
    expect(list.json.consents.map((c: { id: string }) => c.id)).toEqual([res.json.id]);
    const page = await t.hrA.get(`/api/v1/people/${person.id}`);
    expect(page.json.consents[0]).toMatchObject({ id: res.json.id, purpose: valid.purpose });
    const recorded = await auditEntries(t.services, t.a.orgId, 'consent.recorded');
    expect(recorded.find((e) => e.entityId === person.id)?.details).toEqual({
      consentId: res.json.id,
      method: 'web_form',
    });
    const read = await auditEntries(t.services, t.a.orgId, 'person.consents_read');
    expect(read.some((e) => e.entityId === person.id)).toBe(true);
  });

  it('takes an ISO date-time too', async () => {
    const person = t.a.people['22'];
    const res = await t.hrA.post(`/api/v1/people/${person.id}/consents`, {
      ...valid,
      method: 'paper',
      givenAt: '2026-01-10T09:30:00+01:00',
    });
    expect(res.status).toBe(201);
    expect(res.json.givenAt).toBe('2026-01-10T08:30:00.000Z');
  });

  it('withdraws a consent once; a second withdrawal is a conflict', async () => {
    const person = t.a.people['13'];
    const created = await t.hrA.post(`/api/v1/people/${person.id}/consents`, { ...valid, method: 'verbal' });
    const first = await t.hrA.post(`/api/v1/consents/${created.json.id}/withdraw`);
    expect(first.status).toBe(200);
    expect(Date.parse(first.json.withdrawnAt)).toBeGreaterThan(Date.now() - 60_000);
    const second = await t.hrA.post(`/api/v1/consents/${created.json.id}/withdraw`);
    expectProblem(second, 409, 'consent_already_withdrawn');
    const withdrawn = await auditEntries(t.services, t.a.orgId, 'consent.withdrawn');
    expect(withdrawn.filter((e) => e.entityId === person.id)).toHaveLength(1);
  });

  it('refuses bad input with a 400 problem and writes nothing', async () => {
    const person = t.a.people['12'];
    const before = await countConsents(person.id);
    const cases: [Record<string, unknown>, string][] = [
      [{ ...valid, givenAt: '2026-02-30' }, 'givenAt'],
      [{ ...valid, givenAt: 'yesterday' }, 'givenAt'],
      [{ ...valid, givenAt: '2999-01-01' }, 'givenAt'],
      [{ ...valid, method: 'fax' }, 'method'],
      [{ ...valid, purpose: '   ' }, 'purpose'],
      [{ method: 'paper', givenAt: '2026-01-01' }, 'purpose'],
      [{ ...valid, note: 'x'.repeat(2001) }, 'note'],
    ];
    for (const [body, path] of cases) {
      const res = await t.hrA.post(`/api/v1/people/${person.id}/consents`, body);
      expectProblem(res, 400, 'validation');
      expect(
        res.json.errors.map((e: { path: string }) => e.path),
        JSON.stringify(body),
      ).toContain(path);
    }
    expect(await countConsents(person.id)).toBe(before);
    expectProblem(await t.hrA.post('/api/v1/people/nope/consents', valid), 400, 'validation');
    expectProblem(await t.hrA.post('/api/v1/consents/nope/withdraw'), 400, 'validation');
  });

  it("answers 404 for another organisation's person or consent and changes nothing", async () => {
    const bPerson = t.b.people['21'];
    const bConsent = await t.hrB.post(`/api/v1/people/${bPerson.id}/consents`, valid);
    expect(bConsent.status).toBe(201);
    const before = await countConsents(bPerson.id);

    expectProblem(await t.hrA.post(`/api/v1/people/${bPerson.id}/consents`, valid), 404, 'not_found');
    const list = await t.hrA.get(`/api/v1/people/${bPerson.id}/consents`);
    expectProblem(list, 404, 'not_found');
    expect(list.text).not.toContain(bConsent.json.id);
    expectProblem(await t.hrA.post(`/api/v1/consents/${bConsent.json.id}/withdraw`), 404, 'not_found');

    expect(await countConsents(bPerson.id)).toBe(before);
    const [row] = await t.services.database.db
      .select()
      .from(consents)
      .where(and(eq(consents.id, bConsent.json.id)));
    expect(row.withdrawnAt).toBeNull();
  });

  it('is for HR and administrators only', async () => {
    const analyst = await t.clientA('analyst');
    const person = t.a.people['21'];
    expectProblem(await analyst.get(`/api/v1/people/${person.id}/consents`), 403, 'forbidden');
    expectProblem(await analyst.post(`/api/v1/people/${person.id}/consents`, valid), 403, 'forbidden');
  });
});
