/**
 * Right of access (GDPR art. 15): everything the organisation holds about one person in Frontline, as JSON and as
 * a readable page. Both are audit-logged against the person.
 */
import { and, asc, eq, or, sql } from 'drizzle-orm';
import { organisations } from '../platform/accounts/accounts.schema.js';
import { auditLog } from '../platform/audit/audit.schema.js';
import { recordAudit } from '../platform/audit/audit.service.js';
import { type AppContext, requireTenant } from '../platform/context.js';
import { listConsentRows } from './consents.service.js';
import { copenhagenToday } from './people.model.js';
import { findPerson, leaderOf, personLinks, personPlace } from './people.service.js';

export interface AccessExport {
  exportedAt: string;
  organisation: { name: string };
  person: {
    id: string;
    pseudonym: string;
    employeeId: string;
    name: string;
    email: string | null;
    jobTitle: string | null;
    status: string;
    leftAt: string | null;
    managerEmployeeId: string | null;
    createdAt: string;
    updatedAt: string;
  };
  unit: { id: string; name: string; path: string[] } | null;
  area: { name: string; source: string } | null;
  manager: { name: string; pseudonym: string; jobTitle: string | null } | null;
  /** Their reports are other people's data: the count says what the org chart records about this person. */
  reportCount: number;
  leader: ReturnType<typeof leaderOf>;
  consents: Awaited<ReturnType<typeof listConsentRows>>;
  auditEntries: { at: string; action: string; actorEmail: string | null; details: Record<string, unknown> | null }[];
}

/** Collects the export and logs it as `person.access_exported` with the format. */
export async function exportPersonData(ctx: AppContext, id: string, format: 'json' | 'html'): Promise<AccessExport> {
  const { orgId } = requireTenant(ctx);
  const person = await findPerson(ctx, id);
  await recordAudit(ctx, {
    action: 'person.access_exported',
    entityType: 'person',
    entityId: person.id,
    details: { format },
  });
  const [[org], place, links, consents, audit] = await Promise.all([
    ctx.db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, orgId)),
    personPlace(ctx, person),
    personLinks(ctx, person),
    listConsentRows(ctx, person.id),
    ctx.db
      .select({ at: auditLog.at, action: auditLog.action, actorEmail: auditLog.actorEmail, details: auditLog.details })
      .from(auditLog)
      // Entries about them, and bulk entries that name their id among others (e.g. leader decisions).
      .where(
        and(
          eq(auditLog.orgId, orgId),
          or(eq(auditLog.entityId, person.id), sql`${auditLog.details}::text like ${`%${person.id}%`}`),
        ),
      )
      .orderBy(asc(auditLog.at), asc(auditLog.id)),
  ]);
  return {
    exportedAt: new Date().toISOString(),
    organisation: { name: org?.name ?? '' },
    person: {
      id: person.id,
      pseudonym: person.pseudonym,
      employeeId: person.employeeId,
      name: person.name,
      email: person.email,
      jobTitle: person.jobTitle,
      status: person.status,
      leftAt: person.leftAt?.toISOString() ?? null,
      managerEmployeeId: person.managerEmployeeId,
      createdAt: person.createdAt.toISOString(),
      updatedAt: person.updatedAt.toISOString(),
    },
    unit: place.unit,
    area: place.area,
    manager: links.manager
      ? { name: links.manager.name, pseudonym: links.manager.pseudonym, jobTitle: links.manager.jobTitle }
      : null,
    reportCount: links.reports.length,
    leader: leaderOf(person, copenhagenToday()),
    consents,
    auditEntries: audit.map((a) => ({
      at: a.at.toISOString(),
      action: a.action,
      actorEmail: a.actorEmail,
      details: a.details ?? null,
    })),
  };
}
