import { z } from '@hono/zod-openapi';
import { roles } from '../accounts/accounts.model.js';
import { type AppContext, requireTenant } from '../context.js';
import { commonErrors, createRouter, defineRoute, idParam, jsonResponse, problemSchema } from '../http/env.js';

const jobStatusSchema = z
  .object({
    id: z.uuid(),
    queue: z.string(),
    state: z.enum(['created', 'retry', 'active', 'completed', 'cancelled', 'failed']),
    percent: z.number().int().min(0).max(100),
    message: z.string().nullable(),
    result: z.unknown(),
    error: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('JobStatus');

export const jobsRoutes = createRouter();

/** Admins see every job of their organisation; other members only the jobs they started. */
function visibleTo(ctx: AppContext): [string, string | undefined] {
  const tenant = requireTenant(ctx);
  return [tenant.orgId, tenant.role === 'admin' ? undefined : ctx.user?.id];
}

jobsRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/jobs/{id}',
    tags: ['Jobs'],
    summary: "A background job's state, progress and result (poll it)",
    access: roles,
    request: { params: idParam },
    responses: { 200: jsonResponse(jobStatusSchema), ...commonErrors },
  }),
  async (c) => {
    const ctx = c.get('ctx');
    return c.json(await ctx.jobs.status(c.req.valid('param').id, ...visibleTo(ctx)), 200);
  },
);

jobsRoutes.openapi(
  defineRoute({
    method: 'post',
    path: '/jobs/{id}/retry',
    tags: ['Jobs'],
    summary: 'Run a failed job again',
    access: roles,
    request: { params: idParam },
    responses: {
      200: jsonResponse(jobStatusSchema),
      ...commonErrors,
      409: {
        description: 'The job has not failed',
        content: { 'application/problem+json': { schema: problemSchema } },
      },
    },
  }),
  async (c) => {
    const ctx = c.get('ctx');
    return c.json(await ctx.jobs.retry(c.req.valid('param').id, ...visibleTo(ctx)), 200);
  },
);
