/**
 * Many transcripts at once: a zip whose files name their participant by pseudonym (L-0042.docx). The zip is checked
 * before anything is queued (unsafe paths and bombs are refused whole); the job then reads, pseudonymises and saves
 * each file in its own transaction and reports every file imported or skipped with the reason.
 */
import { and, eq } from 'drizzle-orm';
import { people } from '../organisations/organisations.schema.js';
import type { AppContext, Services } from '../platform/context.js';
import { readFile, saveFile } from '../platform/files/files.service.js';
import { Problem } from '../platform/http/problem.js';
import { requesterContext } from '../platform/jobs/job-context.js';
import type { Jobs } from '../platform/jobs/jobs.js';
import { studyParticipants } from '../studies/studies.schema.js';
import { codableStudy } from './coding-access.js';
import { TranscriptError } from './transcript-text.model.js';
import { assertSafeTranscriptZip, pseudonymInFileName, readTranscriptZip } from './transcript-zip.js';
import { participantFacts, pseudonymise, saveTranscript, summarise } from './transcripts.service.js';

export const TRANSCRIPT_BATCH_QUEUE = 'coding-transcript-batch';
const BATCH_FILE_TTL_MS = 24 * 3600 * 1000;

interface BatchPayload {
  studyId: string;
  fileId: string;
  locale: string;
}

export async function startTranscriptBatch(
  ctx: AppContext,
  studyId: string,
  upload: { name: string; bytes: Uint8Array },
): Promise<{ jobId: string }> {
  const study = await codableStudy(ctx, studyId, ctx.db, 'interviews');
  try {
    assertSafeTranscriptZip(upload.bytes);
  } catch (error) {
    if (error instanceof TranscriptError)
      throw new Problem(error.code === 'file_too_large' ? 413 : 422, error.code, error.params as never);
    throw error;
  }
  const file = await saveFile(ctx, {
    name: upload.name || 'transcripts.zip',
    contentType: 'application/zip',
    bytes: upload.bytes,
    expiresAt: new Date(Date.now() + BATCH_FILE_TTL_MS),
  });
  const payload: BatchPayload = { studyId: study.id, fileId: file.id, locale: ctx.locale };
  const jobId = await ctx.jobs.enqueue(TRANSCRIPT_BATCH_QUEUE, payload, {
    orgId: ctx.tenant?.orgId ?? null,
    userId: ctx.user?.id ?? null,
  });
  return { jobId };
}

export interface BatchResult {
  imported: { file: string; transcriptId: string }[];
  skipped: { file: string; reason: string }[];
}

export async function runTranscriptBatch(
  ctx: AppContext,
  payload: BatchPayload,
  progress: (percent: number, message?: string) => Promise<void>,
): Promise<BatchResult> {
  const stored = await readFile(ctx, payload.fileId);
  const entries = await readTranscriptZip(stored.bytes);
  const result: BatchResult = { imported: [], skipped: [] };
  for (const [i, entry] of entries.entries()) {
    await progress(Math.round((i / Math.max(entries.length, 1)) * 100), entry.name);
    if ('error' in entry) {
      result.skipped.push({ file: entry.name, reason: ctx.t(`errors.${entry.error.code}`, entry.error.params) });
      continue;
    }
    const pseudonym = pseudonymInFileName(entry.name);
    if (!pseudonym) {
      result.skipped.push({ file: entry.name, reason: ctx.t('coding.batch.noPseudonym') });
      continue;
    }
    try {
      const id = await ctx.db.transaction(async (tx) => {
        const study = await codableStudy(ctx, payload.studyId, tx, 'interviews');
        const [participant] = await tx
          .select({ id: studyParticipants.id })
          .from(studyParticipants)
          .innerJoin(people, eq(people.id, studyParticipants.personId))
          .where(and(eq(studyParticipants.studyId, study.id), eq(people.pseudonym, pseudonym)));
        if (!participant) throw new Problem(422, 'transcript_participant_unknown');
        const facts = await participantFacts(tx, study.id, participant.id);
        const { replacements, result: clean } = await pseudonymise(tx, entry.result, facts);
        return saveTranscript(tx, study, {
          participantId: facts.id,
          caseName: null,
          title: entry.name.replace(/^.*\//, '').replace(/\.[^.]+$/, ''),
          attributes: facts.attributes,
          parsed: clean,
          pseudonymisation: summarise(replacements, []),
          createdBy: ctx.user?.id ?? null,
        });
      });
      result.imported.push({ file: entry.name, transcriptId: id });
    } catch (error) {
      if (!(error instanceof Problem)) throw error;
      result.skipped.push({ file: entry.name, reason: ctx.t(`errors.${error.code}`, error.params) });
    }
  }
  await progress(100);
  return result;
}

export function defineTranscriptBatchJob(jobs: Jobs, services: Services) {
  jobs.define<BatchPayload>(
    TRANSCRIPT_BATCH_QUEUE,
    async (run) => {
      const ctx = await requesterContext(
        services,
        run,
        ['admin', 'analyst'],
        'The requester may no longer analyse interviews in this organisation',
      );
      return runTranscriptBatch(ctx, run.data, run.progress);
    },
    { retryLimit: 0 },
  );
}
