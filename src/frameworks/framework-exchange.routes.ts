import { z } from '@hono/zod-openapi';
import { contentDisposition } from '../platform/files/files.model.js';
import {
  commonErrors,
  createRouter,
  defineRoute,
  idParam,
  jsonResponse,
  problemResponse,
} from '../platform/http/env.js';
import { Problem } from '../platform/http/problem.js';
import * as exchange from './framework-exchange.service.js';
import { MAX_FRAMEWORK_FILE_BYTES } from './framework-file.js';
import { tags } from './frameworks.openapi.js';

export const frameworkExchangeRoutes = createRouter();

// The full shape is the CASE 1.1 CFPackage JSON Schema; only the document is named here.
const casePackageSchema = z
  .looseObject({ CFDocument: z.looseObject({ identifier: z.string(), title: z.string() }) })
  .openapi('CFPackage');

const versionQuery = z.object({
  version: z.uuid().optional().openapi({ description: 'A version id; default the latest published, else the draft' }),
});

frameworkExchangeRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/frameworks/{id}/case',
    tags,
    summary: 'The framework as a CASE 1.1 CFPackage (levels as one CFRubric per item with descriptors)',
    access: 'user',
    request: { params: idParam, query: versionQuery },
    responses: {
      200: jsonResponse(casePackageSchema, 'CASE 1.1 CFPackage'),
      ...commonErrors,
    },
  }),
  async (c) => {
    const { pkg, fileName } = await exchange.exportFrameworkCase(
      c.get('ctx'),
      c.req.valid('param').id,
      c.req.valid('query').version,
    );
    c.header('content-disposition', contentDisposition(fileName));
    return c.json(pkg as unknown as z.infer<typeof casePackageSchema>, 200);
  },
);

frameworkExchangeRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/frameworks/{id}/moodle.csv',
    tags,
    summary: "The framework as Moodle competency-framework CSV (tool_lpimportcsv's 14 columns)",
    access: 'user',
    request: { params: idParam, query: versionQuery },
    responses: {
      200: { description: 'CSV', content: { 'text/csv': { schema: { type: 'string' } } } },
      ...commonErrors,
    },
  }),
  async (c) => {
    const { csv, fileName } = await exchange.exportFrameworkMoodle(
      c.get('ctx'),
      c.req.valid('param').id,
      c.req.valid('query').version,
    );
    return c.body(csv, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': contentDisposition(fileName),
    });
  },
);

const issueSchema = z.object({
  path: z.string(),
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  message: z.string(),
});
const importResultSchema = z
  .object({
    frameworkId: z.uuid().nullable(),
    versionId: z.uuid().nullable(),
    created: z.boolean(),
    report: z.object({
      format: z.enum(['case', 'moodle']),
      itemCount: z.number().int(),
      competencyCount: z.number().int(),
      dropped: z.array(issueSchema),
      warnings: z.array(issueSchema),
    }),
  })
  .openapi('FrameworkImportResult');

// Plain JSON Schemas, not zod: the body is read raw, so a syntax error can be reported with its line and column.
const importBody = {
  required: true,
  content: {
    'application/json': { schema: { type: 'object' as const, description: 'A CASE 1.1 CFPackage' } },
    'text/csv': { schema: { type: 'string' as const, description: 'Moodle competency-framework CSV' } },
    'multipart/form-data': {
      schema: {
        type: 'object' as const,
        properties: { file: { type: 'string' as const, format: 'binary', description: 'a .json or .csv file' } },
        required: ['file'],
      },
    },
  },
};

async function readUpload(req: {
  header(name: string): string | undefined;
  arrayBuffer(): Promise<ArrayBuffer>;
  parseBody(): Promise<Record<string, unknown>>;
}): Promise<{ bytes: Uint8Array; fileName: string; contentType: string }> {
  const contentType = req.header('content-type') ?? '';
  if (contentType.startsWith('multipart/form-data')) {
    const { file } = await req.parseBody();
    if (!(file instanceof File)) throw new Problem(400, 'framework_file_missing');
    return {
      bytes: new Uint8Array(await file.arrayBuffer()),
      fileName: file.name || 'framework',
      contentType: file.type,
    };
  }
  if (/^(application\/json|text\/csv|text\/plain)/.test(contentType)) {
    const fileName = contentType.startsWith('application/json') ? 'framework.json' : 'framework.csv';
    return { bytes: new Uint8Array(await req.arrayBuffer()), fileName, contentType };
  }
  throw new Problem(415, 'unsupported_media_type');
}

frameworkExchangeRoutes.openapi(
  defineRoute({
    method: 'post',
    path: '/frameworks/import',
    tags,
    summary:
      'Import a CASE 1.1 package (JSON) or Moodle CSV: a new framework, or a new draft of your framework with the ' +
      'same identifier. Checked whole first; nothing is written unless it is valid',
    access: 'user',
    request: {
      query: z.object({
        dryRun: z.enum(['true', 'false']).optional().openapi({ description: 'Check and report only' }),
        national: z.enum(['true', 'false']).optional().openapi({ description: 'Platform admins: import as national' }),
      }),
      body: importBody,
    },
    responses: {
      200: jsonResponse(importResultSchema, 'Dry run: the report, nothing written'),
      201: jsonResponse(importResultSchema, 'Imported as a draft'),
      ...commonErrors,
      409: problemResponse('The framework already has a draft (draft_exists)'),
      413: problemResponse(`Larger than ${MAX_FRAMEWORK_FILE_BYTES / 1_048_576} MB`),
      415: problemResponse('Neither JSON, CSV nor a multipart upload'),
      422: problemResponse('The file is not a valid framework (framework_import_invalid, every error with its path)'),
    },
  }),
  async (c) => {
    const query = c.req.valid('query');
    const upload = await readUpload(c.req);
    const result = await exchange.importFramework(c.get('ctx'), {
      ...upload,
      dryRun: query.dryRun === 'true',
      national: query.national === 'true',
    });
    return c.json(result, query.dryRun === 'true' ? 200 : 201);
  },
);
