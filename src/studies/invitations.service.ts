/**
 * Invitation and reminder mails with each participant's personal link: book an interview, or answer the short
 * self-assessment instead. A link is made when the invitation is sent; a reminder sends a fresh one (the old link
 * stops working, since only the newest hash is kept).
 */
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { people } from '../organisations/organisations.schema.js';
import { organisations } from '../platform/accounts/accounts.schema.js';
import { recordAudit } from '../platform/audit/audit.service.js';
import type { AppContext } from '../platform/context.js';
import type { DbOrTx } from '../platform/db/client.js';
import { sendMail } from '../platform/mail/mail.service.js';
import { newLink } from './participation-link.js';
import { studyParticipants, surveyResponses } from './studies.schema.js';
import { findRunnableStudy, type StudyRow } from './study-access.js';

export interface InvitationResult {
  sent: number;
  /** Pseudonyms of participants without an e-mail address in the org chart: HR must reach them another way. */
  withoutEmail: string[];
}

export const participationUrl = (baseUrl: string, token: string) => `${baseUrl}/deltag/${token}`;

async function runnerName(db: DbOrTx, study: StudyRow): Promise<string> {
  const [org] = await db
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, study.orgId));
  return org?.name ?? '';
}

async function mailParticipants(
  ctx: AppContext,
  studyId: string,
  kind: 'invitation' | 'reminder',
): Promise<InvitationResult> {
  return ctx.db.transaction(async (tx) => {
    const study = await findRunnableStudy(ctx, tx, studyId, 'invitations');
    const runner = await runnerName(tx, study);
    // Invitations go to the drawn; reminders to the invited who have neither booked nor answered.
    const statuses = kind === 'invitation' ? ['drawn'] : ['invited'];
    const rows = await tx
      .select({ participant: studyParticipants, name: people.name, email: people.email, pseudonym: people.pseudonym })
      .from(studyParticipants)
      .innerJoin(people, eq(people.id, studyParticipants.personId))
      .leftJoin(surveyResponses, eq(surveyResponses.participantId, studyParticipants.id))
      .where(
        and(
          eq(studyParticipants.studyId, study.id),
          inArray(studyParticipants.status, statuses),
          kind === 'reminder' ? isNull(surveyResponses.submittedAt) : undefined,
        ),
      )
      .for('update', { of: studyParticipants });
    const result: InvitationResult = { sent: 0, withoutEmail: [] };
    const now = new Date();
    for (const row of rows) {
      if (!row.email) {
        result.withoutEmail.push(row.pseudonym);
        continue;
      }
      const link = newLink(now);
      await tx
        .update(studyParticipants)
        .set({
          linkHash: link.hash,
          linkExpiresAt: link.expiresAt,
          status: 'invited',
          invitedAt: kind === 'invitation' ? now : sql`${studyParticipants.invitedAt}`,
          remindedAt: kind === 'reminder' ? now : null,
          updatedAt: now,
        })
        .where(eq(studyParticipants.id, row.participant.id));
      const params = {
        name: row.name,
        title: study.title,
        runner,
        purpose: study.purpose,
        link: participationUrl(ctx.config.baseUrl, link.token),
        contact: study.contactName ? `${study.contactName} (${study.contactEmail})` : study.contactEmail,
      };
      await sendMail(
        ctx,
        {
          to: row.email,
          subject: ctx.t(`mail.study_${kind}.subject`, params),
          text: `${ctx.t('mail.greeting', params)}\n\n${ctx.t(`mail.study_${kind}.body`, params)}\n\n${ctx.t('mail.signature')}`,
          kind: `study_${kind}`,
          orgId: study.orgId,
        },
        tx,
      );
      result.sent++;
    }
    await recordAudit(
      ctx,
      {
        action: `study.${kind}s_sent`,
        entityType: 'study',
        entityId: study.id,
        details: { sent: result.sent, withoutEmail: result.withoutEmail.length },
      },
      tx,
    );
    return result;
  });
}

export const sendInvitations = (ctx: AppContext, studyId: string) => mailParticipants(ctx, studyId, 'invitation');
export const sendReminders = (ctx: AppContext, studyId: string) => mailParticipants(ctx, studyId, 'reminder');
