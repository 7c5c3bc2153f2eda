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
import * as areasService from './areas.service.js';

const access = ['admin', 'hr'] as const;
const tags = ['Areas'];

const areaSchema = z
  .object({ id: z.uuid(), key: z.string(), name: z.string(), sortOrder: z.number().int(), unitCount: z.number().int() })
  .openapi('Area');
const name = z.string().trim().min(1).max(120);
export const areasRoutes = createRouter();

areasRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/areas',
    tags,
    summary: "The organisation's areas (sektor/forvaltning); the six defaults are created on first use",
    access,
    responses: { 200: jsonResponse(z.array(areaSchema)), ...commonErrors },
  }),
  async (c) => c.json(await areasService.listAreas(c.get('ctx')), 200),
);

areasRoutes.openapi(
  defineRoute({
    method: 'post',
    path: '/areas',
    tags,
    summary: 'Add an area',
    access,
    request: jsonBody(z.object({ name })),
    responses: { 201: jsonResponse(areaSchema, 'Created'), ...commonErrors, 409: problemResponse('The name is taken') },
  }),
  async (c) => c.json(await areasService.createArea(c.get('ctx'), c.req.valid('json')), 201),
);

areasRoutes.openapi(
  defineRoute({
    method: 'patch',
    path: '/areas/{id}',
    tags,
    summary: 'Rename or reorder an area',
    access,
    request: {
      params: idParam,
      ...jsonBody(z.object({ name: name.optional(), sortOrder: z.number().int().min(0).max(100_000).optional() })),
    },
    responses: { 200: jsonResponse(areaSchema), ...commonErrors, 409: problemResponse('The name is taken') },
  }),
  async (c) => c.json(await areasService.updateArea(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
);

areasRoutes.openapi(
  defineRoute({
    method: 'delete',
    path: '/areas/{id}',
    tags,
    summary: 'Delete an area that no unit has',
    access,
    request: { params: idParam },
    responses: {
      204: { description: 'Deleted' },
      ...commonErrors,
      409: problemResponse('Set on a unit (area_in_use)'),
    },
  }),
  async (c) => {
    await areasService.deleteArea(c.get('ctx'), c.req.valid('param').id);
    return c.body(null, 204);
  },
);

areasRoutes.openapi(
  defineRoute({
    method: 'put',
    path: '/units/{id}/area',
    tags,
    summary: "Set a unit's area, clear it (no area from here down), or inherit the parent's",
    access,
    request: {
      params: idParam,
      ...jsonBody(
        z
          .object({ mode: z.enum(['set', 'clear', 'inherit']), areaId: z.uuid().optional() })
          .refine((b) => b.mode !== 'set' || b.areaId !== undefined, { path: ['areaId'] }),
      ),
    },
    responses: {
      200: jsonResponse(
        z.object({ unitId: z.uuid(), areaId: z.uuid().nullable(), source: z.enum(['own', 'inherited', 'none']) }),
      ),
      ...commonErrors,
    },
  }),
  async (c) => c.json(await areasService.setUnitArea(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
);
