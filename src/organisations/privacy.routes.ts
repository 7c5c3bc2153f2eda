import { z } from '@hono/zod-openapi';
import { parseDateBoundary } from '../platform/audit/audit.model.js';
import type { AppContext } from '../platform/context.js';
import { contentDisposition } from '../platform/files/files.model.js';
import { commonErrors, createRouter, defineRoute, idParam, jsonBody, jsonResponse } from '../platform/http/env.js';
import { Problem } from '../platform/http/problem.js';
import { translator } from '../platform/i18n/i18n.js';
import { listConsents, recordConsent, withdrawConsent } from './consents.service.js';
import { erasePerson } from './erasure.service.js';
import { CONSENT_METHODS } from './people.model.js';
import { consentSchema } from './people.routes.js';
import { exportPersonData } from './privacy.service.js';
import { renderAccessHtml } from './privacy-html.js';

const HR = ['admin', 'hr'] as const;
/** A consent may be recorded a little ahead of the server clock (a browser's clock, a form filled at midnight). */
const CLOCK_SKEW_MS = 5 * 60 * 1000;

const consentBody = z.object({
  purpose: z.string().trim().min(1).max(500),
  method: z.enum(CONSENT_METHODS),
  givenAt: z
    .string()
    .min(1)
    .max(40)
    .openapi({ description: 'A date (midnight in Copenhagen) or an ISO date-time', example: '2026-03-01' }),
  note: z.string().trim().max(2000).nullable().optional(),
});

function invalid(ctx: AppContext, path: string, code: string): Problem {
  return new Problem(400, 'validation', {}, [{ path, message: ctx.t(`errors.${code}`) }]);
}

/** Personal data must not be cached by the browser or a proxy. */
const privateHeaders = { 'cache-control': 'private, no-store', 'x-content-type-options': 'nosniff' };

export const privacyRoutes = createRouter();

privacyRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/people/{id}/consents',
    tags: ['Privacy'],
    summary: "A person's consent records, newest first",
    access: HR,
    request: { params: idParam },
    responses: { 200: jsonResponse(z.object({ consents: z.array(consentSchema) })), ...commonErrors },
  }),
  async (c) => c.json({ consents: await listConsents(c.get('ctx'), c.req.valid('param').id) }, 200),
);

privacyRoutes.openapi(
  defineRoute({
    method: 'post',
    path: '/people/{id}/consents',
    tags: ['Privacy'],
    summary: 'Record a consent: purpose, how and when it was given',
    access: HR,
    request: { params: idParam, ...jsonBody(consentBody) },
    responses: { 201: jsonResponse(consentSchema, 'Recorded'), ...commonErrors },
  }),
  async (c) => {
    const ctx = c.get('ctx');
    const body = c.req.valid('json');
    const givenAt = parseDateBoundary(body.givenAt);
    if (!givenAt) throw invalid(ctx, 'givenAt', 'invalid_date');
    if (givenAt.getTime() > Date.now() + CLOCK_SKEW_MS) throw invalid(ctx, 'givenAt', 'date_in_future');
    const consent = await recordConsent(ctx, c.req.valid('param').id, {
      purpose: body.purpose,
      method: body.method,
      givenAt,
      note: body.note || null,
    });
    return c.json(consent, 201);
  },
);

privacyRoutes.openapi(
  defineRoute({
    method: 'post',
    path: '/consents/{id}/withdraw',
    tags: ['Privacy'],
    summary: 'Mark a consent as withdrawn now',
    access: HR,
    request: { params: idParam },
    responses: {
      200: jsonResponse(consentSchema, 'Withdrawn'),
      409: {
        description: 'Already withdrawn',
        content: { 'application/problem+json': { schema: z.object({ code: z.string() }) } },
      },
      ...commonErrors,
    },
  }),
  async (c) => c.json(await withdrawConsent(c.get('ctx'), c.req.valid('param').id), 200),
);

privacyRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/people/{id}/export',
    tags: ['Privacy'],
    summary: 'Right of access: everything about the person as a JSON download (audit-logged)',
    access: HR,
    request: { params: idParam },
    responses: {
      200: {
        description: 'The export, as an attachment',
        content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } },
      },
      ...commonErrors,
    },
  }),
  async (c) => {
    const data = await exportPersonData(c.get('ctx'), c.req.valid('param').id, 'json');
    return c.json(data as unknown as Record<string, unknown>, 200, {
      'content-disposition': contentDisposition(`indsigt-${data.person.pseudonym}.json`),
      ...privateHeaders,
    });
  },
);

privacyRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/people/{id}/export.html',
    tags: ['Privacy'],
    summary: 'Right of access: everything about the person as a printable Danish page (audit-logged)',
    access: HR,
    request: { params: idParam },
    responses: {
      200: { description: 'The page', content: { 'text/html': { schema: z.string() } } },
      ...commonErrors,
    },
  }),
  async (c) => {
    const data = await exportPersonData(c.get('ctx'), c.req.valid('param').id, 'html');
    // Danish: the page is for the person, whatever language the HR user works in.
    const t = translator('da');
    return c.body(
      renderAccessHtml(data, (key, params) => t(key, params ?? {}) as string),
      200,
      {
        'content-type': 'text/html; charset=utf-8',
        // No scripts, no external resources: only the page's own inline style.
        'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'",
        ...privateHeaders,
      },
    );
  },
);

privacyRoutes.openapi(
  defineRoute({
    method: 'delete',
    path: '/people/{id}',
    tags: ['Privacy'],
    summary: 'Erase the person: every row about them in every table; the pseudonym is never reused',
    access: ['admin'],
    request: { params: idParam },
    responses: { 204: { description: 'Erased' }, ...commonErrors },
  }),
  async (c) => {
    await erasePerson(c.get('ctx'), c.req.valid('param').id);
    return c.body(null, 204);
  },
);
