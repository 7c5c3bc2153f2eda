import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, anonymousClient, signedInClient } from '../testing/http-client.js';
import type { TestServices } from '../testing/test-app.js';
import { invitations, memberships, users } from './accounts.schema.js';
import {
  type App,
  expectProblem,
  join,
  mailedToken,
  memberClient,
  newOrg,
  newUser,
  outboxFor,
  PASSWORD,
  startTestApp,
} from './accounts.test-fixtures.js';
import { sha256 } from './secrets.js';

let services: TestServices;
let app: App;
let orgId: string;
let admin: ApiClient;

beforeAll(async () => {
  ({ services, app } = await startTestApp());
  orgId = (await newOrg(services, 'Syddansk Erhvervsskole')).id;
  admin = (await memberClient(services, app, 'admin@sde.dk', orgId, 'admin')).client;
});
afterAll(() => services.close());

const anon = () => anonymousClient(app);

async function invite(email: string, role = 'leader'): Promise<string> {
  const res = await admin.post('/api/v1/invitations', { email, role });
  expect(res.status, res.text).toBe(201);
  return mailedToken(services, email.toLowerCase(), '/invitation');
}

async function membershipsOf(email: string) {
  return services.database.db
    .select({ orgId: memberships.orgId, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(users.email, email));
}

const accept = (client: ApiClient, body: Record<string, unknown>) => client.post('/api/v1/invitations/accept', body);

describe('inviting', () => {
  it('creates the invitation and mails a link with a single-use token', async () => {
    const res = await admin.post('/api/v1/invitations', { email: 'Ny.Leder@Example.dk', role: 'leader' });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ email: 'ny.leder@example.dk', role: 'leader', invitedByName: 'admin' });
    const [mail] = await outboxFor(services, 'ny.leder@example.dk');
    expect(mail).toMatchObject({ kind: 'invitation', orgId });
    expect(mail.subject).toContain('Syddansk Erhvervsskole');
    expect(mail.text).toContain('http://localhost:3000/invitation?token=');
    const token = await mailedToken(services, 'ny.leder@example.dk', '/invitation');
    const [row] = await services.database.db.select().from(invitations).where(eq(invitations.id, res.json.id));
    expect(row.tokenHash).toBe(sha256(token));
    expect((await admin.get('/api/v1/invitations')).json.map((i: { id: string }) => i.id)).toContain(res.json.id);
  });

  it('is for admins only', async () => {
    for (const role of ['analyst', 'hr', 'leader', 'coordinator'] as const) {
      const { client } = await memberClient(services, app, `${role}@sde.dk`, orgId, role);
      expectProblem(
        await client.post('/api/v1/invitations', { email: 'x@example.dk', role: 'admin' }),
        403,
        'forbidden',
      );
    }
    expect(await outboxFor(services, 'x@example.dk')).toHaveLength(0);
  });

  it('refuses someone who is already a member', async () => {
    const res = await admin.post('/api/v1/invitations', { email: 'HR@sde.dk', role: 'admin' });
    expectProblem(res, 409, 'already_member');
    expect(res.json.detail).toContain('hr@sde.dk');
  });

  it('refuses an invalid e-mail or role', async () => {
    expectProblem(await admin.post('/api/v1/invitations', { email: 'not-an-email', role: 'hr' }), 400, 'validation');
    expectProblem(await admin.post('/api/v1/invitations', { email: 'a@example.dk', role: 'boss' }), 400, 'validation');
  });
});

describe('accepting as a new person', () => {
  it('shows what the link is for', async () => {
    const token = await invite('opslag@example.dk', 'hr');
    const res = await anon().get(`/api/v1/invitations/lookup?token=${encodeURIComponent(token)}`);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      organisationName: 'Syddansk Erhvervsskole',
      email: 'opslag@example.dk',
      role: 'hr',
      accountExists: false,
    });
  });

  it('creates the account, signs in, and the link then stops working', async () => {
    const token = await invite('helt.ny@example.dk', 'analyst');
    const client = anon();
    const res = await accept(client, { token, name: 'Helle Ny', password: 'et godt kodeord' });
    expect(res.status, res.text).toBe(200);
    expect(res.json.user).toMatchObject({ email: 'helt.ny@example.dk', name: 'Helle Ny' });
    expect(res.json.activeOrganisation).toMatchObject({ id: orgId, role: 'analyst' });
    expect(res.headers.get('set-cookie')).toMatch(/^fl_session=.+HttpOnly/);
    expect(await membershipsOf('helt.ny@example.dk')).toEqual([{ orgId, role: 'analyst' }]);

    client.cookie = res.headers.get('set-cookie')!.split(';')[0];
    client.csrfToken = res.json.csrfToken;
    const session = await client.get('/api/v1/session');
    expect(session.status).toBe(200);
    expect(session.json.activeOrganisation.id).toBe(orgId);
    expect((await client.post('/api/v1/tokens', { name: 'works' })).status).toBe(201);

    expectProblem(await accept(anon(), { token, name: 'Igen', password: 'et godt kodeord' }), 400, 'token_invalid');
    expectProblem(await anon().get(`/api/v1/invitations/lookup?token=${token}`), 400, 'token_invalid');
  });

  it('ends the session it replaces when someone signed in creates a new account from a link', async () => {
    const token = await invite('anden.person@example.dk');
    const previous = await signedInClient(app, 'admin@sde.dk', PASSWORD);
    expect((await previous.get('/api/v1/session')).status).toBe(200);
    const res = await accept(previous, { token, name: 'Anden Person', password: 'et godt kodeord' });
    expect(res.status, res.text).toBe(200);
    expect(res.json.user.email).toBe('anden.person@example.dk');
    expectProblem(await previous.get('/api/v1/session'), 401, 'unauthenticated');
  });

  it('needs a name and a strong password, and keeps the link usable until then', async () => {
    const token = await invite('mangler@example.dk');
    const missing = await accept(anon(), { token });
    expectProblem(missing, 400, 'validation');
    expect(missing.json.errors.map((e: { path: string }) => e.path).sort()).toEqual(['name', 'password']);
    expectProblem(await accept(anon(), { token, name: 'Mads', password: 'kort' }), 400, 'weak_password');
    const [user] = await services.database.db.select().from(users).where(eq(users.email, 'mangler@example.dk'));
    expect(user).toBeUndefined();
    expect((await accept(anon(), { token, name: 'Mads', password: 'langt nok kodeord' })).status).toBe(200);
  });

  it('refuses a revoked invitation', async () => {
    const token = await invite('tilbagekaldt@example.dk');
    const [row] = await services.database.db
      .select()
      .from(invitations)
      .where(eq(invitations.tokenHash, sha256(token)));
    expect((await admin.request('DELETE', `/api/v1/invitations/${row.id}`)).status).toBe(204);
    expectProblem(await anon().get(`/api/v1/invitations/lookup?token=${token}`), 400, 'token_invalid');
    expectProblem(await accept(anon(), { token, name: 'T', password: 'langt nok kodeord' }), 400, 'token_invalid');
    expectProblem(await admin.request('DELETE', `/api/v1/invitations/${row.id}`), 404, 'not_found');
  });

  it('refuses an expired invitation', async () => {
    const token = await invite('udloebet@example.dk');
    await services.database.db
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitations.tokenHash, sha256(token)));
    expectProblem(await accept(anon(), { token, name: 'U', password: 'langt nok kodeord' }), 400, 'token_invalid');
    expect(await membershipsOf('udloebet@example.dk')).toEqual([]);
  });

  it('lets only one of two simultaneous accepts of one link through', async () => {
    const token = await invite('samtidig@example.dk', 'hr');
    const results = await Promise.all(
      ['Første', 'Anden'].map((name) => accept(anon(), { token, name, password: 'langt nok kodeord' })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 400]);
    expect(await membershipsOf('samtidig@example.dk')).toEqual([{ orgId, role: 'hr' }]);
    expect(await services.database.db.select().from(users).where(eq(users.email, 'samtidig@example.dk'))).toHaveLength(
      1,
    );
  });
});

describe('accepting with an existing account', () => {
  let otherOrgId: string;
  beforeAll(async () => {
    otherOrgId = (await newOrg(services, 'Andet Sted')).id;
    const existing = await newUser(services, 'findes@example.dk');
    await join(services, existing.id, otherOrgId, 'leader');
    await newUser(services, 'uden.org@example.dk');
  });

  it('needs the invited user to be signed in', async () => {
    const token = await invite('findes@example.dk', 'hr');
    expect((await anon().get(`/api/v1/invitations/lookup?token=${token}`)).json.accountExists).toBe(true);

    expectProblem(await accept(anon(), { token }), 401, 'unauthenticated');
    // A name and password do not create a second account or take over the existing one.
    expectProblem(await accept(anon(), { token, name: 'X', password: 'langt nok kodeord' }), 401, 'unauthenticated');
    const someoneElse = await signedInClient(app, 'admin@sde.dk', PASSWORD);
    expectProblem(await accept(someoneElse, { token }), 403, 'forbidden');
    expect(await membershipsOf('findes@example.dk')).toEqual([{ orgId: otherOrgId, role: 'leader' }]);

    const invited = await signedInClient(app, 'findes@example.dk', PASSWORD);
    const res = await accept(invited, { token });
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(await membershipsOf('findes@example.dk')).toEqual(
      expect.arrayContaining([
        { orgId: otherOrgId, role: 'leader' },
        { orgId, role: 'hr' },
      ]),
    );
    expect(res.json.organisations).toHaveLength(2);
  });

  it('makes the joined organisation the active one', async () => {
    const token = await invite('uden.org@example.dk', 'coordinator');
    const client = await signedInClient(app, 'uden.org@example.dk', PASSWORD);
    expect((await client.get('/api/v1/session')).json.activeOrganisation).toBeNull();
    const res = await accept(client, { token });
    expect(res.status).toBe(200);
    expect(res.json.activeOrganisation).toMatchObject({ id: orgId, role: 'coordinator' });
    expect((await client.get('/api/v1/session')).json.activeOrganisation).toMatchObject({ id: orgId });
    expect((await client.get('/api/v1/tokens')).status).toBe(200);
  });

  it('does not change the role of someone who became a member after being invited', async () => {
    const user = await newUser(services, 'to.invitationer@example.dk');
    const asLeader = await invite('to.invitationer@example.dk', 'leader');
    const asAdmin = await invite('to.invitationer@example.dk', 'admin');
    const client = await signedInClient(app, 'to.invitationer@example.dk', PASSWORD);
    expect((await accept(client, { token: asAdmin })).status).toBe(200);
    expectProblem(await accept(client, { token: asLeader }), 409, 'already_member');
    const [row] = await services.database.db
      .select()
      .from(memberships)
      .where(and(eq(memberships.userId, user.id), eq(memberships.orgId, orgId)));
    expect(row.role).toBe('admin');
  });
});
