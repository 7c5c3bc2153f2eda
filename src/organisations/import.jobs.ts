/**
 * The org-chart import's background jobs. Each runs as the user who asked, in their organisation and language, and
 * only while that user may still import (admin or HR of the organisation).
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Role } from '../platform/accounts/accounts.model.js';
import type { AppContext, Services } from '../platform/context.js';
import { requesterContext } from '../platform/jobs/job-context.js';
import type { JobRun, Jobs } from '../platform/jobs/jobs.js';
import { type ImportJobPayload, ORGCHART_APPLY_QUEUE, ORGCHART_PREVIEW_QUEUE } from './import.service.js';
import { applyImport, markApplyFailed } from './import-apply.service.js';
import { previewImport } from './import-preview.service.js';
import { orgchartImports } from './organisations.schema.js';

const IMPORT_ROLES: readonly Role[] = ['admin', 'hr'];

const requester = (services: Services, run: JobRun<ImportJobPayload>) =>
  requesterContext(services, run, IMPORT_ROLES, 'The requester may no longer import org charts in this organisation');

async function markFailed(services: Services, run: JobRun<ImportJobPayload>, from: string[]) {
  if (!run.orgId) return;
  await services.database.db
    .update(orgchartImports)
    .set({ status: 'failed' })
    .where(
      and(
        eq(orgchartImports.id, run.data.importId),
        eq(orgchartImports.orgId, run.orgId),
        inArray(orgchartImports.status, from),
      ),
    );
}

/**
 * The error a job shows: a failed query's own message from the database, never drizzle's wrapper, which quotes the
 * statement's parameters (a batch of people's names and e-mails) into the job's visible error.
 */
export function jobError(error: unknown): Error {
  let e = error as { message?: string; cause?: unknown } | undefined;
  while (e?.cause && typeof e.cause === 'object') e = e.cause as typeof e;
  const message = typeof e?.message === 'string' && e.message ? e.message : String(error);
  return new Error(message.slice(0, 500));
}

export function defineImportJobs(jobs: Jobs, services: Services): void {
  jobs.define<ImportJobPayload>(
    ORGCHART_PREVIEW_QUEUE,
    async (run) => {
      try {
        return await previewImport(await requester(services, run), run.data.importId, run.progress);
      } catch (error) {
        await markFailed(services, run, ['uploaded', 'previewing']);
        throw jobError(error);
      }
    },
    { retryLimit: 1 },
  );
  // No automatic retry: a failed apply wrote nothing and says why; the user decides what comes next.
  jobs.define<ImportJobPayload>(
    ORGCHART_APPLY_QUEUE,
    async (run) => {
      let ctx: AppContext | undefined;
      try {
        ctx = await requester(services, run);
        return await applyImport(ctx, run.data.importId, run.progress);
      } catch (error) {
        if (ctx) await markApplyFailed(ctx, run.data.importId);
        else await markFailed(services, run, ['applying']);
        throw jobError(error);
      }
    },
    { retryLimit: 0 },
  );
}
