import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServices, type TestServices } from '../platform/testing/test-app.js';
import { buildApp } from '../server.js';
import { DEFAULT_AREAS } from './areas.model.js';
import { areaKeyOf } from './areas.service.js';
import { importDirectly, type OrgFixture, orgWithMember } from './import.test-fixtures.js';
import { orgAreas, orgUnits } from './organisations.schema.js';

let services: TestServices;
let app: ReturnType<typeof buildApp>;
let alfa: OrgFixture;
let beta: OrgFixture;

const unitsOf = async (org: OrgFixture) =>
  new Map(
    (await services.database.db.select().from(orgUnits).where(eq(orgUnits.orgId, org.orgId))).map((u) => [u.name, u]),
  );

beforeAll(async () => {
  services = await createTestServices();
  app = buildApp(services, { serveWeb: false });
  alfa = await orgWithMember(services, app, 'alfa');
  beta = await orgWithMember(services, app, 'beta');
  await importDirectly(alfa.ctx);
  await importDirectly(beta.ctx);
});
afterAll(() => services?.close());

describe('the area list', () => {
  it('starts from the six defaults exactly once, even when requests race', async () => {
    const answers = await Promise.all([1, 2, 3, 4].map(() => alfa.client.get('/api/v1/areas')));
    for (const res of answers) expect(res.status).toBe(200);
    const rows = await services.database.db.select().from(orgAreas).where(eq(orgAreas.orgId, alfa.orgId));
    expect(rows).toHaveLength(6);
    const list = (await alfa.client.get('/api/v1/areas')).json;
    expect(list.map((a: { name: string }) => a.name)).toEqual(DEFAULT_AREAS.map((a) => a.name));
    expect(list[0]).toMatchObject({ key: 'teknik-og-miljo', sortOrder: 1, unitCount: 0 });
  });

  it('adds, renames, reorders and deletes areas', async () => {
    const created = await alfa.client.post('/api/v1/areas', { name: '  Økonomi   og Løn ' });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ name: 'Økonomi og Løn', key: 'oekonomi-og-loen', sortOrder: 7, unitCount: 0 });
    const taken = await alfa.client.post('/api/v1/areas', { name: 'økonomi og løn' });
    expect({ status: taken.status, code: taken.json.code }).toEqual({ status: 409, code: 'area_name_taken' });

    const renamed = await alfa.client.request('PATCH', `/api/v1/areas/${created.json.id}`, {
      name: 'Økonomi',
      sortOrder: 0,
    });
    expect(renamed.json).toMatchObject({ name: 'Økonomi', sortOrder: 0 });
    const list = (await alfa.client.get('/api/v1/areas')).json;
    expect(list[0].name).toBe('Økonomi');
    const clash = await alfa.client.request('PATCH', `/api/v1/areas/${created.json.id}`, { name: 'Børn og Unge' });
    expect(clash.status).toBe(409);

    expect((await alfa.client.request('DELETE', `/api/v1/areas/${created.json.id}`)).status).toBe(204);
    expect((await alfa.client.get('/api/v1/areas')).json).toHaveLength(6);
  });

  it('makes keys from names, æøå spelled out', () => {
    expect(areaKeyOf('Børn og Unge')).toBe('boern-og-unge');
    expect(areaKeyOf('Ældre & Sundhed, Vest')).toBe('aeldre-sundhed-vest');
    expect(areaKeyOf('!!!')).toBe('area');
  });
});

describe("a unit's area", () => {
  it('sets, inherits down the tree, clears, and refuses to delete an area in use', async () => {
    const units = await unitsOf(alfa);
    const areas = (await alfa.client.get('/api/v1/areas')).json;
    const boern = areas.find((a: { key: string }) => a.key === 'boern-og-unge');
    const put = (unitId: string, body: unknown) => alfa.client.request('PUT', `/api/v1/units/${unitId}/area`, body);

    const set = await put(units.get('Skoler')!.id, { mode: 'set', areaId: boern.id });
    expect(set.json).toEqual({ unitId: units.get('Skoler')!.id, areaId: boern.id, source: 'own' });
    const child = await put(units.get('Skole A')!.id, { mode: 'inherit' });
    expect(child.json).toMatchObject({ areaId: boern.id, source: 'inherited' });
    const cleared = await put(units.get('Skole B')!.id, { mode: 'clear' });
    expect(cleared.json).toMatchObject({ areaId: null, source: 'own' });
    const top = await put(units.get('Kommune')!.id, { mode: 'inherit' });
    expect(top.json).toMatchObject({ areaId: null, source: 'none' });

    const inUse = await alfa.client.request('DELETE', `/api/v1/areas/${boern.id}`);
    expect({ status: inUse.status, code: inUse.json.code }).toEqual({ status: 409, code: 'area_in_use' });
    expect((await alfa.client.get('/api/v1/areas')).json.find((a: { id: string }) => a.id === boern.id).unitCount).toBe(
      1,
    );

    await put(units.get('Skoler')!.id, { mode: 'inherit' });
    const after = await put(units.get('Skole A')!.id, { mode: 'inherit' });
    expect(after.json).toMatchObject({ areaId: null, source: 'none' });
  });

  it('needs an area to set, and answers 404 for units and areas of another organisation', async () => {
    const mine = await unitsOf(alfa);
    const theirs = await unitsOf(beta);
    const myArea = (await alfa.client.get('/api/v1/areas')).json[0];
    const theirArea = (await beta.client.get('/api/v1/areas')).json[0];
    const put = (unitId: string, body: unknown) => alfa.client.request('PUT', `/api/v1/units/${unitId}/area`, body);

    expect((await put(mine.get('Skoler')!.id, { mode: 'set' })).status).toBe(400);
    expect((await put(theirs.get('Skoler')!.id, { mode: 'set', areaId: myArea.id })).status).toBe(404);
    expect((await put(mine.get('Skoler')!.id, { mode: 'set', areaId: theirArea.id })).status).toBe(404);
    expect((await alfa.client.request('PATCH', `/api/v1/areas/${theirArea.id}`, { name: 'X' })).status).toBe(404);
    expect((await alfa.client.request('DELETE', `/api/v1/areas/${theirArea.id}`)).status).toBe(404);
    const [unchanged] = await services.database.db.select().from(orgAreas).where(eq(orgAreas.id, theirArea.id));
    expect(unchanged.name).toBe(theirArea.name);
    expect(theirs.get('Skoler')!.areaId).toBeNull();
  });
});
