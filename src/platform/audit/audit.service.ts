import { and, desc, eq, gte, ilike, lt, or, type SQL, sql } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import type { DbOrTx } from '../db/client.js';
import { auditLog } from './audit.schema.js';

export interface AuditEvent {
  action: string;
  entityType?: string;
  entityId?: string;
  /** The organisation whose data was touched; defaults to the context's tenant. */
  orgId?: string | null;
  details?: Record<string, unknown>;
}

/** Appends one entry. Pass the transaction when the audited change is part of one, so both commit together. */
export async function recordAudit(ctx: AppContext, event: AuditEvent, db: DbOrTx = ctx.db): Promise<void> {
  await db.insert(auditLog).values({
    orgId: event.orgId === undefined ? (ctx.tenant?.orgId ?? null) : event.orgId,
    actorUserId: ctx.user?.id ?? null,
    actorEmail: ctx.user?.email ?? null,
    action: event.action,
    entityType: event.entityType ?? null,
    entityId: event.entityId ?? null,
    ip: ctx.ip,
    details: event.details ?? null,
  });
}

export interface AuditFilter {
  action?: string;
  actor?: string;
  entityType?: string;
  from?: Date;
  to?: Date;
  limit: number;
  /** Keyset cursor: the `at` and `id` of the last row of the previous page. */
  before?: { at: Date; id: string };
}

export interface AuditEntry {
  id: string;
  at: string;
  actorEmail: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  ip: string | null;
  details: Record<string, unknown> | null;
}

function conditions(orgId: string, filter: Omit<AuditFilter, 'limit' | 'before'>): SQL[] {
  const where: SQL[] = [eq(auditLog.orgId, orgId)];
  if (filter.action) where.push(eq(auditLog.action, filter.action));
  if (filter.entityType) where.push(eq(auditLog.entityType, filter.entityType));
  if (filter.actor) where.push(ilike(auditLog.actorEmail, `%${filter.actor.replace(/[%_\\]/g, '\\$&')}%`));
  if (filter.from) where.push(gte(auditLog.at, filter.from));
  if (filter.to) where.push(lt(auditLog.at, filter.to));
  return where;
}

/** The active organisation's audit log, newest first. */
export async function listAudit(ctx: AppContext, orgId: string, filter: AuditFilter): Promise<AuditEntry[]> {
  const where = conditions(orgId, filter);
  if (filter.before) {
    const { at, id } = filter.before;
    where.push(or(lt(auditLog.at, at), and(eq(auditLog.at, at), lt(auditLog.id, id)))!);
  }
  const rows = await ctx.db
    .select()
    .from(auditLog)
    .where(and(...where))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(filter.limit);
  return rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    actorEmail: r.actorEmail,
    action: r.action,
    entityType: r.entityType,
    entityId: r.entityId,
    ip: r.ip,
    details: r.details ?? null,
  }));
}

/** Distinct actions seen in the organisation's log, for the filter drop-down. */
export async function listAuditActions(ctx: AppContext, orgId: string): Promise<string[]> {
  const rows = await ctx.db
    .selectDistinct({ action: auditLog.action })
    .from(auditLog)
    .where(eq(auditLog.orgId, orgId))
    .orderBy(sql`1`);
  return rows.map((r) => r.action);
}
