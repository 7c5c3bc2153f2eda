/** REFI-QDA exchange: the study as a .qdpx project, the codebook as .qdc, and import of either from other tools. */
import { z } from '@hono/zod-openapi';
import { contentDisposition } from '../platform/files/files.model.js';
import { commonErrors, createRouter, defineRoute, jsonResponse, problemResponse } from '../platform/http/env.js';
import { Problem } from '../platform/http/problem.js';
import { params } from './coding-schemas.js';
import { writeQdc } from './refi/qdc-write.js';
import { packQdpx } from './refi/qdpx.js';
import { RefiError } from './refi/refi.model.js';
import { studyProject } from './refi-export.service.js';
import { importRefi } from './refi-import.service.js';

const tags = ['Interview analysis'];
const access = ['admin', 'analyst'] as const;
export const refiRoutes = createRouter();

const fileName = (title: string, extension: string) =>
  `${
    title
      .replace(/[^\p{L}\p{N} _-]+/gu, '')
      .trim()
      .slice(0, 80) || 'projekt'
  }.${extension}`;

refiRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/studies/{id}/export.qdpx',
    tags,
    summary:
      'The study as a REFI-QDA 1.0 project (.qdpx): coders, codebook, transcripts, codings, memos, and cases with ' +
      'participant attributes as variables',
    access,
    request: { params: params.study },
    responses: {
      200: {
        description: 'QDPX (zip)',
        content: { 'application/zip': { schema: { type: 'string', format: 'binary' } } },
      },
      ...commonErrors,
    },
  }),
  async (c) => {
    const project = await studyProject(c.get('ctx'), c.req.valid('param').id);
    const bytes = packQdpx(project);
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      'content-type': 'application/zip',
      'content-disposition': contentDisposition(fileName(project.name, 'qdpx')),
    });
  },
);

refiRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/studies/{id}/codebook.qdc',
    tags,
    summary: "The study's codebook as a REFI-QDA 1.0 codebook (.qdc)",
    access,
    request: { params: params.study },
    responses: {
      200: { description: 'QDC (XML)', content: { 'application/xml': { schema: { type: 'string' } } } },
      ...commonErrors,
      409: problemResponse('The codebook is empty (codebook_empty)'),
    },
  }),
  async (c) => {
    const project = await studyProject(c.get('ctx'), c.req.valid('param').id);
    let xml: string;
    try {
      xml = writeQdc(project.codes, 'Frontline');
    } catch (error) {
      if (error instanceof RefiError) throw new Problem(409, error.code);
      throw error;
    }
    return c.body(xml, 200, {
      'content-type': 'application/xml; charset=utf-8',
      'content-disposition': contentDisposition(fileName(project.name, 'qdc')),
    });
  },
);

refiRoutes.openapi(
  defineRoute({
    method: 'post',
    path: '/studies/{id}/imports/qdpx',
    tags,
    summary:
      'Import a REFI-QDA project (.qdpx) or codebook (.qdc) into the study. Checked whole first; with dryRun=true ' +
      'only the report. What could not be kept is listed with the reason',
    access,
    request: {
      params: params.study,
      query: z.object({ dryRun: z.enum(['true', 'false']).optional() }),
      body: {
        required: true,
        content: {
          'multipart/form-data': {
            schema: { type: 'object' as const, properties: { file: { type: 'string' as const, format: 'binary' } } },
          },
        },
      },
    },
    responses: {
      200: jsonResponse(
        z
          .object({
            dryRun: z.boolean(),
            codes: z.number().int(),
            sources: z.number().int(),
            codings: z.number().int(),
            notes: z.number().int(),
            cases: z.number().int(),
            dropped: z.array(
              z.object({
                what: z.string(),
                count: z.number().int(),
                reason: z.string(),
                examples: z.array(z.string()),
              }),
            ),
          })
          .openapi('RefiImportReport'),
      ),
      ...commonErrors,
      409: problemResponse('The study is not collecting or analysing'),
      413: problemResponse('The file is too large'),
      422: problemResponse('Not a REFI-QDA file that can be read (the code says why)'),
    },
  }),
  async (c) => {
    const form = await c.req.parseBody();
    if (!(form.file instanceof File)) throw new Problem(400, 'transcript_file_missing');
    const dryRun = c.req.valid('query').dryRun === 'true' || form.dryRun === 'true';
    const bytes = new Uint8Array(await form.file.arrayBuffer());
    return c.json(await importRefi(c.get('ctx'), c.req.valid('param').id, bytes, dryRun), 200);
  },
);
