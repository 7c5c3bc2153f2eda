/**
 * The participant's side, reached with the personal link only (no account): the token in the path is the
 * credential, so these routes are public and every one of them checks it.
 */
import { z } from '@hono/zod-openapi';
import {
  commonErrors,
  createRouter,
  defineRoute,
  jsonBody,
  jsonResponse,
  problemResponse,
} from '../platform/http/env.js';
import { bookSlot, cancelBooking, freeSlots } from './booking.service.js';
import { declineParticipation, getParticipation, giveConsent, withdrawParticipation } from './participation.service.js';
import { ANSWER_LIMITS } from './survey.model.js';
import { getSurvey, saveAnswers, submitSurvey } from './survey.service.js';

const tags = ['Participation'];
const linkErrors = {
  ...commonErrors,
  404: problemResponse('Unknown link (link_invalid)'),
  409: problemResponse('Not possible now: study status, consent missing, slot taken …'),
  410: problemResponse('The link has expired or the participant has withdrawn'),
};
const tokenParam = z.object({
  token: z
    .string()
    .max(100)
    .openapi({ param: { name: 'token', in: 'path' } }),
});

const participationSchema = z
  .object({
    study: z.object({
      title: z.string(),
      purpose: z.string(),
      runnerName: z.string(),
      contactName: z.string(),
      contactEmail: z.string(),
      retentionMonths: z.number().int(),
      answerMode: z.enum(['identified', 'anonymous']),
      status: z.string(),
    }),
    status: z.string(),
    consentAt: z.string().nullable(),
    booking: z
      .object({
        id: z.uuid(),
        startsAt: z.string(),
        endsAt: z.string(),
        mode: z.string(),
        location: z.string(),
        status: z.string(),
      })
      .nullable(),
    survey: z.object({ startedAt: z.string(), submittedAt: z.string().nullable() }).nullable(),
    canBook: z.boolean(),
    canAnswer: z.boolean(),
  })
  .openapi('Participation');

const answerSchema = z.object({
  itemIdentifier: z.uuid(),
  currentLevel: z.number().int().nullable(),
  neededLevel: z.number().int().nullable(),
  importance: z.number().int().nullable(),
  comment: z.string().max(ANSWER_LIMITS.commentMaxLength * 2),
});

const surveySchema = z
  .object({
    anonymous: z.boolean(),
    pages: z.array(
      z.looseObject({ titleDa: z.string(), titleEn: z.string(), competencies: z.array(z.looseObject({})) }),
    ),
    scale: z.array(z.object({ level: z.number().int(), labelDa: z.string(), labelEn: z.string() })),
    answers: z.array(answerSchema),
    progress: z.object({
      answered: z.number().int(),
      total: z.number().int(),
      percent: z.number().int(),
      nextPageIndex: z.number().int().nullable(),
    }),
    submittedAt: z.string().nullable(),
  })
  .openapi('Survey');

export const participationRoutes = createRouter();

const route = <T extends Parameters<typeof defineRoute>[0]>(config: T) => defineRoute({ ...config, tags });

participationRoutes.openapi(
  route({
    method: 'get',
    path: '/participation/{token}',
    summary: 'Who runs the study, what it collects and why, the consent, booking and self-assessment state',
    access: 'public',
    request: { params: tokenParam },
    responses: { 200: jsonResponse(participationSchema), ...linkErrors },
  }),
  async (c) => c.json(await getParticipation(c.get('ctx'), c.req.valid('param').token), 200),
);

participationRoutes.openapi(
  route({
    method: 'post',
    path: '/participation/{token}/consent',
    summary: 'Give consent to take part (recorded once)',
    access: 'public',
    request: { params: tokenParam },
    responses: { 200: jsonResponse(participationSchema), ...linkErrors },
  }),
  async (c) => c.json(await giveConsent(c.get('ctx'), c.req.valid('param').token), 200),
);

participationRoutes.openapi(
  route({
    method: 'post',
    path: '/participation/{token}/decline',
    summary: 'Decline to take part (before giving any data)',
    access: 'public',
    request: { params: tokenParam },
    responses: { 200: jsonResponse(participationSchema), ...linkErrors },
  }),
  async (c) => c.json(await declineParticipation(c.get('ctx'), c.req.valid('param').token), 200),
);

participationRoutes.openapi(
  route({
    method: 'post',
    path: '/participation/{token}/withdraw',
    summary: "Withdraw: the participant's answers and bookings are deleted from the study, the consent withdrawn",
    access: 'public',
    request: { params: tokenParam },
    responses: { 200: jsonResponse(z.object({ withdrawn: z.literal(true) })), ...linkErrors },
  }),
  async (c) => c.json(await withdrawParticipation(c.get('ctx'), c.req.valid('param').token), 200),
);

participationRoutes.openapi(
  route({
    method: 'get',
    path: '/participation/{token}/slots',
    summary: 'Free interview slots, soonest first',
    access: 'public',
    request: { params: tokenParam },
    responses: {
      200: jsonResponse(
        z.array(
          z.object({
            interviewerId: z.uuid(),
            interviewerName: z.string(),
            start: z.string(),
            end: z.string(),
            mode: z.string(),
            location: z.string(),
          }),
        ),
      ),
      ...linkErrors,
    },
  }),
  async (c) => c.json(await freeSlots(c.get('ctx'), c.req.valid('param').token), 200),
);

const bookingSchema = z.object({
  id: z.uuid(),
  startsAt: z.string(),
  endsAt: z.string(),
  mode: z.string(),
  location: z.string(),
  status: z.string(),
  sequence: z.number().int(),
});

participationRoutes.openapi(
  route({
    method: 'put',
    path: '/participation/{token}/booking',
    summary: 'Book a slot, or move the booking to another (same calendar UID, higher SEQUENCE)',
    access: 'public',
    request: {
      params: tokenParam,
      ...jsonBody(z.object({ interviewerId: z.uuid(), start: z.iso.datetime({ offset: true }) })),
    },
    responses: { 200: jsonResponse(bookingSchema), ...linkErrors },
  }),
  async (c) => {
    const body = c.req.valid('json');
    const booking = await bookSlot(c.get('ctx'), c.req.valid('param').token, {
      interviewerId: body.interviewerId,
      start: new Date(body.start),
    });
    return c.json(
      {
        id: booking.id,
        startsAt: booking.startsAt.toISOString(),
        endsAt: booking.endsAt.toISOString(),
        mode: booking.mode,
        location: booking.location,
        status: booking.status,
        sequence: booking.sequence,
      },
      200,
    );
  },
);

participationRoutes.openapi(
  route({
    method: 'delete',
    path: '/participation/{token}/booking',
    summary: 'Cancel the booked interview (METHOD:CANCEL to the calendar)',
    access: 'public',
    request: { params: tokenParam },
    responses: { 204: { description: 'Cancelled' }, ...linkErrors },
  }),
  async (c) => {
    await cancelBooking(c.get('ctx'), c.req.valid('param').token);
    return c.body(null, 204);
  },
);

participationRoutes.openapi(
  route({
    method: 'get',
    path: '/participation/{token}/survey',
    summary: 'The self-assessment: pages per domain, the answers so far and the progress',
    access: 'public',
    request: { params: tokenParam },
    responses: { 200: jsonResponse(surveySchema), ...linkErrors },
  }),
  async (c) => c.json(await getSurvey(c.get('ctx'), c.req.valid('param').token), 200),
);

participationRoutes.openapi(
  route({
    method: 'put',
    path: '/participation/{token}/survey/answers',
    summary: 'Save answers as they are given (all checked first; nothing is saved if one is invalid)',
    access: 'public',
    request: { params: tokenParam, ...jsonBody(z.object({ answers: z.array(answerSchema).max(500) })) },
    responses: { 200: jsonResponse(surveySchema), ...linkErrors },
  }),
  async (c) =>
    c.json(
      await saveAnswers(
        c.get('ctx'),
        c.req.valid('param').token,
        c.req.valid('json').answers as Parameters<typeof saveAnswers>[2],
      ),
      200,
    ),
);

participationRoutes.openapi(
  route({
    method: 'post',
    path: '/participation/{token}/survey/submit',
    summary: 'Submit the self-assessment (again: no change)',
    access: 'public',
    request: { params: tokenParam },
    responses: { 200: jsonResponse(surveySchema), ...linkErrors },
  }),
  async (c) => c.json(await submitSurvey(c.get('ctx'), c.req.valid('param').token), 200),
);
