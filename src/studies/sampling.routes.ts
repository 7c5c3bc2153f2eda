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
import { listParticipants } from './participants.service.js';
import * as sampling from './sampling.service.js';

const tags = ['Studies'];
const samplingSchema = z
  .object({
    seed: z.string().nullable(),
    candidateCount: z.number().int(),
    strata: z.array(
      z.object({
        key: z.string(),
        orgId: z.uuid(),
        orgName: z.string(),
        area: z.string().nullable(),
        areaName: z.string().nullable(),
        band: z.string().nullable(),
        size: z.number().int(),
        target: z.number().int(),
        drawn: z.number().int(),
        declined: z.number().int(),
      }),
    ),
    staleKeys: z.array(z.string()),
  })
  .openapi('StudySampling');

const participantSchema = z
  .object({
    id: z.uuid(),
    pseudonym: z.string(),
    name: z.string().nullable(),
    orgId: z.uuid(),
    orgName: z.string(),
    area: z.string().nullable(),
    areaName: z.string().nullable(),
    band: z.string().nullable(),
    status: z.string(),
    drawOrder: z.number().int(),
    replacesId: z.uuid().nullable(),
    invitedAt: z.string().nullable(),
    consentAt: z.string().nullable(),
  })
  .openapi('StudyParticipant');

export const samplingRoutes = createRouter();

samplingRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/studies/{id}/sampling',
    tags,
    summary: 'Strata of the confirmed leaders of the accepting organisations, with targets and what was drawn',
    access: ['admin', 'analyst'],
    request: { params: idParam },
    responses: { 200: jsonResponse(samplingSchema), ...commonErrors },
  }),
  async (c) => c.json(await sampling.getSampling(c.get('ctx'), c.req.valid('param').id), 200),
);

samplingRoutes.openapi(
  defineRoute({
    method: 'put',
    path: '/studies/{id}/sampling/targets',
    tags,
    summary: 'Set targets: a total spread in proportion to stratum sizes, or a number per stratum',
    access: ['admin', 'analyst'],
    request: {
      params: idParam,
      ...jsonBody(
        z
          .object({
            total: z.number().int().min(0).max(100_000).optional(),
            targets: z
              .array(z.object({ key: z.string().max(500), target: z.number().int().min(0).max(100_000) }))
              .max(5000)
              .optional(),
          })
          .refine((b) => (b.total === undefined) !== (b.targets === undefined), { path: ['total'] }),
      ),
    },
    responses: { 200: jsonResponse(samplingSchema), ...commonErrors, 409: problemResponse('The status forbids it') },
  }),
  async (c) => c.json(await sampling.setTargets(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
);

samplingRoutes.openapi(
  defineRoute({
    method: 'post',
    path: '/studies/{id}/sampling/draw',
    tags,
    summary: 'Draw the sample at random with a new, recorded seed (again until someone is invited)',
    access: ['admin', 'analyst'],
    request: { params: idParam },
    responses: {
      200: jsonResponse(samplingSchema),
      ...commonErrors,
      409: problemResponse('No targets, already invited, or the status forbids it'),
    },
  }),
  async (c) => c.json(await sampling.drawStudySample(c.get('ctx'), c.req.valid('param').id), 200),
);

samplingRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/studies/{id}/participants',
    tags,
    summary: "The participants by pseudonym; a participating organisation's admins and HR see their own, by name",
    access: ['admin', 'analyst', 'hr'],
    request: { params: idParam, query: z.object({ status: z.string().max(30).optional() }) },
    responses: { 200: jsonResponse(z.array(participantSchema)), ...commonErrors },
  }),
  async (c) => c.json(await listParticipants(c.get('ctx'), c.req.valid('param').id, c.req.valid('query')), 200),
);

samplingRoutes.openapi(
  defineRoute({
    method: 'post',
    path: '/studies/{id}/participants/{participantId}/replace',
    tags,
    summary: 'Mark a participant as declined and draw the next leader of the same stratum',
    access: ['admin', 'analyst'],
    request: {
      params: z.object({
        id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
        participantId: z.uuid().openapi({ param: { name: 'participantId', in: 'path' } }),
      }),
    },
    responses: {
      200: jsonResponse(
        z.object({
          replacedId: z.uuid(),
          replacement: z
            .object({ id: z.uuid(), stratumKey: z.string(), drawOrder: z.number().int(), pseudonym: z.string() })
            .nullable(),
        }),
      ),
      ...commonErrors,
      409: problemResponse('Already replaced, or has given data'),
    },
  }),
  async (c) => {
    const { id, participantId } = c.req.valid('param');
    return c.json(await sampling.replaceParticipant(c.get('ctx'), id, participantId), 200);
  },
);
