import { z } from '@hono/zod-openapi';
import { roles } from '../accounts/accounts.model.js';
import { commonErrors, createRouter, defineRoute, idParam } from '../http/env.js';
import { contentDisposition } from './files.model.js';
import * as filesService from './files.service.js';

export const filesRoutes = createRouter();

filesRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/files/{id}',
    tags: ['Files'],
    summary: 'Download a generated file (export, report) of the active organisation',
    access: roles,
    request: { params: idParam },
    responses: {
      200: {
        description: 'The file, as an attachment',
        content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
      },
      ...commonErrors,
    },
  }),
  async (c) => {
    const file = await filesService.readFile(c.get('ctx'), c.req.valid('param').id);
    return c.body(file.bytes as Uint8Array<ArrayBuffer>, 200, {
      'content-type': file.contentType,
      'content-length': String(file.size),
      'content-disposition': contentDisposition(file.name),
      'x-content-type-options': 'nosniff',
      // Exports hold personal data: no shared or browser cache keeps a copy.
      'cache-control': 'private, no-store',
    });
  },
);
