import { and, eq, ne } from 'drizzle-orm';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NATIONAL_VERSION_ID } from '../frameworks/national-framework.sql.js';
import { erasePerson } from '../organisations/erasure.service.js';
import { consents } from '../organisations/organisations.schema.js';
import { outboxMessages } from '../platform/mail/mail.schema.js';
import { anonymousClient } from '../platform/testing/http-client.js';
import { createTestServices, type TestServices } from '../platform/testing/test-app.js';
import { buildApp } from '../server.js';
import { sendBookingReminders } from './booking.service.js';
import { hashLink } from './participation-link.js';
import { bookings, studyParticipants, surveyResponses } from './studies.schema.js';
import { leadersChart, type Member, orgMember } from './studies.test-fixtures.js';

let services: TestServices;
let app: ReturnType<typeof buildApp>;
let school: Member;
let viborg: Member;
const visitor = () => anonymousClient(app);

const copenhagenDate = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(d);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

/** A recruiting study with `count` drawn and invited participants; returns their links. */
async function recruitingStudy(count: number, extra: Record<string, unknown> = {}) {
  const study = (
    await school.client.post('/api/v1/studies', {
      title: 'Feltarbejde',
      frameworkVersionId: NATIONAL_VERSION_ID,
      ...extra,
    })
  ).json;
  await school.client.request('PUT', `/api/v1/studies/${study.id}/organisations/${viborg.orgId}`);
  await viborg.client.request('PUT', `/api/v1/studies/${study.id}/participation`, { accept: true });
  await school.client.request('PUT', `/api/v1/studies/${study.id}/sampling/targets`, { total: count });
  expect((await school.client.post(`/api/v1/studies/${study.id}/sampling/draw`)).status).toBe(200);
  expect(
    (await school.client.request('PUT', `/api/v1/studies/${study.id}/status`, { status: 'recruiting' })).status,
  ).toBe(200);
  const now = new Date();
  const availability = await school.client.request('PUT', `/api/v1/studies/${study.id}/availability`, {
    availability: {
      weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '15:00' })),
      exceptions: [{ date: '2027-10-31', start: '01:00', end: '04:00' }],
      slotMinutes: 30,
      bufferMinutes: 10,
      fromDate: copenhagenDate(addDays(now, 1)),
      toDate: '2027-11-05',
    },
    mode: 'video',
    location: 'Teams',
  });
  expect(availability.status, availability.text).toBe(200);
  const sent = await school.client.post(`/api/v1/studies/${study.id}/invitations`);
  expect(sent.status, sent.text).toBe(200);
  expect(sent.json.sent).toBe(count);
  const mails = await services.database.db
    .select()
    .from(outboxMessages)
    .where(eq(outboxMessages.kind, 'study_invitation'));
  const links = mails
    .map((m) => /\/deltag\/([A-Za-z0-9_-]{43})/.exec(m.text)?.[1] as string)
    .filter((token) => token !== undefined);
  const ours = [];
  for (const token of links) {
    const [row] = await services.database.db
      .select()
      .from(studyParticipants)
      .where(and(eq(studyParticipants.linkHash, hashLink(token)), eq(studyParticipants.studyId, study.id)));
    if (row) ours.push(token);
  }
  expect(ours).toHaveLength(count);
  return { studyId: study.id as string, links: ours };
}

async function consentAndSlots(token: string) {
  expect((await visitor().post(`/api/v1/participation/${token}/consent`)).status).toBe(200);
  const slots = await visitor().get(`/api/v1/participation/${token}/slots`);
  expect(slots.status, slots.text).toBe(200);
  return slots.json as { interviewerId: string; start: string; end: string }[];
}

const calendarOf = async (to: string, kind: string) => {
  const [mail] = await services.database.db
    .select()
    .from(outboxMessages)
    .where(and(eq(outboxMessages.to, to), eq(outboxMessages.kind, kind)));
  const part = mail?.attachments?.find((a) => a.contentType.startsWith('text/calendar'));
  expect(part, `${kind} mail to ${to}`).toBeDefined();
  const component = new ICAL.Component(ICAL.parse(part?.content as string));
  const event = component.getFirstSubcomponent('vevent') as ICAL.Component;
  return {
    contentType: part?.contentType,
    method: component.getFirstPropertyValue('method'),
    uid: event.getFirstPropertyValue('uid'),
    sequence: event.getFirstPropertyValue('sequence'),
    start: (event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString(),
    status: event.getFirstPropertyValue('status'),
  };
};

beforeAll(async () => {
  services = await createTestServices();
  app = buildApp(services, { serveWeb: false });
  school = await orgMember(services, app, 'skole', 'school', 'analyst');
  viborg = await orgMember(services, app, 'viborg', 'municipality', 'hr');
  await leadersChart(services, viborg.orgId, 210);
});
afterAll(() => services?.close());

describe('the personal link', () => {
  it('shows the study and refuses forged, expired and unconsented use', async () => {
    const { links } = await recruitingStudy(2);
    const view = await visitor().get(`/api/v1/participation/${links[0]}`);
    expect(view.status, view.text).toBe(200);
    expect(view.json).toMatchObject({ status: 'invited', consentAt: null, canBook: true, canAnswer: true });
    expect(view.json.study).toMatchObject({ title: 'Feltarbejde', runnerName: 'skole Skole', retentionMonths: 24 });

    const forged = await visitor().get(`/api/v1/participation/${'A'.repeat(43)}`);
    expect({ status: forged.status, code: forged.json.code }).toEqual({ status: 404, code: 'link_invalid' });
    expect((await visitor().get('/api/v1/participation/x')).status).toBe(404);

    const noConsent = await visitor().request('PUT', `/api/v1/participation/${links[0]}/booking`, {
      interviewerId: school.userId,
      start: new Date().toISOString(),
    });
    expect({ status: noConsent.status, code: noConsent.json.code }).toEqual({ status: 409, code: 'consent_required' });

    await services.database.db
      .update(studyParticipants)
      .set({ linkExpiresAt: new Date(Date.now() - 1000) })
      .where(eq(studyParticipants.linkHash, hashLink(links[1])));
    const expired = await visitor().get(`/api/v1/participation/${links[1]}`);
    expect({ status: expired.status, code: expired.json.code }).toEqual({ status: 410, code: 'link_expired' });
  });

  it('records consent once, on the participant and as a consent on the person', async () => {
    const { links } = await recruitingStudy(1);
    await visitor().post(`/api/v1/participation/${links[0]}/consent`);
    await visitor().post(`/api/v1/participation/${links[0]}/consent`);
    const [participant] = await services.database.db
      .select()
      .from(studyParticipants)
      .where(eq(studyParticipants.linkHash, hashLink(links[0])));
    expect(participant.consentAt).not.toBeNull();
    const records = await services.database.db
      .select()
      .from(consents)
      .where(eq(consents.personId, participant.personId));
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ method: 'web_form', withdrawnAt: null, id: participant.consentId });
    expect(records[0].purpose).toContain('Feltarbejde');
  });
});

describe('booking', () => {
  it('books, moves and cancels with one calendar UID and a rising SEQUENCE, times right in Copenhagen', async () => {
    const { studyId, links } = await recruitingStudy(1);
    const slots = await consentAndSlots(links[0]);
    expect(slots.length).toBeGreaterThan(10);
    const booked = await visitor().request('PUT', `/api/v1/participation/${links[0]}/booking`, {
      interviewerId: slots[0].interviewerId,
      start: slots[0].start,
    });
    expect(booked.status, booked.text).toBe(200);
    expect(booked.json).toMatchObject({ startsAt: slots[0].start, sequence: 0, status: 'booked' });
    const [mail] = await services.database.db
      .select()
      .from(outboxMessages)
      .where(eq(outboxMessages.kind, 'study_booking_confirmed'));
    const first = await calendarOf(mail.to, 'study_booking_confirmed');
    expect(first).toMatchObject({ method: 'REQUEST', sequence: 0, start: slots[0].start, status: 'CONFIRMED' });
    expect(first.contentType).toBe('text/calendar; charset=utf-8; method=REQUEST');
    // 09:00 local on a weekday: 08:00Z in winter, 07:00Z in summer.
    const local = new Intl.DateTimeFormat('da-DK', {
      timeZone: 'Europe/Copenhagen',
      hour: '2-digit',
      minute: '2-digit',
    });
    expect(Number(local.format(new Date(first.start)).slice(0, 2))).toBeGreaterThanOrEqual(9);

    const moved = await visitor().request('PUT', `/api/v1/participation/${links[0]}/booking`, {
      interviewerId: slots[3].interviewerId,
      start: slots[3].start,
    });
    expect(moved.json).toMatchObject({ id: booked.json.id, startsAt: slots[3].start, sequence: 1 });
    const second = await calendarOf(mail.to, 'study_booking_moved');
    expect(second).toMatchObject({ method: 'REQUEST', uid: first.uid, sequence: 1, start: slots[3].start });

    expect((await visitor().request('DELETE', `/api/v1/participation/${links[0]}/booking`)).status).toBe(204);
    const third = await calendarOf(mail.to, 'study_booking_cancelled');
    expect(third).toMatchObject({ method: 'CANCEL', uid: first.uid, sequence: 2, status: 'CANCELLED' });

    const agenda = (await school.client.get(`/api/v1/studies/${studyId}/agenda`)).json;
    expect(agenda).toEqual([]);
  });

  it('refuses a slot in the past, off the grid, and at 02:30 on the night the clocks go back', async () => {
    const { links } = await recruitingStudy(1);
    const slots = await consentAndSlots(links[0]);
    const book = (start: string) =>
      visitor().request('PUT', `/api/v1/participation/${links[0]}/booking`, {
        interviewerId: slots[0].interviewerId,
        start,
      });
    const codes = async (start: string) => (await book(start)).json.code;
    expect(await codes('2020-01-06T08:00:00Z')).toBe('slot_in_past');
    expect(await codes(new Date(new Date(slots[0].start).getTime() + 7 * 60_000).toISOString())).toBe(
      'slot_not_on_grid',
    );
    // 2027-10-31 02:30 in Copenhagen happens twice: 00:30Z (summer time) and 01:30Z (winter time).
    expect(await codes('2027-10-31T00:30:00Z')).toBe('slot_clock_change');
    expect(await codes('2027-10-31T01:30:00Z')).toBe('slot_clock_change');
    const rows = await services.database.db.select().from(bookings);
    expect(rows.filter((b) => b.startsAt.toISOString().startsWith('2027-10-31'))).toEqual([]);
  });

  it('gives one slot to exactly one of 200 concurrent requests; the rest are told to pick another', async () => {
    const { studyId, links } = await recruitingStudy(200);
    for (const token of links) await visitor().post(`/api/v1/participation/${token}/consent`);
    const [slot] = (await visitor().get(`/api/v1/participation/${links[0]}/slots`)).json;
    const answers = await Promise.all(
      links.map((token) =>
        visitor().request('PUT', `/api/v1/participation/${token}/booking`, {
          interviewerId: slot.interviewerId,
          start: slot.start,
        }),
      ),
    );
    const ok = answers.filter((a) => a.status === 200);
    const taken = answers.filter((a) => a.status === 409);
    expect(ok).toHaveLength(1);
    expect(taken).toHaveLength(199);
    for (const a of taken) expect(a.json.code).toBe('slot_taken');
    expect(taken[0].json.detail).toMatch(/Vælg et andet/);
    const rows = await services.database.db.select().from(bookings).where(eq(bookings.studyId, studyId));
    expect(rows.filter((b) => b.status === 'booked')).toHaveLength(1);
  });

  it('reminds once, about 24 hours ahead, and lets the team mark the interview held', async () => {
    const { studyId, links } = await recruitingStudy(1);
    const slots = await consentAndSlots(links[0]);
    const booked = await visitor().request('PUT', `/api/v1/participation/${links[0]}/booking`, {
      interviewerId: slots[0].interviewerId,
      start: slots[0].start,
    });
    // Only this booking is due: earlier tests' bookings are set aside.
    await services.database.db.update(bookings).set({ status: 'cancelled' }).where(ne(bookings.id, booked.json.id));
    const dayBefore = new Date(new Date(booked.json.startsAt).getTime() - 24 * 3_600_000);
    const ctx = services.ctx();
    expect(await sendBookingReminders(ctx, new Date(dayBefore.getTime() - 3 * 3_600_000))).toBe(0);
    expect(await sendBookingReminders(ctx, dayBefore)).toBe(1);
    expect(await sendBookingReminders(ctx, dayBefore)).toBe(0);

    const early = await school.client.request('PUT', `/api/v1/studies/${studyId}/bookings/${booked.json.id}/outcome`, {
      outcome: 'done',
    });
    expect({ status: early.status, code: early.json.code }).toEqual({ status: 409, code: 'booking_in_future' });
    await services.database.db
      .update(bookings)
      .set({ startsAt: new Date(Date.now() - 3_600_000), endsAt: new Date(Date.now() - 1_800_000) })
      .where(eq(bookings.id, booked.json.id));
    const done = await school.client.request('PUT', `/api/v1/studies/${studyId}/bookings/${booked.json.id}/outcome`, {
      outcome: 'done',
    });
    expect(done.status, done.text).toBe(200);
    expect(done.json[0]).toMatchObject({ status: 'done', pseudonym: expect.stringMatching(/^L-\d{4}$/) });
    const participants = (await school.client.get(`/api/v1/studies/${studyId}/participants`)).json;
    expect(participants[0].status).toBe('interviewed');
  });
});

describe('the self-assessment', () => {
  it('saves as it goes, refuses answers off the scale whole, resumes, and submits once', async () => {
    const { links } = await recruitingStudy(1);
    const token = links[0];
    expect((await visitor().get(`/api/v1/participation/${token}/survey`)).json.code).toBe('consent_required');
    await visitor().post(`/api/v1/participation/${token}/consent`);
    const survey = (await visitor().get(`/api/v1/participation/${token}/survey`)).json;
    expect(survey.pages).toHaveLength(4);
    expect(survey.progress).toMatchObject({ answered: 0, total: 10, nextPageIndex: 0 });
    const [a, b] = survey.pages[0].competencies.map((c: { identifier: string }) => c.identifier);
    const answer = (itemIdentifier: string, currentLevel: number) => ({
      itemIdentifier,
      currentLevel,
      neededLevel: 4,
      importance: 3,
      comment: 'Økonomien fylder',
    });

    const bad = await visitor().request('PUT', `/api/v1/participation/${token}/survey/answers`, {
      answers: [answer(a, 2), answer(b, 9)],
    });
    expect(bad.status).toBe(400);
    expect(bad.json.errors).toEqual([{ path: 'answers[1].currentLevel', message: expect.stringContaining('1–5') }]);
    expect((await visitor().get(`/api/v1/participation/${token}/survey`)).json.answers).toEqual([]);

    for (let i = 0; i < 2; i++) {
      const saved = await visitor().request('PUT', `/api/v1/participation/${token}/survey/answers`, {
        answers: [answer(a, 2), answer(b, 3)],
      });
      expect(saved.status, saved.text).toBe(200);
    }
    const resumed = (await visitor().get(`/api/v1/participation/${token}/survey`)).json;
    expect(resumed.answers).toHaveLength(2);
    expect(resumed.progress).toMatchObject({ answered: 2, total: 10 });

    const submitted = await visitor().post(`/api/v1/participation/${token}/survey/submit`);
    expect(submitted.json.submittedAt).not.toBeNull();
    const again = await visitor().post(`/api/v1/participation/${token}/survey/submit`);
    expect(again.json.submittedAt).toBe(submitted.json.submittedAt);
    const late = await visitor().request('PUT', `/api/v1/participation/${token}/survey/answers`, {
      answers: [answer(a, 5)],
    });
    expect(late.json.code).toBe('survey_already_submitted');
    expect((await visitor().get(`/api/v1/participation/${token}`)).json.status).toBe('surveyed');
  });

  it('keeps anonymous answers apart from the participant, yet resumable from the link', async () => {
    const { links } = await recruitingStudy(1, { answerMode: 'anonymous' });
    const token = links[0];
    await visitor().post(`/api/v1/participation/${token}/consent`);
    const survey = (await visitor().get(`/api/v1/participation/${token}/survey`)).json;
    expect(survey.anonymous).toBe(true);
    const id = survey.pages[1].competencies[0].identifier;
    await visitor().request('PUT', `/api/v1/participation/${token}/survey/answers`, {
      answers: [{ itemIdentifier: id, currentLevel: 2, neededLevel: 4, importance: 5, comment: '' }],
    });
    const responses = await services.database.db.select().from(surveyResponses);
    const mine = responses.filter((r) => r.participantId === null);
    expect(mine).toHaveLength(1);
    expect(mine[0].resumeHash).not.toBe(hashLink(token));
    expect(mine[0].band).toMatch(/^(new|experienced)$/);
    expect((await visitor().get(`/api/v1/participation/${token}/survey`)).json.answers).toHaveLength(1);
  });
});

describe('withdrawal', () => {
  it('deletes the answers and bookings, withdraws the consent, and retires the link', async () => {
    const { links } = await recruitingStudy(1);
    const token = links[0];
    const slots = await consentAndSlots(token);
    await visitor().request('PUT', `/api/v1/participation/${token}/booking`, {
      interviewerId: slots[0].interviewerId,
      start: slots[0].start,
    });
    const survey = (await visitor().get(`/api/v1/participation/${token}/survey`)).json;
    await visitor().request('PUT', `/api/v1/participation/${token}/survey/answers`, {
      answers: [
        {
          itemIdentifier: survey.pages[0].competencies[0].identifier,
          currentLevel: 1,
          neededLevel: 3,
          importance: 2,
          comment: '',
        },
      ],
    });
    const [participant] = await services.database.db
      .select()
      .from(studyParticipants)
      .where(eq(studyParticipants.linkHash, hashLink(token)));

    const withdrawn = await visitor().post(`/api/v1/participation/${token}/withdraw`);
    expect(withdrawn.status, withdrawn.text).toBe(200);
    const db = services.database.db;
    expect(await db.select().from(bookings).where(eq(bookings.participantId, participant.id))).toEqual([]);
    expect(await db.select().from(surveyResponses).where(eq(surveyResponses.participantId, participant.id))).toEqual(
      [],
    );
    const [consent] = await db
      .select()
      .from(consents)
      .where(eq(consents.id, participant.consentId as string));
    expect(consent.withdrawnAt).not.toBeNull();
    const after = await visitor().get(`/api/v1/participation/${token}`);
    expect({ status: after.status, code: after.json.code }).toEqual({ status: 410, code: 'link_withdrawn' });
    await calendarOf(
      (await db.select().from(outboxMessages).where(eq(outboxMessages.kind, 'study_booking_cancelled')))[0].to,
      'study_booking_cancelled',
    );
  });
});

describe('erasure', () => {
  it('erasing a participant from the org chart removes their participation, bookings, answers and consent', async () => {
    const { links } = await recruitingStudy(1);
    const token = links[0];
    const slots = await consentAndSlots(token);
    await visitor().request('PUT', `/api/v1/participation/${token}/booking`, {
      interviewerId: slots[0].interviewerId,
      start: slots[0].start,
    });
    const survey = (await visitor().get(`/api/v1/participation/${token}/survey`)).json;
    await visitor().request('PUT', `/api/v1/participation/${token}/survey/answers`, {
      answers: [
        {
          itemIdentifier: survey.pages[0].competencies[0].identifier,
          currentLevel: 2,
          neededLevel: 4,
          importance: 4,
          comment: '',
        },
      ],
    });
    const db = services.database.db;
    const [participant] = await db
      .select()
      .from(studyParticipants)
      .where(eq(studyParticipants.linkHash, hashLink(token)));
    const asAdmin = services.ctx({
      user: { id: viborg.userId, email: 'admin@viborg.test', name: 'Admin', locale: 'da', isPlatformAdmin: false },
      tenant: { orgId: viborg.orgId, role: 'admin' },
    });
    await erasePerson(asAdmin, participant.personId);
    expect(await db.select().from(studyParticipants).where(eq(studyParticipants.id, participant.id))).toEqual([]);
    expect(await db.select().from(bookings).where(eq(bookings.participantId, participant.id))).toEqual([]);
    expect(await db.select().from(surveyResponses).where(eq(surveyResponses.participantId, participant.id))).toEqual(
      [],
    );
    expect(await db.select().from(consents).where(eq(consents.personId, participant.personId))).toEqual([]);
  });
});
