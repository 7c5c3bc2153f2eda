/**
 * Interview booking: interviewers' availability, the free slots a participant's link shows, booking, moving and
 * cancelling, the interviewers' agenda and the outcome of each interview. A slot is never booked twice: the check
 * against availability and bookings runs in the transaction, and the unique index on (interviewer, start) among
 * active bookings decides when requests race.
 */
import { and, asc, eq, gte, inArray, lt, ne, sql } from 'drizzle-orm';
import { people } from '../organisations/organisations.schema.js';
import { organisations, users } from '../platform/accounts/accounts.schema.js';
import { recordAudit } from '../platform/audit/audit.service.js';
import type { AppContext } from '../platform/context.js';
import type { DbOrTx } from '../platform/db/client.js';
import { isUniqueViolation } from '../platform/db/errors.js';
import { Problem } from '../platform/http/problem.js';
import { type BookingRow, cancelActiveBooking, nextSequence, sendBookingMail } from './booking-mail.js';
import { findByLink, requireStep } from './participation-link.js';
import { type Availability, checkSlot, computeSlots, type Interval } from './slots.model.js';
import { bookings, interviewerAvailability, studies, studyParticipants, studyTeam } from './studies.schema.js';
import { findStudy, statusName } from './study-access.js';

export type InterviewMode = 'place' | 'video' | 'phone';

export interface AvailabilityInput {
  availability: Availability;
  mode: InterviewMode;
  location: string;
}

/** The caller's availability for a study they are on the team of. */
export async function setAvailability(ctx: AppContext, studyId: string, input: AvailabilityInput) {
  const { study, runner } = await findStudy(ctx, studyId);
  if (!runner || !ctx.user) throw new Problem(403, 'forbidden');
  if (study.status === 'closed') {
    throw new Problem(409, 'study_status_forbids', { status: statusName(ctx, study.status) });
  }
  const [member] = await ctx.db
    .select()
    .from(studyTeam)
    .where(and(eq(studyTeam.studyId, study.id), eq(studyTeam.userId, ctx.user.id)));
  if (!member) throw new Problem(403, 'study_team_only');
  try {
    // Lays the slots out once: a range or rule the slot maths cannot use is refused here, not when leaders look.
    computeSlots(input.availability, { now: new Date(), booked: [] });
  } catch (error) {
    if (error instanceof RangeError) throw new Problem(400, 'availability_invalid', { reason: error.message });
    throw error;
  }
  const values = {
    availability: input.availability,
    mode: input.mode,
    location: input.location.normalize('NFC').trim(),
  };
  await ctx.db
    .insert(interviewerAvailability)
    .values({ studyId: study.id, userId: ctx.user.id, ...values })
    .onConflictDoUpdate({
      target: [interviewerAvailability.studyId, interviewerAvailability.userId],
      set: { ...values, updatedAt: new Date() },
    });
  return listAvailability(ctx, studyId);
}

export async function listAvailability(ctx: AppContext, studyId: string) {
  const { study, runner } = await findStudy(ctx, studyId);
  if (!runner) throw new Problem(403, 'forbidden');
  const rows = await ctx.db
    .select({ row: interviewerAvailability, name: users.name })
    .from(interviewerAvailability)
    .innerJoin(users, eq(users.id, interviewerAvailability.userId))
    .where(eq(interviewerAvailability.studyId, study.id))
    .orderBy(asc(users.name));
  return rows.map((r) => ({
    userId: r.row.userId,
    name: r.name,
    availability: r.row.availability as Availability,
    mode: r.row.mode as InterviewMode,
    location: r.row.location,
  }));
}

async function bookedIntervals(db: DbOrTx, interviewerId: string, exceptParticipant?: string): Promise<Interval[]> {
  const rows = await db
    .select({ start: bookings.startsAt, end: bookings.endsAt })
    .from(bookings)
    .where(
      and(
        eq(bookings.interviewerId, interviewerId),
        eq(bookings.status, 'booked'),
        exceptParticipant ? ne(bookings.participantId, exceptParticipant) : undefined,
      ),
    );
  return rows;
}

export interface FreeSlot {
  interviewerId: string;
  interviewerName: string;
  start: string;
  end: string;
  mode: InterviewMode;
  location: string;
}

const MAX_SLOTS = 300;

/** Free slots of every interviewer of the study, soonest first. */
export async function freeSlots(ctx: AppContext, token: string): Promise<FreeSlot[]> {
  const found = await findByLink(ctx.db, token);
  requireStep(ctx, found, 'booking', { needsConsent: false });
  const interviewers = await ctx.db
    .select({ row: interviewerAvailability, name: users.name })
    .from(interviewerAvailability)
    .innerJoin(users, eq(users.id, interviewerAvailability.userId))
    .where(eq(interviewerAvailability.studyId, found.study.id));
  const now = new Date();
  const slots: FreeSlot[] = [];
  for (const { row, name } of interviewers) {
    const booked = await bookedIntervals(ctx.db, row.userId, found.participant.id);
    for (const slot of computeSlots(row.availability as Availability, { now, booked })) {
      slots.push({
        interviewerId: row.userId,
        interviewerName: name,
        start: slot.start.toISOString(),
        end: slot.end.toISOString(),
        mode: row.mode as InterviewMode,
        location: row.location,
      });
    }
  }
  return slots.sort((a, b) => a.start.localeCompare(b.start)).slice(0, MAX_SLOTS);
}

/**
 * Books (or moves) the participant's interview. Moving keeps the calendar UID and raises SEQUENCE. A slot taken in
 * the meantime answers 409 `slot_taken`, and nothing else changes.
 */
export async function bookSlot(
  ctx: AppContext,
  token: string,
  input: { interviewerId: string; start: Date },
): Promise<BookingRow> {
  try {
    return await ctx.db.transaction(async (tx) => {
      const found = await findByLink(tx, token, { forUpdate: true });
      requireStep(ctx, found, 'booking');
      const { participant, study } = found;
      const [row] = await tx
        .select()
        .from(interviewerAvailability)
        .where(
          and(eq(interviewerAvailability.studyId, study.id), eq(interviewerAvailability.userId, input.interviewerId)),
        );
      if (!row) throw new Problem(404, 'slot_unknown_interviewer');
      const availability = row.availability as Availability;
      const check = checkSlot(availability, input.start, {
        now: new Date(),
        booked: await bookedIntervals(tx, row.userId, participant.id),
      });
      if (!check.ok) throw new Problem(409, `slot_${check.reason}`);
      const end = new Date(input.start.getTime() + availability.slotMinutes * 60_000);
      const [current] = await tx
        .select()
        .from(bookings)
        .where(and(eq(bookings.participantId, participant.id), eq(bookings.status, 'booked')));
      let booking: BookingRow;
      if (current) {
        [booking] = await tx
          .update(bookings)
          .set({
            interviewerId: row.userId,
            startsAt: input.start,
            endsAt: end,
            mode: row.mode,
            location: row.location,
            sequence: nextSequence(),
            reminderSentAt: null,
            updatedAt: new Date(),
          })
          .where(eq(bookings.id, current.id))
          .returning();
      } else {
        [booking] = await tx
          .insert(bookings)
          .values({
            studyId: study.id,
            participantId: participant.id,
            interviewerId: row.userId,
            startsAt: input.start,
            endsAt: end,
            mode: row.mode,
            location: row.location,
          })
          .returning();
      }
      await tx
        .update(studyParticipants)
        .set({ status: 'booked', updatedAt: new Date() })
        .where(eq(studyParticipants.id, participant.id));
      await sendBookingMail(ctx, tx, current ? 'moved' : 'confirmed', booking, participant, study);
      await recordAudit(
        ctx,
        {
          action: current ? 'study.booking_moved' : 'study.booked',
          entityType: 'booking',
          entityId: booking.id,
          orgId: study.orgId,
        },
        tx,
      );
      return booking;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new Problem(409, 'slot_taken');
    throw error;
  }
}

export async function cancelBooking(ctx: AppContext, token: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const found = await findByLink(tx, token, { forUpdate: true });
    requireStep(ctx, found, 'booking');
    const cancelled = await cancelActiveBooking(ctx, tx, found.participant, found.study);
    if (!cancelled) throw new Problem(404, 'booking_none');
    await tx
      .update(studyParticipants)
      .set({ status: 'invited', updatedAt: new Date() })
      .where(and(eq(studyParticipants.id, found.participant.id), eq(studyParticipants.status, 'booked')));
  });
}

/** The team's agenda: every interview of the study in time order, by pseudonym. */
export async function agenda(ctx: AppContext, studyId: string, range: { from?: Date; to?: Date } = {}) {
  const { study, runner } = await findStudy(ctx, studyId);
  if (!runner) throw new Problem(403, 'forbidden');
  const rows = await ctx.db
    .select({
      booking: bookings,
      pseudonym: people.pseudonym,
      orgName: organisations.name,
      interviewerName: users.name,
    })
    .from(bookings)
    .innerJoin(studyParticipants, eq(studyParticipants.id, bookings.participantId))
    .innerJoin(people, eq(people.id, studyParticipants.personId))
    .innerJoin(organisations, eq(organisations.id, studyParticipants.orgId))
    .innerJoin(users, eq(users.id, bookings.interviewerId))
    .where(
      and(
        eq(bookings.studyId, study.id),
        inArray(bookings.status, ['booked', 'done', 'no_show']),
        range.from ? gte(bookings.startsAt, range.from) : undefined,
        range.to ? lt(bookings.startsAt, range.to) : undefined,
      ),
    )
    .orderBy(asc(bookings.startsAt));
  return rows.map((r) => ({
    id: r.booking.id,
    participantId: r.booking.participantId,
    pseudonym: r.pseudonym,
    orgName: r.orgName,
    interviewerId: r.booking.interviewerId,
    interviewerName: r.interviewerName,
    startsAt: r.booking.startsAt.toISOString(),
    endsAt: r.booking.endsAt.toISOString(),
    mode: r.booking.mode,
    location: r.booking.location,
    status: r.booking.status,
  }));
}

/** Marks an interview as held or as a no-show; the participant's status follows. */
export async function setInterviewOutcome(
  ctx: AppContext,
  studyId: string,
  bookingId: string,
  outcome: 'done' | 'no_show',
) {
  await ctx.db.transaction(async (tx) => {
    const { study, runner } = await findStudy(ctx, studyId, { db: tx });
    if (!runner) throw new Problem(403, 'forbidden');
    const [booking] = await tx
      .select()
      .from(bookings)
      .where(and(eq(bookings.id, bookingId), eq(bookings.studyId, study.id)))
      .for('update');
    if (!booking) throw new Problem(404, 'not_found');
    if (booking.status === 'cancelled') throw new Problem(409, 'booking_cancelled');
    if (booking.startsAt > new Date()) throw new Problem(409, 'booking_in_future');
    await tx.update(bookings).set({ status: outcome, updatedAt: new Date() }).where(eq(bookings.id, booking.id));
    await tx
      .update(studyParticipants)
      .set({ status: outcome === 'done' ? 'interviewed' : 'no_show', updatedAt: new Date() })
      .where(eq(studyParticipants.id, booking.participantId));
    await recordAudit(ctx, { action: `study.interview_${outcome}`, entityType: 'booking', entityId: booking.id }, tx);
  });
  return agenda(ctx, studyId);
}

/** Reminder mails for interviews that start in 23–25 hours and have had none; run by a job every 15 minutes. */
export async function sendBookingReminders(ctx: AppContext, now = new Date()): Promise<number> {
  const from = new Date(now.getTime() + 23 * 3_600_000);
  const to = new Date(now.getTime() + 25 * 3_600_000);
  let sent = 0;
  const due = await ctx.db
    .select({ id: bookings.id })
    .from(bookings)
    .where(
      and(
        eq(bookings.status, 'booked'),
        gte(bookings.startsAt, from),
        lt(bookings.startsAt, to),
        sql`${bookings.reminderSentAt} is null`,
      ),
    );
  for (const { id } of due) {
    await ctx.db.transaction(async (tx) => {
      // Claim the booking so two workers never remind twice.
      const [booking] = await tx
        .update(bookings)
        .set({ reminderSentAt: now })
        .where(and(eq(bookings.id, id), sql`${bookings.reminderSentAt} is null`, eq(bookings.status, 'booked')))
        .returning();
      if (!booking) return;
      const [row] = await tx
        .select({ participant: studyParticipants })
        .from(studyParticipants)
        .where(eq(studyParticipants.id, booking.participantId));
      const [study] = await tx.select().from(studies).where(eq(studies.id, booking.studyId));
      await sendBookingMail(ctx, tx, 'reminder', booking, row.participant, study);
      sent++;
    });
  }
  return sent;
}
