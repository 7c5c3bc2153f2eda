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
import { Problem } from '../platform/http/problem.js';
import * as importService from './import.service.js';
import { ORGCHART_FIELDS, type OrgChartMapping } from './orgchart-mapping.model.js';
import { ORGCHART_PROBLEM_CODES } from './orgchart-problems.model.js';

const access = ['admin', 'hr'] as const;
const tags = ['Org chart'];

const mappingSchema = z
  .object(Object.fromEntries(ORGCHART_FIELDS.map((f) => [f, z.string().trim().max(300).optional()])))
  .strict()
  .openapi('OrgChartMapping', { description: 'Field → header text of the column that holds it' });

const countsSchema = z.object({
  rows: z.number().int(),
  people: z.number().int(),
  units: z.number().int(),
  added: z.number().int(),
  changed: z.number().int(),
  left: z.number().int(),
  returned: z.number().int(),
  unchanged: z.number().int(),
  leadersSuggested: z.number().int(),
});

const problemCodes = Object.keys(ORGCHART_PROBLEM_CODES) as [string, ...string[]];
const importProblemSchema = z
  .object({
    code: z.enum(problemCodes),
    severity: z.enum(['fatal', 'error', 'warning']),
    row: z.number().int().optional(),
    column: z.string().optional(),
    params: z.record(z.string(), z.unknown()).optional(),
  })
  .openapi('OrgChartProblem');

const statusSchema = z.enum(['uploaded', 'previewing', 'previewed', 'invalid', 'applying', 'applied', 'failed']);
const resultSchema = z.object({
  added: z.number().int(),
  changed: z.number().int(),
  left: z.number().int(),
  returned: z.number().int(),
  leadersSuggested: z.number().int(),
  unitsAdded: z.number().int().optional(),
  unitsDeactivated: z.number().int().optional(),
});
const named = z.object({ employeeId: z.string(), name: z.string() });

const detailSchema = z
  .object({
    id: z.uuid(),
    fileName: z.string(),
    status: statusSchema,
    jobId: z.string().nullable(),
    createdAt: z.string(),
    appliedAt: z.string().nullable(),
    headers: z.array(z.string()),
    mapping: mappingSchema,
    suggestedMapping: mappingSchema,
    fields: z.array(z.object({ field: z.enum(ORGCHART_FIELDS), required: z.boolean() })),
    preview: z
      .object({
        counts: countsSchema,
        problems: z.array(importProblemSchema),
        problemCount: z.number().int(),
        samples: z.object({
          added: z.array(named.extend({ jobTitle: z.string().nullable(), unit: z.string().nullable() })),
          changed: z.array(
            named.extend({
              changes: z.array(z.object({ field: z.string(), from: z.string().nullable(), to: z.string().nullable() })),
            }),
          ),
          left: z.array(named),
          returned: z.array(named),
        }),
        canApply: z.boolean(),
      })
      .nullable(),
    result: resultSchema.nullable(),
  })
  .openapi('OrgChartImport');

const summarySchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  status: statusSchema,
  createdAt: z.string(),
  appliedAt: z.string().nullable(),
  createdByName: z.string().nullable(),
  counts: countsSchema.nullable(),
});

const fileField = z
  .custom<File>((value) => value instanceof File, { message: 'file' })
  .openapi({ type: 'string', format: 'binary' });

export const importRoutes = createRouter();

importRoutes.openapi(
  defineRoute({
    method: 'post',
    path: '/orgchart/imports',
    tags,
    summary: 'Upload an org chart (CSV or XLSX, field `file`); it is previewed in the background, nothing is written',
    access,
    request: {
      body: { content: { 'multipart/form-data': { schema: z.object({ file: fileField }) } }, required: true },
    },
    responses: {
      202: jsonResponse(z.object({ importId: z.uuid(), jobId: z.uuid() }), 'Stored; preview queued'),
      ...commonErrors,
      413: problemResponse('Larger than UPLOAD_MAX_BYTES'),
    },
  }),
  async (c) => {
    const { file } = c.req.valid('form');
    if (!(file instanceof File)) throw new Problem(400, 'orgchart_file_missing');
    const bytes = new Uint8Array(await file.arrayBuffer());
    const result = await importService.uploadOrgChart(c.get('ctx'), {
      name: file.name || 'orgchart',
      contentType: file.type,
      bytes,
    });
    return c.json(result, 202);
  },
);

importRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/orgchart/imports',
    tags,
    summary: "The organisation's org-chart imports, newest first",
    access,
    responses: { 200: jsonResponse(z.object({ imports: z.array(summarySchema) })), ...commonErrors },
  }),
  async (c) => c.json(await importService.listImports(c.get('ctx')), 200),
);

importRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/orgchart/imports/{id}',
    tags,
    summary: 'One import: its mapping, preview (counts, problems by row and column, samples) and result',
    access,
    request: { params: idParam },
    responses: { 200: jsonResponse(detailSchema), ...commonErrors },
  }),
  async (c) => c.json(await importService.getImport(c.get('ctx'), c.req.valid('param').id), 200),
);

importRoutes.openapi(
  defineRoute({
    method: 'put',
    path: '/orgchart/imports/{id}/mapping',
    tags,
    summary: 'Choose which column holds which field, and preview again',
    access,
    request: { params: idParam, ...jsonBody(z.object({ mapping: mappingSchema })) },
    responses: {
      202: jsonResponse(z.object({ jobId: z.uuid() }), 'Preview queued'),
      ...commonErrors,
      409: problemResponse('Busy, already applied, or the file has expired'),
    },
  }),
  async (c) => {
    const { mapping } = c.req.valid('json');
    // An empty choice means "not mapped".
    const chosen = Object.fromEntries(Object.entries(mapping).filter(([, header]) => header)) as OrgChartMapping;
    return c.json(await importService.setImportMapping(c.get('ctx'), c.req.valid('param').id, chosen), 202);
  },
);

importRoutes.openapi(
  defineRoute({
    method: 'post',
    path: '/orgchart/imports/{id}/apply',
    tags,
    summary: 'Write a previewed import (one transaction, in the background)',
    access,
    request: { params: idParam },
    responses: {
      202: jsonResponse(z.object({ jobId: z.uuid() }), 'Apply queued'),
      ...commonErrors,
      409: problemResponse('Not previewed, has errors, busy or already applied'),
    },
  }),
  async (c) => c.json(await importService.requestApply(c.get('ctx'), c.req.valid('param').id), 202),
);

importRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/orgchart/mapping',
    tags,
    summary: "The column mapping remembered from the organisation's last applied import",
    access,
    responses: { 200: jsonResponse(z.object({ mapping: mappingSchema.nullable() })), ...commonErrors },
  }),
  async (c) => c.json(await importService.getRememberedMapping(c.get('ctx')), 200),
);
