import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../platform/accounts/accounts.test-fixtures.js';
import { recordAudit } from '../platform/audit/audit.service.js';
import { people } from './organisations.schema.js';
import { auditEntries, type PeopleTest, startPeopleTest } from './people.test-fixtures.js';

let t: PeopleTest;
const HOSTILE_TITLE = '<img src=x onerror="alert(1)"> & \'Leder\'';
const HOSTILE_NOTE = '</td><script>alert("x")</script>';

beforeAll(async () => {
  t = await startPeopleTest();
  const annelise = t.a.people['21'];
  await t.services.database.db.update(people).set({ jobTitle: HOSTILE_TITLE }).where(eq(people.id, annelise.id));
  await t.hrA.post(`/api/v1/people/${annelise.id}/consents`, {
    purpose: 'Deltagelse i behovsanalyse',
    method: 'email',
    givenAt: '2026-02-01',
    note: HOSTILE_NOTE,
  });
  await t.hrA.get(`/api/v1/people/${annelise.id}`);
  // A bulk entry naming several people, as leader decisions are logged.
  await recordAudit(t.ctxA, {
    action: 'leaders.decided',
    entityType: 'people',
    details: { decision: 'confirmed', personIds: [annelise.id, t.a.people['11'].id] },
  });
});
afterAll(() => t?.services.close());

describe('GET /people/{id}/export (JSON)', () => {
  it('is a download of everything about the person', async () => {
    const annelise = t.a.people['21'];
    const res = await t.hrA.get(`/api/v1/people/${annelise.id}/export`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="indsigt-L-\d+\.json"/);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const data = res.json;
    expect(data.organisation.name).toBe('Alfa Kommune');
    expect(data.person).toMatchObject({
      id: annelise.id,
      name: 'Annelise Thygesen',
      email: 'annelise.thygesen@kommune.test',
      employeeId: '21',
      pseudonym: annelise.pseudonym,
      jobTitle: HOSTILE_TITLE,
      managerEmployeeId: '20',
    });
    expect(data.unit.path).toEqual(['Kommunen', 'Børn og Unge', 'Skoler']);
    expect(data.area).toEqual({ name: 'Børn og Unge', source: 'inherited' });
    expect(data.manager).toMatchObject({ name: 'Mette Skovgaard' });
    expect(data.reportCount).toBe(2);
    expect(data.leader).toMatchObject({ suggestion: 'first_line', decision: null, leaderSince: '2025-08-01' });
    expect(data.consents).toHaveLength(1);
    expect(data.consents[0]).toMatchObject({ purpose: 'Deltagelse i behovsanalyse', note: HOSTILE_NOTE });
    const actions = data.auditEntries.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['consent.recorded', 'person.read', 'leaders.decided']));
    // Other people's data stays out: no report names, nobody else's entries.
    expect(res.text).not.toContain('Peter Østergaard');
    expect(res.text).not.toContain('Kirsten');
  });

  it('is audit-logged against the person', async () => {
    const id = t.a.people['22'].id;
    await t.hrA.get(`/api/v1/people/${id}/export`);
    const entries = await auditEntries(t.services, t.a.orgId, 'person.access_exported');
    expect(entries.find((e) => e.entityId === id)?.details).toEqual({ format: 'json' });
  });
});

describe('GET /people/{id}/export.html', () => {
  it('is a self-contained Danish page with every value escaped', async () => {
    const annelise = t.a.people['21'];
    const res = await t.hrA.get(`/api/v1/people/${annelise.id}/export.html`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = res.text;
    expect(html).toMatch(/^<!doctype html>\n<html lang="da">/);
    expect(html).toContain('<h1>Indsigt i personoplysninger</h1>');
    expect(html).toContain('Annelise Thygesen');
    expect(html).toContain('annelise.thygesen@kommune.test');
    expect(html).toContain('Kommunen › Børn og Unge › Skoler');
    expect(html).toContain('Deltagelse i behovsanalyse');
    expect(html).toContain('Personsiden blev vist');
    expect(html).toContain('Foreslået ud fra organisationsdiagrammet');
    // Hostile values appear only escaped.
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;Leder&#39;');
    expect(html).toContain('&lt;/td&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    // Nothing loaded from anywhere: no links, images, scripts or remote URLs; printable.
    expect(html).not.toMatch(/<(link|script|img|iframe|object)\b/i);
    expect(html).not.toMatch(/<[^>]*\b(src|href)=/i);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toContain('@media print');
  });

  it('is Danish even for an English-speaking user, and audit-logged as html', async () => {
    const id = t.a.people['11'].id;
    const res = await t.app.request(`/api/v1/people/${id}/export.html`, {
      headers: { cookie: t.hrA.cookie!, 'accept-language': 'en' },
    });
    expect(await res.text()).toContain('Personoplysninger');
    const entries = await auditEntries(t.services, t.a.orgId, 'person.access_exported');
    expect(entries.find((e) => e.entityId === id)?.details).toEqual({ format: 'html' });
  });
});

describe('access exports across organisations and roles', () => {
  it("answers 404 for another organisation's person and logs nothing about them", async () => {
    const other = t.b.people['21'].id;
    for (const path of [`/api/v1/people/${other}/export`, `/api/v1/people/${other}/export.html`]) {
      const res = await t.hrA.get(path);
      expectProblem(res, 404, 'not_found');
      expect(res.text).not.toContain('Annelise');
    }
    const entries = await auditEntries(t.services, t.a.orgId, 'person.access_exported');
    expect(entries.some((e) => e.entityId === other)).toBe(false);
    expectProblem(await t.hrA.get('/api/v1/people/not-a-uuid/export'), 400, 'validation');
  });

  it('is for HR and administrators only', async () => {
    const leader = await t.clientA('leader');
    expectProblem(await leader.get(`/api/v1/people/${t.a.people['21'].id}/export`), 403, 'forbidden');
    expectProblem(await leader.get(`/api/v1/people/${t.a.people['21'].id}/export.html`), 403, 'forbidden');
  });
});
