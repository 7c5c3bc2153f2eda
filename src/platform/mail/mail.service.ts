import { and, desc, eq, ilike, isNull, or, type SQL } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.service.js';
import { type AppContext, requireTenant, requireUser, type Services } from '../context.js';
import type { DbOrTx } from '../db/client.js';
import { Problem } from '../http/problem.js';
import type { Jobs } from '../jobs/jobs.js';
import { outboxMessages } from './mail.schema.js';
import type { MailMessage } from './mailer.js';

export const MAIL_SEND_QUEUE = 'mail-send';
/** With pg-boss' exponential backoff from 5 s, eight retries cover about 20 minutes of SMTP downtime. */
export const MAIL_SEND_RETRIES = 8;
/** The outbox list shows the newest messages only; filters narrow it. */
export const OUTBOX_LIST_LIMIT = 200;

/**
 * Sends a mail the way the process is configured. Without SMTP it is written to the outbox (with `db`, so it can
 * commit with the caller's transaction). With SMTP it becomes a retried `mail-send` job, so a slow or unreachable
 * mail server never fails or delays the user's request; the job is queued at once, outside any transaction, so call
 * this after the transaction that decides the mail has committed. Returns the job id when one was queued.
 */
export async function sendMail(
  ctx: AppContext,
  message: MailMessage,
  db: DbOrTx = ctx.db,
): Promise<{ jobId: string | null }> {
  if (ctx.mail.transport === 'smtp') {
    const jobId = await ctx.jobs.enqueue(MAIL_SEND_QUEUE, message, {
      orgId: message.orgId ?? null,
      userId: ctx.user?.id ?? null,
    });
    return { jobId };
  }
  await ctx.mail.send(db, message);
  return { jobId: null };
}

/** The `mail-send` worker: delivers through the process' mailer; a thrown SMTP error makes pg-boss retry. */
export function defineMailJobs(jobs: Jobs, services: Services): void {
  jobs.define<MailMessage>(
    MAIL_SEND_QUEUE,
    async (run) => {
      await services.mail.send(services.database.db, run.data);
    },
    { retryLimit: MAIL_SEND_RETRIES },
  );
}

/** Mail the caller may see: the active organisation's, and for platform admins also platform mail (no org). */
function visibleTo(ctx: AppContext): SQL {
  const { orgId } = requireTenant(ctx);
  return ctx.user?.isPlatformAdmin
    ? or(eq(outboxMessages.orgId, orgId), isNull(outboxMessages.orgId))!
    : eq(outboxMessages.orgId, orgId);
}

export interface OutboxFilter {
  /** Part of the recipient address, case-insensitive. */
  to?: string;
  kind?: string;
}

export interface OutboxListItem {
  id: string;
  to: string;
  subject: string;
  kind: string;
  createdAt: string;
}

/** Newest first. Recipients are personal data, so the listing is audit-logged. */
export async function listOutbox(ctx: AppContext, filter: OutboxFilter): Promise<OutboxListItem[]> {
  const where: SQL[] = [visibleTo(ctx)];
  if (filter.to) where.push(ilike(outboxMessages.to, `%${filter.to.replace(/[%_\\]/g, '\\$&')}%`));
  if (filter.kind) where.push(eq(outboxMessages.kind, filter.kind));
  const rows = await ctx.db
    .select({
      id: outboxMessages.id,
      to: outboxMessages.to,
      subject: outboxMessages.subject,
      kind: outboxMessages.kind,
      createdAt: outboxMessages.createdAt,
    })
    .from(outboxMessages)
    .where(and(...where))
    .orderBy(desc(outboxMessages.createdAt), desc(outboxMessages.id))
    .limit(OUTBOX_LIST_LIMIT);
  await recordAudit(ctx, {
    action: 'outbox.listed',
    entityType: 'outbox',
    details: { to: filter.to ?? null, kind: filter.kind ?? null, count: rows.length },
  });
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

export interface OutboxMessage extends OutboxListItem {
  text: string;
  html: string | null;
  attachments: { filename: string; contentType: string }[];
}

/** One message with its body; 404 when the caller may not see it. The read is audit-logged. */
export async function getOutboxMessage(ctx: AppContext, id: string): Promise<OutboxMessage> {
  const [row] = await ctx.db
    .select()
    .from(outboxMessages)
    .where(and(eq(outboxMessages.id, id), visibleTo(ctx)));
  if (!row) throw new Problem(404, 'not_found');
  // Logged against the mail's own organisation: a platform admin reading a reset mail is a platform event.
  await recordAudit(ctx, { action: 'outbox.read', orgId: row.orgId, entityType: 'outbox_message', entityId: row.id });
  return {
    id: row.id,
    to: row.to,
    subject: row.subject,
    text: row.text,
    html: row.html,
    attachments: (row.attachments ?? []).map((a) => ({ filename: a.filename, contentType: a.contentType })),
    kind: row.kind,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Sends a test mail to the signed-in admin, in their language, to check the mail setup. */
export async function sendTestMail(ctx: AppContext): Promise<{ transport: 'smtp' | 'outbox'; jobId: string | null }> {
  const { orgId } = requireTenant(ctx);
  const user = requireUser(ctx);
  const { t } = ctx;
  const sent = await sendMail(ctx, {
    to: user.email,
    kind: 'test',
    orgId,
    subject: t('mail.test.subject'),
    text: `${t('mail.greeting', { name: user.name })}\n\n${t('mail.test.body', { name: user.name })}\n\n${t('mail.signature')}`,
  });
  await recordAudit(ctx, { action: 'mail.test_sent', entityType: 'user', entityId: user.id });
  return { transport: ctx.mail.transport, jobId: sent.jobId };
}
