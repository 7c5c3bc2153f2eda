import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memberships, organisations, users } from '../src/platform/accounts/accounts.schema.js';
import { anonymousClient } from '../src/platform/testing/http-client.js';
import { createTestServices, type TestServices } from '../src/platform/testing/test-app.js';
import { buildApp } from '../src/server.js';
import { DEMO_PASSWORD, demoOrganisations, demoUsers } from './demo.model.js';
import { demoLoginsText, isDemoSeeded, seedDemo } from './seed.js';

let services: TestServices;

beforeAll(async () => {
  services = await createTestServices();
});
afterAll(() => services.close());

describe('demo data set', () => {
  it('loads once, even when two processes start loading it at the same moment', async () => {
    expect(await isDemoSeeded(services)).toBe(false);
    const results = await Promise.all([seedDemo(services), seedDemo(services)]);
    expect(results.sort()).toEqual([false, true]);
    expect(await seedDemo(services)).toBe(false);
    const orgs = await services.database.db.select().from(organisations);
    expect(orgs).toHaveLength(demoOrganisations.length);
    expect(orgs.every((o) => o.isDemo)).toBe(true);
    expect(await services.database.db.select().from(users)).toHaveLength(demoUsers.length);
  });

  it('names the municipalities officially and gives every person their memberships', async () => {
    const names = (await services.database.db.select().from(organisations)).map((o) => o.name).sort();
    expect(names).toEqual(
      [
        'FOA Midtjylland',
        'Mercantec',
        'Norddjurs Kommune',
        'Syddjurs Kommune',
        'VEU-center Midt',
        'Viborg Kommune',
      ].sort(),
    );
    for (const person of demoUsers) {
      const rows = await services.database.db
        .select({ org: organisations.name, role: memberships.role })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .innerJoin(organisations, eq(organisations.id, memberships.orgId))
        .where(eq(users.email, person.email));
      expect(rows.map((r) => r.role).sort()).toEqual(person.memberships.map((m) => m.role).sort());
    }
  });

  it('every printed demo login signs in with the demo password', async () => {
    const app = buildApp(services, { serveWeb: false });
    const text = demoLoginsText();
    for (const person of demoUsers) {
      expect(text).toContain(person.email);
      const res = await anonymousClient(app).post('/api/v1/auth/sign-in', {
        email: person.email,
        password: DEMO_PASSWORD,
      });
      expect(res.status, person.email).toBe(200);
      expect(res.json.user.isPlatformAdmin).toBe(person.isPlatformAdmin ?? false);
      expect(res.json.organisations).toHaveLength(person.memberships.length);
    }
  });
});
