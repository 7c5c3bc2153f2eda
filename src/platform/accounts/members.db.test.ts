import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, anonymousClient } from '../testing/http-client.js';
import type { TestServices } from '../testing/test-app.js';
import { memberships } from './accounts.schema.js';
import { type App, auditRows, expectProblem, memberClient, newOrg, startTestApp } from './accounts.test-fixtures.js';

let services: TestServices;
let app: App;
let orgId: string;
let otherOrgId: string;
let admin: { user: { id: string }; client: ApiClient };
let analyst: { user: { id: string }; client: ApiClient };
let outsider: { user: { id: string }; client: ApiClient };

beforeAll(async () => {
  ({ services, app } = await startTestApp());
  orgId = (await newOrg(services, 'Viden Djurs')).id;
  otherOrgId = (await newOrg(services, 'Skive College')).id;
  admin = await memberClient(services, app, 'admin@djurs.dk', orgId, 'admin');
  analyst = await memberClient(services, app, 'analytiker@djurs.dk', orgId, 'analyst');
  outsider = await memberClient(services, app, 'admin@skive.dk', otherOrgId, 'admin');
});
afterAll(() => services.close());

async function roleOf(userId: string, org = orgId) {
  const [row] = await services.database.db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.orgId, org), eq(memberships.userId, userId)));
  return row?.role ?? null;
}

describe('listing members', () => {
  it('shows the active organisation’s members to its admin, and nobody else’s', async () => {
    const res = await admin.client.get('/api/v1/members');
    expect(res.status).toBe(200);
    expect(res.json.map((m: { email: string; role: string }) => [m.email, m.role])).toEqual([
      ['admin@djurs.dk', 'admin'],
      ['analytiker@djurs.dk', 'analyst'],
    ]);
    expect(res.json[0]).toEqual({
      userId: admin.user.id,
      name: 'admin',
      email: 'admin@djurs.dk',
      role: 'admin',
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    const reads = await auditRows(services, 'member.list_read', admin.user.id);
    expect(reads[0]).toMatchObject({ orgId, details: { count: 2 } });
  });

  it('is refused to other roles and to anonymous callers', async () => {
    for (const role of ['analyst', 'hr', 'leader', 'coordinator'] as const) {
      const { client } = await memberClient(services, app, `list.${role}@djurs.dk`, otherOrgId, role);
      expectProblem(await client.get('/api/v1/members'), 403, 'forbidden');
    }
    expectProblem(await anonymousClient(app).get('/api/v1/members'), 401, 'unauthenticated');
  });
});

describe('changing roles and removing members', () => {
  it('changes a role and records it', async () => {
    const res = await admin.client.request('PATCH', `/api/v1/members/${analyst.user.id}`, { role: 'hr' });
    expect(res.status).toBe(204);
    expect(await roleOf(analyst.user.id)).toBe('hr');
    const [entry] = await auditRows(services, 'member.role_changed', admin.user.id);
    expect(entry).toMatchObject({ orgId, entityId: analyst.user.id, details: { from: 'analyst', to: 'hr' } });
    // The new role applies to the member's very next request.
    expect((await analyst.client.get('/api/v1/session')).json.activeOrganisation.role).toBe('hr');
  });

  it('refuses to demote or remove the last admin, including oneself', async () => {
    const demote = await admin.client.request('PATCH', `/api/v1/members/${admin.user.id}`, { role: 'leader' });
    expectProblem(demote, 409, 'last_admin');
    expectProblem(await admin.client.request('DELETE', `/api/v1/members/${admin.user.id}`), 409, 'last_admin');
    expect(await roleOf(admin.user.id)).toBe('admin');
    // Keeping the role is no demotion.
    expect((await admin.client.request('PATCH', `/api/v1/members/${admin.user.id}`, { role: 'admin' })).status).toBe(
      204,
    );
  });

  it('lets one of two admins step down', async () => {
    const second = await memberClient(services, app, 'admin2@djurs.dk', orgId, 'admin');
    expect((await second.client.request('PATCH', `/api/v1/members/${second.user.id}`, { role: 'hr' })).status).toBe(
      204,
    );
    expect(await roleOf(second.user.id)).toBe('hr');
  });

  it('never lets two admins who demote each other at once leave the organisation without an admin', async () => {
    const a = await memberClient(services, app, 'par.a@skive.dk', otherOrgId, 'admin');
    // Skive has outsider as admin too; take them out so a and b are the only admins.
    expect((await a.client.request('DELETE', `/api/v1/members/${outsider.user.id}`)).status).toBe(204);
    const b = await memberClient(services, app, 'par.b@skive.dk', otherOrgId, 'admin');
    const results = await Promise.all([
      a.client.request('PATCH', `/api/v1/members/${b.user.id}`, { role: 'leader' }),
      b.client.request('PATCH', `/api/v1/members/${a.user.id}`, { role: 'leader' }),
    ]);
    // The loser is refused as last admin (409), or already demoted by the time its own request is checked (403).
    const [first, second] = results.map((r) => r.status).sort();
    expect(first).toBe(204);
    expect([403, 409]).toContain(second);
    const roles = [await roleOf(a.user.id, otherOrgId), await roleOf(b.user.id, otherOrgId)];
    expect(roles.sort()).toEqual(['admin', 'leader']);
  });

  it('removes a member: the membership goes and their session has no organisation any more', async () => {
    const leaving = await memberClient(services, app, 'gaar@djurs.dk', orgId, 'leader');
    expect((await leaving.client.get('/api/v1/tokens')).status).toBe(200);
    expect((await admin.client.request('DELETE', `/api/v1/members/${leaving.user.id}`)).status).toBe(204);
    expect(await roleOf(leaving.user.id)).toBeNull();
    expectProblem(await leaving.client.get('/api/v1/tokens'), 403, 'no_active_org');
    expect((await leaving.client.get('/api/v1/session')).json.activeOrganisation).toBeNull();
    expect(await auditRows(services, 'member.removed', admin.user.id)).toHaveLength(1);
    expectProblem(await admin.client.request('DELETE', `/api/v1/members/${leaving.user.id}`), 404, 'not_found');
  });

  it("answers 404 for another organisation's member and changes nothing there", async () => {
    const stranger = await memberClient(services, app, 'fremmed@skive.dk', otherOrgId, 'hr');
    const patch = await admin.client.request('PATCH', `/api/v1/members/${stranger.user.id}`, { role: 'admin' });
    expectProblem(patch, 404, 'not_found');
    expectProblem(await admin.client.request('DELETE', `/api/v1/members/${stranger.user.id}`), 404, 'not_found');
    expect(await roleOf(stranger.user.id, otherOrgId)).toBe('hr');
    expect(await roleOf(stranger.user.id, orgId)).toBeNull();
  });

  it('validates the id and the role', async () => {
    expectProblem(await admin.client.request('PATCH', '/api/v1/members/123', { role: 'hr' }), 400, 'validation');
    const badRole = await admin.client.request('PATCH', `/api/v1/members/${analyst.user.id}`, { role: 'owner' });
    expectProblem(badRole, 400, 'validation');
    expect(badRole.json.errors[0].path).toBe('role');
    const unknown = '00000000-0000-4000-8000-000000000000';
    expectProblem(await admin.client.request('PATCH', `/api/v1/members/${unknown}`, { role: 'hr' }), 404, 'not_found');
  });

  it('is for admins only', async () => {
    const res = await analyst.client.request('PATCH', `/api/v1/members/${analyst.user.id}`, { role: 'admin' });
    expectProblem(res, 403, 'forbidden');
    expectProblem(await analyst.client.request('DELETE', `/api/v1/members/${admin.user.id}`), 403, 'forbidden');
    expect(await roleOf(analyst.user.id)).toBe('hr');
    expect(await roleOf(admin.user.id)).toBe('admin');
  });
});
