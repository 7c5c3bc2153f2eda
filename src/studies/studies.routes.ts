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
import * as service from './studies.service.js';
import { STUDY_STATUSES } from './study-status.model.js';

const tags = ['Studies'];
/** Running a study: admins and analysts; taking part: admins and HR (checked per study in the service). */
const access = ['admin', 'analyst', 'hr'] as const;
const status = z.enum(STUDY_STATUSES);
const summarySchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    status,
    runnerName: z.string(),
    relation: z.enum(['runner', 'participant']),
    participation: z.enum(['invited', 'accepted', 'declined']).nullable(),
    participantCount: z.number().int(),
    createdAt: z.string(),
  })
  .openapi('StudySummary');

const detailSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    purpose: z.string(),
    status,
    runnerOrgId: z.uuid(),
    runnerName: z.string(),
    frameworkVersionId: z.uuid(),
    frameworkId: z.uuid(),
    frameworkTitle: z.string(),
    frameworkVersionNumber: z.number().int(),
    answerMode: z.enum(['identified', 'anonymous']),
    retentionMonths: z.number().int(),
    contactName: z.string(),
    contactEmail: z.string(),
    byArea: z.boolean(),
    byTenure: z.boolean(),
    samplingSeed: z.string().nullable(),
    canManage: z.boolean(),
    organisations: z.array(
      z.object({
        orgId: z.uuid(),
        name: z.string(),
        kind: z.string(),
        status: z.string(),
        respondedAt: z.string().nullable(),
      }),
    ),
    team: z.array(z.object({ userId: z.uuid(), name: z.string(), email: z.string(), role: z.string() })),
    participantsByStatus: z.record(z.string(), z.number().int()),
  })
  .openapi('Study');

const settings = {
  title: z.string().trim().min(1).max(300),
  purpose: z.string().max(10_000).optional(),
  frameworkVersionId: z.uuid(),
  answerMode: z.enum(['identified', 'anonymous']).optional(),
  retentionMonths: z.number().int().min(1).max(120).optional(),
  contactName: z.string().trim().max(200).optional(),
  contactEmail: z.union([z.email(), z.literal('')]).optional(),
  byArea: z.boolean().optional(),
  byTenure: z.boolean().optional(),
};

const orgParams = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
  orgId: z.uuid().openapi({ param: { name: 'orgId', in: 'path' } }),
});

export const studiesRoutes = createRouter();

studiesRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/studies',
    tags,
    summary: 'Studies the organisation runs, and those it is invited to or takes part in',
    access,
    responses: { 200: jsonResponse(z.array(summarySchema)), ...commonErrors },
  }),
  async (c) => c.json(await service.listStudies(c.get('ctx')), 200),
);

studiesRoutes.openapi(
  defineRoute({
    method: 'post',
    path: '/studies',
    tags,
    summary: 'Create a study (draft) on a published framework version',
    access: ['admin', 'analyst'],
    request: jsonBody(z.object(settings)),
    responses: { 201: jsonResponse(detailSchema, 'Created'), ...commonErrors, 409: problemResponse('Draft framework') },
  }),
  async (c) => c.json(await service.createStudy(c.get('ctx'), c.req.valid('json')), 201),
);

studiesRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/studies/{id}',
    tags,
    summary: 'One study: settings, organisations, team and participants by status',
    access,
    request: { params: idParam },
    responses: { 200: jsonResponse(detailSchema), ...commonErrors },
  }),
  async (c) => c.json(await service.getStudy(c.get('ctx'), c.req.valid('param').id), 200),
);

studiesRoutes.openapi(
  defineRoute({
    method: 'patch',
    path: '/studies/{id}',
    tags,
    summary: "Change a draft study's settings",
    access: ['admin', 'analyst'],
    request: { params: idParam, ...jsonBody(z.object(settings).partial()) },
    responses: { 200: jsonResponse(detailSchema), ...commonErrors, 409: problemResponse('The status forbids it') },
  }),
  async (c) => c.json(await service.updateStudy(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
);

studiesRoutes.openapi(
  defineRoute({
    method: 'put',
    path: '/studies/{id}/status',
    tags,
    summary: 'Move the study to another status (draft → recruiting → collecting → analysing → closed)',
    access: ['admin', 'analyst'],
    request: { params: idParam, ...jsonBody(z.object({ status })) },
    responses: { 200: jsonResponse(detailSchema), ...commonErrors, 409: problemResponse('Not a permitted step') },
  }),
  async (c) =>
    c.json(await service.changeStudyStatus(c.get('ctx'), c.req.valid('param').id, c.req.valid('json').status), 200),
);

studiesRoutes.openapi(
  defineRoute({
    method: 'put',
    path: '/studies/{id}/organisations/{orgId}',
    tags,
    summary: 'Invite an organisation to take part',
    access: ['admin', 'analyst'],
    request: { params: orgParams },
    responses: { 200: jsonResponse(detailSchema), ...commonErrors, 409: problemResponse('The status forbids it') },
  }),
  async (c) => {
    const { id, orgId } = c.req.valid('param');
    return c.json(await service.inviteOrganisation(c.get('ctx'), id, orgId), 200);
  },
);

studiesRoutes.openapi(
  defineRoute({
    method: 'delete',
    path: '/studies/{id}/organisations/{orgId}',
    tags,
    summary: 'Withdraw the invitation of an organisation that has no participants drawn',
    access: ['admin', 'analyst'],
    request: { params: orgParams },
    responses: { 200: jsonResponse(detailSchema), ...commonErrors, 409: problemResponse('Participants drawn') },
  }),
  async (c) => {
    const { id, orgId } = c.req.valid('param');
    return c.json(await service.removeOrganisation(c.get('ctx'), id, orgId), 200);
  },
);

studiesRoutes.openapi(
  defineRoute({
    method: 'put',
    path: '/studies/{id}/participation',
    tags,
    summary: "Accept or decline, for the caller's organisation, the invitation to take part",
    access: ['admin', 'hr'],
    request: { params: idParam, ...jsonBody(z.object({ accept: z.boolean() })) },
    responses: {
      200: jsonResponse(z.object({ studyId: z.uuid(), participation: z.enum(['accepted', 'declined']) })),
      ...commonErrors,
      409: problemResponse('Participants already drawn'),
    },
  }),
  async (c) =>
    c.json(await service.respondToStudy(c.get('ctx'), c.req.valid('param').id, c.req.valid('json').accept), 200),
);

studiesRoutes.openapi(
  defineRoute({
    method: 'put',
    path: '/studies/{id}/team',
    tags,
    summary: 'Set the study team (members of the running organisation); the caller stays on it',
    access: ['admin', 'analyst'],
    request: {
      params: idParam,
      ...jsonBody(
        z.object({
          members: z.array(z.object({ userId: z.uuid(), role: z.enum(['lead', 'analyst', 'interviewer']) })).max(200),
        }),
      ),
    },
    responses: { 200: jsonResponse(detailSchema), ...commonErrors },
  }),
  async (c) =>
    c.json(await service.setStudyTeam(c.get('ctx'), c.req.valid('param').id, c.req.valid('json').members), 200),
);

studiesRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/studies/{id}/team-candidates',
    tags,
    summary: 'Members of the running organisation who can join the study team',
    access: ['admin', 'analyst'],
    request: { params: idParam },
    responses: {
      200: jsonResponse(z.array(z.object({ userId: z.uuid(), name: z.string(), email: z.string(), role: z.string() }))),
      ...commonErrors,
    },
  }),
  async (c) => c.json(await service.teamCandidates(c.get('ctx'), c.req.valid('param').id), 200),
);

studiesRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/study-organisation-directory',
    tags,
    summary: 'Organisations a study can invite, by name (names and kinds only)',
    access: ['admin', 'analyst'],
    request: { query: z.object({ q: z.string().max(100).optional() }) },
    responses: {
      200: jsonResponse(z.array(z.object({ id: z.uuid(), name: z.string(), kind: z.string() }))),
      ...commonErrors,
    },
  }),
  async (c) => c.json(await service.organisationDirectory(c.get('ctx'), c.req.valid('query').q), 200),
);
