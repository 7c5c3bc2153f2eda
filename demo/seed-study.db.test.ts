import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NATIONAL_COMPETENCY_IDS } from '../src/frameworks/national-framework.data.js';
import { people } from '../src/organisations/organisations.schema.js';
import { organisations, users } from '../src/platform/accounts/accounts.schema.js';
import type { CurrentUser } from '../src/platform/context.js';
import type { DbOrTx } from '../src/platform/db/client.js';
import { outboxMessages } from '../src/platform/mail/mail.schema.js';
import { signedInClient } from '../src/platform/testing/http-client.js';
import { createTestServices, type TestServices } from '../src/platform/testing/test-app.js';
import { buildApp } from '../src/server.js';
import { parseStratumKey } from '../src/studies/sampling.model.js';
import {
  bookings,
  studies,
  studyOrganisations,
  studyParticipants,
  studyTeam,
  surveyAnswers,
  surveyResponses,
} from '../src/studies/studies.schema.js';
import { DEMO_PASSWORD } from './demo.model.js';
import { seedDemo } from './seed.js';
import { seedDemoStudy } from './seed-study.js';
import { DEMO_STUDY_PLAN, DEMO_STUDY_TITLE } from './seed-study-plan.js';
import { SEED_PROJECT_GAPS } from './study-answers.js';
import type { CompetencyName } from './study-comments.js';

let services: TestServices;
let studyId: string;
const db = () => services.database.db;
const plan = DEMO_STUDY_PLAN;
const AREAS = ['teknik-og-miljo', 'aeldre-og-sundhed'];
const sum = (f: (x: { done: number; noShow: number; ahead: number }) => number) =>
  Object.values(plan.interviews).reduce((n, x) => n + f(x), 0);

beforeAll(async () => {
  services = await createTestServices();
  expect(await seedDemo(services)).toBe(true);
  expect(await seedDemo(services)).toBe(false);
  const found = await db().select().from(studies).where(eq(studies.title, DEMO_STUDY_TITLE));
  expect(found).toHaveLength(1);
  studyId = found[0].id;
}, 120_000);
afterAll(() => services?.close());

const participants = () => db().select().from(studyParticipants).where(eq(studyParticipants.studyId, studyId));

describe('the demo study', () => {
  it('is run by the demo school, labelled demo data, across the three municipalities that accepted', async () => {
    const [study] = await db()
      .select({ study: studies, runner: organisations.name })
      .from(studies)
      .innerJoin(organisations, eq(organisations.id, studies.orgId))
      .where(eq(studies.id, studyId));
    expect(study.runner).toBe('Mercantec');
    expect(study.study.status).toBe('collecting');
    expect(study.study.purpose).toMatch(/Demodata/);
    expect(study.study.samplingSeed).toEqual(expect.any(String));
    const orgs = await db()
      .select({ name: organisations.name, status: studyOrganisations.status, isDemo: organisations.isDemo })
      .from(studyOrganisations)
      .innerJoin(organisations, eq(organisations.id, studyOrganisations.orgId))
      .where(eq(studyOrganisations.studyId, studyId));
    expect(orgs.map((o) => o.name).sort()).toEqual(['Norddjurs Kommune', 'Syddjurs Kommune', 'Viborg Kommune']);
    expect(orgs.every((o) => o.status === 'accepted' && o.isDemo)).toBe(true);
    const team = await db()
      .select({ email: users.email, role: studyTeam.role })
      .from(studyTeam)
      .innerJoin(users, eq(users.id, studyTeam.userId))
      .where(eq(studyTeam.studyId, studyId));
    expect(team).toEqual([{ email: 'analytiker@demo.frontline.dk', role: 'lead' }]);
  });

  it('sampled only confirmed first-line leaders of the technical area and elderly care, in proportion', async () => {
    const rows = await participants();
    const drawn = rows.filter((p) => p.replacesId === null);
    expect(drawn).toHaveLength(plan.sample);
    expect(rows).toHaveLength(plan.sample + 1);
    const confirmed = await db()
      .select({ id: people.id, decision: people.leaderDecision, confidence: people.leaderConfidence })
      .from(people)
      .where(
        inArray(
          people.id,
          rows.map((r) => r.personId),
        ),
      );
    expect(confirmed.every((p) => p.decision === 'confirmed' && p.confidence === 'high')).toBe(true);
    const areas = rows.map((r) => parseStratumKey(r.stratumKey)?.area);
    expect(new Set(areas)).toEqual(new Set(AREAS));
    // Elderly care is the larger area in every demo municipality, so it gets most of a proportional sample.
    const care = areas.filter((a) => a === 'aeldre-og-sundhed').length;
    expect(care / rows.length).toBeGreaterThan(0.6);
    const bands = new Set(rows.map((r) => parseStratumKey(r.stratumKey)?.band));
    expect(bands).toEqual(new Set(['new', 'experienced']));
  });

  it('has participants in every status of a study under way', async () => {
    const counts: Record<string, number> = {};
    for (const p of await participants()) counts[p.status] = (counts[p.status] ?? 0) + 1;
    expect(counts).toEqual({
      interviewed: sum((x) => x.done),
      no_show: sum((x) => x.noShow),
      booked: sum((x) => x.ahead),
      declined: plan.declines,
      surveyed: plan.respondents,
      // Not answered yet, four of them with a self-assessment started.
      invited: plan.sample + 1 - sum((x) => x.done + x.noShow + x.ahead) - plan.declines - plan.respondents,
    });
    expect(counts.interviewed).toBeGreaterThanOrEqual(20);
  });

  it('replaced one who declined with the next of the same stratum, who was invited in turn', async () => {
    const rows = await participants();
    const replacements = rows.filter((r) => r.replacesId !== null);
    expect(replacements).toHaveLength(1);
    const replaced = rows.find((r) => r.id === replacements[0].replacesId)!;
    expect(replaced.status).toBe('declined');
    expect(replacements[0]).toMatchObject({ stratumKey: replaced.stratumKey, orgId: replaced.orgId });
    expect(replacements[0].invitedAt!.getTime()).toBeGreaterThan(replaced.declinedAt!.getTime());
    expect(rows.filter((r) => r.status === 'declined').every((r) => r.declinedAt && r.invitedAt)).toBe(true);
  });

  it('held about twenty interviews in the last weeks and has some booked ahead, all in the analyst’s hours', async () => {
    const now = Date.now();
    const rows = await db().select().from(bookings).where(eq(bookings.studyId, studyId));
    const done = rows.filter((b) => b.status === 'done');
    const ahead = rows.filter((b) => b.status === 'booked');
    expect(done.length).toBeGreaterThanOrEqual(20);
    expect(rows.filter((b) => b.status === 'no_show')).toHaveLength(sum((x) => x.noShow));
    expect(ahead.length).toBeGreaterThanOrEqual(5);
    expect(rows).toHaveLength(sum((x) => x.done + x.noShow + x.ahead));
    for (const b of rows) {
      expect(b.startsAt.getTime() < now, b.status).toBe(b.status !== 'booked');
      expect(b.endsAt.getTime() - b.startsAt.getTime()).toBe(45 * 60_000);
      const local = new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Europe/Copenhagen',
        weekday: 'short',
        hour: '2-digit',
        minute: '2-digit',
      }).format(b.startsAt);
      expect(local).toMatch(/^(Mon|Tue|Wed|Thu|Fri) (09|10|11|12|13|14):00$/);
    }
    expect(Math.min(...rows.map((b) => b.startsAt.getTime()))).toBeGreaterThan(now - 29 * 86_400_000);
    expect(Math.max(...rows.map((b) => b.startsAt.getTime()))).toBeLessThan(now + 43 * 86_400_000);
    // Interviewees come from both areas; each gave consent before their interview.
    const byId = new Map((await participants()).map((p) => [p.id, p]));
    const areas = new Set(rows.map((b) => parseStratumKey(byId.get(b.participantId)!.stratumKey)?.area));
    expect(areas).toEqual(new Set(AREAS));
    for (const b of rows) expect(byId.get(b.participantId)!.consentAt!.getTime()).toBeLessThan(b.startsAt.getTime());
    // The bookings ahead were confirmed by mail with a calendar invitation.
    const confirmations = await db()
      .select()
      .from(outboxMessages)
      .where(eq(outboxMessages.kind, 'study_booking_confirmed'));
    expect(confirmations).toHaveLength(ahead.length);
    expect(confirmations.every((m) => m.attachments?.[0]?.contentType.startsWith('text/calendar'))).toBe(true);
  });

  it('has about 150 submitted self-assessments, every interviewee’s among them, answered after the interview', async () => {
    const responses = await db()
      .select({ response: surveyResponses, participant: studyParticipants })
      .from(surveyResponses)
      .innerJoin(studyParticipants, eq(studyParticipants.id, surveyResponses.participantId))
      .where(eq(surveyResponses.studyId, studyId));
    const submitted = responses.filter((r) => r.response.submittedAt !== null);
    expect(submitted).toHaveLength(sum((x) => x.done) + plan.respondents);
    expect(responses.length - submitted.length).toBe(plan.unfinished);
    const interviewed = (await participants()).filter((p) => p.status === 'interviewed');
    const answeredBy = new Map(submitted.map((r) => [r.participant.id, r.response]));
    const held = await db()
      .select()
      .from(bookings)
      .where(and(eq(bookings.studyId, studyId), eq(bookings.status, 'done')));
    for (const p of interviewed) {
      const booking = held.find((b) => b.participantId === p.id)!;
      expect(answeredBy.get(p.id)!.submittedAt!.getTime()).toBeGreaterThan(booking.endsAt.getTime());
    }
    const now = Date.now();
    for (const { response, participant } of responses) {
      expect(response.startedAt.getTime()).toBeGreaterThan(participant.invitedAt!.getTime());
      expect(response.startedAt.getTime()).toBeLessThan(now);
      if (response.submittedAt) expect(response.submittedAt.getTime()).toBeGreaterThan(response.startedAt.getTime());
    }
    // Answers spread over the weeks since the invitations, not all on the day the demo was loaded.
    const days = new Set(submitted.map((r) => r.response.submittedAt!.toISOString().slice(0, 10)));
    expect(days.size).toBeGreaterThan(15);
    const answers = await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(surveyAnswers)
      .innerJoin(surveyResponses, eq(surveyResponses.id, surveyAnswers.responseId))
      .where(and(eq(surveyResponses.studyId, studyId), isNotNull(surveyResponses.submittedAt)));
    expect(answers[0].n).toBe(submitted.length * Object.keys(NATIONAL_COMPETENCY_IDS).length);
  });

  it('shows the seed project’s gaps in the stored answers, with a comment here and there', async () => {
    const rows = await db()
      .select({
        item: surveyAnswers.itemIdentifier,
        gap: sql<number>`avg(${surveyAnswers.neededLevel} - ${surveyAnswers.currentLevel})::float`,
        comments: sql<number>`count(*) filter (where ${surveyAnswers.comment} <> '')::int`,
      })
      .from(surveyAnswers)
      .innerJoin(surveyResponses, eq(surveyResponses.id, surveyAnswers.responseId))
      .where(and(eq(surveyResponses.studyId, studyId), isNotNull(surveyResponses.submittedAt)))
      .groupBy(surveyAnswers.itemIdentifier);
    const named = new Set<string>(SEED_PROJECT_GAPS.map((n: CompetencyName) => NATIONAL_COMPETENCY_IDS[n]));
    const gapsOf = (inNamed: boolean) => rows.filter((r) => named.has(r.item) === inNamed).map((r) => r.gap);
    expect(Math.min(...gapsOf(true))).toBeGreaterThan(Math.max(...gapsOf(false)) + 0.3);
    const comments = rows.reduce((n, r) => n + r.comments, 0);
    expect(comments).toBeGreaterThan(40);
  });

  it('sent every invitation to the outbox with a personal link, at the demo addresses only', async () => {
    const [mercantec] = await db().select().from(organisations).where(eq(organisations.name, 'Mercantec'));
    const mails = await db()
      .select()
      .from(outboxMessages)
      .where(and(eq(outboxMessages.kind, 'study_invitation'), eq(outboxMessages.orgId, mercantec.id)));
    expect(mails).toHaveLength(plan.sample + 1);
    expect(mails.every((m) => /@[a-z]+\.demo\.frontline\.dk$/.test(m.to) || m.to.endsWith('@demo.frontline.dk'))).toBe(
      true,
    );
    expect(mails.every((m) => /\/deltag\/[A-Za-z0-9_-]{43}/.test(m.text))).toBe(true);
  });

  it('is there for the demo logins: the analyst runs it, Viborg’s HR sees only Viborg’s people', async () => {
    const app = buildApp(services, { serveWeb: false });
    const analyst = await signedInClient(app, 'analytiker@demo.frontline.dk', DEMO_PASSWORD);
    const [mercantec] = await db().select().from(organisations).where(eq(organisations.name, 'Mercantec'));
    await analyst.request('PUT', '/api/v1/session/organisation', { organisationId: mercantec.id });
    const detail = await analyst.get(`/api/v1/studies/${studyId}`);
    expect(detail.status, detail.text).toBe(200);
    expect(detail.json).toMatchObject({ canManage: true, status: 'collecting', title: DEMO_STUDY_TITLE });
    const agenda = await analyst.get(`/api/v1/studies/${studyId}/agenda`);
    expect(agenda.json).toHaveLength(sum((x) => x.done + x.noShow + x.ahead));

    const hr = await signedInClient(app, 'hr.viborg@demo.frontline.dk', DEMO_PASSWORD);
    const [viborg] = await db().select().from(organisations).where(eq(organisations.name, 'Viborg Kommune'));
    const own = await hr.get(`/api/v1/studies/${studyId}/participants`);
    expect(own.status, own.text).toBe(200);
    expect(own.json.length).toBeGreaterThan(20);
    expect(own.json.every((p: { orgId: string; name: string | null }) => p.orgId === viborg.id && p.name)).toBe(true);
  });

  it('is loaded once: the step does nothing when the study is already there', async () => {
    const before = (await participants()).length;
    const [mercantec] = await db().select().from(organisations).where(eq(organisations.name, 'Mercantec'));
    // The step checks for the study before it needs anyone: the runner's id is all it gets here.
    const ids = new Map([['mercantec', mercantec.id]]);
    const again = await db().transaction((tx: DbOrTx) =>
      seedDemoStudy(services, tx, ids, new Map<string, CurrentUser>()),
    );
    expect(again).toBeNull();
    expect(await db().select().from(studies)).toHaveLength(1);
    expect(await participants()).toHaveLength(before);
  });
});
