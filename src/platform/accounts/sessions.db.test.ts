import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server.js';
import { createTestServices, type TestServices } from '../testing/test-app.js';
import { createUser } from './users.service.js';

let services: TestServices;
let app: ReturnType<typeof buildApp>;

beforeAll(async () => {
  services = await createTestServices();
  app = buildApp(services, { serveWeb: false });
  await createUser(services.ctx(), { email: 'Anne@Example.dk', name: 'Anne', password: 'correct horse battery' });
});
afterAll(() => services.close());

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  app.request(path, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...headers },
  });

describe('sign-in', () => {
  it('signs in with the right password and sets an httpOnly SameSite cookie', async () => {
    const res = await post('/api/v1/auth/sign-in', { email: 'anne@example.dk', password: 'correct horse battery' });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^fl_session=/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    const body = await res.json();
    expect(body.user.email).toBe('anne@example.dk');
    expect(body.csrfToken).toMatch(/.{20,}/);
  });

  it('rejects a wrong password with a Danish problem+json', async () => {
    const res = await post('/api/v1/auth/sign-in', { email: 'anne@example.dk', password: 'wrong' });
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const body = await res.json();
    expect(body).toMatchObject({
      status: 401,
      code: 'invalid_credentials',
      detail: 'Forkert e-mail eller adgangskode.',
    });
  });
});
