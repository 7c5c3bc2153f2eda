/** The study team's fieldwork: invitations and reminders, interviewers' availability, the agenda and outcomes. */
import { z } from '@hono/zod-openapi';
import {
  commonErrors,
  createRouter,
  defineRoute,
  idParam,
  jsonBody,
  jsonResponse,
  problemResponse,
} from '../platform/http/env.js';
import { agenda, listAvailability, setAvailability, setInterviewOutcome } from './booking.service.js';
import { sendInvitations, sendReminders } from './invitations.service.js';
import { MAX_BUFFER_MINUTES, SLOT_LENGTHS } from './slots.model.js';

const tags = ['Studies'];
const access = ['admin', 'analyst'] as const;
const date = z.iso.date();
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/);
const availabilitySchema = z
  .object({
    weekly: z.array(z.object({ weekday: z.number().int().min(1).max(7), start: time, end: time })).max(50),
    exceptions: z.array(z.object({ date, start: time.optional(), end: time.optional() })).max(500),
    slotMinutes: z.union(
      SLOT_LENGTHS.map((n) => z.literal(n)) as [z.ZodLiteral<20>, z.ZodLiteral<30>, z.ZodLiteral<45>],
    ),
    bufferMinutes: z.number().int().min(0).max(MAX_BUFFER_MINUTES),
    fromDate: date,
    toDate: date,
    excludeHolidays: z.boolean().optional(),
  })
  .refine((a) => a.fromDate <= a.toDate, { path: ['toDate'], message: 'date_range' })
  .refine((a) => a.weekly.every((w) => w.start < w.end), { path: ['weekly'], message: 'time_range' });
const mode = z.enum(['place', 'video', 'phone']);
const availabilityEntry = z.object({
  userId: z.uuid(),
  name: z.string(),
  availability: availabilitySchema,
  mode,
  location: z.string(),
});
const agendaEntry = z
  .object({
    id: z.uuid(),
    participantId: z.uuid(),
    pseudonym: z.string(),
    orgName: z.string(),
    interviewerId: z.uuid(),
    interviewerName: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    mode: z.string(),
    location: z.string(),
    status: z.string(),
  })
  .openapi('AgendaEntry');
const mailResult = z.object({ sent: z.number().int(), withoutEmail: z.array(z.string()) });

export const fieldworkRoutes = createRouter();

fieldworkRoutes.openapi(
  defineRoute({
    method: 'post',
    path: '/studies/{id}/invitations',
    tags,
    summary: 'Mail every drawn participant their personal link (book an interview or answer instead)',
    access,
    request: { params: idParam },
    responses: {
      200: jsonResponse(mailResult),
      ...commonErrors,
      409: problemResponse('Not while the study is in this status'),
    },
  }),
  async (c) => c.json(await sendInvitations(c.get('ctx'), c.req.valid('param').id), 200),
);

fieldworkRoutes.openapi(
  defineRoute({
    method: 'post',
    path: '/studies/{id}/reminders',
    tags,
    summary: 'Remind the invited who have neither booked nor answered (with a fresh link)',
    access,
    request: { params: idParam },
    responses: {
      200: jsonResponse(mailResult),
      ...commonErrors,
      409: problemResponse('Not while the study is in this status'),
    },
  }),
  async (c) => c.json(await sendReminders(c.get('ctx'), c.req.valid('param').id), 200),
);

fieldworkRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/studies/{id}/availability',
    tags,
    summary: "The interviewers' availability",
    access,
    request: { params: idParam },
    responses: { 200: jsonResponse(z.array(availabilityEntry)), ...commonErrors },
  }),
  async (c) => c.json(await listAvailability(c.get('ctx'), c.req.valid('param').id), 200),
);

fieldworkRoutes.openapi(
  defineRoute({
    method: 'put',
    path: '/studies/{id}/availability',
    tags,
    summary: "Set the caller's own availability as an interviewer on the study team",
    access,
    request: {
      params: idParam,
      ...jsonBody(z.object({ availability: availabilitySchema, mode, location: z.string().max(500) })),
    },
    responses: { 200: jsonResponse(z.array(availabilityEntry)), ...commonErrors },
  }),
  async (c) => c.json(await setAvailability(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
);

fieldworkRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/studies/{id}/agenda',
    tags,
    summary: 'Booked, held and missed interviews in time order, by pseudonym',
    access,
    request: {
      params: idParam,
      query: z.object({
        from: z.iso.datetime({ offset: true }).optional(),
        to: z.iso.datetime({ offset: true }).optional(),
      }),
    },
    responses: { 200: jsonResponse(z.array(agendaEntry)), ...commonErrors },
  }),
  async (c) => {
    const q = c.req.valid('query');
    return c.json(
      await agenda(c.get('ctx'), c.req.valid('param').id, {
        from: q.from ? new Date(q.from) : undefined,
        to: q.to ? new Date(q.to) : undefined,
      }),
      200,
    );
  },
);

fieldworkRoutes.openapi(
  defineRoute({
    method: 'put',
    path: '/studies/{id}/bookings/{bookingId}/outcome',
    tags,
    summary: 'Mark an interview as held (done) or as a no-show',
    access,
    request: {
      params: z.object({
        id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
        bookingId: z.uuid().openapi({ param: { name: 'bookingId', in: 'path' } }),
      }),
      ...jsonBody(z.object({ outcome: z.enum(['done', 'no_show']) })),
    },
    responses: {
      200: jsonResponse(z.array(agendaEntry)),
      ...commonErrors,
      409: problemResponse('Cancelled or in the future'),
    },
  }),
  async (c) => {
    const { id, bookingId } = c.req.valid('param');
    return c.json(await setInterviewOutcome(c.get('ctx'), id, bookingId, c.req.valid('json').outcome), 200);
  },
);
