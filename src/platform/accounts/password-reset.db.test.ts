import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxMessages } from '../mail/mail.schema.js';
import { anonymousClient, signedInClient } from '../testing/http-client.js';
import type { TestServices } from '../testing/test-app.js';
import { passwordResets, sessions } from './accounts.schema.js';
import {
  type App,
  auditRows,
  expectProblem,
  mailedToken,
  newUser,
  outboxFor,
  PASSWORD,
  startTestApp,
} from './accounts.test-fixtures.js';
import { sha256 } from './secrets.js';

let services: TestServices;
let app: App;

beforeAll(async () => {
  ({ services, app } = await startTestApp());
});
afterAll(() => services.close());

const anon = () => anonymousClient(app);
const signInStatus = async (email: string, password: string) =>
  (await anon().post('/api/v1/auth/sign-in', { email, password })).status;

async function requestReset(email: string): Promise<string> {
  const res = await anon().post('/api/v1/auth/password-reset', { email });
  expect(res.status).toBe(202);
  return mailedToken(services, email, '/reset-password');
}

describe('password reset', () => {
  it('answers 202 for an unknown e-mail and sends nothing', async () => {
    const before = await services.database.db.select().from(outboxMessages);
    const res = await anon().post('/api/v1/auth/password-reset', { email: 'ukendt@example.dk' });
    expect(res.status).toBe(202);
    expect(res.text).toBe('');
    expect(await services.database.db.select().from(outboxMessages)).toHaveLength(before.length);
  });

  it('mails a known user a link with a token that is stored only as a hash', async () => {
    const user = await newUser(services, 'glemsom@example.dk', { name: 'Gitte Glemsom' });
    const res = await anon().post('/api/v1/auth/password-reset', { email: 'Glemsom@Example.dk' });
    expect(res.status).toBe(202);
    const [mail] = await outboxFor(services, 'glemsom@example.dk');
    expect(mail).toMatchObject({
      kind: 'password_reset',
      orgId: null,
      subject: 'Nulstil din adgangskode til Frontline',
    });
    expect(mail.text).toContain('Kære Gitte Glemsom');
    expect(mail.text).toContain('http://localhost:3000/reset-password?token=');
    const token = await mailedToken(services, 'glemsom@example.dk', '/reset-password');
    const rows = await services.database.db.select().from(passwordResets).where(eq(passwordResets.userId, user.id));
    expect(rows).toHaveLength(1);
    expect(rows[0].tokenHash).toBe(sha256(token));
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(await auditRows(services, 'auth.password_reset_requested')).toHaveLength(1);
  });

  it('mails in the user’s own language', async () => {
    await newUser(services, 'english@example.dk', { locale: 'en' });
    await anon().post('/api/v1/auth/password-reset', { email: 'english@example.dk' });
    const [mail] = await outboxFor(services, 'english@example.dk');
    expect(mail.subject).toBe('Reset your Frontline password');
  });

  it('sets the new password with the token, ends every session, and the token works once', async () => {
    const email = 'nulstil@example.dk';
    const user = await newUser(services, email);
    const browser1 = await signedInClient(app, email, PASSWORD);
    const browser2 = await signedInClient(app, email, PASSWORD);
    const token = await requestReset(email);

    const res = await anon().post('/api/v1/auth/password-reset/confirm', { token, password: 'et helt nyt kodeord' });
    expect(res.status).toBe(204);

    expect(await signInStatus(email, PASSWORD)).toBe(401);
    expect(await signInStatus(email, 'et helt nyt kodeord')).toBe(200);
    // Both sessions that existed before the reset ended (the one just made by signing in is new).
    expectProblem(await browser1.get('/api/v1/session'), 401, 'unauthenticated');
    expectProblem(await browser2.get('/api/v1/session'), 401, 'unauthenticated');
    expect(await services.database.db.select().from(sessions).where(eq(sessions.userId, user.id))).toHaveLength(1);

    const again = await anon().post('/api/v1/auth/password-reset/confirm', { token, password: 'endnu et nyt kodeord' });
    expectProblem(again, 400, 'token_invalid');
    expect(await signInStatus(email, 'et helt nyt kodeord')).toBe(200);
    expect(await auditRows(services, 'auth.password_reset')).toHaveLength(1);
  });

  it('refuses an expired token', async () => {
    const email = 'udloebet@example.dk';
    await newUser(services, email);
    const token = await requestReset(email);
    await services.database.db
      .update(passwordResets)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(passwordResets.tokenHash, sha256(token)));
    const res = await anon().post('/api/v1/auth/password-reset/confirm', { token, password: 'et helt nyt kodeord' });
    expectProblem(res, 400, 'token_invalid');
    expect(await signInStatus(email, PASSWORD)).toBe(200);
  });

  it('refuses a made-up token', async () => {
    const res = await anon().post('/api/v1/auth/password-reset/confirm', {
      token: 'x'.repeat(43),
      password: 'et helt nyt kodeord',
    });
    expectProblem(res, 400, 'token_invalid');
  });

  it('refuses a weak password and leaves the token usable', async () => {
    const email = 'svag@example.dk';
    await newUser(services, email);
    const token = await requestReset(email);
    const weak = await anon().post('/api/v1/auth/password-reset/confirm', { token, password: 'kort' });
    expectProblem(weak, 400, 'weak_password');
    expect(weak.json.errors).toEqual([{ path: 'password', message: expect.any(String) }]);
    expect(await signInStatus(email, PASSWORD)).toBe(200);

    const strong = await anon().post('/api/v1/auth/password-reset/confirm', { token, password: 'langt nok kodeord' });
    expect(strong.status).toBe(204);
    expect(await signInStatus(email, 'langt nok kodeord')).toBe(200);
  });

  it('gives each request its own token; an older one still works until used', async () => {
    const email = 'to.mails@example.dk';
    await newUser(services, email);
    const first = await requestReset(email);
    const second = await requestReset(email);
    expect(second).not.toBe(first);
    expect((await outboxFor(services, email)).length).toBe(2);
    const res = await anon().post('/api/v1/auth/password-reset/confirm', { token: first, password: 'første nye kode' });
    expect(res.status).toBe(204);
  });

  it('refuses concurrent double use of one token: exactly one succeeds', async () => {
    const email = 'samtidig@example.dk';
    await newUser(services, email);
    const token = await requestReset(email);
    const results = await Promise.all(
      ['kodeord nummer et', 'kodeord nummer to'].map((password) =>
        anon().post('/api/v1/auth/password-reset/confirm', { token, password }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([204, 400]);
  });
});
