/**
 * What a leader does through the personal link: see who runs the study, what is collected, why and for how long;
 * consent; decline; or withdraw, which removes their data from the study.
 */
import { and, eq } from 'drizzle-orm';
import { consents, people } from '../organisations/organisations.schema.js';
import { organisations } from '../platform/accounts/accounts.schema.js';
import { recordAudit } from '../platform/audit/audit.service.js';
import type { AppContext } from '../platform/context.js';
import type { DbOrTx } from '../platform/db/client.js';
import { Problem } from '../platform/http/problem.js';
import { cancelActiveBooking } from './booking-mail.js';
import { findByLink, type ParticipantRow, requireStep, resumeKey, type StudyRow } from './participation-link.js';
import { bookings, studyParticipants, surveyResponses } from './studies.schema.js';
import { assertChange, type StudyStatus } from './study-status.model.js';

export interface ParticipationView {
  study: {
    title: string;
    purpose: string;
    runnerName: string;
    contactName: string;
    contactEmail: string;
    retentionMonths: number;
    answerMode: 'identified' | 'anonymous';
    status: StudyStatus;
  };
  status: string;
  consentAt: string | null;
  booking: { id: string; startsAt: string; endsAt: string; mode: string; location: string; status: string } | null;
  survey: { startedAt: string; submittedAt: string | null } | null;
  canBook: boolean;
  canAnswer: boolean;
}

/** The consent covers the study as it was set up; settings are frozen once recruiting starts. */
const consentVersion = (study: StudyRow) => `${study.id}@${study.updatedAt.toISOString()}`;

async function surveyOf(db: DbOrTx, token: string, participant: ParticipantRow, study: StudyRow) {
  const [response] = await db
    .select({ startedAt: surveyResponses.startedAt, submittedAt: surveyResponses.submittedAt })
    .from(surveyResponses)
    .where(
      study.answerMode === 'anonymous'
        ? eq(surveyResponses.resumeHash, resumeKey(token))
        : eq(surveyResponses.participantId, participant.id),
    );
  return response
    ? { startedAt: response.startedAt.toISOString(), submittedAt: response.submittedAt?.toISOString() ?? null }
    : null;
}

export async function getParticipation(
  ctx: AppContext,
  token: string,
  db: DbOrTx = ctx.db,
): Promise<ParticipationView> {
  const { participant, study } = await findByLink(db, token);
  const [runner] = await db
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, study.orgId));
  const [booking] = await db
    .select()
    .from(bookings)
    .where(and(eq(bookings.participantId, participant.id), eq(bookings.status, 'booked')));
  const open = (change: 'booking' | 'survey_answers') =>
    assertChange(study.status as StudyStatus, change) === null && participant.status !== 'declined';
  return {
    study: {
      title: study.title,
      purpose: study.purpose,
      runnerName: runner?.name ?? '',
      contactName: study.contactName,
      contactEmail: study.contactEmail,
      retentionMonths: study.retentionMonths,
      answerMode: study.answerMode as 'identified' | 'anonymous',
      status: study.status as StudyStatus,
    },
    status: participant.status,
    consentAt: participant.consentAt?.toISOString() ?? null,
    booking: booking
      ? {
          id: booking.id,
          startsAt: booking.startsAt.toISOString(),
          endsAt: booking.endsAt.toISOString(),
          mode: booking.mode,
          location: booking.location,
          status: booking.status,
        }
      : null,
    survey: await surveyOf(db, token, participant, study),
    canBook: open('booking'),
    canAnswer: open('survey_answers'),
  };
}

/** Records consent once (a repeated click changes nothing), on the participant and as a consent on the person. */
export async function giveConsent(ctx: AppContext, token: string): Promise<ParticipationView> {
  await ctx.db.transaction(async (tx) => {
    const found = await findByLink(tx, token, { forUpdate: true });
    requireStep(ctx, found, 'survey_answers', { needsConsent: false });
    const { participant, study } = found;
    if (participant.consentAt) return;
    const [runner] = await tx
      .select({ name: organisations.name })
      .from(organisations)
      .where(eq(organisations.id, study.orgId));
    const now = new Date();
    const [consent] = await tx
      .insert(consents)
      .values({
        orgId: participant.orgId,
        personId: participant.personId,
        purpose: ctx.t('studies.consent_purpose', { title: study.title, runner: runner?.name ?? '' }),
        method: 'web_form',
        givenAt: now,
      })
      .returning({ id: consents.id });
    await tx
      .update(studyParticipants)
      .set({ consentAt: now, consentVersion: consentVersion(study), consentId: consent.id, updatedAt: now })
      .where(eq(studyParticipants.id, participant.id));
    await recordAudit(
      ctx,
      { action: 'study.consent_given', entityType: 'study', entityId: study.id, orgId: participant.orgId },
      tx,
    );
  });
  return getParticipation(ctx, token);
}

/** "I do not want to take part": before giving any data. With data given, withdrawing is the way out. */
export async function declineParticipation(ctx: AppContext, token: string): Promise<ParticipationView> {
  await ctx.db.transaction(async (tx) => {
    const { participant, study } = await findByLink(tx, token, { forUpdate: true });
    if (['interviewed', 'surveyed'].includes(participant.status)) throw new Problem(409, 'participation_has_data');
    if (participant.status === 'declined') return;
    await cancelActiveBooking(ctx, tx, participant, study);
    await tx
      .update(studyParticipants)
      .set({ status: 'declined', declinedAt: new Date(), updatedAt: new Date() })
      .where(eq(studyParticipants.id, participant.id));
    await recordAudit(ctx, { action: 'study.participation_declined', entityType: 'study', entityId: study.id }, tx);
  });
  return getParticipation(ctx, token);
}

/**
 * Withdraws from the study: the self-assessment and every booking are deleted (a future interview is cancelled in
 * the calendar first), the consent is marked withdrawn, and the link stops working. Only the fact that this person
 * was drawn remains, so they are not drawn again.
 */
export async function withdrawParticipation(ctx: AppContext, token: string): Promise<{ withdrawn: true }> {
  await ctx.db.transaction(async (tx) => {
    const { participant, study } = await findByLink(tx, token, { forUpdate: true });
    await cancelActiveBooking(ctx, tx, participant, study);
    await tx.delete(bookings).where(eq(bookings.participantId, participant.id));
    await tx.delete(surveyResponses).where(eq(surveyResponses.participantId, participant.id));
    await tx.delete(surveyResponses).where(eq(surveyResponses.resumeHash, resumeKey(token)));
    if (participant.consentId) {
      await tx.update(consents).set({ withdrawnAt: new Date() }).where(eq(consents.id, participant.consentId));
    }
    await tx
      .update(studyParticipants)
      .set({ status: 'withdrawn', declinedAt: new Date(), updatedAt: new Date() })
      .where(eq(studyParticipants.id, participant.id));
    await recordAudit(
      ctx,
      { action: 'study.participation_withdrawn', entityType: 'study', entityId: study.id, orgId: participant.orgId },
      tx,
    );
  });
  return { withdrawn: true };
}

/** The person behind a participant, for mails (name and address come from the org chart). */
export async function personOf(db: DbOrTx, participant: ParticipantRow) {
  const [person] = await db
    .select({ name: people.name, email: people.email })
    .from(people)
    .where(eq(people.id, participant.personId));
  return person;
}
