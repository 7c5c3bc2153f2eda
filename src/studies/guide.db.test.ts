import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NATIONAL_VERSION_ID } from '../frameworks/national-framework.sql.js';
import { createTestServices, type TestServices } from '../platform/testing/test-app.js';
import { buildApp } from '../server.js';
import { leadersChart, type Member, orgMember } from './studies.test-fixtures.js';

let services: TestServices;
let app: ReturnType<typeof buildApp>;
let school: Member;
let viborg: Member;

beforeAll(async () => {
  services = await createTestServices();
  app = buildApp(services, { serveWeb: false });
  school = await orgMember(services, app, 'skole', 'school', 'analyst');
  viborg = await orgMember(services, app, 'viborg', 'municipality', 'hr');
  await leadersChart(services, viborg.orgId, 12);
});
afterAll(() => services?.close());

async function newStudy() {
  const res = await school.client.post('/api/v1/studies', { title: 'Guide', frameworkVersionId: NATIONAL_VERSION_ID });
  return res.json.id as string;
}

describe('the interview guide', () => {
  it("starts as the framework's default, saves edits, refuses unknown competencies, and prints", async () => {
    const id = await newStudy();
    const guide = (await school.client.get(`/api/v1/studies/${id}/guide`)).json;
    expect(guide.isDefault).toBe(true);
    expect(guide.sections.length).toBeGreaterThanOrEqual(6);
    expect(guide.issues.filter((i: { severity: string }) => i.severity === 'error')).toEqual([]);

    const edited = structuredClone(guide.sections);
    edited[0].questions[0].textDa = 'Fortæl om din vej til ledelse – og hvem der spurgte dig.';
    const saved = await school.client.request('PUT', `/api/v1/studies/${id}/guide`, { sections: edited });
    expect(saved.status, saved.text).toBe(200);
    expect(saved.json.isDefault).toBe(false);
    expect(saved.json.sections[0].questions[0].textDa).toMatch(/^Fortæl om din vej/);

    const broken = structuredClone(edited);
    broken[1].questions[0].competencyIdentifiers = ['00000000-0000-4000-8000-000000000999'];
    const refused = await school.client.request('PUT', `/api/v1/studies/${id}/guide`, { sections: broken });
    expect(refused.status).toBe(400);
    expect(refused.json.code).toBe('guide_invalid');
    expect(refused.json.errors[0].path).toBe('sections[1].questions[0].competencyIdentifiers[0]');

    const page = await app.request(`/api/v1/studies/${id}/guide.html`, {
      headers: { cookie: school.client.cookie as string },
    });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<html lang="da">');
    expect(html).toContain('Fortæl om din vej til ledelse – og hvem der spurgte dig.');
    expect(html).not.toContain('<script');

    const pdf = await app.request(`/api/v1/studies/${id}/guide.pdf`, {
      headers: { cookie: school.client.cookie as string },
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.subarray(-8).toString('latin1')).toContain('%%EOF');
    // Several A4 pages: the default guide has six sections and room for notes under every question.
    expect((bytes.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length).toBeGreaterThanOrEqual(3);
    expect(bytes.toString('latin1')).toContain('/MediaBox [0 0 595.28 841.89]');
    expect(bytes.length).toBeGreaterThan(10_000);

    const reset = await school.client.request('DELETE', `/api/v1/studies/${id}/guide`);
    expect(reset.json.isDefault).toBe(true);
    // HR (of any organisation) has no access to interview guides at all.
    expect((await viborg.client.get(`/api/v1/studies/${id}/guide`)).status).toBe(403);
  });

  it('escapes what the team writes in the printed guide', async () => {
    const id = await newStudy();
    const guide = (await school.client.get(`/api/v1/studies/${id}/guide`)).json;
    guide.sections[0].titleDa = '<img src=x onerror=alert(1)>';
    await school.client.request('PUT', `/api/v1/studies/${id}/guide`, { sections: guide.sections });
    const page = await app.request(`/api/v1/studies/${id}/guide.html`, {
      headers: { cookie: school.client.cookie as string },
    });
    const html = await page.text();
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('response rates', () => {
  it('counts per stratum for the team, and only its own strata for a participating organisation', async () => {
    const id = await newStudy();
    await school.client.request('PUT', `/api/v1/studies/${id}/organisations/${viborg.orgId}`);
    await viborg.client.request('PUT', `/api/v1/studies/${id}/participation`, { accept: true });
    await school.client.request('PUT', `/api/v1/studies/${id}/sampling/targets`, { total: 8 });
    await school.client.post(`/api/v1/studies/${id}/sampling/draw`);
    await school.client.request('PUT', `/api/v1/studies/${id}/status`, { status: 'recruiting' });
    await school.client.post(`/api/v1/studies/${id}/invitations`);
    const rates = (await school.client.get(`/api/v1/studies/${id}/response-rates`)).json;
    expect(rates.reduce((n: number, r: { drawn: number }) => n + r.drawn, 0)).toBe(8);
    expect(
      rates.every(
        (r: { invited: number; drawn: number; responseRate: number }) => r.invited === r.drawn && r.responseRate === 0,
      ),
    ).toBe(true);
    const theirs = (await viborg.client.get(`/api/v1/studies/${id}/response-rates`)).json;
    expect(theirs.every((r: { orgId: string }) => r.orgId === viborg.orgId)).toBe(true);
  });
});
