/**
 * Who may do interview analysis: the running organisation's admins and analysts (the study team's side). Transcripts
 * are personal data even pseudonymised, so a participating organisation's HR does not see them (it sees aggregated
 * results in the analysis); to everyone else the study does not exist (404).
 */
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../platform/context.js';
import type { DbOrTx } from '../platform/db/client.js';
import { Problem } from '../platform/http/problem.js';
import { findStudy, type StudyRow, statusName } from '../studies/study-access.js';
import { assertChange } from '../studies/study-status.model.js';
import { coders } from './coding.schema.js';

export async function codingStudy(ctx: AppContext, studyId: string, db: DbOrTx = ctx.db): Promise<StudyRow> {
  const access = await findStudy(ctx, studyId, { db });
  if (!access.runner) throw new Problem(404, 'not_found');
  return access.study;
}

/**
 * A study the caller may code in now. No row lock: coders work side by side, and each write is a row of its own;
 * the status check keeps a closed study closed.
 */
export async function codableStudy(
  ctx: AppContext,
  studyId: string,
  db: DbOrTx = ctx.db,
  change: 'coding' | 'interviews' = 'coding',
): Promise<StudyRow> {
  const study = await codingStudy(ctx, studyId, db);
  const refused = assertChange(study.status as never, change);
  if (refused) throw new Problem(409, refused, { status: statusName(ctx, study.status) });
  return study;
}

/** The caller's coder row in the study, created on first use. */
export async function myCoder(ctx: AppContext, study: StudyRow, db: DbOrTx = ctx.db): Promise<string> {
  const user = ctx.user;
  if (!user) throw new Problem(401, 'unauthenticated');
  const [found] = await db
    .select({ id: coders.id })
    .from(coders)
    .where(and(eq(coders.studyId, study.id), eq(coders.userId, user.id)));
  if (found) return found.id;
  const [created] = await db
    .insert(coders)
    .values({ orgId: study.orgId, studyId: study.id, userId: user.id, name: user.name || user.email, kind: 'human' })
    .onConflictDoNothing()
    .returning({ id: coders.id });
  if (created) return created.id;
  const [raced] = await db
    .select({ id: coders.id })
    .from(coders)
    .where(and(eq(coders.studyId, study.id), eq(coders.userId, user.id)));
  return raced.id;
}

export async function listCoders(ctx: AppContext, studyId: string) {
  await codingStudy(ctx, studyId);
  const rows = await ctx.db.select().from(coders).where(eq(coders.studyId, studyId)).orderBy(coders.createdAt);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind as 'human' | 'machine' | 'imported',
    userId: r.userId,
    me: r.userId !== null && r.userId === ctx.user?.id,
  }));
}
