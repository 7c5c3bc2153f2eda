/** OpenAPI/zod schemas of the coding API's answers. */
import { z } from '@hono/zod-openapi';

export const params = {
  study: z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) }),
  transcript: z.object({
    id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
    transcriptId: z.uuid().openapi({ param: { name: 'transcriptId', in: 'path' } }),
  }),
  code: z.object({
    id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
    codeId: z.uuid().openapi({ param: { name: 'codeId', in: 'path' } }),
  }),
  coding: z.object({
    id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
    codingId: z.uuid().openapi({ param: { name: 'codingId', in: 'path' } }),
  }),
  memo: z.object({
    id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
    memoId: z.uuid().openapi({ param: { name: 'memoId', in: 'path' } }),
  }),
  suggestion: z.object({
    id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
    suggestionId: z.uuid().openapi({ param: { name: 'suggestionId', in: 'path' } }),
  }),
};

export const attributesSchema = z.object({
  organisation: z.string().nullable(),
  area: z.string().nullable(),
  band: z.string().nullable(),
  role: z.string().nullable(),
});

export const segmentSchema = z.object({
  ordinal: z.number().int(),
  speaker: z.string().nullable(),
  role: z.string().nullable(),
  start: z.number().int(),
  end: z.number().int(),
  startMs: z.number().int().nullable(),
  endMs: z.number().int().nullable(),
});

export const transcriptSummarySchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    participantId: z.uuid().nullable(),
    pseudonym: z.string().nullable(),
    attributes: attributesSchema,
    format: z.string(),
    segmentCount: z.number().int(),
    wordCount: z.number().int(),
    codingCount: z.number().int(),
    coders: z.array(z.object({ coderId: z.uuid(), name: z.string() })),
    demo: z.boolean(),
    createdAt: z.string(),
  })
  .openapi('TranscriptSummary');

export const transcriptDetailSchema = transcriptSummarySchema
  .extend({
    text: z.string(),
    segments: z.array(segmentSchema),
    pseudonymisation: z.array(z.object({ pseudonym: z.string(), kind: z.string(), count: z.number().int() })),
  })
  .openapi('TranscriptDetail');

export const replacementSchema = z.object({
  term: z.string(),
  kind: z.string(),
  pseudonym: z.string(),
  count: z.number().int(),
});

export const previewSchema = z
  .object({
    preview: z.object({
      text: z.string(),
      segments: z.array(segmentSchema),
      format: z.string(),
      warnings: z.array(z.string()),
    }),
    replacements: z.array(replacementSchema),
  })
  .openapi('TranscriptPreview');

export const codeSchema = z
  .object({
    id: z.uuid(),
    parentId: z.uuid().nullable(),
    name: z.string(),
    description: z.string(),
    colour: z.string(),
    polarity: z.enum(['need', 'strength', 'neutral']),
    competencyId: z.uuid().nullable(),
    competencyTitle: z.string().nullable(),
    ordinal: z.number().int(),
    shortcut: z.string().nullable(),
    codingCount: z.number().int(),
  })
  .openapi('Code');

export const codingSchema = z
  .object({
    id: z.string(),
    codeId: z.uuid(),
    coderId: z.uuid().nullable(),
    start: z.number().int(),
    end: z.number().int(),
    origin: z.enum(['human', 'machine', 'import', 'consensus']),
    createdAt: z.string(),
  })
  .openapi('Coding');

export const memoSchema = z
  .object({
    id: z.uuid(),
    target: z.enum(['study', 'transcript', 'code', 'coding']),
    targetId: z.uuid().nullable(),
    transcriptId: z.uuid().nullable(),
    text: z.string(),
    authorName: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    mine: z.boolean(),
  })
  .openapi('Memo');

export const passageSchema = z.object({
  codingId: z.string(),
  transcriptId: z.uuid(),
  transcriptTitle: z.string(),
  pseudonym: z.string().nullable(),
  attributes: attributesSchema,
  codeId: z.uuid(),
  coderName: z.string().nullable(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  before: z.string(),
  after: z.string(),
});
