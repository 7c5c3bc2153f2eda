import { z } from '@hono/zod-openapi';
import { commonErrors, createRouter, defineRoute, jsonBody, jsonResponse } from '../platform/http/env.js';
import * as leadersService from './leaders.service.js';

const access = ['admin', 'hr'] as const;
const tags = ['Leaders'];

const leaderSchema = z
  .object({
    personId: z.uuid(),
    pseudonym: z.string(),
    name: z.string(),
    jobTitle: z.string().nullable(),
    unitId: z.uuid().nullable(),
    unitName: z.string().nullable(),
    areaName: z.string().nullable(),
    reportCount: z.number().int(),
    confidence: z.enum(['high', 'medium', 'low']).nullable(),
    reasons: z.array(z.object({ code: z.string(), params: z.record(z.string(), z.unknown()).optional() })),
    decision: z.enum(['confirmed', 'rejected']).nullable(),
    leaderSince: z.string().nullable(),
    tenureYears: z.number().int().nullable(),
    tenureBand: z.enum(['under_2', '2_or_more']).nullable(),
  })
  .openapi('Leader');

const listQuery = z.object({
  status: z.enum(['suggested', 'confirmed', 'rejected', 'all']).default('suggested'),
  areaId: z.uuid().optional(),
  unitId: z.uuid().optional().openapi({ description: 'This unit and every unit below it' }),
  q: z.string().trim().min(1).max(200).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});

const counts = { people: z.number().int(), leaders: z.number().int(), confirmed: z.number().int() };
const summarySchema = z
  .object({
    byArea: z.array(
      z.object({
        areaId: z.uuid().nullable(),
        areaName: z.string().nullable(),
        ...counts,
        suggested: z.number().int(),
      }),
    ),
    byUnit: z.array(
      z.object({
        unitId: z.uuid(),
        unitName: z.string(),
        parentId: z.uuid().nullable(),
        ...counts,
        peopleInTree: z.number().int(),
        leadersInTree: z.number().int(),
        confirmedInTree: z.number().int(),
      }),
    ),
  })
  .openapi('LeaderSummary');

export const leadersRoutes = createRouter();

leadersRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/leaders',
    tags,
    summary: "First-line leaders: detection's suggestions and HR's decisions (suggested = no decision yet)",
    access,
    request: { query: listQuery },
    responses: {
      200: jsonResponse(z.object({ items: z.array(leaderSchema), total: z.number().int() })),
      ...commonErrors,
    },
  }),
  async (c) => c.json(await leadersService.listLeaders(c.get('ctx'), c.req.valid('query')), 200),
);

leadersRoutes.openapi(
  defineRoute({
    method: 'post',
    path: '/leaders/decisions',
    tags,
    summary: 'Confirm or reject many suggestions at once (null clears the decision); survives later imports',
    access,
    request: jsonBody(
      z.object({
        personIds: z.array(z.uuid()).min(1).max(5000),
        decision: z.enum(['confirmed', 'rejected']).nullable(),
      }),
    ),
    responses: {
      200: jsonResponse(z.object({ updated: z.number().int(), notFound: z.number().int() })),
      ...commonErrors,
    },
  }),
  async (c) => c.json(await leadersService.decideLeaders(c.get('ctx'), c.req.valid('json')), 200),
);

leadersRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/leaders/summary',
    tags,
    summary: 'People and first-line leaders per area and per unit (own unit and with every unit below)',
    access,
    responses: { 200: jsonResponse(summarySchema), ...commonErrors },
  }),
  async (c) => c.json(await leadersService.leaderSummary(c.get('ctx')), 200),
);
