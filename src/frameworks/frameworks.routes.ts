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
import * as items from './framework-items.service.js';
import {
  detailSchema,
  diffSchema,
  itemFieldsBody,
  itemSchema,
  moveBody,
  newFrameworkBody,
  newItemBody,
  summarySchema,
  tags,
  versionFieldsBody,
  versionItemParams,
  versionSchema,
} from './frameworks.openapi.js';
import * as service from './frameworks.service.js';

/** Reads are open to everyone signed in; the services decide who may change what (own organisation or national). */
const access = 'user' as const;

export const frameworksRoutes = createRouter();

frameworksRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/frameworks',
    tags,
    summary: "National frameworks and the active organisation's own",
    access,
    responses: { 200: jsonResponse(z.array(summarySchema)), ...commonErrors },
  }),
  async (c) => c.json(await service.listFrameworks(c.get('ctx')), 200),
);

frameworksRoutes.openapi(
  defineRoute({
    method: 'post',
    path: '/frameworks',
    tags,
    summary: 'Create a framework with an empty draft (national: platform admins only)',
    access,
    request: jsonBody(newFrameworkBody),
    responses: { 201: jsonResponse(detailSchema, 'Created'), ...commonErrors },
  }),
  async (c) => c.json(await service.createFramework(c.get('ctx'), c.req.valid('json')), 201),
);

frameworksRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/frameworks/{id}',
    tags,
    summary: 'A framework and its versions, newest first',
    access,
    request: { params: idParam },
    responses: { 200: jsonResponse(detailSchema), ...commonErrors },
  }),
  async (c) => c.json(await service.getFramework(c.get('ctx'), c.req.valid('param').id), 200),
);

frameworksRoutes.openapi(
  defineRoute({
    method: 'post',
    path: '/frameworks/{id}/draft',
    tags,
    summary: 'Start a new draft from the latest version',
    access,
    request: { params: idParam },
    responses: {
      201: jsonResponse(versionSchema, 'Created'),
      ...commonErrors,
      409: problemResponse('The framework already has a draft (draft_exists, params.versionId)'),
    },
  }),
  async (c) => c.json(await service.createDraft(c.get('ctx'), c.req.valid('param').id), 201),
);

frameworksRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/framework-versions/{id}',
    tags,
    summary: 'One version with its whole content',
    access,
    request: { params: idParam },
    responses: { 200: jsonResponse(versionSchema), ...commonErrors },
  }),
  async (c) => c.json(await service.getVersion(c.get('ctx'), c.req.valid('param').id), 200),
);

frameworksRoutes.openapi(
  defineRoute({
    method: 'patch',
    path: '/framework-versions/{id}',
    tags,
    summary: "Change a draft's title, description, publisher or scale",
    access,
    request: { params: idParam, ...jsonBody(versionFieldsBody) },
    responses: {
      200: jsonResponse(versionSchema),
      ...commonErrors,
      409: problemResponse('Published (version_published) or a removed level is in use (scale_level_in_use)'),
    },
  }),
  async (c) => c.json(await service.updateVersion(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
);

frameworksRoutes.openapi(
  defineRoute({
    method: 'delete',
    path: '/framework-versions/{id}',
    tags,
    summary: 'Discard a draft (a framework never published goes with it)',
    access,
    request: { params: idParam },
    responses: {
      204: { description: 'Discarded' },
      ...commonErrors,
      409: problemResponse('Published (version_published)'),
    },
  }),
  async (c) => {
    await service.discardDraft(c.get('ctx'), c.req.valid('param').id);
    return c.body(null, 204);
  },
);

frameworksRoutes.openapi(
  defineRoute({
    method: 'post',
    path: '/framework-versions/{id}/publish',
    tags,
    summary: 'Publish a draft with a change note; it never changes afterwards',
    access,
    request: { params: idParam, ...jsonBody(z.object({ changeNote: z.string().trim().min(1).max(2000) })) },
    responses: {
      200: jsonResponse(versionSchema),
      ...commonErrors,
      409: problemResponse('Already published (version_published)'),
      422: problemResponse('The content does not validate (framework_invalid, errors by path)'),
    },
  }),
  async (c) =>
    c.json(await service.publishVersion(c.get('ctx'), c.req.valid('param').id, c.req.valid('json').changeNote), 200),
);

frameworksRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/framework-versions/{id}/diff',
    tags,
    summary: 'What changed from another version (`against`) of the same framework to this one',
    access,
    request: { params: idParam, query: z.object({ against: z.uuid() }) },
    responses: { 200: jsonResponse(diffSchema), ...commonErrors },
  }),
  async (c) =>
    c.json(await service.diffVersions(c.get('ctx'), c.req.valid('param').id, c.req.valid('query').against), 200),
);

frameworksRoutes.openapi(
  defineRoute({
    method: 'post',
    path: '/framework-versions/{id}/items',
    tags,
    summary: 'Add an item to a draft (last among its siblings unless a position is given)',
    access,
    request: { params: idParam, ...jsonBody(newItemBody) },
    responses: { 201: jsonResponse(itemSchema, 'Created'), ...commonErrors, 409: problemResponse('Published') },
  }),
  async (c) => c.json(await items.addItem(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 201),
);

frameworksRoutes.openapi(
  defineRoute({
    method: 'patch',
    path: '/framework-versions/{id}/items/{identifier}',
    tags,
    summary: "Change an item's kind, code, texts, keywords or level descriptors",
    access,
    request: { params: versionItemParams, ...jsonBody(itemFieldsBody) },
    responses: { 200: jsonResponse(itemSchema), ...commonErrors, 409: problemResponse('Published') },
  }),
  async (c) => {
    const { id, identifier } = c.req.valid('param');
    return c.json(await items.updateItem(c.get('ctx'), id, identifier, c.req.valid('json')), 200);
  },
);

frameworksRoutes.openapi(
  defineRoute({
    method: 'post',
    path: '/framework-versions/{id}/items/{identifier}/move',
    tags,
    summary: 'Move an item with its subtree to a new parent and position; returns all items',
    access,
    request: { params: versionItemParams, ...jsonBody(moveBody) },
    responses: {
      200: jsonResponse(z.array(itemSchema)),
      ...commonErrors,
      409: problemResponse('Published, or into its own subtree (move_into_own_subtree)'),
    },
  }),
  async (c) => {
    const { id, identifier } = c.req.valid('param');
    return c.json(await items.moveItem(c.get('ctx'), id, identifier, c.req.valid('json')), 200);
  },
);

frameworksRoutes.openapi(
  defineRoute({
    method: 'delete',
    path: '/framework-versions/{id}/items/{identifier}',
    tags,
    summary: 'Delete an item and everything below it',
    access,
    request: { params: versionItemParams },
    responses: { 204: { description: 'Deleted' }, ...commonErrors, 409: problemResponse('Published') },
  }),
  async (c) => {
    const { id, identifier } = c.req.valid('param');
    await items.deleteItem(c.get('ctx'), id, identifier);
    return c.body(null, 204);
  },
);
