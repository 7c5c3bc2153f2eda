/** Codings of one coder, memos, and the study's coders. */
import { z } from '@hono/zod-openapi';
import {
  commonErrors,
  createRouter,
  defineRoute,
  jsonBody,
  jsonResponse,
  problemResponse,
} from '../platform/http/env.js';
import { listCoders } from './coding-access.js';
import { LAYER_PATTERN } from './coding-routes.model.js';
import { codingSchema, memoSchema, params } from './coding-schemas.js';
import { addCodings, deleteCoding, listCodings } from './codings.service.js';
import { createMemo, deleteMemo, listMemos, updateMemo } from './memos.service.js';

const tags = ['Interview analysis'];
const access = ['admin', 'analyst'] as const;
export const codingsRoutes = createRouter();
const writeErrors = {
  409: problemResponse('The study is not collecting or analysing'),
  422: problemResponse('Unknown code, or a span outside the text (offset_range)'),
};
const offset = z.number().int().min(0).max(50_000_000);

codingsRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/studies/{id}/coders',
    tags,
    summary: "The study's coders (team members who code, the machine, imported coders); `me` marks the caller",
    access,
    request: { params: params.study },
    responses: {
      200: jsonResponse(
        z.array(
          z.object({
            id: z.uuid(),
            name: z.string(),
            kind: z.enum(['human', 'machine', 'imported']),
            userId: z.uuid().nullable(),
            me: z.boolean(),
          }),
        ),
      ),
      ...commonErrors,
    },
  }),
  async (c) => c.json(await listCoders(c.get('ctx'), c.req.valid('param').id), 200),
);

codingsRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/studies/{id}/transcripts/{transcriptId}/codings',
    tags,
    summary: "A transcript's codings: the caller's, every coder's, one coder's, or the consensus layer",
    access,
    request: {
      params: params.transcript,
      query: z.object({ coder: z.string().regex(LAYER_PATTERN).optional() }),
    },
    responses: { 200: jsonResponse(z.array(codingSchema)), ...commonErrors },
  }),
  async (c) => {
    const { id, transcriptId } = c.req.valid('param');
    return c.json(await listCodings(c.get('ctx'), id, transcriptId, c.req.valid('query').coder ?? 'all'), 200);
  },
);

codingsRoutes.openapi(
  defineRoute({
    method: 'post',
    path: '/studies/{id}/transcripts/{transcriptId}/codings',
    tags,
    summary: 'Apply one or more codes to a span (code points, [start, end)) as the caller',
    access,
    request: {
      params: params.transcript,
      ...jsonBody(z.object({ codeIds: z.array(z.uuid()).min(1).max(50), start: offset, end: offset })),
    },
    responses: { 201: jsonResponse(z.array(codingSchema)), ...commonErrors, ...writeErrors },
  }),
  async (c) => {
    const { id, transcriptId } = c.req.valid('param');
    const { codeIds, start, end } = c.req.valid('json');
    const items = codeIds.map((codeId) => ({ transcriptId, codeId, start, end }));
    return c.json(await addCodings(c.get('ctx'), id, items), 201);
  },
);

codingsRoutes.openapi(
  defineRoute({
    method: 'post',
    path: '/studies/{id}/codings/restore',
    tags,
    summary: 'Put back codings the caller removed (undo)',
    access,
    request: {
      params: params.study,
      ...jsonBody(
        z.object({
          codings: z
            .array(z.object({ transcriptId: z.uuid(), codeId: z.uuid(), start: offset, end: offset }))
            .min(1)
            .max(500),
        }),
      ),
    },
    responses: { 201: jsonResponse(z.array(codingSchema)), ...commonErrors, ...writeErrors },
  }),
  async (c) => c.json(await addCodings(c.get('ctx'), c.req.valid('param').id, c.req.valid('json').codings), 201),
);

codingsRoutes.openapi(
  defineRoute({
    method: 'delete',
    path: '/studies/{id}/codings/{codingId}',
    tags,
    summary: 'Remove one of your own codings',
    access,
    request: { params: params.coding },
    responses: { 204: { description: 'Removed' }, ...commonErrors, ...writeErrors },
  }),
  async (c) => {
    const { id, codingId } = c.req.valid('param');
    await deleteCoding(c.get('ctx'), id, codingId);
    return c.body(null, 204);
  },
);

codingsRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/studies/{id}/memos',
    tags,
    summary: 'Memos of the study, or of one transcript, code or coding',
    access,
    request: {
      params: params.study,
      query: z.object({
        transcriptId: z.uuid().optional(),
        codeId: z.uuid().optional(),
        codingId: z.uuid().optional(),
      }),
    },
    responses: { 200: jsonResponse(z.array(memoSchema)), ...commonErrors },
  }),
  async (c) => c.json(await listMemos(c.get('ctx'), c.req.valid('param').id, c.req.valid('query')), 200),
);

codingsRoutes.openapi(
  defineRoute({
    method: 'post',
    path: '/studies/{id}/memos',
    tags,
    summary: 'Write a memo on the study, a transcript, a code or a coded passage',
    access,
    request: {
      params: params.study,
      ...jsonBody(
        z.object({
          target: z.enum(['study', 'transcript', 'code', 'coding']),
          targetId: z.uuid().optional(),
          text: z.string().min(1).max(20_000),
        }),
      ),
    },
    responses: { 201: jsonResponse(memoSchema), ...commonErrors, ...writeErrors },
  }),
  async (c) => c.json(await createMemo(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 201),
);

codingsRoutes.openapi(
  defineRoute({
    method: 'patch',
    path: '/studies/{id}/memos/{memoId}',
    tags,
    summary: 'Edit your own memo',
    access,
    request: { params: params.memo, ...jsonBody(z.object({ text: z.string().min(1).max(20_000) })) },
    responses: { 200: jsonResponse(memoSchema), ...commonErrors, ...writeErrors },
  }),
  async (c) => {
    const { id, memoId } = c.req.valid('param');
    return c.json(await updateMemo(c.get('ctx'), id, memoId, c.req.valid('json').text), 200);
  },
);

codingsRoutes.openapi(
  defineRoute({
    method: 'delete',
    path: '/studies/{id}/memos/{memoId}',
    tags,
    summary: 'Delete your own memo',
    access,
    request: { params: params.memo },
    responses: { 204: { description: 'Deleted' }, ...commonErrors, ...writeErrors },
  }),
  async (c) => {
    const { id, memoId } = c.req.valid('param');
    await deleteMemo(c.get('ctx'), id, memoId);
    return c.body(null, 204);
  },
);
