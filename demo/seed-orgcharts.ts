/**
 * The demo municipalities' org charts, loaded the way HR loads a real one: the generator writes the municipality's
 * HR export (CSV bytes), and the org-chart import stores, previews and applies it as the municipality's demo admin or
 * HR user, who then accepts the suggested areas (six units, one per area; everything below inherits). Runs inside the
 * demo seeding transaction, so the charts load with the rest of the demo set or not at all.
 */
import { and, eq, sql } from 'drizzle-orm';
import { suggestAreaOverrides } from '../src/organisations/areas.model.js';
import { listAreas, setUnitArea } from '../src/organisations/areas.service.js';
import { importOrgChartNow } from '../src/organisations/import-apply.service.js';
import { orgUnits, people } from '../src/organisations/organisations.schema.js';
import type { Role } from '../src/platform/accounts/accounts.model.js';
import { type AppContext, type CurrentUser, type Services, systemContext } from '../src/platform/context.js';
import type { Db, DbOrTx } from '../src/platform/db/client.js';
import { demoUsers } from './demo.model.js';
import { demoChartDate, demoOrgChartFile } from './orgchart-export.js';
import { DEMO_MUNICIPALITIES } from './orgchart-profiles.js';

export interface DemoChartSummary {
  orgKey: string;
  people: number;
  leadersSuggested: number;
  ms: number;
}

const IMPORT_ROLES: readonly Role[] = ['admin', 'hr'];

/** The demo login who imports a municipality's chart: its admin, else its HR. */
function importerOf(orgKey: string): { email: string; role: Role } {
  for (const role of IMPORT_ROLES) {
    const user = demoUsers.find((u) => u.memberships.some((m) => m.org === orgKey && m.role === role));
    if (user) return { email: user.email, role };
  }
  throw new Error(`No demo admin or HR user for ${orgKey}`);
}

export async function importDemoOrgCharts(
  services: Services,
  tx: DbOrTx,
  orgIds: ReadonlyMap<string, string>,
  users: ReadonlyMap<string, CurrentUser>,
  asOf = demoChartDate(),
): Promise<DemoChartSummary[]> {
  const summaries: DemoChartSummary[] = [];
  for (const profile of DEMO_MUNICIPALITIES) {
    const started = performance.now();
    const orgId = orgIds.get(profile.orgKey)!;
    const importer = importerOf(profile.orgKey);
    const ctx: AppContext = {
      ...systemContext(services, { user: users.get(importer.email)!, tenant: { orgId, role: importer.role } }),
      // The import's own transaction becomes a savepoint inside the demo seeding's.
      db: tx as Db,
    };
    const file = demoOrgChartFile(profile, asOf);
    const { result, preview } = await importOrgChartNow(ctx, {
      name: file.fileName,
      contentType: 'text/csv',
      bytes: file.bytes,
    });
    if (!result) {
      const codes = [...new Set(preview.problems.map((p) => p.code))].join(', ');
      throw new Error(`The demo org chart of ${profile.name} did not import: ${codes}`);
    }
    await assignSuggestedAreas(ctx);
    summaries.push({
      orgKey: profile.orgKey,
      people: result.added,
      leadersSuggested: result.leadersSuggested,
      ms: Math.round(performance.now() - started),
    });
  }
  await linkDemoLogins(tx, orgIds, users);
  return summaries;
}

/** What HR does after a first import: the default areas, set where the import suggests them. */
async function assignSuggestedAreas(ctx: AppContext): Promise<void> {
  const { orgId } = ctx.tenant!;
  const areas = new Map((await listAreas(ctx)).map((a) => [a.key, a.id]));
  const units = await ctx.db
    .select({ key: orgUnits.id, parentKey: orgUnits.parentId, name: orgUnits.name })
    .from(orgUnits)
    .where(eq(orgUnits.orgId, orgId));
  for (const [unitId, areaKey] of suggestAreaOverrides(units)) {
    await setUnitArea(ctx, unitId, { mode: 'set', areaId: areas.get(areaKey)! });
  }
}

/** A demo login who is also a person in their organisation's chart (the demo leader) is linked to that person. */
async function linkDemoLogins(
  tx: DbOrTx,
  orgIds: ReadonlyMap<string, string>,
  users: ReadonlyMap<string, CurrentUser>,
): Promise<void> {
  for (const demoUser of demoUsers) {
    const user = users.get(demoUser.email)!;
    for (const m of demoUser.memberships) {
      const orgId = orgIds.get(m.org)!;
      await tx
        .update(people)
        .set({ userId: user.id })
        .where(and(eq(people.orgId, orgId), sql`lower(${people.email}) = ${user.email.toLowerCase()}`));
    }
  }
}
