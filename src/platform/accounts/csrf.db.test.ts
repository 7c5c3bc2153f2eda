import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../testing/http-client.js';
import type { TestServices } from '../testing/test-app.js';
import { apiTokens, memberships, users } from './accounts.schema.js';
import { type App, expectProblem, memberClient, newOrg, read, startTestApp } from './accounts.test-fixtures.js';

let services: TestServices;
let app: App;
let admin: ApiClient;
let adminId: string;
let orgId: string;
let colleagueId: string;

beforeAll(async () => {
  ({ services, app } = await startTestApp());
  orgId = (await newOrg(services, 'Tradium')).id;
  const a = await memberClient(services, app, 'admin@tradium.dk', orgId, 'admin');
  admin = a.client;
  adminId = a.user.id;
  colleagueId = (await memberClient(services, app, 'kollega@tradium.dk', orgId, 'analyst')).user.id;
});
afterAll(() => services.close());

/** A cookie-carrying request with exactly the CSRF header given (none when undefined). */
async function withCookie(method: string, path: string, body: unknown, csrf?: string) {
  return read(
    await app.request(path, {
      method,
      body: body === undefined ? undefined : JSON.stringify(body),
      headers: {
        cookie: admin.cookie!,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(csrf === undefined ? {} : { 'x-csrf-token': csrf }),
      },
    }),
  );
}

const writes = [
  { method: 'PATCH', path: () => '/api/v1/me', body: { name: 'Hacked' } },
  { method: 'POST', path: () => '/api/v1/tokens', body: { name: 'stolen' } },
  { method: 'PATCH', path: () => `/api/v1/members/${colleagueId}`, body: { role: 'leader' } },
  { method: 'DELETE', path: () => `/api/v1/members/${colleagueId}`, body: undefined },
  { method: 'POST', path: () => '/api/v1/auth/sign-out', body: undefined },
];

async function snapshot() {
  const db = services.database.db;
  const [me] = await db.select({ name: users.name }).from(users).where(eq(users.id, adminId));
  const [colleague] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, colleagueId)));
  const tokens = await db.select({ id: apiTokens.id }).from(apiTokens).where(eq(apiTokens.userId, adminId));
  return { name: me.name, colleagueRole: colleague?.role, tokens: tokens.length };
}

describe('CSRF protection of cookie-authenticated writes', () => {
  it.each(writes)('$method $path without or with a wrong x-csrf-token is refused and changes nothing', async (w) => {
    const before = await snapshot();
    for (const csrf of [undefined, '', 'wrong-token', `${admin.csrfToken}x`, admin.csrfToken!.slice(0, -1)]) {
      expectProblem(await withCookie(w.method, w.path(), w.body, csrf), 403, 'csrf');
    }
    expect(await snapshot()).toEqual(before);
    // The session itself still works after the refused sign-out.
    expect((await admin.get('/api/v1/session')).status).toBe(200);
  });

  it("refuses another session's CSRF token", async () => {
    const other = await memberClient(services, app, 'tredje@tradium.dk', orgId, 'hr');
    expectProblem(await withCookie('PATCH', '/api/v1/me', { name: 'Hacked' }, other.client.csrfToken!), 403, 'csrf');
    expect((await snapshot()).name).not.toBe('Hacked');
  });

  it('lets reads through without the token', async () => {
    expect((await withCookie('GET', '/api/v1/session', undefined)).status).toBe(200);
    expect((await withCookie('GET', '/api/v1/members', undefined)).status).toBe(200);
  });

  it('accepts the writes with the session’s token', async () => {
    const renamed = await withCookie('PATCH', '/api/v1/me', { name: 'Ny Admin' }, admin.csrfToken!);
    expect(renamed.status).toBe(200);
    expect(renamed.json.name).toBe('Ny Admin');
    const token = await withCookie('POST', '/api/v1/tokens', { name: 'integration' }, admin.csrfToken!);
    expect(token.status).toBe(201);
    const role = await withCookie('PATCH', `/api/v1/members/${colleagueId}`, { role: 'leader' }, admin.csrfToken!);
    expect(role.status).toBe(204);
    expect(await snapshot()).toEqual({ name: 'Ny Admin', colleagueRole: 'leader', tokens: 1 });
  });

  it('does not ask Bearer-token requests for a CSRF token', async () => {
    const created = await admin.post('/api/v1/tokens', { name: 'bearer-write' });
    expect(created.status).toBe(201);
    const res = await read(
      await app.request('/api/v1/me', {
        method: 'PATCH',
        body: JSON.stringify({ name: 'Via Token' }),
        headers: { authorization: `Bearer ${created.json.token}`, 'content-type': 'application/json' },
      }),
    );
    expect(res.status).toBe(200);
    expect((await snapshot()).name).toBe('Via Token');
  });

  it('does not let an anonymous write through the CSRF check into a session', async () => {
    // No cookie: the request is anonymous, and protected writes then fail on access, not on CSRF.
    const res = await read(
      await app.request('/api/v1/me', {
        method: 'PATCH',
        body: JSON.stringify({ name: 'x' }),
        headers: { 'content-type': 'application/json' },
      }),
    );
    expectProblem(res, 401, 'unauthenticated');
  });
});
