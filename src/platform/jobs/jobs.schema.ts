import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** pg-boss 10 has no progress API: workers upsert their progress here, the UI polls it. */
export const jobProgress = pgTable(
  'job_progress',
  {
    jobId: uuid('job_id').primaryKey(),
    queue: text('queue').notNull(),
    orgId: uuid('org_id'),
    userId: uuid('user_id'),
    percent: integer('percent').notNull().default(0),
    message: text('message'),
    result: jsonb('result'),
    error: text('error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('job_progress_org_idx').on(t.orgId, t.createdAt)],
);
