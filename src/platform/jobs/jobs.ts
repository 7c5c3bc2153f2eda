import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import PgBoss from 'pg-boss';
import { type Database, withAdvisoryLock } from '../db/client.js';
import { Problem } from '../http/problem.js';
import type { Logger } from '../logging/logger.js';
import { jobProgress } from './jobs.schema.js';

/** Arbitrary but fixed, distinct from MIGRATION_LOCK_ID. */
const JOBS_SETUP_LOCK_ID = 7_391_024_512;

export type JobState = 'created' | 'retry' | 'active' | 'completed' | 'cancelled' | 'failed';

export interface JobRun<T> {
  id: string;
  data: T;
  orgId: string | null;
  userId: string | null;
  /** Reports progress (0–100) with a line of text the UI shows live. */
  progress(percent: number, message?: string): Promise<void>;
  log: Logger;
}

export type JobHandler<T = unknown> = (run: JobRun<T>) => Promise<unknown>;

export interface JobStatus {
  id: string;
  queue: string;
  state: JobState;
  percent: number;
  message: string | null;
  result: unknown;
  error: string | null;
  createdAt: string;
  updatedAt: string;
}

interface Envelope<T> {
  orgId: string | null;
  userId: string | null;
  payload: T;
}

/**
 * Background jobs on pg-boss, the same queue on PGlite and PostgreSQL. Progress lives in `job_progress` so any
 * process can report it; status reads are scoped to the caller's organisation.
 */
export class Jobs {
  private readonly boss: PgBoss;
  private readonly handlers = new Map<string, { handler: JobHandler<never>; retryLimit: number }>();
  private readonly schedules = new Map<string, string>();
  private started = false;

  constructor(
    private readonly database: Database,
    private readonly log: Logger,
  ) {
    this.boss = new PgBoss({
      db: { executeSql: (text, values) => database.executeSql(text, values) },
      // Maintenance and scheduling are cheap; on PostgreSQL pg-boss elects one process for them.
      supervise: true,
      schedule: true,
    });
    this.boss.on('error', (error) => log.error('job queue error', { error }));
  }

  /** Registers a queue and its handler; call before `start`. */
  define<T>(queue: string, handler: JobHandler<T>, options: { retryLimit?: number } = {}): void {
    this.handlers.set(queue, { handler: handler as JobHandler<never>, retryLimit: options.retryLimit ?? 2 });
  }

  /** Runs a defined queue on a cron schedule (Europe/Copenhagen); pg-boss makes one process enqueue each run. */
  schedule(queue: string, cron: string): void {
    if (!this.handlers.has(queue)) throw new Error(`Define "${queue}" before scheduling it`);
    this.schedules.set(queue, cron);
  }

  async start(options: { work: boolean }): Promise<void> {
    // pg-boss's schema install and createQueue are not safe when several processes start on a new database at once
    // (a duplicate-key error on pg_namespace, then deadlocks between queue partitions): they take turns here.
    await withAdvisoryLock(this.database, JOBS_SETUP_LOCK_ID, async () => {
      await this.boss.start();
      for (const [queue, { retryLimit }] of this.handlers) {
        await this.boss.createQueue(queue, { name: queue, retryLimit, retryDelay: 5, retryBackoff: true });
      }
      for (const [queue, cron] of this.schedules) {
        const envelope: Envelope<Record<string, never>> = { orgId: null, userId: null, payload: {} };
        await this.boss.schedule(queue, cron, envelope, { tz: 'Europe/Copenhagen' });
      }
    });
    if (options.work) for (const [queue, { handler }] of this.handlers) await this.work(queue, handler);
    this.started = true;
  }

  private async work(queue: string, handler: JobHandler<never>): Promise<void> {
    await this.boss.work<Envelope<never>>(queue, { pollingIntervalSeconds: 0.5 }, async ([job]) => {
      const { orgId, userId, payload } = job.data;
      const log = this.log.child({ job: job.id, queue });
      const progress = (percent: number, message?: string) => this.saveProgress(job.id, percent, message ?? null);
      try {
        await this.db
          .update(jobProgress)
          .set({ error: null, updatedAt: new Date() })
          .where(eq(jobProgress.jobId, job.id));
        const result = await handler({ id: job.id, data: payload, orgId, userId, progress, log });
        await this.db
          .update(jobProgress)
          .set({ percent: 100, result: result ?? null, updatedAt: new Date() })
          .where(eq(jobProgress.jobId, job.id));
        return result;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        log.warn('job failed', { error: message });
        await this.db
          .update(jobProgress)
          .set({ error: message, updatedAt: new Date() })
          .where(eq(jobProgress.jobId, job.id));
        throw error;
      }
    });
  }

  private get db() {
    return this.database.db;
  }

  private async saveProgress(jobId: string, percent: number, message: string | null): Promise<void> {
    const clamped = Math.max(0, Math.min(100, Math.round(percent)));
    await this.db
      .update(jobProgress)
      .set({ percent: clamped, message, updatedAt: new Date() })
      .where(eq(jobProgress.jobId, jobId));
  }

  async enqueue<T>(
    queue: string,
    payload: T,
    owner: { orgId: string | null; userId: string | null },
    options: { startAfter?: Date; singletonKey?: string } = {},
  ): Promise<string> {
    if (!this.handlers.has(queue)) throw new Error(`Unknown job queue "${queue}"`);
    const envelope: Envelope<T> = { orgId: owner.orgId, userId: owner.userId, payload };
    // The progress row exists before the job does: a fast worker (another process) may finish the job before
    // send() returns, and its progress and result must have a row to land in.
    const id = randomUUID();
    await this.db.insert(jobProgress).values({ jobId: id, queue, orgId: owner.orgId, userId: owner.userId });
    const sent = await this.boss
      .send(queue, envelope as object, { id, startAfter: options.startAfter, singletonKey: options.singletonKey })
      .catch(async (error) => {
        await this.db.delete(jobProgress).where(eq(jobProgress.jobId, id));
        throw error;
      });
    if (!sent) {
      await this.db.delete(jobProgress).where(eq(jobProgress.jobId, id));
      throw new Error(`Job for "${queue}" was not created (duplicate singleton key?)`);
    }
    return id;
  }

  /**
   * The job's state and progress, or 404 when it belongs to another organisation or does not exist. With `userId`,
   * only that user's jobs are visible (non-admins see the jobs they started).
   */
  async status(jobId: string, orgId: string | null, userId?: string): Promise<JobStatus> {
    const row = await this.findOwned(jobId, orgId, userId);
    const job = await this.boss.getJobById(row.queue, jobId, { includeArchive: true });
    const state: JobState = job?.state ?? (row.result !== null ? 'completed' : 'created');
    return {
      id: row.jobId,
      queue: row.queue,
      state,
      percent: state === 'completed' ? 100 : row.percent,
      message: row.message,
      result: row.result,
      // A retry after a failure shows that failure; a manual retry cleared it, so it shows none.
      error: state === 'failed' ? (row.error ?? 'failed') : state === 'retry' ? row.error : null,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  }

  async retry(jobId: string, orgId: string | null, userId?: string): Promise<JobStatus> {
    const row = await this.findOwned(jobId, orgId, userId);
    const job = await this.boss.getJobById(row.queue, jobId, { includeArchive: true });
    if (job?.state !== 'failed') throw new Problem(409, 'job_not_failed');
    await this.db
      .update(jobProgress)
      .set({ error: null, percent: 0, message: null, updatedAt: new Date() })
      .where(eq(jobProgress.jobId, jobId));
    await this.boss.retry(row.queue, jobId);
    return this.status(jobId, orgId, userId);
  }

  private async findOwned(jobId: string, orgId: string | null, userId?: string) {
    const [row] = await this.db
      .select()
      .from(jobProgress)
      .where(
        and(
          eq(jobProgress.jobId, jobId),
          orgId === null ? sql`${jobProgress.orgId} is null` : eq(jobProgress.orgId, orgId),
          userId === undefined ? undefined : eq(jobProgress.userId, userId),
        ),
      );
    if (!row) throw new Problem(404, 'not_found');
    return row;
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }
}
