import { eq, isNotNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_AREAS } from '../src/organisations/areas.model.js';
import { resolveUnitAreas } from '../src/organisations/areas.service.js';
import {
  issuedPseudonyms,
  orgchartImports,
  orgchartMappings,
  orgUnits,
  people,
} from '../src/organisations/organisations.schema.js';
import { memberships, organisations, users } from '../src/platform/accounts/accounts.schema.js';
import { anonymousClient } from '../src/platform/testing/http-client.js';
import { createTestServices, type TestServices } from '../src/platform/testing/test-app.js';
import { buildApp } from '../src/server.js';
import { DEMO_PASSWORD, demoOrganisations, demoUsers } from './demo.model.js';
import { demoChartDate, demoOrgChartFile } from './orgchart-export.js';
import { DEMO_EMAIL_SUFFIX, DEMO_MUNICIPALITIES } from './orgchart-profiles.js';
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
  }, 120_000); // the whole demo set, study included, takes seconds of CPU: room for a busy test machine

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

  describe("the municipalities' org charts, imported through the org-chart import", () => {
    const orgIdOf = async (key: string) => {
      const { name } = DEMO_MUNICIPALITIES.find((m) => m.orgKey === key)!;
      const [org] = await services.database.db
        .select({ id: organisations.id, isDemo: organisations.isDemo })
        .from(organisations)
        .where(eq(organisations.name, name));
      return org;
    };

    it('hold every person of the generated HR export, with the first-line leaders the structure says', async () => {
      const db = services.database.db;
      for (const profile of DEMO_MUNICIPALITIES) {
        const org = await orgIdOf(profile.orgKey);
        expect(org.isDemo).toBe(true);
        const expected = demoOrgChartFile(profile, demoChartDate()).people;
        const rows = await db
          .select({
            employeeId: people.employeeId,
            name: people.name,
            status: people.status,
            reasons: people.leaderReasons,
          })
          .from(people)
          .where(eq(people.orgId, org.id));
        expect(rows, profile.name).toHaveLength(expected.length);
        expect(rows.every((r) => r.status === 'active')).toBe(true);
        const byId = new Map(rows.map((r) => [r.employeeId, r]));
        expect(expected.every((p) => byId.get(p.employeeId)?.name === p.name)).toBe(true);
        // Structural suggestions (has reports, none of whom lead) are exactly the generator's first-line leaders.
        const structural = rows
          .filter((r) => r.reasons?.some((reason) => reason.code === 'has_reports'))
          .map((r) => r.employeeId)
          .sort();
        const firstLine = expected.filter((p) => p.role === 'first_line').map((p) => p.employeeId);
        expect(structural).toEqual(firstLine.sort());
        expect(structural.length, profile.name).toBeGreaterThanOrEqual(150);
      }
    });

    it('gave everyone a pseudonym of their own, kept in the issued list', async () => {
      const db = services.database.db;
      for (const profile of DEMO_MUNICIPALITIES) {
        const org = await orgIdOf(profile.orgKey);
        const rows = await db.select({ pseudonym: people.pseudonym }).from(people).where(eq(people.orgId, org.id));
        const codes = rows.map((r) => r.pseudonym);
        expect(codes.every((c) => /^L-\w+$/.test(c))).toBe(true);
        expect(new Set(codes).size).toBe(codes.length);
        const issued = await db
          .select({ code: issuedPseudonyms.code })
          .from(issuedPseudonyms)
          .where(eq(issuedPseudonyms.orgId, org.id));
        expect(issued.map((r) => r.code).sort()).toEqual([...codes].sort());
      }
    });

    it('holds people only in demo organisations, with addresses only at the demo domain', async () => {
      const db = services.database.db;
      const outsideDemo = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(people)
        .innerJoin(organisations, eq(organisations.id, people.orgId))
        .where(eq(organisations.isDemo, false));
      expect(outsideDemo[0].n).toBe(0);
      const emails = await db.select({ email: people.email }).from(people).where(isNotNull(people.email));
      expect(emails.length).toBeGreaterThan(6000);
      // Each municipality's fictitious subdomain, or demo.frontline.dk itself (the demo leader login).
      const foreign = emails.filter((r) => !/@([a-z]+\.)?demo\.frontline\.dk$/.test(r.email!));
      expect(foreign).toEqual([]);
    });

    it('was imported as an upload by the municipality admin or HR, and the mapping is remembered', async () => {
      const db = services.database.db;
      for (const profile of DEMO_MUNICIPALITIES) {
        const org = await orgIdOf(profile.orgKey);
        const imports = await db
          .select({ status: orgchartImports.status, fileName: orgchartImports.fileName, by: users.email })
          .from(orgchartImports)
          .innerJoin(users, eq(users.id, orgchartImports.createdBy))
          .where(eq(orgchartImports.orgId, org.id));
        expect(imports).toHaveLength(1);
        expect(imports[0]).toMatchObject({ status: 'applied', fileName: profile.format.fileName });
        const importer = demoUsers.find((u) => u.email === imports[0].by)!;
        expect(importer.memberships.some((m) => m.org === profile.orgKey && ['admin', 'hr'].includes(m.role))).toBe(
          true,
        );
        const [remembered] = await db.select().from(orgchartMappings).where(eq(orgchartMappings.orgId, org.id));
        expect(Object.values(remembered.mapping).sort()).toEqual(profile.format.columns.map((c) => c.header).sort());
        const units = await db
          .select({ id: orgUnits.id, key: orgUnits.key, name: orgUnits.name, areaId: orgUnits.areaId })
          .from(orgUnits)
          .where(eq(orgUnits.orgId, org.id));
        expect(units.length).toBeGreaterThan(100);
        // HR's step after the first import: the six areas set on their units, inherited by everything below.
        const areas = await resolveUnitAreas(db, org.id);
        expect(
          units
            .filter((u) => u.areaId !== null)
            .map((u) => u.name)
            .sort(),
        ).toEqual(DEFAULT_AREAS.map((a) => a.name).sort());
        const depth = (key: string) => key.split('/').length;
        const withoutArea = units.filter((u) => depth(u.key) > 1 && areas.get(u.id)?.areaName == null);
        expect(withoutArea.map((u) => u.key)).toEqual([`${profile.name}/Direktionssekretariat`]);
      }
    });

    it("links the demo leader login to their person in Viborg's chart", async () => {
      const db = services.database.db;
      const viborg = await orgIdOf('viborg');
      const [leader] = await db
        .select()
        .from(users)
        .where(eq(users.email, `leder@${DEMO_EMAIL_SUFFIX}`));
      const linked = await db
        .select({ name: people.name, suggestion: people.leaderSuggestion, orgId: people.orgId })
        .from(people)
        .where(eq(people.userId, leader.id));
      expect(linked).toEqual([{ name: leader.name, suggestion: 'first_line', orgId: viborg.id }]);
      const others = await db.select({ n: sql<number>`count(*)::int` }).from(people).where(isNotNull(people.userId));
      expect(others[0].n).toBe(1);
    });
  });
});
