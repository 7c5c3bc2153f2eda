/**
 * The context a background job runs in: as the user who asked, in their organisation and language, and only while
 * that user still has one of the roles the work needs (a user removed or demoted since cannot act through a job).
 */
import { and, eq } from 'drizzle-orm';
import type { Role } from '../accounts/accounts.model.js';
import { memberships, users } from '../accounts/accounts.schema.js';
import { type AppContext, type Services, systemContext } from '../context.js';
import { isLocale } from '../i18n/i18n.js';
import type { JobRun } from './jobs.js';

export async function requesterContext(
  services: Services,
  run: JobRun<{ locale?: string }>,
  roles: readonly Role[],
  refusal: string,
): Promise<AppContext> {
  if (!run.orgId || !run.userId) throw new Error(`${refusal} (no organisation or requester)`);
  const [row] = await services.database.db
    .select({ user: users, role: memberships.role })
    .from(users)
    .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.orgId, run.orgId)))
    .where(eq(users.id, run.userId));
  if (!row || row.user.disabledAt || !roles.includes(row.role as Role)) throw new Error(refusal);
  const locale = isLocale(run.data.locale) ? run.data.locale : 'da';
  return systemContext(services, {
    user: {
      id: row.user.id,
      email: row.user.email,
      name: row.user.name,
      locale,
      isPlatformAdmin: row.user.isPlatformAdmin,
    },
    tenant: { orgId: run.orgId, role: row.role as Role },
    locale,
  });
}
