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
import { scaleLevelSchema, profileTags as tags } from './frameworks.openapi.js';
import * as service from './role-profiles.service.js';

const summarySchema = z
  .object({
    id: z.uuid(),
    scope: z.enum(['national', 'organisation']),
    ownerName: z.string().nullable(),
    nameDa: z.string(),
    nameEn: z.string(),
    area: z.string().nullable(),
    frameworkId: z.uuid(),
    versionId: z.uuid(),
    versionNumber: z.number().int(),
    targetCount: z.number().int(),
    canEdit: z.boolean(),
  })
  .openapi('RoleProfileSummary');

const targetSchema = z.object({
  itemIdentifier: z.uuid(),
  level: z.number().int(),
  rationaleDa: z.string(),
  rationaleEn: z.string(),
});

const detailSchema = summarySchema
  .extend({
    descriptionDa: z.string(),
    descriptionEn: z.string(),
    targets: z.array(targetSchema),
    competencies: z.array(
      z.object({
        identifier: z.uuid(),
        code: z.string(),
        titleDa: z.string(),
        titleEn: z.string(),
        domainTitleDa: z.string(),
        domainTitleEn: z.string(),
      }),
    ),
    scale: z.array(scaleLevelSchema),
  })
  .openapi('RoleProfile');

const name = z.string().trim().min(1).max(300);
const targetsBody = z
  .array(
    z.object({
      itemIdentifier: z.uuid(),
      level: z.number().int().min(0).max(100),
      rationaleDa: z.string().max(5000).optional(),
      rationaleEn: z.string().max(5000).optional(),
    }),
  )
  .max(5000);
const fields = {
  area: z.string().trim().max(200).nullable().optional(),
  descriptionDa: z.string().max(20_000).optional(),
  descriptionEn: z.string().max(20_000).optional(),
  targets: targetsBody.optional(),
};

export const roleProfilesRoutes = createRouter();

roleProfilesRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/role-profiles',
    tags,
    summary: "National role profiles and the active organisation's own",
    access: 'user',
    request: { query: z.object({ frameworkId: z.uuid().optional() }) },
    responses: { 200: jsonResponse(z.array(summarySchema)), ...commonErrors },
  }),
  async (c) => c.json(await service.listRoleProfiles(c.get('ctx'), c.req.valid('query')), 200),
);

roleProfilesRoutes.openapi(
  defineRoute({
    method: 'post',
    path: '/role-profiles',
    tags,
    summary: 'Create a role profile on a published framework version (national: platform admins only)',
    access: 'user',
    request: jsonBody(
      z.object({
        nameDa: name,
        nameEn: z.string().trim().max(300),
        versionId: z.uuid(),
        national: z.boolean().optional(),
        ...fields,
      }),
    ),
    responses: {
      201: jsonResponse(detailSchema, 'Created'),
      ...commonErrors,
      409: problemResponse('The version is a draft (profile_needs_published_version)'),
    },
  }),
  async (c) => c.json(await service.createRoleProfile(c.get('ctx'), c.req.valid('json')), 201),
);

roleProfilesRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/role-profiles/{id}',
    tags,
    summary: "A role profile: its targets and the version's competencies and scale",
    access: 'user',
    request: { params: idParam },
    responses: { 200: jsonResponse(detailSchema), ...commonErrors },
  }),
  async (c) => c.json(await service.getRoleProfile(c.get('ctx'), c.req.valid('param').id), 200),
);

roleProfilesRoutes.openapi(
  defineRoute({
    method: 'patch',
    path: '/role-profiles/{id}',
    tags,
    summary: 'Change a role profile; `targets` replaces all targets',
    access: 'user',
    request: {
      params: idParam,
      ...jsonBody(z.object({ nameDa: name.optional(), nameEn: z.string().trim().max(300).optional(), ...fields })),
    },
    responses: { 200: jsonResponse(detailSchema), ...commonErrors },
  }),
  async (c) => c.json(await service.updateRoleProfile(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
);

roleProfilesRoutes.openapi(
  defineRoute({
    method: 'post',
    path: '/role-profiles/{id}/upgrade',
    tags,
    summary: 'Move a profile to another published version of its framework; lists the targets that could not follow',
    access: 'user',
    request: { params: idParam, ...jsonBody(z.object({ versionId: z.uuid() })) },
    responses: {
      200: jsonResponse(detailSchema.extend({ dropped: z.array(z.uuid()) })),
      ...commonErrors,
      409: problemResponse('The version is a draft'),
    },
  }),
  async (c) =>
    c.json(await service.upgradeRoleProfile(c.get('ctx'), c.req.valid('param').id, c.req.valid('json').versionId), 200),
);

roleProfilesRoutes.openapi(
  defineRoute({
    method: 'delete',
    path: '/role-profiles/{id}',
    tags,
    summary: 'Delete a role profile',
    access: 'user',
    request: { params: idParam },
    responses: { 204: { description: 'Deleted' }, ...commonErrors },
  }),
  async (c) => {
    await service.deleteRoleProfile(c.get('ctx'), c.req.valid('param').id);
    return c.body(null, 204);
  },
);
