/** The codebook: codes in a tree, tied to competencies; merge, split, and the default codebook from the framework. */
import { z } from '@hono/zod-openapi';
import {
  commonErrors,
  createRouter,
  defineRoute,
  jsonBody,
  jsonResponse,
  problemResponse,
} from '../platform/http/env.js';
import * as service from './codes.service.js';
import { codeSchema, params } from './coding-schemas.js';

const tags = ['Interview analysis'];
const access = ['admin', 'analyst'] as const;
export const codebookRoutes = createRouter();

const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/);
const codeFields = {
  name: z.string().trim().min(1).max(120),
  description: z.string().max(2000).optional(),
  colour: colour.optional(),
  polarity: z.enum(['need', 'strength', 'neutral']),
  competencyId: z.uuid().nullable().optional(),
  parentId: z.uuid().nullable().optional(),
  shortcut: z
    .string()
    .regex(/^[1-9]$/)
    .nullable()
    .optional(),
};
const statusErrors = {
  409: problemResponse('Study status, a shortcut in use, or a code in use'),
  422: problemResponse('Unknown competency or parent'),
};

codebookRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/studies/{id}/codes',
    tags,
    summary: "The study's codebook as a flat list in order (build the tree from parentId)",
    access,
    request: { params: params.study },
    responses: { 200: jsonResponse(z.array(codeSchema)), ...commonErrors },
  }),
  async (c) => c.json(await service.listCodes(c.get('ctx'), c.req.valid('param').id), 200),
);

codebookRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/studies/{id}/competencies',
    tags,
    summary: "The competencies of the study's framework version, to tie codes to",
    access,
    request: { params: params.study },
    responses: {
      200: jsonResponse(
        z.array(z.object({ identifier: z.string(), code: z.string(), titleDa: z.string(), titleEn: z.string() })),
      ),
      ...commonErrors,
    },
  }),
  async (c) => c.json(await service.listCompetencies(c.get('ctx'), c.req.valid('param').id), 200),
);

codebookRoutes.openapi(
  defineRoute({
    method: 'post',
    path: '/studies/{id}/codes',
    tags,
    summary: 'Add a code',
    access,
    request: { params: params.study, ...jsonBody(z.object(codeFields)) },
    responses: { 201: jsonResponse(codeSchema), ...commonErrors, ...statusErrors },
  }),
  async (c) => c.json(await service.createCode(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 201),
);

codebookRoutes.openapi(
  defineRoute({
    method: 'post',
    path: '/studies/{id}/codes/from-framework',
    tags,
    summary: "A need and a strength code per competency of the study's framework version (those missing)",
    access,
    request: { params: params.study },
    responses: { 200: jsonResponse(z.object({ created: z.number().int() })), ...commonErrors, ...statusErrors },
  }),
  async (c) => c.json(await service.codesFromFramework(c.get('ctx'), c.req.valid('param').id), 200),
);

codebookRoutes.openapi(
  defineRoute({
    method: 'patch',
    path: '/studies/{id}/codes/{codeId}',
    tags,
    summary: 'Change a code (name, description, colour, polarity, competency, parent, shortcut, order)',
    access,
    request: {
      params: params.code,
      ...jsonBody(
        z.object({
          ...codeFields,
          polarity: codeFields.polarity.optional(),
          name: codeFields.name.optional(),
          ordinal: z.number().int().min(0).max(100_000).optional(),
        }),
      ),
    },
    responses: { 200: jsonResponse(codeSchema), ...commonErrors, ...statusErrors },
  }),
  async (c) => {
    const { id, codeId } = c.req.valid('param');
    return c.json(await service.updateCode(c.get('ctx'), id, codeId, c.req.valid('json')), 200);
  },
);

codebookRoutes.openapi(
  defineRoute({
    method: 'delete',
    path: '/studies/{id}/codes/{codeId}',
    tags,
    summary: 'Delete a code that has no codings and no child codes (merge it instead to keep its codings)',
    access,
    request: { params: params.code },
    responses: { 204: { description: 'Deleted' }, ...commonErrors, ...statusErrors },
  }),
  async (c) => {
    const { id, codeId } = c.req.valid('param');
    await service.deleteCode(c.get('ctx'), id, codeId);
    return c.body(null, 204);
  },
);

codebookRoutes.openapi(
  defineRoute({
    method: 'post',
    path: '/studies/{id}/codes/{codeId}/merge',
    tags,
    summary: 'Merge a code into another: its codings and child codes move, the code goes',
    access,
    request: { params: params.code, ...jsonBody(z.object({ intoId: z.uuid() })) },
    responses: { 200: jsonResponse(z.object({ moved: z.number().int() })), ...commonErrors, ...statusErrors },
  }),
  async (c) => {
    const { id, codeId } = c.req.valid('param');
    return c.json(await service.mergeCode(c.get('ctx'), id, codeId, c.req.valid('json').intoId), 200);
  },
);

codebookRoutes.openapi(
  defineRoute({
    method: 'post',
    path: '/studies/{id}/codes/{codeId}/split',
    tags,
    summary: 'Split a code: new sibling codes take the listed codings, the rest stay',
    access,
    request: {
      params: params.code,
      ...jsonBody(
        z.object({
          parts: z
            .array(
              z.object({
                name: codeFields.name,
                colour: colour.optional(),
                polarity: z.enum(['need', 'strength', 'neutral']).optional(),
                codingIds: z.array(z.uuid()).max(10_000),
              }),
            )
            .min(1)
            .max(20),
        }),
      ),
    },
    responses: { 200: jsonResponse(z.object({ codes: z.array(codeSchema) })), ...commonErrors, ...statusErrors },
  }),
  async (c) => {
    const { id, codeId } = c.req.valid('param');
    return c.json(await service.splitCode(c.get('ctx'), id, codeId, c.req.valid('json').parts), 200);
  },
);
