import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OrgFixture, orgWithMember } from '../organisations/import.test-fixtures.js';
import { users } from '../platform/accounts/accounts.schema.js';
import { createTestServices, type TestServices } from '../platform/testing/test-app.js';
import { buildApp } from '../server.js';
import { frameworkItems, frameworks, frameworkVersions } from './frameworks.schema.js';

let services: TestServices;
let app: ReturnType<typeof buildApp>;
let alfa: OrgFixture;
let alfaHr: OrgFixture;
let beta: OrgFixture;

beforeAll(async () => {
  services = await createTestServices();
  app = buildApp(services, { serveWeb: false });
  alfa = await orgWithMember(services, app, 'alfa', 'analyst');
  beta = await orgWithMember(services, app, 'beta', 'analyst');
  alfaHr = await orgWithMember(services, app, 'alfahr', 'hr');
});
afterAll(() => services?.close());

async function newFramework(client = alfa.client, title = 'Lederkompetencer') {
  const res = await client.post('/api/v1/frameworks', { titleDa: title, titleEn: 'Leader competencies' });
  expect(res.status, res.text).toBe(201);
  return { id: res.json.id as string, draftId: res.json.draft.id as string };
}

async function addItem(versionId: string, body: Record<string, unknown>, client = alfa.client) {
  const res = await client.post(`/api/v1/framework-versions/${versionId}/items`, body);
  expect(res.status, res.text).toBe(201);
  return res.json as { identifier: string; position: number };
}

describe('authoring a framework', () => {
  it('creates a framework with an empty draft on the default scale, visible only to its organisation', async () => {
    const { id, draftId } = await newFramework();
    const version = (await alfa.client.get(`/api/v1/framework-versions/${draftId}`)).json;
    expect(version).toMatchObject({ number: 1, status: 'draft', canEdit: true });
    expect(version.content.scale.map((s: { level: number }) => s.level)).toEqual([1, 2, 3, 4, 5]);
    expect((await beta.client.get(`/api/v1/frameworks/${id}`)).status).toBe(404);
    expect((await beta.client.get('/api/v1/frameworks')).json.map((f: { id: string }) => f.id)).not.toContain(id);
  });

  it('lets only authors (admin, analyst) write, and only platform admins create national frameworks', async () => {
    const hr = await alfaHr.client.post('/api/v1/frameworks', { titleDa: 'X', titleEn: '' });
    expect(hr.status).toBe(403);
    const national = await alfa.client.post('/api/v1/frameworks', { titleDa: 'X', titleEn: '', national: true });
    expect({ status: national.status, code: national.json.code }).toEqual({
      status: 403,
      code: 'platform_admin_required',
    });
  });

  it('adds, renames, reorders, moves and deletes items in a draft', async () => {
    const { draftId } = await newFramework();
    const domain = await addItem(draftId, {
      parentIdentifier: null,
      kind: 'domain',
      titleDa: 'Personlig ledelse',
      titleEn: '',
    });
    const a = await addItem(draftId, {
      parentIdentifier: domain.identifier,
      kind: 'competency',
      titleDa: 'A',
      titleEn: '',
    });
    const b = await addItem(draftId, {
      parentIdentifier: domain.identifier,
      kind: 'competency',
      titleDa: 'B',
      titleEn: '',
    });
    const first = await addItem(draftId, {
      parentIdentifier: domain.identifier,
      position: 0,
      kind: 'competency',
      titleDa: '  Først\u0065\u0301  ',
      titleEn: '',
      keywordsDa: ['budget', 'budget', ' regnskab '],
      levels: [{ level: 3, da: 'Kan selv', en: 'On their own' }],
    });
    const items = async () =>
      (await alfa.client.get(`/api/v1/framework-versions/${draftId}`)).json.content.items as {
        identifier: string;
        parentIdentifier: string | null;
        position: number;
        titleDa: string;
        keywordsDa: string[];
      }[];
    const order = async (parent: string | null) =>
      (await items())
        .filter((i) => i.parentIdentifier === parent)
        .sort((x, y) => x.position - y.position)
        .map((i) => i.titleDa);

    expect(await order(domain.identifier)).toEqual(['Førsté', 'A', 'B']);
    const stored = (await items()).find((i) => i.identifier === first.identifier);
    expect(stored?.titleDa).toBe('Først\u00e9'.normalize('NFC'));
    expect(stored?.keywordsDa).toEqual(['budget', 'regnskab']);

    const renamed = await alfa.client.request('PATCH', `/api/v1/framework-versions/${draftId}/items/${a.identifier}`, {
      titleDa: 'Økonomi',
    });
    expect(renamed.json.titleDa).toBe('Økonomi');

    const moved = await alfa.client.post(`/api/v1/framework-versions/${draftId}/items/${b.identifier}/move`, {
      parentIdentifier: domain.identifier,
      position: 0,
    });
    expect(moved.status, moved.text).toBe(200);
    expect(await order(domain.identifier)).toEqual(['B', 'Førsté', 'Økonomi']);

    const intoSelf = await alfa.client.post(`/api/v1/framework-versions/${draftId}/items/${domain.identifier}/move`, {
      parentIdentifier: b.identifier,
      position: 0,
    });
    expect({ status: intoSelf.status, code: intoSelf.json.code }).toEqual({
      status: 409,
      code: 'move_into_own_subtree',
    });

    const outdent = await alfa.client.post(`/api/v1/framework-versions/${draftId}/items/${b.identifier}/move`, {
      parentIdentifier: null,
      position: 5,
    });
    expect(outdent.status).toBe(200);
    expect(await order(null)).toEqual(['Personlig ledelse', 'B']);
    expect(await order(domain.identifier)).toEqual(['Førsté', 'Økonomi']);

    const badLevel = await alfa.client.request('PATCH', `/api/v1/framework-versions/${draftId}/items/${a.identifier}`, {
      levels: [{ level: 9, da: 'x', en: 'x' }],
    });
    expect({ status: badLevel.status, code: badLevel.json.code }).toEqual({ status: 400, code: 'level_not_on_scale' });

    expect(
      (await alfa.client.request('DELETE', `/api/v1/framework-versions/${draftId}/items/${domain.identifier}`)).status,
    ).toBe(204);
    expect((await items()).map((i) => i.titleDa)).toEqual(['B']);
  });

  it('refuses writes by another organisation as not found, and by a non-author as forbidden', async () => {
    const { draftId } = await newFramework();
    const body = { parentIdentifier: null, kind: 'domain', titleDa: 'X', titleEn: '' };
    expect((await beta.client.post(`/api/v1/framework-versions/${draftId}/items`, body)).status).toBe(404);
    expect((await alfaHr.client.post(`/api/v1/framework-versions/${draftId}/items`, body)).status).toBe(404);
    const rows = await services.database.db.select().from(frameworkItems).where(eq(frameworkItems.versionId, draftId));
    expect(rows).toEqual([]);
  });
});

describe('versions', () => {
  it('publishes a sound draft; the published version never changes; a new draft copies it; the diff shows the edit', async () => {
    const { id, draftId } = await newFramework();
    const empty = await alfa.client.post(`/api/v1/framework-versions/${draftId}/publish`, { changeNote: 'Første' });
    expect({ status: empty.status, code: empty.json.code }).toEqual({ status: 422, code: 'framework_invalid' });
    expect(empty.json.errors[0].path).toBe('items');

    const domain = await addItem(draftId, {
      parentIdentifier: null,
      kind: 'domain',
      titleDa: 'Drift',
      titleEn: 'Operations',
    });
    const competency = await addItem(draftId, {
      parentIdentifier: domain.identifier,
      kind: 'competency',
      titleDa: 'Vagtplaner',
      titleEn: 'Rotas',
    });
    const published = await alfa.client.post(`/api/v1/framework-versions/${draftId}/publish`, {
      changeNote: 'Første udgave',
    });
    expect(published.status, published.text).toBe(200);
    expect(published.json).toMatchObject({ status: 'published', changeNote: 'Første udgave', canEdit: false });

    const edit = await alfa.client.request(
      'PATCH',
      `/api/v1/framework-versions/${draftId}/items/${competency.identifier}`,
      {
        titleDa: 'Ændret',
      },
    );
    expect({ status: edit.status, code: edit.json.code }).toEqual({ status: 409, code: 'version_published' });
    expect(
      (await alfa.client.request('PATCH', `/api/v1/framework-versions/${draftId}`, { titleDa: 'Ny' })).status,
    ).toBe(409);
    expect((await alfa.client.request('DELETE', `/api/v1/framework-versions/${draftId}`)).status).toBe(409);
    expect(
      (await alfa.client.post(`/api/v1/framework-versions/${draftId}/publish`, { changeNote: 'igen' })).status,
    ).toBe(409);

    const draft = await alfa.client.post(`/api/v1/frameworks/${id}/draft`);
    expect(draft.status, draft.text).toBe(201);
    expect(draft.json).toMatchObject({ number: 2, status: 'draft' });
    expect(draft.json.content.items.map((i: { identifier: string }) => i.identifier).sort()).toEqual(
      [domain.identifier, competency.identifier].sort(),
    );
    const again = await alfa.client.post(`/api/v1/frameworks/${id}/draft`);
    expect({ status: again.status, code: again.json.code, versionId: again.json.versionId }).toMatchObject({
      status: 409,
      code: 'draft_exists',
    });

    await alfa.client.request('PATCH', `/api/v1/framework-versions/${draft.json.id}/items/${competency.identifier}`, {
      titleDa: 'Vagtplaner og bemanding',
    });
    const added = await addItem(draft.json.id, {
      parentIdentifier: domain.identifier,
      kind: 'competency',
      titleDa: 'Budget',
      titleEn: '',
    });
    const diff = await alfa.client.get(`/api/v1/framework-versions/${draft.json.id}/diff?against=${draftId}`);
    expect(diff.status, diff.text).toBe(200);
    expect(diff.json.added.map((i: { identifier: string }) => i.identifier)).toEqual([added.identifier]);
    expect(diff.json.changed).toEqual([
      {
        identifier: competency.identifier,
        titleDa: 'Vagtplaner og bemanding',
        titleEn: 'Rotas',
        fields: [{ field: 'titleDa', before: 'Vagtplaner', after: 'Vagtplaner og bemanding' }],
      },
    ]);

    // The published version's rows are exactly as they were.
    const v1 = (await alfa.client.get(`/api/v1/framework-versions/${draftId}`)).json;
    expect(v1.content.items.find((i: { identifier: string }) => i.identifier === competency.identifier).titleDa).toBe(
      'Vagtplaner',
    );

    const detail = (await alfa.client.get(`/api/v1/frameworks/${id}`)).json;
    expect(detail.versions.map((v: { number: number; status: string }) => [v.number, v.status])).toEqual([
      [2, 'draft'],
      [1, 'published'],
    ]);
    expect(detail.latestPublished.number).toBe(1);

    expect((await alfa.client.request('DELETE', `/api/v1/framework-versions/${draft.json.id}`)).status).toBe(204);
    expect((await alfa.client.get(`/api/v1/frameworks/${id}`)).json.versions).toHaveLength(1);
  });

  it('discarding the draft of a framework never published removes the framework', async () => {
    const { id, draftId } = await newFramework();
    expect((await alfa.client.request('DELETE', `/api/v1/framework-versions/${draftId}`)).status).toBe(204);
    expect(await services.database.db.select().from(frameworks).where(eq(frameworks.id, id))).toEqual([]);
  });

  it('two concurrent "new draft" requests make exactly one draft', async () => {
    const { id, draftId } = await newFramework();
    await addItem(draftId, { parentIdentifier: null, kind: 'domain', titleDa: 'D', titleEn: '' });
    await alfa.client.post(`/api/v1/framework-versions/${draftId}/publish`, { changeNote: 'v1' });
    const answers = await Promise.all([1, 2, 3].map(() => alfa.client.post(`/api/v1/frameworks/${id}/draft`)));
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409]);
    const drafts = await services.database.db
      .select()
      .from(frameworkVersions)
      .where(eq(frameworkVersions.frameworkId, id));
    expect(drafts.filter((v) => v.status === 'draft')).toHaveLength(1);
  });

  it('keeps scale levels that descriptors use', async () => {
    const { draftId } = await newFramework();
    await addItem(draftId, {
      parentIdentifier: null,
      kind: 'competency',
      titleDa: 'K',
      titleEn: '',
      levels: [{ level: 5, da: 'Ekspert', en: 'Expert' }],
    });
    const scale = [1, 2, 3, 4].map((level) => ({ level, labelDa: `N${level}`, labelEn: `L${level}` }));
    const res = await alfa.client.request('PATCH', `/api/v1/framework-versions/${draftId}`, { scale });
    expect({ status: res.status, code: res.json.code }).toEqual({ status: 409, code: 'scale_level_in_use' });
    const ok = await alfa.client.request('PATCH', `/api/v1/framework-versions/${draftId}`, {
      scale: [...scale, { level: 5, labelDa: 'Mester', labelEn: 'Master' }],
    });
    expect(ok.status, ok.text).toBe(200);
    expect(ok.json.content.scale[4].labelDa).toBe('Mester');
  });
});

describe('national frameworks', () => {
  it('are read by everyone and edited by platform admins only', async () => {
    await services.database.db.update(users).set({ isPlatformAdmin: true }).where(eq(users.id, beta.userId));
    const created = await beta.client.post('/api/v1/frameworks', { titleDa: 'National', titleEn: '', national: true });
    expect(created.status, created.text).toBe(201);
    expect(created.json.scope).toBe('national');
    const seen = await alfa.client.get(`/api/v1/frameworks/${created.json.id}`);
    expect(seen.json).toMatchObject({ scope: 'national', canEdit: false });
    const write = await alfa.client.post(`/api/v1/framework-versions/${created.json.draft.id}/items`, {
      parentIdentifier: null,
      kind: 'domain',
      titleDa: 'X',
      titleEn: '',
    });
    expect(write.status).toBe(403);
    await services.database.db.update(users).set({ isPlatformAdmin: false }).where(eq(users.id, beta.userId));
  });
});
