/**
 * The demo study's fieldwork: who is interviewed, who declines and who answers; the interviews already held
 * (historic demo records, see holdPastInterviews), the ones booked ahead through the personal links, and the
 * self-assessments answered through them.
 */
import { eq, inArray } from 'drizzle-orm';
import { orgUnits, people } from '../src/organisations/organisations.schema.js';
import type { DbOrTx } from '../src/platform/db/client.js';
import { bookSlot, freeSlots, setInterviewOutcome } from '../src/studies/booking.service.js';
import { giveConsent } from '../src/studies/participation.service.js';
import { type Availability, computeSlots } from '../src/studies/slots.model.js';
import { bookings, studyParticipants } from '../src/studies/studies.schema.js';
import { saveAnswers, submitSurvey } from '../src/studies/survey.service.js';
import { intBetween, type Random, shuffle } from './random.js';
import {
  availabilityAround,
  type Cast,
  DEMO_STUDY_PLAN,
  daysFrom,
  type Participant,
  STUDY_AREAS,
} from './seed-study-plan.js';
import type { StudyHistory } from './seed-study-timeline.js';
import { demoSurveyAnswers } from './study-answers.js';

/** The personal link of a participant (kept in memory from the invitation mail). */
export type LinkOf = (p: { id: string }) => string;

export type Outcome = 'done' | 'no_show' | 'ahead';

export interface Roles {
  interviews: { participant: Participant; outcome: Outcome }[];
  declines: Participant[];
  respondents: Participant[];
  unfinished: Participant[];
}

/**
 * Who does what. The draw itself is random (its seed is fresh each time, by design), but the strata and their draw
 * orders are not, so roles are dealt to positions (organisation, area, band, draw order) with a fixed seed: every
 * fresh demo has the same numbers per organisation, area and band. Interviews go round the municipalities.
 */
export function dealRoles(participants: readonly Participant[], orgOrder: readonly string[], random: Random): Roles {
  const position = (p: Participant) =>
    `${orgOrder.indexOf(p.orgId)}|${p.area}|${p.band}|${String(p.drawOrder).padStart(4, '0')}`;
  const sorted = [...participants].sort((a, b) => (position(a) < position(b) ? -1 : 1));
  const pool = shuffle(random, sorted);
  const take = (p: Participant) => pool.splice(pool.indexOf(p), 1)[0];
  const interviews: Roles['interviews'] = [];
  for (const area of STUDY_AREAS) {
    const { done, noShow, ahead } = DEMO_STUDY_PLAN.interviews[area];
    const outcomes: Outcome[] = [
      ...Array<Outcome>(done).fill('done'),
      ...Array<Outcome>(noShow).fill('no_show'),
      ...Array<Outcome>(ahead).fill('ahead'),
    ];
    for (let i = 0; i < outcomes.length; i++) {
      const orgId = orgOrder[i % orgOrder.length];
      const next = pool.find((p) => p.area === area && p.orgId === orgId) ?? pool.find((p) => p.area === area);
      if (!next) throw new Error(`Too few demo participants in ${area} for the interviews`);
      interviews.push({ participant: take(next), outcome: outcomes[i] });
    }
  }
  const declines = pool.splice(0, DEMO_STUDY_PLAN.declines);
  // One fewer: the replacement of the first decliner answers too.
  const respondents = pool.splice(0, DEMO_STUDY_PLAN.respondents - 1);
  const unfinished = pool.splice(0, DEMO_STUDY_PLAN.unfinished);
  return { interviews, declines, respondents, unfinished };
}

/** Grid places of the analyst's hours that lie in the past, spread evenly, for the interviews already held. */
function pastSlots(availability: Availability, now: Date, count: number): Date[] {
  const grid = computeSlots(availability, { now: new Date(0), booked: [] }).filter(
    (s) => s.end.getTime() < now.getTime() - 12 * 3_600_000,
  );
  if (grid.length < count) throw new Error('Too few past interview slots for the demo interviews');
  return Array.from({ length: count }, (_, i) => grid[Math.floor(((i + 0.5) * grid.length) / count)].start);
}

/**
 * Interviews before today, as historic demo records: the booking service refuses slots in the past, so each booking
 * is written directly on a grid place of the analyst's hours, after the leader consented through their link; the
 * analyst then records the outcome through the service, which sets the participant's status.
 */
export async function holdPastInterviews(
  cast: Cast,
  tx: DbOrTx,
  studyId: string,
  roles: Roles,
  token: LinkOf,
  history: StudyHistory,
): Promise<void> {
  // In the order dealt: the technical area first, then elderly care, which the seed project also brought in later.
  const past = roles.interviews.filter((i) => i.outcome !== 'ahead');
  const availability = availabilityAround(history.now);
  const starts = pastSlots(availability, history.now, past.length);
  const units = new Map(
    (
      await tx
        .select({ personId: people.id, unit: orgUnits.name })
        .from(people)
        .innerJoin(orgUnits, eq(orgUnits.id, people.unitId))
        .where(
          inArray(
            people.id,
            past.map((i) => i.participant.personId),
          ),
        )
    ).map((r) => [r.personId, r.unit]),
  );
  for (const [index, { participant, outcome }] of past.entries()) {
    await giveConsent(cast.leader, token(participant));
    // Most by video; some at the leader's workplace; a few by phone.
    const mode = index % 4 === 1 ? 'place' : index % 5 === 3 ? 'phone' : 'video';
    const location =
      mode === 'place'
        ? (units.get(participant.personId) ?? '')
        : mode === 'video'
          ? 'Microsoft Teams – linket står i kalenderinvitationen'
          : '';
    const startsAt = starts[index];
    const [booking] = await tx
      .insert(bookings)
      .values({
        studyId,
        participantId: participant.id,
        interviewerId: cast.analyst.user!.id,
        startsAt,
        endsAt: new Date(startsAt.getTime() + availability.slotMinutes * 60_000),
        mode,
        location,
      })
      .returning({ id: bookings.id });
    await tx
      .update(studyParticipants)
      .set({ status: 'booked', updatedAt: new Date() })
      .where(eq(studyParticipants.id, participant.id));
    await setInterviewOutcome(cast.analyst, studyId, booking.id, outcome === 'done' ? 'done' : 'no_show');
    history.held.push({ participantId: participant.id, bookingId: booking.id, startsAt });
  }
}

/** Interviews ahead, booked through the personal link like any leader books one, spread over the coming weeks. */
export async function bookInterviewsAhead(
  cast: Cast,
  roles: Roles,
  token: LinkOf,
  history: StudyHistory,
): Promise<void> {
  const ahead = roles.interviews.filter((i) => i.outcome === 'ahead');
  for (const [index, { participant }] of ahead.entries()) {
    await giveConsent(cast.leader, token(participant));
    const slots = await freeSlots(cast.leader, token(participant));
    const wanted = daysFrom(history.now, 1.5 + index * 2.5).toISOString();
    const slot = slots.find((s) => s.start >= wanted) ?? slots.at(-1);
    if (!slot) throw new Error('No free interview slot for the demo bookings');
    const booking = await bookSlot(cast.leader, token(participant), {
      interviewerId: slot.interviewerId,
      start: new Date(slot.start),
    });
    history.ahead.push({ participantId: participant.id, bookingId: booking.id });
  }
}

/** The self-assessment: everyone interviewed answers it after the interview, and so do most of the others. */
export async function answerSelfAssessments(
  cast: Cast,
  roles: Roles,
  token: LinkOf,
  random: Random,
  history: StudyHistory,
): Promise<void> {
  const interviewed = roles.interviews.filter((i) => i.outcome === 'done').map((i) => i.participant);
  for (const p of [...interviewed, ...roles.respondents]) {
    const answers = demoSurveyAnswers(random, { area: p.area, band: p.band });
    if (!interviewed.includes(p)) await giveConsent(cast.leader, token(p));
    await saveAnswers(cast.leader, token(p), answers);
    await submitSurvey(cast.leader, token(p));
    history.answered.push(p.id);
  }
  for (const p of roles.unfinished) {
    const answers = demoSurveyAnswers(random, { area: p.area, band: p.band });
    await giveConsent(cast.leader, token(p));
    await saveAnswers(cast.leader, token(p), answers.slice(0, intBetween(random, 2, 6)));
    history.unfinished.push(p.id);
  }
}
