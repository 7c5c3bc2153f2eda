import { z } from '@hono/zod-openapi';
import type { AppContext } from '../context.js';
import { commonErrors, createRouter, defineRoute, jsonBody, jsonResponse } from '../http/env.js';
import { Problem } from '../http/problem.js';
import { AUDIT_PAGE_DEFAULT, AUDIT_PAGE_MAX, decodeCursor, parseDateBoundary } from './audit.model.js';
import type { AuditFilter } from './audit.service.js';
import * as auditService from './audit.service.js';
import { requestAuditExport } from './audit-export.service.js';

const dateBound = (description: string) =>
  z
    .string()
    .max(40)
    .refine((value) => parseDateBoundary(value) !== null)
    .optional()
    .openapi({ description, example: '2026-03-01' });

const filterFields = {
  action: z.string().trim().min(1).max(100).optional(),
  actor: z.string().trim().min(1).max(320).optional().openapi({ description: "Part of the actor's e-mail" }),
  entityType: z.string().trim().min(1).max(100).optional(),
  from: dateBound('From this date (Copenhagen midnight) or ISO date-time, inclusive'),
  to: dateBound('Until this date (Copenhagen midnight) or ISO date-time, exclusive'),
};
const filterBody = z.object(filterFields);
const listQuery = z.object({
  ...filterFields,
  before: z.string().max(200).optional().openapi({ description: 'The nextCursor of the previous page' }),
  limit: z.coerce.number().int().min(1).max(AUDIT_PAGE_MAX).default(AUDIT_PAGE_DEFAULT),
});

const entrySchema = z
  .object({
    id: z.uuid(),
    at: z.string(),
    actorEmail: z.string().nullable(),
    action: z.string(),
    entityType: z.string().nullable(),
    entityId: z.string().nullable(),
    ip: z.string().nullable(),
    details: z.record(z.string(), z.unknown()).nullable(),
  })
  .openapi('AuditEntry');
const pageSchema = z.object({ entries: z.array(entrySchema), nextCursor: z.string().nullable() }).openapi('AuditPage');

function invalid(ctx: AppContext, path: string, code: string): Problem {
  return new Problem(400, 'validation', {}, [{ path, message: ctx.t(`errors.${code}`) }]);
}

/** The validated strings as a service filter; a range that ends before it starts is a field error. */
function toFilter(ctx: AppContext, input: z.infer<typeof filterBody>): AuditFilter {
  const from = input.from ? (parseDateBoundary(input.from) ?? undefined) : undefined;
  const to = input.to ? (parseDateBoundary(input.to) ?? undefined) : undefined;
  if (from && to && from >= to) throw invalid(ctx, 'to', 'date_range');
  return { action: input.action, actor: input.actor, entityType: input.entityType, from, to };
}

export const auditRoutes = createRouter();

auditRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/audit',
    tags: ['Audit'],
    summary: "The active organisation's audit log, newest first (keyset pages)",
    access: ['admin'],
    request: { query: listQuery },
    responses: { 200: jsonResponse(pageSchema), ...commonErrors },
  }),
  async (c) => {
    const ctx = c.get('ctx');
    const query = c.req.valid('query');
    const before = query.before ? decodeCursor(query.before) : undefined;
    if (before === null) throw invalid(ctx, 'before', 'invalid_cursor');
    const page = await auditService.listAudit(ctx, { ...toFilter(ctx, query), limit: query.limit, before });
    return c.json(page, 200);
  },
);

auditRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/audit/actions',
    tags: ['Audit'],
    summary: "The actions that occur in the active organisation's audit log",
    access: ['admin'],
    responses: { 200: jsonResponse(z.array(z.string())), ...commonErrors },
  }),
  async (c) => c.json(await auditService.listAuditActions(c.get('ctx')), 200),
);

auditRoutes.openapi(
  defineRoute({
    method: 'post',
    path: '/audit/exports',
    tags: ['Audit'],
    summary: 'Export the audit log as CSV in the background; follow the job, then download result.fileId',
    access: ['admin'],
    request: jsonBody(filterBody),
    responses: { 202: jsonResponse(z.object({ jobId: z.uuid() }), 'Export queued'), ...commonErrors },
  }),
  async (c) => {
    const ctx = c.get('ctx');
    return c.json(await requestAuditExport(ctx, toFilter(ctx, c.req.valid('json'))), 202);
  },
);
