import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, anonymousClient, signedInClient } from '../testing/http-client.js';
import type { TestServices } from '../testing/test-app.js';
import { apiTokens } from './accounts.schema.js';
import {
  type App,
  auditRows,
  expectProblem,
  join,
  memberClient,
  newOrg,
  PASSWORD,
  startTestApp,
} from './accounts.test-fixtures.js';
import { sha256 } from './secrets.js';

let services: TestServices;
let app: App;
let orgA: string;
let orgB: string;
let admin: { user: { id: string }; client: ApiClient };
let analyst: { user: { id: string }; client: ApiClient };

beforeAll(async () => {
  ({ services, app } = await startTestApp());
  orgA = (await newOrg(services, 'A-skolen')).id;
  orgB = (await newOrg(services, 'B-skolen')).id;
  admin = await memberClient(services, app, 'admin@a.dk', orgA, 'admin');
  analyst = await memberClient(services, app, 'analytiker@a.dk', orgA, 'analyst');
  await join(services, analyst.user.id, orgB, 'coordinator');
});
afterAll(() => services.close());

const bearer = (token: string) => anonymousClient(app, token);

async function createToken(client: ApiClient, body: Record<string, unknown> = { name: 'Integration' }) {
  const res = await client.post('/api/v1/tokens', body);
  expect(res.status, res.text).toBe(201);
  return res.json as { id: string; token: string; prefix: string; expiresAt: string | null };
}

describe('creating and listing tokens', () => {
  it('returns a flt_ secret once and keeps only its SHA-256', async () => {
    const created = await createToken(analyst.client, { name: '  Power BI  ' });
    expect(created.token).toMatch(/^flt_[A-Za-z0-9_-]{40,}$/);
    expect(created).toMatchObject({ name: 'Power BI', prefix: created.token.slice(0, 10), expiresAt: null });

    const listed = await analyst.client.get('/api/v1/tokens');
    expect(listed.status).toBe(200);
    expect(listed.json).toEqual([expect.objectContaining({ id: created.id, name: 'Power BI' })]);
    expect(listed.json[0]).not.toHaveProperty('token');
    expect(listed.text).not.toContain(created.token);

    const [row] = await services.database.db.select().from(apiTokens).where(eq(apiTokens.id, created.id));
    expect(row.tokenHash).toBe(sha256(created.token));
    expect(JSON.stringify(row)).not.toContain(created.token);
    expect(await auditRows(services, 'api_token.created', analyst.user.id)).toHaveLength(1);
  });

  it('sets an expiry from expiresInDays and validates the input', async () => {
    const created = await createToken(admin.client, { name: 'Kort levetid', expiresInDays: 30 });
    const days = (Date.parse(created.expiresAt!) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);
    for (const body of [{ name: '' }, { name: 'x', expiresInDays: 0 }, { name: 'x', expiresInDays: 731 }, {}]) {
      expectProblem(await admin.client.post('/api/v1/tokens', body), 400, 'validation');
    }
  });

  it("lists only the caller's own tokens in the active organisation", async () => {
    const mine = (await admin.client.get('/api/v1/tokens')).json.map((t: { name: string }) => t.name);
    expect(mine).toEqual(['Kort levetid']);
  });
});

describe('Bearer authentication', () => {
  it('works for GET /session, in the token’s organisation, without a CSRF token', async () => {
    const { token } = await createToken(analyst.client);
    // The analyst's browser session moves to B; the token stays bound to A.
    expect((await analyst.client.request('PUT', '/api/v1/session/organisation', { organisationId: orgB })).status).toBe(
      200,
    );
    const res = await bearer(token).get('/api/v1/session');
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      authKind: 'token',
      csrfToken: null,
      user: { email: 'analytiker@a.dk' },
      activeOrganisation: { id: orgA, role: 'analyst' },
    });
    const [row] = await services.database.db
      .select()
      .from(apiTokens)
      .where(eq(apiTokens.tokenHash, sha256(token)));
    expect(row.lastUsedAt).not.toBeNull();
    // A token cannot switch organisation: that is a property of browser sessions.
    const switched = await bearer(token).request('PUT', '/api/v1/session/organisation', { organisationId: orgB });
    expectProblem(switched, 403, 'forbidden');
  });

  it("acts with the member's current role", async () => {
    const { token } = await createToken(admin.client, { name: 'Rolleskift' });
    expect((await bearer(token).get('/api/v1/members')).status).toBe(200);
    // Another admin demotes the token's owner: the token loses admin rights at once.
    const second = await memberClient(services, app, 'admin2@a.dk', orgA, 'admin');
    expect((await second.client.request('PATCH', `/api/v1/members/${admin.user.id}`, { role: 'hr' })).status).toBe(204);
    expectProblem(await bearer(token).get('/api/v1/members'), 403, 'forbidden');
    expect((await bearer(token).get('/api/v1/session')).json.activeOrganisation.role).toBe('hr');
    await second.client.request('PATCH', `/api/v1/members/${admin.user.id}`, { role: 'admin' });
    expect((await bearer(token).get('/api/v1/members')).status).toBe(200);
  });

  it('refuses garbage, the wrong scheme, revoked and expired tokens', async () => {
    const garbage = ['flt_nonsense', 'x', `flt_${'A'.repeat(43)}`];
    for (const token of garbage) expectProblem(await bearer(token).get('/api/v1/session'), 401, 'invalid_api_token');
    await analyst.client.request('PUT', '/api/v1/session/organisation', { organisationId: orgA });
    const { token, id } = await createToken(analyst.client, { name: 'Skal væk' });
    const noScheme = await app.request('/api/v1/session', { headers: { authorization: token } });
    expect(noScheme.status).toBe(401);
    const basic = await app.request('/api/v1/session', { headers: { authorization: `Basic ${token}` } });
    expect(basic.status).toBe(401);

    expect((await bearer(token).get('/api/v1/session')).status).toBe(200);
    expect((await analyst.client.request('DELETE', `/api/v1/tokens/${id}`)).status).toBe(204);
    expectProblem(await bearer(token).get('/api/v1/session'), 401, 'invalid_api_token');
    expect(await auditRows(services, 'api_token.revoked', analyst.user.id)).toHaveLength(1);
    expectProblem(await analyst.client.request('DELETE', `/api/v1/tokens/${id}`), 404, 'not_found');

    const expiring = await createToken(analyst.client, { name: 'Udløber', expiresInDays: 1 });
    expect((await bearer(expiring.token).get('/api/v1/session')).status).toBe(200);
    await services.database.db
      .update(apiTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(apiTokens.id, expiring.id));
    expectProblem(await bearer(expiring.token).get('/api/v1/session'), 401, 'invalid_api_token');
  });

  it('stops working when the membership is removed', async () => {
    const leaver = await memberClient(services, app, 'forlader@a.dk', orgA, 'leader');
    const { token } = await createToken(leaver.client);
    expect((await bearer(token).get('/api/v1/session')).status).toBe(200);
    expect((await admin.client.request('DELETE', `/api/v1/members/${leaver.user.id}`)).status).toBe(204);
    expectProblem(await bearer(token).get('/api/v1/session'), 401, 'invalid_api_token');
  });

  it("cannot revoke another user's token (404), which keeps working", async () => {
    const theirs = await createToken(analyst.client, { name: 'Min egen' });
    expectProblem(await admin.client.request('DELETE', `/api/v1/tokens/${theirs.id}`), 404, 'not_found');
    // Not with a token of one's own either.
    const mine = await createToken(admin.client, { name: 'Admin-nøgle' });
    expectProblem(await bearer(mine.token).request('DELETE', `/api/v1/tokens/${theirs.id}`), 404, 'not_found');
    expect((await bearer(theirs.token).get('/api/v1/session')).status).toBe(200);
    const [row] = await services.database.db.select().from(apiTokens).where(eq(apiTokens.id, theirs.id));
    expect(row.revokedAt).toBeNull();
  });

  it('a token in one organisation is not visible from the same user’s other organisation', async () => {
    const inA = await createToken(analyst.client, { name: 'Kun A' });
    const inB = await signedInClient(app, 'analytiker@a.dk', PASSWORD);
    await inB.request('PUT', '/api/v1/session/organisation', { organisationId: orgB });
    const names = (await inB.get('/api/v1/tokens')).json.map((t: { name: string }) => t.name);
    expect(names).not.toContain('Kun A');
    expectProblem(await inB.request('DELETE', `/api/v1/tokens/${inA.id}`), 404, 'not_found');
  });
});
