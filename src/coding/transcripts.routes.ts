/** Transcripts: upload (file or text, with a pseudonymisation dry run), batch upload of a zip, read, edit, delete. */
import { z } from '@hono/zod-openapi';
import {
  commonErrors,
  createRouter,
  defineRoute,
  jsonBody,
  jsonResponse,
  problemResponse,
} from '../platform/http/env.js';
import { Problem } from '../platform/http/problem.js';
import { stringList } from './coding-routes.model.js';
import { params, previewSchema, transcriptDetailSchema, transcriptSummarySchema } from './coding-schemas.js';
import { startTranscriptBatch } from './transcript-batch.service.js';
import * as service from './transcripts.service.js';

const tags = ['Interview analysis'];
const access = ['admin', 'analyst'] as const;
export const transcriptsRoutes = createRouter();

const uploadBody = {
  required: true,
  content: {
    'multipart/form-data': {
      schema: {
        type: 'object' as const,
        properties: {
          file: { type: 'string' as const, format: 'binary', description: '.txt, .docx, .vtt or .srt' },
          text: { type: 'string' as const, description: 'Pasted text (instead of a file)' },
          participantId: { type: 'string' as const, format: 'uuid' },
          title: { type: 'string' as const },
          terms: { type: 'string' as const, description: 'JSON array of extra terms to pseudonymise' },
          exclude: { type: 'string' as const, description: 'JSON array of proposed terms to keep' },
          dryRun: { type: 'string' as const, enum: ['true', 'false'] },
        },
        required: ['participantId'],
      },
    },
  },
};

transcriptsRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/studies/{id}/transcripts',
    tags,
    summary: "The study's transcripts with participant attributes and coding counts",
    access,
    request: { params: params.study },
    responses: { 200: jsonResponse(z.array(transcriptSummarySchema)), ...commonErrors },
  }),
  async (c) => c.json(await service.listTranscripts(c.get('ctx'), c.req.valid('param').id), 200),
);

transcriptsRoutes.openapi(
  defineRoute({
    method: 'post',
    path: '/studies/{id}/transcripts',
    tags,
    summary:
      'Upload a transcript (file or pasted text) for a participant. With dryRun=true: the pseudonymised preview and ' +
      'every replacement for review, nothing written',
    access,
    request: { params: params.study, body: uploadBody },
    responses: {
      200: jsonResponse(previewSchema, 'Dry run'),
      201: jsonResponse(transcriptDetailSchema, 'Saved'),
      ...commonErrors,
      409: problemResponse('The study is not collecting or analysing'),
      413: problemResponse('The file is too large'),
      415: problemResponse('Not a multipart upload'),
      422: problemResponse('The file cannot be read as a transcript (the code says why)'),
    },
  }),
  async (c) => {
    const ctx = c.get('ctx');
    if (!(c.req.header('content-type') ?? '').startsWith('multipart/form-data'))
      throw new Problem(415, 'unsupported_media_type');
    const form = await c.req.parseBody();
    const participantId = z.uuid().safeParse(form.participantId);
    if (!participantId.success) throw new Problem(400, 'transcript_participant_missing');
    const terms = stringList(form.terms);
    const exclude = stringList(form.exclude);
    if (!terms || !exclude) throw new Problem(400, 'transcript_terms_invalid');
    const file = form.file instanceof File ? form.file : undefined;
    const dryRun = form.dryRun === 'true';
    const result = await service.createTranscript(ctx, c.req.valid('param').id, {
      participantId: participantId.data,
      title: typeof form.title === 'string' ? form.title : undefined,
      file: file ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : undefined,
      text: !file && typeof form.text === 'string' ? form.text : undefined,
      terms,
      exclude,
      dryRun,
    });
    if (result.preview) return c.json({ preview: result.preview, replacements: result.replacements }, 200);
    return c.json(await service.getTranscript(ctx, c.req.valid('param').id, result.id as string), 201);
  },
);

transcriptsRoutes.openapi(
  defineRoute({
    method: 'post',
    path: '/studies/{id}/transcripts/batch',
    tags,
    summary:
      'Upload many transcripts as one zip; each file is matched to a participant by the pseudonym in its name ' +
      '(L-0042). Runs as a job with progress',
    access,
    request: {
      params: params.study,
      body: {
        required: true,
        content: {
          'multipart/form-data': {
            schema: { type: 'object' as const, properties: { file: { type: 'string' as const, format: 'binary' } } },
          },
        },
      },
    },
    responses: {
      202: jsonResponse(z.object({ jobId: z.string() }), 'Queued'),
      ...commonErrors,
      409: problemResponse('The study is not collecting or analysing'),
      413: problemResponse('The file is too large'),
      422: problemResponse('Not a safe zip (the code says why)'),
    },
  }),
  async (c) => {
    const form = await c.req.parseBody();
    if (!(form.file instanceof File)) throw new Problem(400, 'transcript_file_missing');
    const bytes = new Uint8Array(await form.file.arrayBuffer());
    const result = await startTranscriptBatch(c.get('ctx'), c.req.valid('param').id, {
      name: form.file.name,
      bytes,
    });
    return c.json(result, 202);
  },
);

transcriptsRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/studies/{id}/transcripts/{transcriptId}',
    tags,
    summary: 'A transcript: its pseudonymised text, speaker turns and what pseudonymisation replaced',
    access,
    request: { params: params.transcript },
    responses: { 200: jsonResponse(transcriptDetailSchema), ...commonErrors },
  }),
  async (c) => {
    const { id, transcriptId } = c.req.valid('param');
    return c.json(await service.getTranscript(c.get('ctx'), id, transcriptId), 200);
  },
);

transcriptsRoutes.openapi(
  defineRoute({
    method: 'patch',
    path: '/studies/{id}/transcripts/{transcriptId}',
    tags,
    summary: "Rename a transcript or assign it to a participant (the participant's attributes travel with it)",
    access,
    request: {
      params: params.transcript,
      ...jsonBody(z.object({ title: z.string().min(1).max(200).optional(), participantId: z.uuid().optional() })),
    },
    responses: { 200: jsonResponse(transcriptDetailSchema), ...commonErrors, 409: problemResponse('Study status') },
  }),
  async (c) => {
    const { id, transcriptId } = c.req.valid('param');
    return c.json(await service.updateTranscript(c.get('ctx'), id, transcriptId, c.req.valid('json')), 200);
  },
);

transcriptsRoutes.openapi(
  defineRoute({
    method: 'delete',
    path: '/studies/{id}/transcripts/{transcriptId}',
    tags,
    summary: 'Delete a transcript with its codings and memos',
    access,
    request: { params: params.transcript },
    responses: { 204: { description: 'Deleted' }, ...commonErrors, 409: problemResponse('Study status') },
  }),
  async (c) => {
    const { id, transcriptId } = c.req.valid('param');
    await service.deleteTranscript(c.get('ctx'), id, transcriptId);
    return c.body(null, 204);
  },
);
