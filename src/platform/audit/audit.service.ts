import { and, count, desc, eq, gte, ilike, lt, type SQL, sql } from 'drizzle-orm';
import { type AppContext, requireTenant } from '../context.js';
import type { DbOrTx } from '../db/client.js';
import { type AuditCursor, encodeCursor } from './audit.model.js';
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
  /** Part of the actor's e-mail, case-insensitive. */
  actor?: string;
  entityType?: string;
  from?: Date;
  /** Exclusive. */
  to?: Date;
}

export interface AuditPageRequest extends AuditFilter {
  limit: number;
  /** Keyset cursor: the last row of the previous page. */
  before?: AuditCursor;
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

export interface AuditPage {
  entries: AuditEntry[];
  nextCursor: string | null;
}

function conditions(orgId: string, filter: AuditFilter): SQL[] {
  const where: SQL[] = [eq(auditLog.orgId, orgId)];
  if (filter.action) where.push(eq(auditLog.action, filter.action));
  if (filter.entityType) where.push(eq(auditLog.entityType, filter.entityType));
  if (filter.actor) where.push(ilike(auditLog.actorEmail, `%${filter.actor.replace(/[%_\\]/g, '\\$&')}%`));
  if (filter.from) where.push(gte(auditLog.at, filter.from));
  if (filter.to) where.push(lt(auditLog.at, filter.to));
  return where;
}

// Microsecond text of `at` for the cursor: a JS Date would round to milliseconds and skip rows on the next page.
const cursorAt = sql<string>`to_char(${auditLog.at} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** Rows of one organisation, newest first, after the cursor; with each row's own cursor. */
export async function auditRows(db: DbOrTx, orgId: string, filter: AuditFilter, limit: number, before?: AuditCursor) {
  const where = conditions(orgId, filter);
  if (before) where.push(sql`(${auditLog.at}, ${auditLog.id}) < (${before.at}::timestamptz, ${before.id}::uuid)`);
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      cursorAt,
      actorEmail: auditLog.actorEmail,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      ip: auditLog.ip,
      details: auditLog.details,
    })
    .from(auditLog)
    .where(and(...where))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit);
}

/** One page of the active organisation's audit log, newest first. */
export async function listAudit(ctx: AppContext, request: AuditPageRequest): Promise<AuditPage> {
  const { orgId } = requireTenant(ctx);
  // One row more than asked tells whether there is a next page without a count.
  const rows = await auditRows(ctx.db, orgId, request, request.limit + 1, request.before);
  const page = rows.slice(0, request.limit);
  const last = page.at(-1);
  return {
    entries: page.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      actorEmail: r.actorEmail,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      ip: r.ip,
      details: r.details ?? null,
    })),
    nextCursor: rows.length > request.limit && last ? encodeCursor({ at: last.cursorAt, id: last.id }) : null,
  };
}

/** How many entries match: the export's progress counts against it. */
export async function countAudit(db: DbOrTx, orgId: string, filter: AuditFilter): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(auditLog)
    .where(and(...conditions(orgId, filter)));
  return Number(row?.n ?? 0);
}

/** Distinct actions seen in the active organisation's log, for the filter drop-down. */
export async function listAuditActions(ctx: AppContext): Promise<string[]> {
  const { orgId } = requireTenant(ctx);
  const rows = await ctx.db
    .selectDistinct({ action: auditLog.action })
    .from(auditLog)
    .where(eq(auditLog.orgId, orgId))
    .orderBy(auditLog.action);
  return rows.map((r) => r.action);
}
