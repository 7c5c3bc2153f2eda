import { z } from '@hono/zod-openapi';
import { commonErrors, createRouter, defineRoute, idParam, jsonBody, jsonResponse } from '../platform/http/env.js';
import {
  CONSENT_METHODS,
  EXPORT_FORMATS,
  LEADER_FILTERS,
  PEOPLE_PAGE_DEFAULT,
  PEOPLE_PAGE_MAX,
  PEOPLE_SORTS,
  STATUS_FILTERS,
} from './people.model.js';
import { getPerson, listPeople } from './people.service.js';
import { requestPeopleExport } from './people-export.service.js';
import { treeLevel } from './tree.service.js';

const HR = ['admin', 'hr'] as const;

const filterFields = {
  q: z.string().max(200).optional().openapi({ description: 'Part of a name, e-mail, employee id or pseudonym' }),
  unitId: z.uuid().optional().openapi({ description: 'People in this unit and every unit below it' }),
  areaId: z.uuid().optional().openapi({ description: "People whose unit's area (own or inherited) is this one" }),
  leader: z.enum(LEADER_FILTERS).optional(),
  status: z.enum(STATUS_FILTERS).default('active'),
  sort: z.enum(PEOPLE_SORTS).default('name'),
};

const listQuery = z.object({
  ...filterFields,
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(PEOPLE_PAGE_MAX).default(PEOPLE_PAGE_DEFAULT),
});

const leaderStatus = z.enum(['confirmed', 'suggested', 'rejected']).nullable();
const personItem = z
  .object({
    id: z.uuid(),
    pseudonym: z.string(),
    employeeId: z.string(),
    name: z.string(),
    email: z.string().nullable(),
    jobTitle: z.string().nullable(),
    unitId: z.uuid().nullable(),
    unitName: z.string().nullable(),
    areaName: z.string().nullable(),
    leaderStatus,
    leaderSince: z.string().nullable(),
    tenureYears: z.number().int().nullable(),
    status: z.enum(['active', 'left']),
  })
  .openapi('PersonListItem');

const link = z.object({ id: z.uuid(), name: z.string(), pseudonym: z.string(), jobTitle: z.string().nullable() });
export const consentSchema = z
  .object({
    id: z.uuid(),
    personId: z.uuid(),
    purpose: z.string(),
    method: z.enum(CONSENT_METHODS),
    givenAt: z.string(),
    withdrawnAt: z.string().nullable(),
    note: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('Consent');

const personDetail = z
  .object({
    id: z.uuid(),
    pseudonym: z.string(),
    employeeId: z.string(),
    name: z.string(),
    email: z.string().nullable(),
    jobTitle: z.string().nullable(),
    status: z.enum(['active', 'left']),
    leftAt: z.string().nullable(),
    unit: z.object({ id: z.uuid(), name: z.string(), path: z.array(z.string()) }).nullable(),
    area: z.object({ name: z.string(), source: z.enum(['own', 'inherited']) }).nullable(),
    manager: link.nullable(),
    reports: z.array(link),
    leader: z.object({
      suggestion: z.string().nullable(),
      confidence: z.enum(['high', 'medium', 'low']).nullable(),
      score: z.number().nullable(),
      reasons: z.array(z.object({ code: z.string(), params: z.record(z.string(), z.unknown()).optional() })),
      decision: z.enum(['confirmed', 'rejected']).nullable(),
      decidedAt: z.string().nullable(),
      status: leaderStatus,
      leaderSince: z.string().nullable(),
      tenureYears: z.number().int().nullable(),
      tenureBand: z.enum(['under_2', '2_or_more']).nullable(),
    }),
    consents: z.array(consentSchema),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Person');

const treeUnit = z
  .object({
    id: z.uuid(),
    name: z.string(),
    areaName: z.string().nullable(),
    areaSource: z.enum(['own', 'inherited', 'none']),
    childCount: z.number().int(),
    peopleCount: z.number().int(),
    leaderCount: z.number().int(),
    leaders: z.array(
      z.object({
        id: z.uuid(),
        pseudonym: z.string(),
        name: z.string(),
        decision: z.enum(['confirmed', 'rejected']).nullable(),
      }),
    ),
  })
  .openapi('OrgChartUnit');

export const peopleRoutes = createRouter();

peopleRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/people',
    tags: ['People'],
    summary: "The organisation's people: search, filter by unit (with subtree), area, leader status; paged",
    access: HR,
    request: { query: listQuery },
    responses: {
      200: jsonResponse(z.object({ items: z.array(personItem), total: z.number().int() })),
      ...commonErrors,
    },
  }),
  async (c) => c.json(await listPeople(c.get('ctx'), c.req.valid('query')), 200),
);

peopleRoutes.openapi(
  defineRoute({
    method: 'post',
    path: '/people/exports',
    tags: ['People'],
    summary:
      'Export the filtered directory as CSV or XLSX in the background; follow the job, then download result.fileId',
    access: HR,
    request: jsonBody(z.object({ format: z.enum(EXPORT_FORMATS), ...filterFields })),
    responses: { 202: jsonResponse(z.object({ jobId: z.uuid() }), 'Export queued'), ...commonErrors },
  }),
  async (c) => {
    const { format, sort, ...filter } = c.req.valid('json');
    return c.json(await requestPeopleExport(c.get('ctx'), { format, sort, filter }), 202);
  },
);

peopleRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/people/{id}',
    tags: ['People'],
    summary: 'A person: unit and area, manager and reports, leader status and tenure, consents (audit-logged)',
    access: HR,
    request: { params: idParam },
    responses: { 200: jsonResponse(personDetail), ...commonErrors },
  }),
  async (c) => c.json(await getPerson(c.get('ctx'), c.req.valid('param').id), 200),
);

peopleRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/orgchart/tree',
    tags: ['People'],
    summary: 'One level of the org chart with people and first-line leader counts per subtree',
    access: HR,
    request: {
      query: z.object({
        parentId: z.uuid().optional().openapi({ description: 'The unit whose children to list; the roots without it' }),
      }),
    },
    responses: { 200: jsonResponse(z.object({ units: z.array(treeUnit) })), ...commonErrors },
  }),
  async (c) => c.json({ units: await treeLevel(c.get('ctx'), c.req.valid('query').parentId) }, 200),
);
