/** The gap analysis as JSON (the integration contract), with small numbers suppressed. */
import { z } from '@hono/zod-openapi';
import { commonErrors, createRouter, defineRoute, idParam, jsonResponse } from '../platform/http/env.js';
import { GROUP_BY } from './gaps.model.js';
import { studyGaps } from './gaps.service.js';

export const gapsRoutes = createRouter();

const suppressed = z
  .object({ suppressed: z.literal(true) })
  .openapi({ description: 'Fewer than 5 people ("færre end 5")' });
const interval = z.tuple([z.number(), z.number()]).nullable();
const survey = z.object({
  n: z.number().int(),
  rated: z.number().int(),
  unrated: z.number().int(),
  meanGap: z.number().nullable(),
  sd: z.number().nullable(),
  ci: interval,
  shareBelow: z.number().nullable(),
});
const share = z.object({ n: z.number().int(), count: z.number().int(), share: z.number().nullable(), ci: interval });
const group = z.object({
  key: z.string(),
  label: z.string(),
  respondents: z.union([z.number().int(), suppressed]),
  interviewed: z.union([z.number().int(), suppressed]),
  competencies: z.array(
    z.object({
      competencyId: z.string(),
      survey: z.union([survey, suppressed]),
      interviews: z.union([share, suppressed]),
      priority: z.object({
        score: z.number().nullable(),
        ci: interval,
        basis: z.enum(['both', 'survey', 'interviews', 'none']),
      }),
    }),
  ),
});

gapsRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/studies/{id}/gaps',
    tags: ['Analysis'],
    summary:
      'Competency gaps per group: the survey gap normalised to the scale (mean, 95 % interval, share below target), ' +
      'the interview evidence and the priority. Groups of fewer than 5 people, and figures that would reveal them, ' +
      'are returned as { suppressed: true }',
    access: ['admin', 'analyst', 'hr'],
    request: {
      params: idParam,
      query: z.object({
        groupBy: z.enum(GROUP_BY).default('none'),
        organisation: z.uuid().optional(),
        area: z.string().max(100).optional(),
        band: z.enum(['new', 'experienced', 'unknown']).optional(),
      }),
    },
    responses: {
      200: jsonResponse(
        z
          .object({
            groupBy: z.enum(GROUP_BY),
            target: z.literal('needed'),
            scale: z.object({ min: z.number().int(), max: z.number().int() }),
            filter: z.object({
              organisation: z.string().optional(),
              area: z.string().optional(),
              band: z.string().optional(),
            }),
            competencies: z.array(
              z.object({ id: z.string(), code: z.string(), titleDa: z.string(), titleEn: z.string() }),
            ),
            groups: z.array(group),
            total: group,
          })
          .openapi('StudyGaps'),
      ),
      ...commonErrors,
    },
  }),
  async (c) => {
    const { groupBy, ...filter } = c.req.valid('query');
    return c.json(await studyGaps(c.get('ctx'), c.req.valid('param').id, groupBy, filter), 200);
  },
);
