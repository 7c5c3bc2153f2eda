/**
 * Machine suggestions: a model learnt from the study's own consensus coding (one classifier per code on speaker
 * turns), starting from the competencies' keywords before anyone has coded. Training runs as a job; it stores the
 * model with its held-out agreement with the humans, and lays out fresh suggestions for every turn a human has not
 * already coded with that code. Suggestions count for nothing until a coder accepts one: then it is that coder's
 * coding (origin 'machine'). Rejected suggestions stay rejected through later retraining.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { AppContext } from '../platform/context.js';
import type { DbOrTx } from '../platform/db/client.js';
import { queryRows } from '../platform/db/rows.js';
import { Problem } from '../platform/http/problem.js';
import { studyCompetencies } from './codes.service.js';
import { coders, codeSuggestions, codes, codingModels } from './coding.schema.js';
import { codableStudy, codingStudy } from './coding-access.js';
import { addCodings, type CodingView } from './codings.service.js';
import { type SuggestModel, modelStatus as statusOf, suggest, trainModel } from './suggest-train.js';

export const SUGGESTIONS_TRAIN_QUEUE = 'coding-train-suggestions';
/** Suggestions kept per turn: a few good ones, not a wall of chips. */
const PER_TURN = 3;

interface TurnRow {
  transcript_id: string;
  ordinal: number;
  start_offset: number;
  end_offset: number;
  text: string;
  codes: string[] | string | null;
}

const codeList = (value: TurnRow['codes']): string[] =>
  Array.isArray(value) ? value : typeof value === 'string' ? value.replace(/[{}]/g, '').split(',').filter(Boolean) : [];

/** The leaders' turns of the study with the consensus codes on each (the interviewer's questions are not evidence). */
async function studyTurns(db: DbOrTx, studyId: string): Promise<TurnRow[]> {
  const result = await queryRows<TurnRow>(
    db,
    sql`
    select s.transcript_id, s.ordinal, s.start_offset, s.end_offset, s.text,
      (select array_agg(u.code_id::text) from consensus_units u
        where u.transcript_id = s.transcript_id and u.segment_ordinal = s.ordinal) as codes
    from transcript_segments s
    where s.study_id = ${studyId} and coalesce(s.role, 'participant') <> 'interviewer'
    order by s.transcript_id, s.ordinal`,
  );
  return result;
}

export async function trainStudyModel(
  ctx: AppContext,
  studyId: string,
  progress: (percent: number, message?: string) => Promise<void> = async () => {},
) {
  const study = await codableStudy(ctx, studyId);
  const competencies = new Map((await studyCompetencies(ctx, study)).map((c) => [c.identifier, c]));
  const codeRows = await ctx.db.select().from(codes).where(eq(codes.studyId, studyId)).orderBy(asc(codes.ordinal));
  const turns = await studyTurns(ctx.db, studyId);
  await progress(5, ctx.t('coding.suggestions.reading'));
  // Training passages: the turns of transcripts someone has coded (an uncoded transcript says nothing yet).
  const coded = new Set(turns.filter((t) => codeList(t.codes).length > 0).map((t) => t.transcript_id));
  const passages = turns
    .filter((t) => coded.has(t.transcript_id))
    .map((t) => ({ text: t.text, codeIds: codeList(t.codes), transcriptId: t.transcript_id }));
  const codeInputs = codeRows.map((c) => ({
    id: c.id,
    polarity: c.polarity as 'need' | 'strength' | 'neutral',
    keywords: c.competencyId ? (competencies.get(c.competencyId)?.keywordsDa ?? []) : [],
  }));
  const trained = await trainModel(passages, codeInputs, (p) => progress(5 + Math.round(p * 0.75)));
  const model = trained.model;
  const evaluation = (trained.evaluation?.perCode ?? []).map((e) => ({
    codeId: e.codeId,
    kappa: e.kappa,
    heldOut: e.heldOut,
  }));
  await progress(80, ctx.t('coding.suggestions.suggesting'));
  const suggestions = suggest(
    model,
    turns.map((t) => ({ key: `${t.transcript_id}:${t.ordinal}`, text: t.text })),
  );
  const turnByKey = new Map(turns.map((t) => [`${t.transcript_id}:${t.ordinal}`, t]));
  const rows: (typeof codeSuggestions.$inferInsert)[] = [];
  const perTurn = new Map<string, number>();
  for (const s of [...suggestions].sort((a, b) => b.score - a.score)) {
    const turn = turnByKey.get(s.key);
    if (!turn || codeList(turn.codes).includes(s.codeId)) continue;
    const n = perTurn.get(s.key) ?? 0;
    if (n >= PER_TURN) continue;
    perTurn.set(s.key, n + 1);
    rows.push({
      studyId,
      transcriptId: turn.transcript_id,
      segmentOrdinal: Number(turn.ordinal),
      codeId: s.codeId,
      start: Number(turn.start_offset),
      end: Number(turn.end_offset),
      score: Math.round(s.score * 1000) / 1000,
    });
  }
  await ctx.db.transaction(async (tx) => {
    await tx
      .insert(codingModels)
      .values({
        studyId,
        orgId: study.orgId,
        status: statusOf(model),
        passages: passages.length,
        evaluation,
        model,
      })
      .onConflictDoUpdate({
        target: codingModels.studyId,
        set: {
          status: statusOf(model),
          passages: passages.length,
          evaluation,
          model,
          trainedAt: new Date(),
        },
      });
    await tx
      .insert(coders)
      .values({ orgId: study.orgId, studyId, name: ctx.t('coding.suggestions.machine'), kind: 'machine' })
      .onConflictDoNothing();
    await tx
      .delete(codeSuggestions)
      .where(and(eq(codeSuggestions.studyId, studyId), eq(codeSuggestions.status, 'open')));
    for (let i = 0; i < rows.length; i += 1000)
      await tx
        .insert(codeSuggestions)
        .values(rows.slice(i, i + 1000))
        .onConflictDoNothing();
  });
  await progress(100);
  return { passages: passages.length, suggestions: rows.length };
}

export async function startTraining(ctx: AppContext, studyId: string) {
  await codableStudy(ctx, studyId);
  const jobId = await ctx.jobs.enqueue(
    SUGGESTIONS_TRAIN_QUEUE,
    { studyId, locale: ctx.locale },
    { orgId: ctx.tenant?.orgId ?? null, userId: ctx.user?.id ?? null },
  );
  return { jobId };
}

export async function modelStatus(ctx: AppContext, studyId: string) {
  await codingStudy(ctx, studyId);
  const [row] = await ctx.db
    .select({
      status: codingModels.status,
      trainedAt: codingModels.trainedAt,
      passages: codingModels.passages,
      evaluation: codingModels.evaluation,
    })
    .from(codingModels)
    .where(eq(codingModels.studyId, studyId));
  if (!row) return { status: 'none' as const, trainedAt: null, passages: 0, perCode: [] };
  return {
    status: row.status as 'keywords' | 'trained',
    trainedAt: row.trainedAt.toISOString(),
    passages: row.passages,
    perCode: row.evaluation,
  };
}

export async function listSuggestions(ctx: AppContext, studyId: string, transcriptId: string) {
  await codingStudy(ctx, studyId);
  const rows = await ctx.db
    .select()
    .from(codeSuggestions)
    .where(
      and(
        eq(codeSuggestions.studyId, studyId),
        eq(codeSuggestions.transcriptId, transcriptId),
        eq(codeSuggestions.status, 'open'),
      ),
    )
    .orderBy(asc(codeSuggestions.start), asc(codeSuggestions.score));
  return rows.map((r) => ({
    id: r.id,
    codeId: r.codeId,
    start: r.start,
    end: r.end,
    score: r.score,
    status: 'open' as const,
  }));
}

async function openSuggestion(tx: DbOrTx, studyId: string, suggestionId: string) {
  const [row] = await tx
    .select()
    .from(codeSuggestions)
    .where(and(eq(codeSuggestions.id, suggestionId), eq(codeSuggestions.studyId, studyId)))
    .for('update');
  if (!row) throw new Problem(404, 'not_found');
  if (row.status !== 'open') throw new Problem(409, 'suggestion_decided');
  return row;
}

export async function acceptSuggestion(ctx: AppContext, studyId: string, suggestionId: string): Promise<CodingView> {
  return ctx.db.transaction(async (tx) => {
    await codableStudy(ctx, studyId, tx);
    const s = await openSuggestion(tx, studyId, suggestionId);
    const [coding] = await addCodings(
      ctx,
      studyId,
      [{ transcriptId: s.transcriptId, codeId: s.codeId, start: s.start, end: s.end }],
      'machine',
      tx,
    );
    await tx.update(codeSuggestions).set({ status: 'accepted' }).where(eq(codeSuggestions.id, suggestionId));
    return coding;
  });
}

export async function rejectSuggestion(ctx: AppContext, studyId: string, suggestionId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await codableStudy(ctx, studyId, tx);
    await openSuggestion(tx, studyId, suggestionId);
    await tx.update(codeSuggestions).set({ status: 'rejected' }).where(eq(codeSuggestions.id, suggestionId));
  });
}

export type { SuggestModel };
