/** Agreement between coders, each transcript's disagreements, and the team's resolutions (the consensus layer). */
import { z } from '@hono/zod-openapi';
import {
  commonErrors,
  createRouter,
  defineRoute,
  jsonBody,
  jsonResponse,
  problemResponse,
} from '../platform/http/env.js';
import { resolveDisagreement, studyAgreement, transcriptComparison } from './agreement.service.js';
import { params } from './coding-schemas.js';

const tags = ['Interview analysis'];
const access = ['admin', 'analyst'] as const;
export const agreementRoutes = createRouter();

const figures = { percent: z.number().nullable(), kappa: z.number().nullable(), alpha: z.number().nullable() };

agreementRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/studies/{id}/agreement',
    tags,
    summary:
      "Agreement between coders per code and overall (percent, Cohen's kappa for two coders, Krippendorff's alpha); " +
      'the unit is the speaker turn. Includes the machine as one more coder, on passages it was not trained on',
    access,
    request: {
      params: params.study,
      query: z.object({
        coders: z
          .string()
          .regex(/^[0-9a-f-]{36}(,[0-9a-f-]{36})*$/i)
          .optional()
          .openapi({ description: 'Comma-separated coder ids; default: every human coder' }),
      }),
    },
    responses: {
      200: jsonResponse(
        z
          .object({
            unit: z.literal('segment'),
            coders: z.array(z.object({ id: z.uuid(), name: z.string() })),
            transcripts: z.number().int(),
            units: z.number().int(),
            overall: z.object(figures),
            perCode: z.array(
              z.object({ codeId: z.uuid(), units: z.number().int(), positives: z.number().int(), ...figures }),
            ),
            machine: z
              .object({
                perCode: z.array(z.object({ codeId: z.string(), kappa: z.number().nullable(), n: z.number().int() })),
              })
              .nullable(),
          })
          .openapi('Agreement'),
      ),
      ...commonErrors,
      422: problemResponse('A coder not in this study'),
    },
  }),
  async (c) => {
    const coders = c.req.valid('query').coders?.split(',');
    return c.json(await studyAgreement(c.get('ctx'), c.req.valid('param').id, coders), 200);
  },
);

agreementRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/studies/{id}/transcripts/{transcriptId}/comparison',
    tags,
    summary: "Every disagreement between the transcript's coders (turn × code) and how the team resolved it",
    access,
    request: { params: params.transcript },
    responses: {
      200: jsonResponse(
        z.object({
          coders: z.array(z.object({ id: z.uuid(), name: z.string() })),
          agreed: z.number().int(),
          disagreements: z.array(
            z.object({
              segmentOrdinal: z.number().int(),
              codeId: z.uuid(),
              appliedBy: z.array(z.uuid()),
              resolution: z.enum(['include', 'exclude']).nullable(),
              start: z.number().int(),
              end: z.number().int(),
              text: z.string(),
            }),
          ),
        }),
      ),
      ...commonErrors,
    },
  }),
  async (c) => {
    const { id, transcriptId } = c.req.valid('param');
    return c.json(await transcriptComparison(c.get('ctx'), id, transcriptId), 200);
  },
);

agreementRoutes.openapi(
  defineRoute({
    method: 'put',
    path: '/studies/{id}/transcripts/{transcriptId}/resolutions',
    tags,
    summary: 'Resolve a disagreement into the consensus layer (include or exclude; null withdraws the decision)',
    access,
    request: {
      params: params.transcript,
      ...jsonBody(
        z.object({
          segmentOrdinal: z.number().int().min(0),
          codeId: z.uuid(),
          decision: z.enum(['include', 'exclude']).nullable(),
        }),
      ),
    },
    responses: {
      200: jsonResponse(z.object({ resolution: z.enum(['include', 'exclude']).nullable() })),
      ...commonErrors,
      409: problemResponse('The study is not collecting or analysing'),
      422: problemResponse('Unknown code'),
    },
  }),
  async (c) => {
    const { id, transcriptId } = c.req.valid('param');
    return c.json(await resolveDisagreement(c.get('ctx'), id, transcriptId, c.req.valid('json')), 200);
  },
);
