import { eq, sql } from 'drizzle-orm';
import { organisations } from '../src/platform/accounts/accounts.schema.js';
import { addMembership } from '../src/platform/accounts/members.service.js';
import { createOrganisation } from '../src/platform/accounts/organisations.service.js';
import { createUser } from '../src/platform/accounts/users.service.js';
import { type AppContext, type CurrentUser, type Services, systemContext } from '../src/platform/context.js';
import { DEMO_PASSWORD, demoOrganisations, demoUsers } from './demo.model.js';
import { importDemoOrgCharts } from './seed-orgcharts.js';
import { seedDemoStudy } from './seed-study.js';

/** Arbitrary but fixed: the advisory lock that lets one process at a time load the demo set. */
const DEMO_SEED_LOCK_ID = 7_391_024_512;

/** True once the demo organisations exist. */
export async function isDemoSeeded(services: Services): Promise<boolean> {
  const [row] = await services.database.db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.isDemo, true))
    .limit(1);
  return Boolean(row);
}

/**
 * Loads the demo data set in one transaction: all of it or nothing. The municipalities' org charts go through the
 * org-chart import as a real upload would. Returns false when it was already there.
 */
export async function seedDemo(services: Services): Promise<boolean> {
  if (await isDemoSeeded(services)) return false;
  const ctx: AppContext = systemContext(services);
  const started = performance.now();
  const seeded = await ctx.db.transaction(async (tx) => {
    // Several processes may start at once with SEED_DEMO=true: one loads the set, the others wait here and then find it.
    await tx.execute(sql`select pg_advisory_xact_lock(${DEMO_SEED_LOCK_ID})`);
    const [seeded] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.isDemo, true));
    if (seeded) return null;
    const ids = new Map<string, string>();
    for (const org of demoOrganisations) {
      const created = await createOrganisation(ctx, { ...org, isDemo: true }, tx);
      ids.set(org.key, created.id);
    }
    const users = new Map<string, CurrentUser>();
    for (const person of demoUsers) {
      const user = await createUser(
        ctx,
        { email: person.email, name: person.name, password: DEMO_PASSWORD, isPlatformAdmin: person.isPlatformAdmin },
        tx,
      );
      users.set(person.email, {
        id: user.id,
        email: user.email,
        name: user.name,
        locale: user.locale === 'en' ? 'en' : 'da',
        isPlatformAdmin: user.isPlatformAdmin,
      });
      for (const m of person.memberships) await addMembership(ctx, tx, user.id, ids.get(m.org)!, m.role);
    }
    const charts = await importDemoOrgCharts(services, tx, ids, users);
    const study = await seedDemoStudy(services, tx, ids, users);
    return { charts, study };
  });
  if (!seeded) return false;
  services.log.info('demo data set loaded', { ms: Math.round(performance.now() - started), charts: seeded.charts });
  if (seeded.study) services.log.info('demo study seeded', { ...seeded.study });
  return true;
}

export function demoLoginsText(): string {
  const width = Math.max(...demoUsers.map((u) => u.email.length));
  const lines = demoUsers.map((u) => `  ${u.email.padEnd(width)}  ${u.purpose}`);
  return `Demo logins (demo data, password "${DEMO_PASSWORD}" for all):\n${lines.join('\n')}\n`;
}
