/**
 * The tenancy walk: every operation in the OpenAPI document is called by users of organisation B (an admin with a
 * session, and the same admin with a Bearer token) against organisation A's data. Operations that address A's
 * resources must answer 403 or 404, and no response may contain anything of A's. A new route without a fixture
 * below fails this test, so nobody can add an operation and forget to think about tenancy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memberships } from './platform/accounts/accounts.schema.js';
import { inviteMember } from './platform/accounts/members.service.js';
import { createOrganisation } from './platform/accounts/organisations.service.js';
import { createApiToken } from './platform/accounts/tokens.service.js';
import { createUser } from './platform/accounts/users.service.js';
import { recordAudit } from './platform/audit/audit.service.js';
import type { AppContext } from './platform/context.js';
import { type ApiClient, anonymousClient, signedInClient } from './platform/testing/http-client.js';
import { createTestServices, type TestServices } from './platform/testing/test-app.js';
import { buildApp } from './server.js';
import { type TenantData, tenancyFixtures } from './tenancy.fixtures.js';

const PASSWORD = 'tenancy-walk-password';
let services: TestServices;
let app: ReturnType<typeof buildApp>;
let a: TenantData;
let bSession: ApiClient;
let bToken: ApiClient;

async function setupTenant(label: string, municipalityCode: string) {
  const ctx = services.ctx();
  const org = await createOrganisation(ctx, { kind: 'municipality', municipalityCode, name: `${label}-organisation` });
  const admin = await createUser(ctx, {
    email: `${label}-admin@${label}.test`,
    name: `${label} Admin`,
    password: PASSWORD,
  });
  await services.database.db.insert(memberships).values({ userId: admin.id, orgId: org.id, role: 'admin' });
  const asAdmin: AppContext = services.ctx({
    user: { id: admin.id, email: admin.email, name: admin.name, locale: 'da', isPlatformAdmin: false },
    tenant: { orgId: org.id, role: 'admin' },
  });
  return { org, admin, asAdmin };
}

beforeAll(async () => {
  services = await createTestServices();
  app = buildApp(services, { serveWeb: false });
  const alfa = await setupTenant('alfa', '0101');
  const beta = await setupTenant('beta', '0147');
  const invitation = await inviteMember(alfa.asAdmin, { email: 'alfa-invitee@alfa.test', role: 'hr' });
  const token = await createApiToken(alfa.asAdmin, { name: 'alfa-token-name' });
  await recordAudit(alfa.asAdmin, {
    action: 'tenancy.alfa_marker',
    entityType: 'alfa-entity',
    entityId: 'alfa-entity-id',
  });
  a = await tenancyFixtures.prepare(services, alfa.asAdmin, {
    orgId: alfa.org.id,
    orgName: alfa.org.name,
    adminId: alfa.admin.id,
    adminEmail: alfa.admin.email,
    invitationId: invitation.id,
    invitationEmail: invitation.email,
    tokenId: token.id,
    tokenName: token.name,
    tokenSecret: token.token,
  });
  bSession = await signedInClient(app, beta.admin.email, PASSWORD);
  const bSecret = await createApiToken(beta.asAdmin, { name: 'beta-token' });
  bToken = anonymousClient(app, bSecret.token);
});
afterAll(() => services?.close());

type Operation = { method: string; path: string; op: Record<string, unknown> };

async function operations(): Promise<Operation[]> {
  const doc = (await anonymousClient(app).get('/api/openapi.json')).json;
  const list: Operation[] = [];
  for (const [path, item] of Object.entries<Record<string, Record<string, unknown>>>(doc.paths)) {
    for (const [method, op] of Object.entries(item)) list.push({ method: method.toUpperCase(), path, op });
  }
  // Signing out ends the walking session: do it last.
  return list.sort((x, y) => Number(x.path.endsWith('/sign-out')) - Number(y.path.endsWith('/sign-out')));
}

describe('tenancy walk over every API operation', () => {
  it('finds the operations in the OpenAPI document, each with a declared access', async () => {
    const ops = await operations();
    expect(ops.length).toBeGreaterThan(20);
    for (const { method, path, op } of ops) {
      expect(op['x-frontline-access'], `${method} ${path} declares no access`).toBeDefined();
    }
  });

  it('never lets organisation B reach organisation A', async () => {
    const ops = await operations();
    const missing: string[] = [];
    const failures: string[] = [];
    for (const { method, path, op } of ops) {
      const key = `${method} ${path}`;
      const fixture = tenancyFixtures.calls[key]?.(a);
      const needsFixture = path.includes('{') || (op.requestBody as { required?: boolean } | undefined)?.required;
      if (!fixture && needsFixture) {
        missing.push(key);
        continue;
      }
      let url = path;
      for (const [name, value] of Object.entries(fixture?.params ?? {})) url = url.replace(`{${name}}`, value);
      if (fixture?.query) url += `?${new URLSearchParams(fixture.query)}`;
      const expectDenied = fixture?.expectDenied ?? path.includes('{');
      for (const [label, client] of [
        ['session', bSession],
        ['token', bToken],
      ] as const) {
        const res = await client.request(method, `/api/v1${url.replace(/^\/api\/v1/, '')}`, fixture?.body);
        if (expectDenied && res.status !== 403 && res.status !== 404) {
          failures.push(`${key} (${label}): expected 403/404, got ${res.status} ${res.text.slice(0, 200)}`);
        }
        const leaked = a.markers.filter((m) => res.text.includes(m));
        if (leaked.length) failures.push(`${key} (${label}): response contains A's data: ${leaked.join(', ')}`);
      }
    }
    expect(missing, 'operations without a tenancy fixture in src/tenancy.fixtures.ts').toEqual([]);
    expect(failures).toEqual([]);
  });

  it("leaves A's data untouched", async () => {
    await tenancyFixtures.verifyUntouched(services, app, a);
  });
});
