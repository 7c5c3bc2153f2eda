import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server.js';
import { anonymousClient, signedInClient } from '../testing/http-client.js';
import type { TestServices } from '../testing/test-app.js';
import { loginAttempts, sessions, users } from './accounts.schema.js';
import {
  type App,
  auditRows,
  expectProblem,
  join,
  newOrg,
  newUser,
  PASSWORD,
  read,
  startTestApp,
} from './accounts.test-fixtures.js';

let services: TestServices;
let app: App;

beforeAll(async () => {
  ({ services, app } = await startTestApp());
  await newUser(services, 'Anne@Example.dk', { name: 'Anne' });
});
afterAll(() => services.close());

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  app.request(path, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...headers },
  });

describe('sign-in', () => {
  it('stores an argon2id hash, never the password', async () => {
    const [row] = await services.database.db.select().from(users).where(eq(users.email, 'anne@example.dk'));
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain(PASSWORD);
  });

  it('signs in with the right password and sets an httpOnly SameSite cookie', async () => {
    const res = await post('/api/v1/auth/sign-in', { email: 'anne@example.dk', password: PASSWORD });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^fl_session=[A-Za-z0-9_-]{20,};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain('Path=/');
    // Plain http base URL: a Secure cookie would never come back.
    expect(cookie).not.toContain('Secure');
    const body = await res.json();
    expect(body.user.email).toBe('anne@example.dk');
    expect(body.csrfToken).toMatch(/.{20,}/);
    expect(body.authKind).toBe('session');
  });

  it('matches the e-mail case-insensitively', async () => {
    const res = await post('/api/v1/auth/sign-in', { email: 'ANNE@example.DK', password: PASSWORD });
    expect(res.status).toBe(200);
  });

  it('rejects a wrong password with a Danish problem+json, or English when asked', async () => {
    const da = await read(await post('/api/v1/auth/sign-in', { email: 'anne@example.dk', password: 'wrong' }));
    expectProblem(da, 401, 'invalid_credentials');
    expect(da.json.detail).toBe('Forkert e-mail eller adgangskode.');
    expect(da.headers.get('set-cookie')).toBeNull();

    const en = await read(
      await post('/api/v1/auth/sign-in', { email: 'anne@example.dk', password: 'wrong' }, { 'accept-language': 'en' }),
    );
    expectProblem(en, 401, 'invalid_credentials');
    expect(en.json.detail).toBe('Wrong e-mail or password.');
  });

  it('answers an unknown e-mail exactly like a wrong password', async () => {
    const res = await read(await post('/api/v1/auth/sign-in', { email: 'nobody@example.dk', password: PASSWORD }));
    expectProblem(res, 401, 'invalid_credentials');
  });

  it('writes sign-in and failed sign-in to the audit log', async () => {
    const [anne] = await services.database.db.select().from(users).where(eq(users.email, 'anne@example.dk'));
    const signIns = await auditRows(services, 'auth.sign_in', anne.id);
    expect(signIns.length).toBeGreaterThan(0);
    expect(signIns[0]).toMatchObject({ entityType: 'user', entityId: anne.id, actorEmail: 'anne@example.dk' });
    const failures = await auditRows(services, 'auth.sign_in_failed');
    expect(failures.map((f) => f.details?.email)).toEqual(
      expect.arrayContaining(['anne@example.dk', 'nobody@example.dk']),
    );
    expect(failures.find((f) => f.details?.email === 'anne@example.dk')?.entityId).toBe(anne.id);
  });

  it('sets a Secure cookie when the base URL is https', async () => {
    const secure = await startTestApp({ BASE_URL: 'https://frontline.example.dk' });
    try {
      await newUser(secure.services, 'sikker@example.dk');
      const res = await secure.app.request('/api/v1/auth/sign-in', {
        method: 'POST',
        body: JSON.stringify({ email: 'sikker@example.dk', password: PASSWORD }),
        headers: { 'content-type': 'application/json' },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('set-cookie')).toMatch(/;\s*Secure/);
    } finally {
      await secure.services.close();
    }
  });
});

describe('login rate limit', () => {
  const email = 'locked@example.dk';
  beforeAll(() => newUser(services, email));

  it('after 5 wrong passwords the 6th attempt is refused with 429, even with the right password', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await post('/api/v1/auth/sign-in', { email, password: `wrong-${i}` });
      expect(res.status).toBe(401);
    }
    const blocked = await read(await post('/api/v1/auth/sign-in', { email, password: PASSWORD }));
    expectProblem(blocked, 429, 'too_many_attempts');
    const retryAfter = Number(blocked.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(blocked.json.detail).toMatch(/\d+ minutter/);
    expect(blocked.headers.get('set-cookie')).toBeNull();
    expect(await auditRows(services, 'auth.sign_in_blocked')).toHaveLength(1);
  });

  it('holds for another spelling of the e-mail, and leaves other accounts alone', async () => {
    expect((await post('/api/v1/auth/sign-in', { email: 'LOCKED@Example.dk', password: PASSWORD })).status).toBe(429);
    expect((await post('/api/v1/auth/sign-in', { email: 'anne@example.dk', password: PASSWORD })).status).toBe(200);
  });

  it('keeps the attempts in the database, so another process sees the same limit', async () => {
    const rows = await services.database.db.select().from(loginAttempts).where(eq(loginAttempts.emailKey, email));
    expect(rows.filter((r) => !r.success)).toHaveLength(5);
    // A second app on the same database (as a second process would be) is locked out too.
    const otherProcess = buildApp(services, { serveWeb: false });
    const res = await otherProcess.request('/api/v1/auth/sign-in', {
      method: 'POST',
      body: JSON.stringify({ email, password: PASSWORD }),
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(429);
    // And the lock is nothing but those rows: without them the right password works again.
    await services.database.db.delete(loginAttempts).where(eq(loginAttempts.emailKey, email));
    expect((await post('/api/v1/auth/sign-in', { email, password: PASSWORD })).status).toBe(200);
  });
});

describe('session', () => {
  let orgA: { id: string };
  let orgB: { id: string };
  let stranger: { id: string };

  beforeAll(async () => {
    const user = await newUser(services, 'to.org@example.dk');
    orgA = await newOrg(services, 'Aarhus Tech');
    orgB = await newOrg(services, 'Bornholms Erhvervsskole');
    stranger = await newOrg(services, 'Ikke Min Skole');
    await join(services, user.id, orgA.id, 'analyst');
    await join(services, user.id, orgB.id, 'coordinator');
  });

  it('needs a signed-in user', async () => {
    expectProblem(await anonymousClient(app).get('/api/v1/session'), 401, 'unauthenticated');
  });

  it('lists the organisations with roles and the active one', async () => {
    const client = await signedInClient(app, 'to.org@example.dk', PASSWORD);
    const res = await client.get('/api/v1/session');
    expect(res.status).toBe(200);
    expect(res.json.organisations).toEqual([
      { id: orgA.id, name: 'Aarhus Tech', kind: 'school', role: 'analyst' },
      { id: orgB.id, name: 'Bornholms Erhvervsskole', kind: 'school', role: 'coordinator' },
    ]);
    expect(res.json.activeOrganisation).toEqual(res.json.organisations[0]);
    expect(res.json.csrfToken).toBe(client.csrfToken);
  });

  it('switches to another of the caller’s organisations, and refuses one they are not in', async () => {
    const client = await signedInClient(app, 'to.org@example.dk', PASSWORD);
    const switched = await client.request('PUT', '/api/v1/session/organisation', { organisationId: orgB.id });
    expect(switched.status).toBe(200);
    expect(switched.json.activeOrganisation).toMatchObject({ id: orgB.id, role: 'coordinator' });
    expect((await client.get('/api/v1/session')).json.activeOrganisation.id).toBe(orgB.id);

    for (const organisationId of [stranger.id, '00000000-0000-4000-8000-000000000000']) {
      const refused = await client.request('PUT', '/api/v1/session/organisation', { organisationId });
      expectProblem(refused, 404, 'not_member');
    }
    expectProblem(
      await client.request('PUT', '/api/v1/session/organisation', { organisationId: 'not-a-uuid' }),
      400,
      'validation',
    );
    expect((await client.get('/api/v1/session')).json.activeOrganisation.id).toBe(orgB.id);
  });

  it('signs out: the session row goes, the cookie is cleared and no longer works', async () => {
    const client = await signedInClient(app, 'to.org@example.dk', PASSWORD);
    const me = (await client.get('/api/v1/session')).json.user;
    const before = await services.database.db.select().from(sessions).where(eq(sessions.userId, me.id));
    const res = await client.post('/api/v1/auth/sign-out');
    expect(res.status).toBe(204);
    expect(res.headers.get('set-cookie')).toMatch(/^fl_session=;.*Max-Age=0/);
    const after = await services.database.db.select().from(sessions).where(eq(sessions.userId, me.id));
    expect(after).toHaveLength(before.length - 1);
    expectProblem(await client.get('/api/v1/session'), 401, 'unauthenticated');
    // One entry per organisation of the user, so each organisation's admins see it in their own log.
    const signOuts = await auditRows(services, 'auth.sign_out', me.id);
    expect(signOuts.map((r) => r.orgId).sort()).toEqual([orgA.id, orgB.id].sort());
    const signIns = await auditRows(services, 'auth.sign_in', me.id);
    expect(new Set(signIns.map((r) => r.orgId))).toEqual(new Set([orgA.id, orgB.id]));
  });
});

describe('client address', () => {
  it('ignores X-Forwarded-For unless TRUST_PROXY is set, so the per-IP limit and the audit log cannot be forged', async () => {
    const forged = { 'x-forwarded-for': '203.0.113.9' };
    expect((await post('/api/v1/auth/sign-in', { email: 'anne@example.dk', password: PASSWORD }, forged)).status).toBe(
      200,
    );
    const [untrusted] = (await auditRows(services, 'auth.sign_in')).slice(-1);
    expect(untrusted.ip).not.toBe('203.0.113.9');

    const proxied = await startTestApp({ TRUST_PROXY: 'true' });
    try {
      await newUser(proxied.services, 'proxy@example.dk');
      const res = await proxied.app.request('/api/v1/auth/sign-in', {
        method: 'POST',
        body: JSON.stringify({ email: 'proxy@example.dk', password: PASSWORD }),
        // The client may prepend anything; the proxy appends the address it saw.
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.1, 203.0.113.9' },
      });
      expect(res.status).toBe(200);
      const [trusted] = await auditRows(proxied.services, 'auth.sign_in');
      expect(trusted.ip).toBe('203.0.113.9');
    } finally {
      await proxied.services.close();
    }
  });
});
