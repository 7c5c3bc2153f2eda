import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, type ApiResponse, anonymousClient } from '../testing/http-client.js';
import type { TestServices } from '../testing/test-app.js';
import { apiTokens, users } from './accounts.schema.js';
import {
  type App,
  expectNoStackTrace,
  expectProblem,
  memberClient,
  newOrg,
  PASSWORD,
  read,
  startTestApp,
} from './accounts.test-fixtures.js';

let services: TestServices;
let app: App;
let member: { user: { id: string }; client: ApiClient };
let orgId: string;
let otherOrgId: string;

beforeAll(async () => {
  ({ services, app } = await startTestApp({ MAX_BODY_BYTES: '1024' }));
  orgId = (await newOrg(services, 'EUC Nord')).id;
  otherOrgId = (await newOrg(services, 'EUC Syd')).id;
  member = await memberClient(services, app, 'medlem@euc.dk', orgId, 'analyst');
});
afterAll(() => services.close());

/** A raw request: the body is sent exactly as given. With `signedIn`, the member's cookie and CSRF token go along. */
async function raw(
  method: string,
  path: string,
  body: string | undefined,
  headers: Record<string, string> = {},
  signedIn = false,
): Promise<ApiResponse> {
  const auth: Record<string, string> = signedIn
    ? { cookie: member.client.cookie!, 'x-csrf-token': member.client.csrfToken! }
    : {};
  return read(await app.request(path, { method, body, headers: { ...auth, ...headers } }));
}
const json = { 'content-type': 'application/json' };

describe('malformed and mistyped bodies', () => {
  it('answers malformed JSON with a malformed_json problem, in Danish or English', async () => {
    for (const body of ['{"email":', '{email: "a@b.dk"}', "{'a':1}", '{"a":1}}', '']) {
      expectProblem(await raw('POST', '/api/v1/auth/sign-in', body, json), 400, 'malformed_json');
    }
    const signedIn = await raw('POST', '/api/v1/tokens', '{"name": "x",', json, true);
    expectProblem(signedIn, 400, 'malformed_json');
    const en = await raw('POST', '/api/v1/auth/sign-in', '{', { ...json, 'accept-language': 'en' });
    expect(en.json.detail).toBe('The request does not contain valid JSON.');
  });

  it('answers JSON that is not an object with a validation problem', async () => {
    for (const body of ['[1,2]', '"text"', 'null', '42']) {
      const res = await raw('POST', '/api/v1/auth/sign-in', body, json);
      expectProblem(res, 400, 'validation');
    }
  });

  it('says which field is wrong and what was sent instead', async () => {
    const da = await raw('POST', '/api/v1/auth/sign-in', JSON.stringify({ email: 5, password: 'x' }), json);
    expectProblem(da, 400, 'validation');
    expect(da.json.errors).toEqual([{ path: 'email', message: expect.any(String) }]);
    expect(da.json.errors[0].message).not.toContain('undefined');
    const en = await raw('POST', '/api/v1/auth/sign-in', JSON.stringify({ email: 5, password: 'x' }), {
      ...json,
      'accept-language': 'en',
    });
    expect(en.json.errors[0].message).toMatch(/expected string, received number/);
    const missing = await raw('POST', '/api/v1/auth/sign-in', JSON.stringify({ email: 'a@b.dk' }), json);
    expect(missing.json.errors.map((e: { path: string }) => e.path)).toEqual(['password']);
  });

  it('refuses a body that is not JSON with 415', async () => {
    const body = JSON.stringify({ email: 'medlem@euc.dk', password: PASSWORD });
    for (const headers of [{ 'content-type': 'text/plain' }, { 'content-type': 'application/x-www-form-urlencoded' }]) {
      const res = await raw('POST', '/api/v1/auth/sign-in', body, headers);
      expectProblem(res, 415, 'unsupported_media_type');
      expect(res.headers.get('set-cookie')).toBeNull();
    }
    const noType = await app.request('/api/v1/tokens', {
      method: 'POST',
      body: new Blob([JSON.stringify({ name: 'x' })]),
      headers: { cookie: member.client.cookie!, 'x-csrf-token': member.client.csrfToken! },
    });
    expectProblem(await read(noType), 415, 'unsupported_media_type');
  });

  it('ignores unknown fields: they can neither raise rights nor pick the tenant', async () => {
    const signIn = await raw(
      'POST',
      '/api/v1/auth/sign-in',
      JSON.stringify({ email: 'medlem@euc.dk', password: PASSWORD, isPlatformAdmin: true }),
      json,
    );
    expect(signIn.status).toBe(200);
    expect(signIn.json.user.isPlatformAdmin).toBe(false);

    const me = await member.client.request('PATCH', '/api/v1/me', {
      name: 'Mette',
      email: 'ny@evil.dk',
      isPlatformAdmin: true,
    });
    expect(me.status).toBe(200);
    const [row] = await services.database.db.select().from(users).where(eq(users.id, member.user.id));
    expect(row).toMatchObject({ name: 'Mette', email: 'medlem@euc.dk', isPlatformAdmin: false });

    const token = await member.client.post('/api/v1/tokens', {
      name: 'x',
      orgId: otherOrgId,
      userId: crypto.randomUUID(),
    });
    expect(token.status).toBe(201);
    const [stored] = await services.database.db.select().from(apiTokens).where(eq(apiTokens.id, token.json.id));
    expect(stored).toMatchObject({ orgId, userId: member.user.id });
  });
});

describe('limits and unknown routes', () => {
  it('lets file uploads (multipart) be as large as UPLOAD_MAX_BYTES, and no larger', async () => {
    const limited = await startTestApp({ MAX_BODY_BYTES: '1024', UPLOAD_MAX_BYTES: '8192' });
    try {
      const upload = (size: number) => {
        const form = new FormData();
        form.append('file', new Blob([new Uint8Array(size)]), 'org.csv');
        return limited.app.request('/api/v1/no-such-upload', { method: 'POST', body: form });
      };
      // Past the JSON limit but within the upload limit: the request reaches routing (here: no such route).
      expectProblem(await read(await upload(4096)), 404, 'route_not_found');
      const tooBig = await read(await upload(16_384));
      expectProblem(tooBig, 413, 'body_too_large');
      expect(tooBig.json.detail).toContain('8 KB');
    } finally {
      await limited.services.close();
    }
  });

  it('refuses a body over MAX_BODY_BYTES with 413, with or without Content-Length', async () => {
    const big = JSON.stringify({ email: 'medlem@euc.dk', password: 'x'.repeat(2000) });
    const withLength = await raw('POST', '/api/v1/auth/sign-in', big, {
      ...json,
      'content-length': String(big.length),
    });
    expectProblem(withLength, 413, 'body_too_large');
    expect(withLength.json.detail).toContain('1 KB');
    const streamed = await raw('POST', '/api/v1/auth/sign-in', big, json);
    expectProblem(streamed, 413, 'body_too_large');

    const before = await services.database.db.select().from(apiTokens);
    const bigToken = await raw(
      'POST',
      '/api/v1/tokens',
      JSON.stringify({ name: 'n', pad: 'y'.repeat(2000) }),
      json,
      true,
    );
    expectProblem(bigToken, 413, 'body_too_large');
    expect(await services.database.db.select().from(apiTokens)).toHaveLength(before.length);
    // Just under the limit is fine.
    const small = await raw('POST', '/api/v1/tokens', JSON.stringify({ name: 'n', pad: 'y'.repeat(900) }), json, true);
    expect(small.status).toBe(201);
  });

  it('answers unknown API routes and methods with route_not_found', async () => {
    for (const [method, path] of [
      ['GET', '/api/v1/nothing-here'],
      ['GET', '/api/v2/session'],
      ['DELETE', '/api/v1/session'],
      ['GET', '/api/v1/auth/sign-in'],
    ]) {
      const res = await raw(method, path, undefined);
      expectProblem(res, 404, 'route_not_found');
      expect(res.json.detail).toContain(path);
    }
  });

  it('keeps stack traces out of an unexpected failure', async () => {
    const broken = await startTestApp();
    await memberClient(broken.services, broken.app, 'x@euc.dk', (await newOrg(broken.services, 'X')).id, 'hr');
    const client = anonymousClient(broken.app);
    const signIn = await client.post('/api/v1/auth/sign-in', { email: 'x@euc.dk', password: PASSWORD });
    expect(signIn.status).toBe(200);
    await broken.services.close();
    const res = await read(
      await broken.app.request('/api/v1/session', {
        headers: { cookie: signIn.headers.get('set-cookie')!.split(';')[0] },
      }),
    );
    expectProblem(res, 500, 'internal');
    expect(res.json.detail).toContain(res.json.requestId);
    expectNoStackTrace(res.text);
  });
});

describe('health probes', () => {
  it('/healthz answers 200 and /readyz says ready on a migrated database', async () => {
    const health = await app.request('/healthz');
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await app.request('/readyz');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', database: true, migrated: true });
  });

  it('/readyz answers 503 while a migration is missing', async () => {
    const behind = await startTestApp();
    try {
      await behind.services.database.query(
        'delete from drizzle.__drizzle_migrations where id = (select max(id) from drizzle.__drizzle_migrations)',
      );
      const res = await behind.app.request('/readyz');
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ status: 'not_ready', database: true, migrated: false });
    } finally {
      await behind.services.close();
    }
  });
});
