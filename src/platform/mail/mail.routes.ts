import { z } from '@hono/zod-openapi';
import { commonErrors, createRouter, defineRoute, idParam, jsonResponse } from '../http/env.js';
import * as mailService from './mail.service.js';

const listItem = z
  .object({ id: z.uuid(), to: z.string(), subject: z.string(), kind: z.string(), createdAt: z.string() })
  .openapi('OutboxListItem');
const message = listItem
  .extend({
    text: z.string(),
    html: z.string().nullable(),
    attachments: z.array(z.object({ filename: z.string(), contentType: z.string() })),
  })
  .openapi('OutboxMessage');

export const mailRoutes = createRouter();

mailRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/outbox',
    tags: ['Mail'],
    summary: 'Mail kept in the outbox (no SMTP), newest first; platform admins also see platform mail',
    access: ['admin'],
    request: {
      query: z.object({
        to: z.string().trim().min(1).max(320).optional().openapi({ description: 'Part of the recipient address' }),
        kind: z.string().trim().min(1).max(100).optional(),
      }),
    },
    responses: { 200: jsonResponse(z.object({ messages: z.array(listItem) })), ...commonErrors },
  }),
  async (c) => c.json({ messages: await mailService.listOutbox(c.get('ctx'), c.req.valid('query')) }, 200),
);

mailRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/outbox/{id}',
    tags: ['Mail'],
    summary: 'One outbox message with its text',
    access: ['admin'],
    request: { params: idParam },
    responses: { 200: jsonResponse(message), ...commonErrors },
  }),
  async (c) => c.json(await mailService.getOutboxMessage(c.get('ctx'), c.req.valid('param').id), 200),
);

mailRoutes.openapi(
  defineRoute({
    method: 'post',
    path: '/mail/test',
    tags: ['Mail'],
    summary: 'Send a test mail to yourself (queued when SMTP is configured)',
    access: ['admin'],
    responses: {
      202: jsonResponse(
        z.object({ transport: z.enum(['smtp', 'outbox']), jobId: z.uuid().nullable() }),
        'Sent to the outbox, or queued for SMTP',
      ),
      ...commonErrors,
    },
  }),
  async (c) => c.json(await mailService.sendTestMail(c.get('ctx')), 202),
);
