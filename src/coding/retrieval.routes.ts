/** Retrieval of coded passages (JSON and CSV), code co-occurrence, and full-text search. */
import { z } from '@hono/zod-openapi';
import { CSV_CONTENT_TYPE } from '../platform/files/csv.model.js';
import { contentDisposition } from '../platform/files/files.model.js';
import { commonErrors, createRouter, defineRoute, jsonResponse } from '../platform/http/env.js';
import { LAYER_PATTERN } from './coding-routes.model.js';
import { params, passageSchema } from './coding-schemas.js';
import { cooccurrence, listPassages, passagesCsv } from './retrieval.service.js';
import { searchTranscripts } from './search.service.js';

const tags = ['Interview analysis'];
const access = ['admin', 'analyst'] as const;
export const retrievalRoutes = createRouter();

const layer = z.string().regex(LAYER_PATTERN).optional().openapi({ description: 'all, consensus or a coder id' });
const passageQuery = z.object({
  codeId: z.uuid().optional(),
  layer,
  organisation: z.string().max(200).optional(),
  area: z.string().max(200).optional(),
  band: z.string().max(40).optional(),
  role: z.string().max(200).optional(),
});

retrievalRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/studies/{id}/passages',
    tags,
    summary: 'Every passage of a code across the study, with context, filtered by participant attributes',
    access,
    request: { params: params.study, query: passageQuery },
    responses: {
      200: jsonResponse(z.object({ passages: z.array(passageSchema), total: z.number().int() })),
      ...commonErrors,
    },
  }),
  async (c) => c.json(await listPassages(c.get('ctx'), c.req.valid('param').id, c.req.valid('query')), 200),
);

retrievalRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/studies/{id}/passages.csv',
    tags,
    summary: 'The same passages as CSV (semicolon-separated, UTF-8 with BOM)',
    access,
    request: { params: params.study, query: passageQuery },
    responses: {
      200: { description: 'CSV', content: { 'text/csv': { schema: { type: 'string' } } } },
      ...commonErrors,
    },
  }),
  async (c) => {
    const csv = await passagesCsv(c.get('ctx'), c.req.valid('param').id, c.req.valid('query'));
    return c.body(csv, 200, {
      'content-type': CSV_CONTENT_TYPE,
      'content-disposition': contentDisposition('passager.csv'),
    });
  },
);

retrievalRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/studies/{id}/cooccurrence',
    tags,
    summary: 'How often two codes apply to the same speaker turn (diagonal: turns with the code)',
    access,
    request: { params: params.study, query: z.object({ layer }) },
    responses: {
      200: jsonResponse(z.object({ codes: z.array(z.uuid()), counts: z.array(z.array(z.number().int())) })),
      ...commonErrors,
    },
  }),
  async (c) =>
    c.json(await cooccurrence(c.get('ctx'), c.req.valid('param').id, c.req.valid('query').layer ?? 'all'), 200),
);

retrievalRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/studies/{id}/search',
    tags,
    summary: "Full-text search (PostgreSQL, danish) across the study's transcripts, per speaker turn",
    access,
    request: { params: params.study, query: z.object({ q: z.string().max(500) }) },
    responses: {
      200: jsonResponse(
        z.object({
          hits: z.array(
            z.object({
              transcriptId: z.uuid(),
              transcriptTitle: z.string(),
              pseudonym: z.string().nullable(),
              segmentOrdinal: z.number().int(),
              start: z.number().int(),
              end: z.number().int(),
              fragments: z.array(z.object({ text: z.string(), hit: z.boolean() })),
            }),
          ),
          total: z.number().int(),
        }),
      ),
      ...commonErrors,
    },
  }),
  async (c) => c.json(await searchTranscripts(c.get('ctx'), c.req.valid('param').id, c.req.valid('query').q), 200),
);
