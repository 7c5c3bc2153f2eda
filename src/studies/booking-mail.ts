/**
 * Booking mails with their calendar file: a confirmation (METHOD:REQUEST), the same UID with a higher SEQUENCE when
 * moved, a cancellation (METHOD:CANCEL), and the reminder the day before. Times are UTC in the file and shown in
 * Europe/Copenhagen in the text.
 */
import { and, eq, sql } from 'drizzle-orm';
import { people } from '../organisations/organisations.schema.js';
import type { AppContext } from '../platform/context.js';
import type { DbOrTx } from '../platform/db/client.js';
import { sendMail } from '../platform/mail/mail.service.js';
import { bookingIcs, type IcsMethod, icsMailPart } from './ics.model.js';
import type { ParticipantRow, StudyRow } from './participation-link.js';
import { formatSlotDa, formatSlotEn } from './slots.model.js';
import { bookings } from './studies.schema.js';

export type BookingRow = typeof bookings.$inferSelect;

/** Every change to a booking raises its calendar SEQUENCE, so calendars replace the older version. */
export const nextSequence = () => sql`${bookings.sequence} + 1`;

/** "Frontline <noreply@x>" → "noreply@x". */
const addressOf = (from: string) => /<([^>]+)>/.exec(from)?.[1] ?? from;

export type BookingMailKind = 'confirmed' | 'moved' | 'cancelled' | 'reminder';

export async function sendBookingMail(
  ctx: AppContext,
  db: DbOrTx,
  kind: BookingMailKind,
  booking: BookingRow,
  participant: ParticipantRow,
  study: StudyRow,
): Promise<void> {
  const [person] = await db
    .select({ name: people.name, email: people.email })
    .from(people)
    .where(eq(people.id, participant.personId));
  if (!person?.email) return;
  const when = ctx.locale === 'en' ? formatSlotEn(booking.startsAt) : formatSlotDa(booking.startsAt);
  const params = {
    name: person.name,
    title: study.title,
    when,
    minutes: Math.round((booking.endsAt.getTime() - booking.startsAt.getTime()) / 60_000),
    mode: ctx.t(`studies.modes.${booking.mode}`),
    location: booking.location || ctx.t(`studies.modes.${booking.mode}`),
    contact: study.contactName ? `${study.contactName} (${study.contactEmail})` : study.contactEmail,
  };
  const method: IcsMethod = kind === 'cancelled' ? 'CANCEL' : 'REQUEST';
  const ics = bookingIcs({
    uid: `booking-${booking.uid}@frontline`,
    sequence: booking.sequence,
    method,
    start: booking.startsAt,
    end: booking.endsAt,
    stamp: new Date(),
    summary: ctx.t('mail.study_booking.summary', params),
    description: ctx.t('mail.study_booking.description', params),
    location: params.location,
    organizer: { name: study.contactName || study.title, email: study.contactEmail || addressOf(ctx.config.mailFrom) },
    attendee: { name: person.name, email: person.email },
  });
  const part = icsMailPart(ics, method);
  await sendMail(
    ctx,
    {
      to: person.email,
      subject: ctx.t(`mail.study_booking.${kind}_subject`, params),
      text: `${ctx.t('mail.greeting', params)}\n\n${ctx.t(`mail.study_booking.${kind}_body`, params)}\n\n${ctx.t('mail.signature')}`,
      attachments: [{ filename: part.filename, contentType: part.contentType, content: part.content }],
      kind: `study_booking_${kind}`,
      orgId: study.orgId,
    },
    db,
  );
}

/** Cancels the participant's active booking, if any, and tells them in their calendar when it lies ahead. */
export async function cancelActiveBooking(
  ctx: AppContext,
  db: DbOrTx,
  participant: ParticipantRow,
  study: StudyRow,
): Promise<BookingRow | null> {
  const [booking] = await db
    .update(bookings)
    .set({ status: 'cancelled', sequence: nextSequence(), updatedAt: new Date() })
    .where(and(eq(bookings.participantId, participant.id), eq(bookings.status, 'booked')))
    .returning();
  if (!booking) return null;
  if (booking.startsAt > new Date()) await sendBookingMail(ctx, db, 'cancelled', booking, participant, study);
  return booking;
}
