import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OrgFixture, orgWithMember } from '../organisations/import.test-fixtures.js';
import { createTestServices, type TestServices } from '../platform/testing/test-app.js';
import { buildApp } from '../server.js';
import { NATIONAL_ROLE_PROFILES } from './national-framework.data.js';
import { NATIONAL_VERSION_ID } from './national-framework.sql.js';

let services: TestServices;
let app: ReturnType<typeof buildApp>;
let alfa: OrgFixture;
let beta: OrgFixture;

beforeAll(async () => {
  services = await createTestServices();
  app = buildApp(services, { serveWeb: false });
  alfa = await orgWithMember(services, app, 'alfa', 'analyst');
  beta = await orgWithMember(services, app, 'beta', 'admin');
});
afterAll(() => services?.close());

/** A published framework of alfa's with two competencies; returns ids. */
async function publishedFramework() {
  const created = await alfa.client.post('/api/v1/frameworks', { titleDa: 'Ramme', titleEn: 'Framework' });
  const v1 = created.json.draft.id as string;
  const add = async (body: Record<string, unknown>) =>
    (await alfa.client.post(`/api/v1/framework-versions/${v1}/items`, body)).json.identifier as string;
  const domain = await add({ parentIdentifier: null, kind: 'domain', titleDa: 'Domæne', titleEn: 'Domain' });
  const economy = await add({ parentIdentifier: domain, kind: 'competency', titleDa: 'Økonomi', titleEn: 'Finance' });
  const people = await add({ parentIdentifier: domain, kind: 'competency', titleDa: 'Personale', titleEn: 'People' });
  const published = await alfa.client.post(`/api/v1/framework-versions/${v1}/publish`, { changeNote: 'v1' });
  expect(published.status, published.text).toBe(200);
  return { frameworkId: created.json.id as string, v1, domain, economy, people };
}

describe('national role profiles', () => {
  it('come with the national framework, a target for every competency, readable by every organisation', async () => {
    const list = (await beta.client.get('/api/v1/role-profiles')).json;
    const national = list.filter((p: { scope: string }) => p.scope === 'national');
    expect(national.map((p: { nameDa: string }) => p.nameDa).sort()).toEqual(
      NATIONAL_ROLE_PROFILES.map((p) => p.nameDa).sort(),
    );
    const detail = (await beta.client.get(`/api/v1/role-profiles/${national[0].id}`)).json;
    expect(detail.versionId).toBe(NATIONAL_VERSION_ID);
    expect(detail.competencies).toHaveLength(10);
    expect(detail.targets.map((t: { itemIdentifier: string }) => t.itemIdentifier)).toEqual(
      detail.competencies.map((c: { identifier: string }) => c.identifier),
    );
    expect(detail.canEdit).toBe(false);
    expect(
      (await beta.client.request('PATCH', `/api/v1/role-profiles/${national[0].id}`, { nameDa: 'x' })).status,
    ).toBe(403);
  });
});

describe("an organisation's role profile", () => {
  it('is created on a published version with targets on its competencies and scale', async () => {
    const f = await publishedFramework();
    const created = await alfa.client.post('/api/v1/role-profiles', {
      nameDa: 'Teamleder, vej og park',
      nameEn: 'Team leader, roads and parks',
      area: 'Teknik og Miljø',
      versionId: f.v1,
      targets: [
        { itemIdentifier: f.people, level: 3, rationaleDa: 'Leder 12 medarbejdere' },
        { itemIdentifier: f.economy, level: 4, rationaleDa: 'Budgetansvar for maskiner' },
      ],
    });
    expect(created.status, created.text).toBe(201);
    // Targets come back in tree order, whatever order they were sent in.
    expect(
      created.json.targets.map((t: { itemIdentifier: string; level: number }) => [t.itemIdentifier, t.level]),
    ).toEqual([
      [f.economy, 4],
      [f.people, 3],
    ]);
    expect(
      created.json.competencies.map((c: { titleDa: string; domainTitleDa: string }) => [c.titleDa, c.domainTitleDa]),
    ).toEqual([
      ['Økonomi', 'Domæne'],
      ['Personale', 'Domæne'],
    ]);
    expect((await beta.client.get(`/api/v1/role-profiles/${created.json.id}`)).status).toBe(404);
  });

  it('refuses a draft version, a domain as target, a level off the scale and duplicate targets', async () => {
    const f = await publishedFramework();
    const draft = (await alfa.client.post(`/api/v1/frameworks/${f.frameworkId}/draft`)).json;
    const onDraft = await alfa.client.post('/api/v1/role-profiles', { nameDa: 'X', nameEn: '', versionId: draft.id });
    expect({ status: onDraft.status, code: onDraft.json.code }).toEqual({
      status: 409,
      code: 'profile_needs_published_version',
    });
    const cases: [unknown[], string][] = [
      [[{ itemIdentifier: f.domain, level: 3 }], 'target_not_a_competency'],
      [[{ itemIdentifier: f.economy, level: 6 }], 'level_not_on_scale'],
      [
        [
          { itemIdentifier: f.economy, level: 2 },
          { itemIdentifier: f.economy, level: 3 },
        ],
        'target_duplicate',
      ],
    ];
    for (const [targets, code] of cases) {
      const res = await alfa.client.post('/api/v1/role-profiles', {
        nameDa: 'X',
        nameEn: '',
        versionId: f.v1,
        targets,
      });
      expect({ status: res.status, code: res.json.code }).toEqual({ status: 400, code });
    }
    const mine = (await alfa.client.get(`/api/v1/role-profiles?frameworkId=${f.frameworkId}`)).json;
    expect(mine).toEqual([]);
  });

  it('replaces targets on update, and follows its competencies into a newer version on upgrade', async () => {
    const f = await publishedFramework();
    const profile = (
      await alfa.client.post('/api/v1/role-profiles', {
        nameDa: 'Souschef',
        nameEn: 'Deputy',
        versionId: f.v1,
        targets: [
          { itemIdentifier: f.economy, level: 2 },
          { itemIdentifier: f.people, level: 4 },
        ],
      })
    ).json;
    const updated = await alfa.client.request('PATCH', `/api/v1/role-profiles/${profile.id}`, {
      targets: [{ itemIdentifier: f.economy, level: 5, rationaleEn: 'Owns the budget' }],
    });
    expect(updated.json.targets).toEqual([
      { itemIdentifier: f.economy, level: 5, rationaleDa: '', rationaleEn: 'Owns the budget' },
    ]);
    await alfa.client.request('PATCH', `/api/v1/role-profiles/${profile.id}`, {
      targets: [
        { itemIdentifier: f.economy, level: 5 },
        { itemIdentifier: f.people, level: 4 },
      ],
    });

    // Version 2 drops "Personale" and adds a competency.
    const v2 = (await alfa.client.post(`/api/v1/frameworks/${f.frameworkId}/draft`)).json.id as string;
    await alfa.client.request('DELETE', `/api/v1/framework-versions/${v2}/items/${f.people}`);
    await alfa.client.post(`/api/v1/framework-versions/${v2}/items`, {
      parentIdentifier: f.domain,
      kind: 'competency',
      titleDa: 'Politisk tæft',
      titleEn: 'Political acumen',
    });
    const early = await alfa.client.post(`/api/v1/role-profiles/${profile.id}/upgrade`, { versionId: v2 });
    expect(early.status).toBe(409);
    await alfa.client.post(`/api/v1/framework-versions/${v2}/publish`, { changeNote: 'v2' });

    const upgraded = await alfa.client.post(`/api/v1/role-profiles/${profile.id}/upgrade`, { versionId: v2 });
    expect(upgraded.status, upgraded.text).toBe(200);
    expect(upgraded.json).toMatchObject({ versionId: v2, versionNumber: 2, dropped: [f.people] });
    expect(
      upgraded.json.targets.map((t: { itemIdentifier: string; level: number }) => [t.itemIdentifier, t.level]),
    ).toEqual([[f.economy, 5]]);
    expect(upgraded.json.competencies.map((c: { titleDa: string }) => c.titleDa)).toEqual(['Økonomi', 'Politisk tæft']);

    expect((await alfa.client.request('DELETE', `/api/v1/role-profiles/${profile.id}`)).status).toBe(204);
    expect((await alfa.client.get(`/api/v1/role-profiles/${profile.id}`)).status).toBe(404);
  });
});
