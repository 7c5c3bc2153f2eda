/** The interview guide (edit, reset, print) and the live response rates. */
import { z } from '@hono/zod-openapi';
import { contentDisposition } from '../platform/files/files.model.js';
import {
  commonErrors,
  createRouter,
  defineRoute,
  idParam,
  jsonBody,
  jsonResponse,
  problemResponse,
} from '../platform/http/env.js';
import { renderPdf } from '../platform/pdf/pdf.js';
import { getGuide, resetGuide, saveGuide } from './guide.service.js';
import { renderGuideHtml } from './guide-html.js';
import { guidePdfDefinition } from './guide-pdf.js';
import { GUIDE_LIMITS } from './interview-guide.model.js';
import { responseRates } from './participants.service.js';

const tags = ['Studies'];
const access = ['admin', 'analyst'] as const;
const text = z.string().max(GUIDE_LIMITS.textLength);
const sectionSchema = z.object({
  key: z.string().max(GUIDE_LIMITS.keyLength),
  titleDa: text,
  titleEn: text,
  questions: z
    .array(
      z.object({
        key: z.string().max(GUIDE_LIMITS.keyLength),
        textDa: text,
        textEn: text,
        competencyIdentifiers: z.array(z.string().max(40)).max(50),
        probeDa: text.optional(),
        probeEn: text.optional(),
      }),
    )
    .max(GUIDE_LIMITS.questionsPerSection),
});
const guideSchema = z
  .object({
    sections: z.array(sectionSchema),
    isDefault: z.boolean(),
    issues: z.array(
      z.object({
        path: z.string(),
        code: z.string(),
        severity: z.enum(['error', 'warning']),
        params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
        message: z.string(),
      }),
    ),
    studyTitle: z.string(),
  })
  .openapi('InterviewGuide');

export const guideRoutes = createRouter();

guideRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/studies/{id}/guide',
    tags,
    summary: "The interview guide (the framework's default until edited), with its warnings",
    access,
    request: { params: idParam },
    responses: { 200: jsonResponse(guideSchema), ...commonErrors },
  }),
  async (c) => c.json(await getGuide(c.get('ctx'), c.req.valid('param').id), 200),
);

guideRoutes.openapi(
  defineRoute({
    method: 'put',
    path: '/studies/{id}/guide',
    tags,
    summary: 'Save an edited guide (questions tied to competencies of the pinned framework)',
    access,
    request: {
      params: idParam,
      ...jsonBody(z.object({ sections: z.array(sectionSchema).max(GUIDE_LIMITS.sections) })),
    },
    responses: {
      200: jsonResponse(guideSchema),
      ...commonErrors,
      409: problemResponse('Fixed once collecting starts'),
    },
  }),
  async (c) => c.json(await saveGuide(c.get('ctx'), c.req.valid('param').id, c.req.valid('json').sections), 200),
);

guideRoutes.openapi(
  defineRoute({
    method: 'delete',
    path: '/studies/{id}/guide',
    tags,
    summary: "Go back to the framework's default guide",
    access,
    request: { params: idParam },
    responses: {
      200: jsonResponse(guideSchema),
      ...commonErrors,
      409: problemResponse('Fixed once collecting starts'),
    },
  }),
  async (c) => c.json(await resetGuide(c.get('ctx'), c.req.valid('param').id), 200),
);

guideRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/studies/{id}/guide.html',
    tags,
    summary: 'The guide as a page to print for the interviewer (print or save as PDF from the browser)',
    access,
    request: { params: idParam, query: z.object({ lang: z.enum(['da', 'en']).optional() }) },
    responses: {
      200: { description: 'HTML', content: { 'text/html': { schema: { type: 'string' } } } },
      ...commonErrors,
    },
  }),
  async (c) => {
    const ctx = c.get('ctx');
    const guide = await getGuide(ctx, c.req.valid('param').id);
    const language = c.req.valid('query').lang ?? (ctx.locale === 'en' ? 'en' : 'da');
    return c.html(renderGuideHtml(guide, ctx.t, language), 200);
  },
);

guideRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/studies/{id}/guide.pdf',
    tags,
    summary: 'The guide as a PDF for the interviewer (A4, room for notes)',
    access,
    request: { params: idParam, query: z.object({ lang: z.enum(['da', 'en']).optional() }) },
    responses: {
      200: { description: 'PDF', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } },
      ...commonErrors,
    },
  }),
  async (c) => {
    const ctx = c.get('ctx');
    const guide = await getGuide(ctx, c.req.valid('param').id);
    const language = c.req.valid('query').lang ?? (ctx.locale === 'en' ? 'en' : 'da');
    const pdf = await renderPdf(guidePdfDefinition(guide, ctx.t, language));
    return c.body(new Uint8Array(pdf), 200, {
      'content-type': 'application/pdf',
      'content-disposition': contentDisposition(`${ctx.t('studies.guide_print.file')}.pdf`),
    });
  },
);

guideRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/studies/{id}/response-rates',
    tags,
    summary: 'Live response rates per stratum (counts only)',
    access: ['admin', 'analyst', 'hr'],
    request: { params: idParam },
    responses: {
      200: jsonResponse(
        z.array(
          z.object({
            stratumKey: z.string(),
            orgId: z.uuid(),
            orgName: z.string(),
            area: z.string().nullable(),
            band: z.string().nullable(),
            drawn: z.number().int(),
            invited: z.number().int(),
            booked: z.number().int(),
            interviewed: z.number().int(),
            surveyed: z.number().int(),
            declined: z.number().int(),
            responseRate: z.number().nullable(),
          }),
        ),
      ),
      ...commonErrors,
    },
  }),
  async (c) => c.json(await responseRates(c.get('ctx'), c.req.valid('param').id), 200),
);
