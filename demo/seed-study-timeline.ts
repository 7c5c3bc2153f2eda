/**
 * The demo study's past, as historic demo records. The services stamp everything with the moment the seed runs, but
 * the story is a study set up six weeks ago, invitations out a month ago, interviews held over the last four weeks
 * and answers arriving since, most in the first days. This moves those timestamps back, consistently (consent before
 * the interview, the answer after it, the invitation mail when the invitation was sent). The audit log is left as it
 * is: it records truthfully when the demo data was loaded.
 */
import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../src/platform/db/client.js';
import { studyParticipants } from '../src/studies/studies.schema.js';
import type { Random } from './random.js';

export interface StudyHistory {
  studyId: string;
  now: Date;
  declined: string[];
  /** The participant drawn in place of the first decliner. */
  replacement: { participantId: string; replacedId: string } | null;
  /** Interviews held (or not turned up to) before today. */
  held: { participantId: string; bookingId: string; startsAt: Date }[];
  ahead: { participantId: string; bookingId: string }[];
  /** Submitted self-assessments. */
  answered: string[];
  /** Started, not submitted. */
  unfinished: string[];
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export async function backdateDemoStudy(tx: DbOrTx, history: StudyHistory, random: Random): Promise<void> {
  const now = history.now.getTime();
  const between = (from: number, to: number) => from + random() * (to - from);
  /** Hardly anyone answers at 3 a.m.: a night-time moment moves into the following day, unless that is the future. */
  const daytime = (t: number) => {
    const hour = new Date(t).getUTCHours();
    if (hour >= 5 && hour < 20) return t;
    const day = Math.floor(t / DAY) * DAY + (hour >= 20 ? DAY : 0);
    const moved = day + between(6, 19.5) * HOUR;
    return moved < now - HOUR ? moved : t;
  };
  const iso = (t: number) => new Date(t).toISOString();

  const createdAt = now - 45 * DAY;
  const drawnAt = now - 35 * DAY;
  const invitedAt = now - 31 * DAY;
  const participant = new Map<string, { created?: number; invited?: number; consent?: number; declined?: number }>();
  const entry = (id: string) => participant.get(id) ?? participant.set(id, {}).get(id)!;
  const everyone = await tx
    .select({ id: studyParticipants.id })
    .from(studyParticipants)
    .where(eq(studyParticipants.studyId, history.studyId));
  for (const { id } of everyone) {
    Object.assign(entry(id), { created: drawnAt, invited: invitedAt });
  }
  for (const id of history.declined) entry(id).declined = daytime(invitedAt + between(0.5, 6) * DAY);
  if (history.replacement) {
    const { participantId, replacedId } = history.replacement;
    const at = (participant.get(replacedId)?.declined ?? invitedAt) + DAY;
    Object.assign(entry(participantId), { created: at, invited: at + HOUR });
  }
  const invitedOf = (id: string) => participant.get(id)?.invited ?? invitedAt;

  const bookingTimes: { id: string; created_at: string; updated_at: string }[] = [];
  const heldAt = new Map<string, number>();
  for (const held of history.held) {
    const start = held.startsAt.getTime();
    const consent = Math.max(invitedOf(held.participantId) + 2 * HOUR, daytime(start - between(2, 6) * DAY));
    entry(held.participantId).consent = consent;
    heldAt.set(held.participantId, start);
    bookingTimes.push({
      id: held.bookingId,
      created_at: iso(consent + 5 * 60_000),
      updated_at: iso(start + 75 * 60_000),
    });
  }
  for (const ahead of history.ahead) {
    const consent = Math.max(invitedOf(ahead.participantId) + 2 * HOUR, daytime(now - between(1, 12) * DAY));
    entry(ahead.participantId).consent = consent;
    const booked = iso(consent + 3 * 60_000);
    bookingTimes.push({ id: ahead.bookingId, created_at: booked, updated_at: booked });
  }

  const responses: { participant_id: string; started_at: string; submitted_at: string | null; updated_at: string }[] =
    [];
  for (const id of history.answered) {
    const interview = heldAt.get(id);
    const earliest = invitedOf(id) + 2 * HOUR;
    // After the interview, within a few days; otherwise most soon after the invitation, a tail until now.
    const submitted = daytime(
      interview !== undefined
        ? Math.min(now - 2 * HOUR, interview + between(0.2, 3) * DAY)
        : earliest + (now - 3 * HOUR - earliest) * random() ** 1.7,
    );
    const started = submitted - between(6, 28) * 60_000;
    if (interview === undefined) entry(id).consent = started - 60_000;
    responses.push({
      participant_id: id,
      started_at: iso(started),
      submitted_at: iso(submitted),
      updated_at: iso(submitted),
    });
  }
  for (const id of history.unfinished) {
    const started = daytime(now - between(1, 8) * DAY);
    entry(id).consent = started - 60_000;
    responses.push({
      participant_id: id,
      started_at: iso(started),
      submitted_at: null,
      updated_at: iso(started + between(3, 9) * 60_000),
    });
  }

  const participantRows = [...participant].map(([id, t]) => ({
    id,
    created_at: t.created === undefined ? null : iso(t.created),
    invited_at: t.invited === undefined ? null : iso(t.invited),
    consent_at: t.consent === undefined ? null : iso(t.consent),
    declined_at: t.declined === undefined ? null : iso(t.declined),
  }));
  const { studyId } = history;
  await tx.execute(sql`update studies set created_at = ${iso(createdAt)} where id = ${studyId}`);
  await tx.execute(sql`
    update study_organisations set
      created_at = ${iso(createdAt + HOUR)}::timestamptz,
      responded_at = ${iso(createdAt + HOUR)}::timestamptz + (1 + random()) * interval '2 days'
    where study_id = ${studyId}`);
  await tx.execute(sql`
    update study_participants p set
      created_at = coalesce(r.created_at, p.created_at),
      invited_at = case when p.invited_at is null then null else coalesce(r.invited_at, p.invited_at) end,
      consent_at = case when p.consent_at is null then null else coalesce(r.consent_at, p.consent_at) end,
      declined_at = case when p.declined_at is null then null else coalesce(r.declined_at, p.declined_at) end
    from jsonb_to_recordset(${JSON.stringify(participantRows)}::jsonb)
      as r(id uuid, created_at timestamptz, invited_at timestamptz, consent_at timestamptz, declined_at timestamptz)
    where p.id = r.id`);
  await tx.execute(sql`
    update consents c set given_at = p.consent_at, created_at = p.consent_at
    from study_participants p
    where p.study_id = ${studyId} and p.consent_id = c.id`);
  await tx.execute(sql`
    update bookings b set created_at = r.created_at, updated_at = r.updated_at
    from jsonb_to_recordset(${JSON.stringify(bookingTimes)}::jsonb)
      as r(id uuid, created_at timestamptz, updated_at timestamptz)
    where b.id = r.id`);
  await tx.execute(sql`
    update survey_responses s set created_at = r.started_at, submitted_at = r.submitted_at, updated_at = r.updated_at
    from jsonb_to_recordset(${JSON.stringify(responses)}::jsonb)
      as r(participant_id uuid, started_at timestamptz, submitted_at timestamptz, updated_at timestamptz)
    where s.participant_id = r.participant_id`);
  await tx.execute(sql`
    update survey_answers a set updated_at = s.updated_at
    from survey_responses s
    where a.response_id = s.id and s.study_id = ${studyId}`);
  // The mails went out when the invitations and bookings were made.
  await tx.execute(sql`
    update outbox_messages o set created_at = p.invited_at
    from study_participants p join people pe on pe.id = p.person_id
    where p.study_id = ${studyId} and p.invited_at is not null and o.kind = 'study_invitation'
      and o.org_id = (select org_id from studies where id = ${studyId}) and o."to" = pe.email`);
  await tx.execute(sql`
    update outbox_messages o set created_at = b.created_at
    from bookings b join study_participants p on p.id = b.participant_id join people pe on pe.id = p.person_id
    where b.study_id = ${studyId} and o.kind = 'study_booking_confirmed'
      and o.org_id = (select org_id from studies where id = ${studyId}) and o."to" = pe.email`);
}
