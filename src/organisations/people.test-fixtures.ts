/**
 * Set-up shared by the people, tree and privacy database tests: organisations A and B with the fixture org chart
 * each, signed-in clients by role, and readers for the audit log and jobs.
 */
import { and, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Role } from '../platform/accounts/accounts.model.js';
import { memberships, organisations } from '../platform/accounts/accounts.schema.js';
import { createUser } from '../platform/accounts/users.service.js';
import { auditLog } from '../platform/audit/audit.schema.js';
import type { AppContext } from '../platform/context.js';
import { type ApiClient, signedInClient } from '../platform/testing/http-client.js';
import { createTestServices, type TestServices } from '../platform/testing/test-app.js';
import { buildApp } from '../server.js';
import { insertOrgChart, type OrgChartFixture } from './organisations.test-fixtures.js';

export const PASSWORD = 'people-test-password';
export type App = ReturnType<typeof buildApp>;

export interface PeopleTest {
  services: TestServices;
  app: App;
  a: OrgChartFixture;
  b: OrgChartFixture;
  hrA: ApiClient;
  adminA: ApiClient;
  hrB: ApiClient;
  /** A client of A with this role (a new user each call). */
  clientA(role: Role): Promise<ApiClient>;
  /** A service context of A's HR user. */
  ctxA: AppContext;
  hrAUserId: string;
}

let counter = 0;

export async function member(
  services: TestServices,
  app: App,
  orgId: string,
  role: Role,
): Promise<{ client: ApiClient; userId: string; email: string }> {
  counter++;
  const email = `${role}${counter}@${orgId.slice(0, 8)}.test`;
  const user = await createUser(services.ctx(), { email, name: `${role} ${counter}`, password: PASSWORD });
  await services.database.db.insert(memberships).values({ userId: user.id, orgId, role });
  return { client: await signedInClient(app, email, PASSWORD), userId: user.id, email };
}

/** Fresh database with A (Alfa Kommune) and B (Beta Kommune), each with the fixture chart. */
export async function startPeopleTest(options: { jobs?: boolean } = {}): Promise<PeopleTest> {
  const services = await createTestServices();
  const app = buildApp(services, { serveWeb: false });
  if (options.jobs) await services.jobs.start({ work: true });
  const db = services.database.db;
  const [orgA, orgB] = await db
    .insert(organisations)
    .values([
      { name: 'Alfa Kommune', kind: 'school' },
      { name: 'Beta Kommune', kind: 'school' },
    ])
    .returning({ id: organisations.id });
  const a = await insertOrgChart(db, orgA.id);
  const b = await insertOrgChart(db, orgB.id);
  const hr = await member(services, app, a.orgId, 'hr');
  const admin = await member(services, app, a.orgId, 'admin');
  const hrB = await member(services, app, b.orgId, 'hr');
  const ctxA = services.ctx({
    user: { id: hr.userId, email: hr.email, name: 'HR', locale: 'da', isPlatformAdmin: false },
    tenant: { orgId: a.orgId, role: 'hr' },
  });
  return {
    services,
    app,
    a,
    b,
    hrA: hr.client,
    adminA: admin.client,
    hrB: hrB.client,
    clientA: async (role) => (await member(services, app, a.orgId, role)).client,
    ctxA,
    hrAUserId: hr.userId,
  };
}

export function auditEntries(services: TestServices, orgId: string, action: string) {
  return services.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.orgId, orgId), eq(auditLog.action, action)));
}

export async function waitForJob(client: ApiClient, jobId: string) {
  const deadline = Date.now() + 25_000;
  for (;;) {
    const res = await client.get(`/api/v1/jobs/${jobId}`);
    expect(res.status).toBe(200);
    if (res.json.state === 'completed' || res.json.state === 'failed') return res.json;
    if (Date.now() > deadline) throw new Error(`job ${jobId} stuck in ${res.json.state}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}
