/** Machine suggestions: train (a job), the model's held-out agreement, and accept or reject per suggestion. */
import { z } from '@hono/zod-openapi';
import type { Services } from '../platform/context.js';
import { commonErrors, createRouter, defineRoute, jsonResponse, problemResponse } from '../platform/http/env.js';
import { requesterContext } from '../platform/jobs/job-context.js';
import type { Jobs } from '../platform/jobs/jobs.js';
import { codingSchema, params } from './coding-schemas.js';
import * as service from './suggestions.service.js';

const tags = ['Interview analysis'];
const access = ['admin', 'analyst'] as const;
export const suggestionsRoutes = createRouter();
const statusError = { 409: problemResponse('The study is not collecting or analysing, or already decided') };

suggestionsRoutes.openapi(
  defineRoute({
    method: 'post',
    path: '/studies/{id}/suggestions/train',
    tags,
    summary: "Retrain the suggestion model on the study's consensus coding (a job with progress)",
    access,
    request: { params: params.study },
    responses: { 202: jsonResponse(z.object({ jobId: z.string() })), ...commonErrors, ...statusError },
  }),
  async (c) => c.json(await service.startTraining(c.get('ctx'), c.req.valid('param').id), 202),
);

suggestionsRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/studies/{id}/suggestions/model',
    tags,
    summary: "The suggestion model's state and its kappa per code against the humans on held-out passages",
    access,
    request: { params: params.study },
    responses: {
      200: jsonResponse(
        z.object({
          status: z.enum(['none', 'keywords', 'trained']),
          trainedAt: z.string().nullable(),
          passages: z.number().int(),
          perCode: z.array(z.object({ codeId: z.string(), kappa: z.number().nullable(), heldOut: z.number().int() })),
        }),
      ),
      ...commonErrors,
    },
  }),
  async (c) => c.json(await service.modelStatus(c.get('ctx'), c.req.valid('param').id), 200),
);

suggestionsRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/studies/{id}/transcripts/{transcriptId}/suggestions',
    tags,
    summary: "Open machine suggestions on a transcript's turns (they count for nothing until accepted)",
    access,
    request: { params: params.transcript },
    responses: {
      200: jsonResponse(
        z.array(
          z.object({
            id: z.uuid(),
            codeId: z.uuid(),
            start: z.number().int(),
            end: z.number().int(),
            score: z.number(),
            status: z.literal('open'),
          }),
        ),
      ),
      ...commonErrors,
    },
  }),
  async (c) => {
    const { id, transcriptId } = c.req.valid('param');
    return c.json(await service.listSuggestions(c.get('ctx'), id, transcriptId), 200);
  },
);

suggestionsRoutes.openapi(
  defineRoute({
    method: 'post',
    path: '/studies/{id}/suggestions/{suggestionId}/accept',
    tags,
    summary: "Accept a suggestion: it becomes the caller's coding",
    access,
    request: { params: params.suggestion },
    responses: { 201: jsonResponse(codingSchema), ...commonErrors, ...statusError },
  }),
  async (c) => {
    const { id, suggestionId } = c.req.valid('param');
    return c.json(await service.acceptSuggestion(c.get('ctx'), id, suggestionId), 201);
  },
);

suggestionsRoutes.openapi(
  defineRoute({
    method: 'post',
    path: '/studies/{id}/suggestions/{suggestionId}/reject',
    tags,
    summary: 'Reject a suggestion (it does not come back on retraining)',
    access,
    request: { params: params.suggestion },
    responses: { 204: { description: 'Rejected' }, ...commonErrors, ...statusError },
  }),
  async (c) => {
    const { id, suggestionId } = c.req.valid('param');
    await service.rejectSuggestion(c.get('ctx'), id, suggestionId);
    return c.body(null, 204);
  },
);

export function defineSuggestionJobs(jobs: Jobs, services: Services) {
  jobs.define<{ studyId: string; locale?: string }>(
    service.SUGGESTIONS_TRAIN_QUEUE,
    async (run) => {
      const ctx = await requesterContext(
        services,
        run,
        ['admin', 'analyst'],
        'The requester may no longer analyse interviews in this organisation',
      );
      return service.trainStudyModel(ctx, run.data.studyId, run.progress);
    },
    { retryLimit: 0 },
  );
}
