import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, anonymousClient, signedInClient } from '../testing/http-client.js';
import type { TestServices } from '../testing/test-app.js';
import { organisations } from './accounts.schema.js';
import {
  type App,
  auditRows,
  expectProblem,
  memberClient,
  newOrg,
  newUser,
  PASSWORD,
  startTestApp,
} from './accounts.test-fixtures.js';

let services: TestServices;
let app: App;
let platform: ApiClient;
let platformId: string;
let orgAdmin: ApiClient;
let schoolId: string;

beforeAll(async () => {
  ({ services, app } = await startTestApp());
  platformId = (await newUser(services, 'platform@frontline.dk', { isPlatformAdmin: true })).id;
  platform = await signedInClient(app, 'platform@frontline.dk', PASSWORD);
  schoolId = (await newOrg(services, 'Mercantec')).id;
  orgAdmin = (await memberClient(services, app, 'admin@mercantec.dk', schoolId, 'admin')).client;
});
afterAll(() => services.close());

const create = (body: Record<string, unknown>, client = platform) => client.post('/api/v1/organisations', body);

describe('municipalities', () => {
  it('lists all 98 with four-digit codes, leading zeros kept, and their regions', async () => {
    const res = await orgAdmin.get('/api/v1/municipalities');
    expect(res.status).toBe(200);
    expect(res.json).toHaveLength(98);
    for (const m of res.json) expect(m.code).toMatch(/^\d{4}$/);
    expect(new Set(res.json.map((m: { code: string }) => m.code)).size).toBe(98);
    expect(new Set(res.json.map((m: { regionCode: string }) => m.regionCode))).toEqual(
      new Set(['1081', '1082', '1083', '1084', '1085']),
    );
    expect(res.json).toContainEqual({
      code: '0101',
      name: 'København',
      regionCode: '1084',
      regionName: 'Region Hovedstaden',
    });
    expect(res.json).toContainEqual({
      code: '0791',
      name: 'Viborg',
      regionCode: '1082',
      regionName: 'Region Midtjylland',
    });
  });

  it('needs a signed-in user', async () => {
    expectProblem(await anonymousClient(app).get('/api/v1/municipalities'), 401, 'unauthenticated');
  });
});

describe('creating organisations', () => {
  it('creates a municipality from its code, with name and region from the reference data', async () => {
    const res = await create({ kind: 'municipality', municipalityCode: '0791' });
    expect(res.status, res.text).toBe(201);
    expect(res.json).toEqual({
      id: expect.any(String),
      name: 'Viborg Kommune',
      kind: 'municipality',
      municipalityCode: '0791',
      regionCode: '1082',
      regionName: 'Region Midtjylland',
      isDemo: false,
    });
    const [entry] = await auditRows(services, 'organisation.created', platformId);
    expect(entry).toMatchObject({ orgId: res.json.id, entityId: res.json.id });
  });

  it('uses the official names of the municipalities that are not "<name> Kommune"', async () => {
    expect((await create({ kind: 'municipality', municipalityCode: '0101' })).json.name).toBe('Københavns Kommune');
    expect((await create({ kind: 'municipality', municipalityCode: '0400' })).json.name).toBe(
      'Bornholms Regionskommune',
    );
    expect((await create({ kind: 'municipality', municipalityCode: '0147' })).json.name).toBe('Frederiksberg Kommune');
  });

  it('refuses a municipality that already exists', async () => {
    const res = await create({ kind: 'municipality', municipalityCode: '0791' });
    expectProblem(res, 409, 'municipality_taken');
    expect(
      await services.database.db.select().from(organisations).where(eq(organisations.municipalityCode, '0791')),
    ).toHaveLength(1);
  });

  it('creates a municipality once when asked twice at the same moment', async () => {
    const results = await Promise.all([0, 1].map(() => create({ kind: 'municipality', municipalityCode: '0707' })));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const loser = results.find((r) => r.status === 409)!;
    expectProblem(loser, 409, 'municipality_taken');
  });

  it('refuses unknown, malformed and missing municipality codes', async () => {
    const unknown = await create({ kind: 'municipality', municipalityCode: '9999' });
    expectProblem(unknown, 400, 'municipality_unknown');
    expect(unknown.json.detail).toContain('9999');
    expectProblem(await create({ kind: 'municipality', municipalityCode: '791' }), 400, 'validation');
    expectProblem(await create({ kind: 'municipality', municipalityCode: 791 }), 400, 'validation');
    expectProblem(await create({ kind: 'municipality', name: 'Viborg' }), 400, 'municipality_required');
  });

  it('gives only municipalities a municipality code', async () => {
    const res = await create({ kind: 'school', name: 'Skole med kode', municipalityCode: '0791' });
    expectProblem(res, 400, 'municipality_only');
    expect(
      await services.database.db.select().from(organisations).where(eq(organisations.name, 'Skole med kode')),
    ).toEqual([]);
  });

  it('creates other kinds by name, and needs the name', async () => {
    const res = await create({ kind: 'union', name: '  3F Midtjylland ' });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ name: '3F Midtjylland', kind: 'union', municipalityCode: null, regionCode: null });
    expectProblem(await create({ kind: 'union' }), 400, 'validation');
    expectProblem(await create({ kind: 'union', name: '   ' }), 400, 'validation');
    expectProblem(await create({ kind: 'company', name: 'X' }), 400, 'validation');
  });

  it('is for platform admins only', async () => {
    const before = await services.database.db.select().from(organisations);
    expectProblem(await create({ kind: 'school', name: 'Ny skole' }, orgAdmin), 403, 'platform_admin_required');
    expectProblem(
      await create({ kind: 'municipality', municipalityCode: '0710' }, orgAdmin),
      403,
      'platform_admin_required',
    );
    expectProblem(await create({ kind: 'school', name: 'Ny skole' }, anonymousClient(app)), 401, 'unauthenticated');
    expect(await services.database.db.select().from(organisations)).toHaveLength(before.length);
  });
});

describe('reading organisations', () => {
  it('shows platform admins every organisation and members only their own', async () => {
    const all = (await platform.get('/api/v1/organisations')).json.map((o: { name: string }) => o.name);
    expect(all).toEqual(expect.arrayContaining(['Mercantec', 'Viborg Kommune', 'Københavns Kommune']));
    const mine = await orgAdmin.get('/api/v1/organisations');
    expect(mine.json).toEqual([expect.objectContaining({ id: schoolId, name: 'Mercantec', kind: 'school' })]);
  });

  it('shows the active organisation', async () => {
    const res = await orgAdmin.get('/api/v1/organisation');
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ id: schoolId, name: 'Mercantec' });
    // A platform admin without a membership has no active organisation.
    expectProblem(await platform.get('/api/v1/organisation'), 403, 'no_active_org');
  });
});
