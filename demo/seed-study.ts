/**
 * The demo needs study "Praksisnær ledelse i det offentlige": Mercantec's analyst runs it across the three demo
 * municipalities, as the seed project did in 2013. Everything goes through the studies services the way the people
 * would do it: each municipality's HR confirms its first-line leaders in the technical area and elderly care and
 * accepts taking part; the analyst sets targets, draws, sends the invitations and offers interview times; leaders
 * decline, book and answer the self-assessment through their personal links. Two things the API rightly refuses are
 * written directly, as historic demo records: interviews held in the past (a past slot cannot be booked) and the
 * dates of what happened before today (seed-study-timeline.ts). Runs inside the demo seeding's transaction.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { NATIONAL_VERSION_ID } from '../src/frameworks/national-framework.sql.js';
import { listAreas } from '../src/organisations/areas.service.js';
import { decideLeaders, listLeaders } from '../src/organisations/leaders.service.js';
import type { Role } from '../src/platform/accounts/accounts.model.js';
import { type AppContext, type CurrentUser, type Services, systemContext } from '../src/platform/context.js';
import type { Db, DbOrTx } from '../src/platform/db/client.js';
import { outboxMessages } from '../src/platform/mail/mail.schema.js';
import { outboxMailer } from '../src/platform/mail/mailer.js';
import { setAvailability } from '../src/studies/booking.service.js';
import { sendInvitations } from '../src/studies/invitations.service.js';
import { declineParticipation } from '../src/studies/participation.service.js';
import { hashLink } from '../src/studies/participation-link.js';
import { parseStratumKey } from '../src/studies/sampling.model.js';
import { drawStudySample, replaceParticipant, setTargets } from '../src/studies/sampling.service.js';
import { studies, studyParticipants } from '../src/studies/studies.schema.js';
import {
  changeStudyStatus,
  createStudy,
  getStudy,
  inviteOrganisation,
  respondToStudy,
} from '../src/studies/studies.service.js';
import { demoUsers } from './demo.model.js';
import { seededRng } from './random.js';
import { seedDemoCoding } from './seed-coding.js';
import { answerSelfAssessments, bookInterviewsAhead, dealRoles, holdPastInterviews } from './seed-study-fieldwork.js';
import {
  ANALYST,
  availabilityAround,
  type Cast,
  DEMO_STUDY_PLAN,
  DEMO_STUDY_PURPOSE,
  DEMO_STUDY_TITLE,
  MUNICIPALITIES,
  type Participant,
  RUNNER,
  SECOND_CODER,
  SEED,
  STUDY_AREAS,
} from './seed-study-plan.js';
import { backdateDemoStudy, type StudyHistory } from './seed-study-timeline.js';

export interface DemoStudySummary {
  studyId: string;
  participantsByStatus: Record<string, number>;
  interviewsHeld: number;
  bookingsAhead: number;
  responsesSubmitted: number;
  transcripts: number;
  codings: number;
  ms: number;
}

function castOf(
  services: Services,
  tx: DbOrTx,
  orgIds: ReadonlyMap<string, string>,
  users: ReadonlyMap<string, CurrentUser>,
): Cast {
  const as = (user: CurrentUser | null, orgKey: string | null, role: Role | null): AppContext => ({
    ...systemContext(services, {
      user,
      tenant: orgKey && role ? { orgId: orgIds.get(orgKey)!, role } : null,
    }),
    // The services' own transactions become savepoints inside the demo seeding's.
    db: tx as Db,
    // The demo people are fictitious: their mail stays in the outbox even where SMTP is configured (an SMTP job queued
    // from inside this transaction would also outlive a rollback).
    mail: outboxMailer(),
  });
  const hr = (orgKey: string) => {
    // HR where the municipality has a demo HR login, else its admin.
    for (const role of ['hr', 'admin'] as const) {
      const user = demoUsers.find((u) => u.memberships.some((m) => m.org === orgKey && m.role === role));
      if (user) return as(users.get(user.email)!, orgKey, role);
    }
    throw new Error(`No demo HR or admin user for ${orgKey}`);
  };
  return { analyst: as(users.get(ANALYST)!, RUNNER, 'analyst'), hr, leader: as(null, null, null) };
}

/** HR's review after the import: the high-confidence suggestions in the two study areas confirmed as leaders. */
async function confirmFirstLineLeaders(ctx: AppContext): Promise<void> {
  const areas = await listAreas(ctx);
  for (const key of STUDY_AREAS) {
    const areaId = areas.find((a) => a.key === key)?.id;
    if (!areaId) throw new Error(`The demo organisation has no area ${key}`);
    const ids: string[] = [];
    for (let page = 1; ; page++) {
      const { items, total } = await listLeaders(ctx, { status: 'suggested', areaId, page, pageSize: 500 });
      ids.push(...items.filter((l) => l.confidence === 'high').map((l) => l.personId));
      if (page * 500 >= total) break;
    }
    await decideLeaders(ctx, { personIds: ids, decision: 'confirmed' });
  }
}

async function setUpStudy(cast: Cast, orgIds: ReadonlyMap<string, string>, now: Date): Promise<string> {
  const { analyst } = cast;
  const study = await createStudy(analyst, {
    title: DEMO_STUDY_TITLE,
    purpose: DEMO_STUDY_PURPOSE,
    frameworkVersionId: NATIONAL_VERSION_ID,
    answerMode: 'identified',
  });
  // The creator is the study's lead; the school's coordinator is no analyst and could not open the study, so the
  // team stays the analyst alone.
  for (const key of MUNICIPALITIES) {
    await inviteOrganisation(analyst, study.id, orgIds.get(key)!);
    await respondToStudy(cast.hr(key), study.id, true);
  }
  await setTargets(analyst, study.id, { total: DEMO_STUDY_PLAN.sample });
  await drawStudySample(analyst, study.id);
  await changeStudyStatus(analyst, study.id, 'recruiting');
  await setAvailability(analyst, study.id, {
    availability: availabilityAround(now),
    mode: 'video',
    location: 'Microsoft Teams – linket står i kalenderinvitationen',
  });
  return study.id;
}

/**
 * Sends the invitations to everyone drawn and not yet invited, and keeps each new personal link in memory. The link
 * is only in the mail (the database keeps its hash), so it is read back from the outbox, as the leader would read it
 * from their inbox; this keeps the seed on the real invitation code instead of a copy of it.
 */
async function invite(cast: Cast, tx: DbOrTx, studyId: string, links: Map<string, string>): Promise<void> {
  await sendInvitations(cast.analyst, studyId);
  const mails = await tx
    .select({ text: outboxMessages.text })
    .from(outboxMessages)
    .where(and(eq(outboxMessages.kind, 'study_invitation'), eq(outboxMessages.orgId, cast.analyst.tenant!.orgId)));
  const byHash = new Map<string, string>();
  for (const { text } of mails) {
    const token = /\/deltag\/([A-Za-z0-9_-]{43})/.exec(text)?.[1];
    if (token) byHash.set(hashLink(token), token);
  }
  const rows = await tx
    .select({ id: studyParticipants.id, linkHash: studyParticipants.linkHash })
    .from(studyParticipants)
    .where(and(eq(studyParticipants.studyId, studyId), inArray(studyParticipants.linkHash, [...byHash.keys()])));
  for (const row of rows) links.set(row.id, byHash.get(row.linkHash!)!);
}

async function participantsOf(tx: DbOrTx, studyId: string): Promise<Participant[]> {
  const rows = await tx
    .select({
      id: studyParticipants.id,
      orgId: studyParticipants.orgId,
      personId: studyParticipants.personId,
      stratumKey: studyParticipants.stratumKey,
      drawOrder: studyParticipants.drawOrder,
    })
    .from(studyParticipants)
    .where(eq(studyParticipants.studyId, studyId));
  return rows.map(({ stratumKey, ...row }) => {
    const parts = parseStratumKey(stratumKey);
    return { ...row, area: parts?.area ?? null, band: parts?.band ?? 'unknown' };
  });
}

export async function seedDemoStudy(
  services: Services,
  tx: DbOrTx,
  orgIds: ReadonlyMap<string, string>,
  users: ReadonlyMap<string, CurrentUser>,
): Promise<DemoStudySummary | null> {
  const started = performance.now();
  const now = new Date();
  const runnerId = orgIds.get(RUNNER)!;
  const [existing] = await tx
    .select({ id: studies.id })
    .from(studies)
    .where(and(eq(studies.orgId, runnerId), eq(studies.title, DEMO_STUDY_TITLE)));
  if (existing) return null;

  const cast = castOf(services, tx, orgIds, users);
  for (const key of MUNICIPALITIES) await confirmFirstLineLeaders(cast.hr(key));
  const studyId = await setUpStudy(cast, orgIds, now);
  const links = new Map<string, string>();
  await invite(cast, tx, studyId, links);
  const random = seededRng(SEED);
  const roles = dealRoles(
    await participantsOf(tx, studyId),
    MUNICIPALITIES.map((key) => orgIds.get(key)!),
    random,
  );
  const token = (p: { id: string }) => links.get(p.id)!;
  const history: StudyHistory = {
    studyId,
    now,
    declined: [],
    replacement: null,
    held: [],
    ahead: [],
    answered: [],
    unfinished: [],
  };

  // Some say no thanks; the analyst draws a replacement for the first of them, who is invited in turn.
  for (const p of roles.declines) {
    await declineParticipation(cast.leader, token(p));
    history.declined.push(p.id);
  }
  const { replacement } = await replaceParticipant(cast.analyst, studyId, roles.declines[0].id);
  if (replacement) {
    await invite(cast, tx, studyId, links);
    const [p] = (await participantsOf(tx, studyId)).filter((x) => x.id === replacement.id);
    roles.respondents.push(p);
    history.replacement = { participantId: p.id, replacedId: roles.declines[0].id };
  }

  await holdPastInterviews(cast, tx, studyId, roles, token, history);
  await bookInterviewsAhead(cast, roles, token, history);

  await answerSelfAssessments(cast, roles, token, random, history);
  await changeStudyStatus(cast.analyst, studyId, 'collecting');
  await backdateDemoStudy(tx, history, seededRng(SEED + 1));
  const interviewed = roles.interviews.filter((i) => i.outcome === 'done').map((i) => i.participant);
  const coding = await seedDemoCoding(cast, tx, studyId, interviewed, users.get(SECOND_CODER)!);

  const detail = await getStudy(cast.analyst, studyId);
  return {
    studyId,
    participantsByStatus: detail.participantsByStatus,
    interviewsHeld: history.held.length,
    bookingsAhead: history.ahead.length,
    responsesSubmitted: history.answered.length,
    transcripts: coding.transcripts,
    codings: coding.codings,
    ms: Math.round(performance.now() - started),
  };
}
