/** Memos: the analyst's notes on the study, a transcript, a code or a coded passage. Authors change their own. */
import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { AppContext } from '../platform/context.js';
import type { DbOrTx } from '../platform/db/client.js';
import { Problem } from '../platform/http/problem.js';
import { codes, codingMemos, codings, transcripts } from './coding.schema.js';
import { codableStudy, codingStudy } from './coding-access.js';

export type MemoTarget = 'study' | 'transcript' | 'code' | 'coding';

type MemoRow = typeof codingMemos.$inferSelect;

const memoView = (ctx: AppContext, r: MemoRow) => ({
  id: r.id,
  target: r.target as MemoTarget,
  targetId: r.codingId ?? r.codeId ?? r.transcriptId ?? null,
  transcriptId: r.transcriptId,
  text: r.text,
  authorName: r.authorName,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
  mine: r.authorId !== null && r.authorId === ctx.user?.id,
});

export async function listMemos(
  ctx: AppContext,
  studyId: string,
  filter: { transcriptId?: string; codeId?: string; codingId?: string },
) {
  await codingStudy(ctx, studyId);
  const where: SQL[] = [eq(codingMemos.studyId, studyId)];
  if (filter.transcriptId) where.push(eq(codingMemos.transcriptId, filter.transcriptId));
  if (filter.codeId) where.push(eq(codingMemos.codeId, filter.codeId));
  if (filter.codingId) where.push(eq(codingMemos.codingId, filter.codingId));
  const rows = await ctx.db
    .select()
    .from(codingMemos)
    .where(and(...where))
    .orderBy(asc(codingMemos.createdAt));
  return rows.map((r) => memoView(ctx, r));
}

/** Resolves a memo's target within the study; a coding memo also records its transcript, so it lists there. */
async function targetColumns(db: DbOrTx, studyId: string, target: MemoTarget, targetId: string | undefined) {
  if (target === 'study') return {};
  if (!targetId) throw new Problem(422, 'memo_target_missing');
  const inStudy = async (found: unknown[]) => {
    if (found.length === 0) throw new Problem(404, 'not_found');
  };
  if (target === 'transcript') {
    await inStudy(
      await db
        .select({ id: transcripts.id })
        .from(transcripts)
        .where(and(eq(transcripts.id, targetId), eq(transcripts.studyId, studyId))),
    );
    return { transcriptId: targetId };
  }
  if (target === 'code') {
    await inStudy(
      await db
        .select({ id: codes.id })
        .from(codes)
        .where(and(eq(codes.id, targetId), eq(codes.studyId, studyId))),
    );
    return { codeId: targetId };
  }
  const [coding] = await db
    .select({ transcriptId: codings.transcriptId, codeId: codings.codeId })
    .from(codings)
    .where(and(eq(codings.id, targetId), eq(codings.studyId, studyId)));
  if (!coding) throw new Problem(404, 'not_found');
  return { codingId: targetId, transcriptId: coding.transcriptId, codeId: coding.codeId };
}

export async function createMemo(
  ctx: AppContext,
  studyId: string,
  input: { target: MemoTarget; targetId?: string; text: string },
) {
  return ctx.db.transaction(async (tx) => {
    const study = await codableStudy(ctx, studyId, tx);
    const text = input.text.trim().normalize('NFC');
    if (!text) throw new Problem(422, 'memo_empty');
    const columns = await targetColumns(tx, studyId, input.target, input.targetId);
    const [row] = await tx
      .insert(codingMemos)
      .values({
        orgId: study.orgId,
        studyId,
        target: input.target,
        ...columns,
        text,
        authorId: ctx.user?.id ?? null,
        authorName: ctx.user?.name || ctx.user?.email || '',
      })
      .returning();
    return memoView(ctx, row);
  });
}

async function ownMemo(ctx: AppContext, tx: DbOrTx, studyId: string, memoId: string) {
  const [row] = await tx
    .select()
    .from(codingMemos)
    .where(and(eq(codingMemos.id, memoId), eq(codingMemos.studyId, studyId)));
  if (!row) throw new Problem(404, 'not_found');
  if (row.authorId !== ctx.user?.id) throw new Problem(403, 'not_your_memo');
  return row;
}

export async function updateMemo(ctx: AppContext, studyId: string, memoId: string, text: string) {
  return ctx.db.transaction(async (tx) => {
    await codableStudy(ctx, studyId, tx);
    await ownMemo(ctx, tx, studyId, memoId);
    const clean = text.trim().normalize('NFC');
    if (!clean) throw new Problem(422, 'memo_empty');
    const [row] = await tx
      .update(codingMemos)
      .set({ text: clean, updatedAt: new Date() })
      .where(eq(codingMemos.id, memoId))
      .returning();
    return memoView(ctx, row);
  });
}

export async function deleteMemo(ctx: AppContext, studyId: string, memoId: string) {
  await ctx.db.transaction(async (tx) => {
    await codableStudy(ctx, studyId, tx);
    await ownMemo(ctx, tx, studyId, memoId);
    await tx.delete(codingMemos).where(eq(codingMemos.id, memoId));
  });
}
