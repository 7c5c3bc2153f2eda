import { and, eq } from 'drizzle-orm';
import type { Role } from '../accounts/accounts.model.js';
import { memberships, organisations, users } from '../accounts/accounts.schema.js';
import { type AppContext, requireTenant, requireUser, type Services, systemContext } from '../context.js';
import { CSV_BOM, CSV_CONTENT_TYPE, csvRow, formatCopenhagen } from '../files/csv.model.js';
import { EXPORT_TTL_MS } from '../files/files.model.js';
import { saveFile } from '../files/files.service.js';
import { isLocale, type Locale } from '../i18n/i18n.js';
import type { JobRun } from '../jobs/jobs.js';
import { AUDIT_EXPORT_PAGE, type AuditCursor, auditCsvCells, exportPercent } from './audit.model.js';
import { type AuditFilter, auditRows, countAudit, recordAudit } from './audit.service.js';

export const AUDIT_EXPORT_QUEUE = 'audit-export';

/** The filter travels as JSON in the job, so dates are ISO strings. */
export interface AuditExportPayload {
  filter: { action?: string; actor?: string; entityType?: string; from?: string; to?: string };
  /** The requester's language at the time of the request: header row and progress messages. */
  locale: Locale;
}

/** Queues an export of the active organisation's audit log; the request itself is audit-logged. */
export async function requestAuditExport(ctx: AppContext, filter: AuditFilter): Promise<{ jobId: string }> {
  const { orgId } = requireTenant(ctx);
  const user = requireUser(ctx);
  const payload: AuditExportPayload = {
    filter: {
      action: filter.action,
      actor: filter.actor,
      entityType: filter.entityType,
      from: filter.from?.toISOString(),
      to: filter.to?.toISOString(),
    },
    locale: ctx.locale,
  };
  const jobId = await ctx.jobs.enqueue(AUDIT_EXPORT_QUEUE, payload, { orgId, userId: user.id });
  await recordAudit(ctx, {
    action: 'audit.export_requested',
    entityType: 'job',
    entityId: jobId,
    details: { filter: payload.filter },
  });
  return { jobId };
}

/** The requester as they are now: a user who is no longer an admin of the organisation gets no export. */
async function requesterContext(services: Services, run: JobRun<AuditExportPayload>): Promise<AppContext> {
  if (!run.orgId || !run.userId) throw new Error('An audit export needs an organisation and a requester');
  const db = services.database.db;
  const [row] = await db
    .select({ user: users, role: memberships.role })
    .from(users)
    .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.orgId, run.orgId)))
    .where(eq(users.id, run.userId));
  if (row?.role !== 'admin' || row.user.disabledAt) {
    throw new Error('The requester is no longer an administrator of the organisation');
  }
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

function filterFromPayload(payload: AuditExportPayload['filter']): AuditFilter {
  return {
    action: payload.action,
    actor: payload.actor,
    entityType: payload.entityType,
    from: payload.from ? new Date(payload.from) : undefined,
    to: payload.to ? new Date(payload.to) : undefined,
  };
}

/**
 * The `audit-export` job: reads the log page by page (keyset, so new entries do not shift pages), writes a
 * spreadsheet-safe CSV, stores it as a file of the organisation and audit-logs the export.
 */
export async function runAuditExport(
  services: Services,
  run: JobRun<AuditExportPayload>,
): Promise<{ fileId: string; rows: number }> {
  const ctx = await requesterContext(services, run);
  const { orgId } = requireTenant(ctx);
  const filter = filterFromPayload(run.data.filter);
  const [org] = await ctx.db
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, orgId));
  if (!org) throw new Error('The organisation no longer exists');

  const total = await countAudit(ctx.db, orgId, filter);
  await run.progress(0, ctx.t('jobs.progress.audit_export', { done: 0, total }));
  const chunks: string[] = [CSV_BOM, csvRow(ctx.t('audit.csv_header').split(';'))];
  let done = 0;
  let before: AuditCursor | undefined;
  for (;;) {
    const rows = await auditRows(ctx.db, orgId, filter, AUDIT_EXPORT_PAGE, before);
    for (const row of rows) chunks.push(csvRow(auditCsvCells(org.name, row)));
    done += rows.length;
    await run.progress(exportPercent(done, total), ctx.t('jobs.progress.audit_export', { done, total }));
    const last = rows.at(-1);
    if (rows.length < AUDIT_EXPORT_PAGE || !last) break;
    before = { at: last.cursorAt, id: last.id };
  }

  const bytes = Buffer.from(chunks.join(''), 'utf8');
  const name = ctx.t('audit.export_filename', { date: formatCopenhagen(new Date()).slice(0, 10) });
  const file = await ctx.db.transaction(async (tx) => {
    const saved = await saveFile(
      ctx,
      { name, contentType: CSV_CONTENT_TYPE, bytes, expiresAt: new Date(Date.now() + EXPORT_TTL_MS) },
      tx,
    );
    await recordAudit(
      ctx,
      {
        action: 'audit.exported',
        entityType: 'file',
        entityId: saved.id,
        details: { rows: done, jobId: run.id, filter: run.data.filter },
      },
      tx,
    );
    return saved;
  });
  await run.progress(100, ctx.t('jobs.progress.audit_export_done', { count: done }));
  return { fileId: file.id, rows: done };
}
