/**
 * Codings: a coder applies codes to a span of a transcript. Each coder's codings are kept apart; a coder changes
 * only their own. Every change recomputes the transcript's consensus layer in the same transaction.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { AppContext } from '../platform/context.js';
import type { DbOrTx } from '../platform/db/client.js';
import { Problem } from '../platform/http/problem.js';
import { codes, codings, consensusUnits, transcripts } from './coding.schema.js';
import { codableStudy, codingStudy, myCoder } from './coding-access.js';
import { recomputeConsensus } from './consensus.service.js';

export type CodingLayer = 'me' | 'all' | 'consensus' | string;

export interface CodingView {
  id: string;
  codeId: string;
  coderId: string | null;
  start: number;
  end: number;
  origin: 'human' | 'machine' | 'import' | 'consensus';
  createdAt: string;
}

/** The transcript, in a study the caller analyses, with its length in code points (char_length counts those). */
export async function findTranscript(db: DbOrTx, studyId: string, transcriptId: string) {
  const [row] = await db
    .select({ id: transcripts.id, length: sql<number>`char_length(${transcripts.text})`, orgId: transcripts.orgId })
    .from(transcripts)
    .where(and(eq(transcripts.id, transcriptId), eq(transcripts.studyId, studyId)));
  if (!row) throw new Problem(404, 'not_found');
  return row;
}

export async function listCodings(
  ctx: AppContext,
  studyId: string,
  transcriptId: string,
  layer: CodingLayer = 'all',
): Promise<CodingView[]> {
  const study = await codingStudy(ctx, studyId);
  await findTranscript(ctx.db, studyId, transcriptId);
  if (layer === 'consensus') {
    const rows = await ctx.db
      .select()
      .from(consensusUnits)
      .where(eq(consensusUnits.transcriptId, transcriptId))
      .orderBy(asc(consensusUnits.start));
    return rows.map((r) => ({
      id: `${r.transcriptId}:${r.segmentOrdinal}:${r.codeId}`,
      codeId: r.codeId,
      coderId: null,
      start: r.start,
      end: r.end,
      origin: 'consensus',
      createdAt: new Date(0).toISOString(),
    }));
  }
  const where = [eq(codings.transcriptId, transcriptId)];
  if (layer === 'me') where.push(eq(codings.coderId, await myCoder(ctx, study)));
  else if (layer !== 'all') where.push(eq(codings.coderId, layer));
  const rows = await ctx.db
    .select()
    .from(codings)
    .where(and(...where))
    .orderBy(asc(codings.start), asc(codings.end));
  return rows.map(codingView);
}

const codingView = (r: typeof codings.$inferSelect): CodingView => ({
  id: r.id,
  codeId: r.codeId,
  coderId: r.coderId,
  start: r.start,
  end: r.end,
  origin: r.origin as CodingView['origin'],
  createdAt: r.createdAt.toISOString(),
});

export interface NewCoding {
  transcriptId: string;
  codeId: string;
  start: number;
  end: number;
}

/**
 * Applies codes for the caller's coder; an exact duplicate is returned as it is. All or nothing: one unknown code or
 * a span outside the text refuses the whole request.
 */
export async function addCodings(
  ctx: AppContext,
  studyId: string,
  items: NewCoding[],
  origin: 'human' | 'machine' = 'human',
  db?: DbOrTx,
): Promise<CodingView[]> {
  if (items.length === 0) throw new Problem(422, 'coding_empty');
  const work = async (tx: DbOrTx) => {
    const study = await codableStudy(ctx, studyId, tx);
    const coderId = await myCoder(ctx, study, tx);
    const codeIds = [...new Set(items.map((i) => i.codeId))];
    const known = await tx
      .select({ id: codes.id })
      .from(codes)
      .where(and(eq(codes.studyId, studyId), inArray(codes.id, codeIds)));
    if (known.length !== codeIds.length) throw new Problem(422, 'coding_code_unknown');
    const lengths = new Map<string, number>();
    for (const item of items) {
      if (!lengths.has(item.transcriptId))
        lengths.set(item.transcriptId, (await findTranscript(tx, studyId, item.transcriptId)).length);
      const length = lengths.get(item.transcriptId)!;
      if (!(Number.isInteger(item.start) && Number.isInteger(item.end)) || item.start < 0 || item.end <= item.start)
        throw new Problem(422, 'offset_range', { start: item.start, end: item.end, length });
      if (item.end > length) throw new Problem(422, 'offset_range', { start: item.start, end: item.end, length });
    }
    await tx
      .insert(codings)
      .values(items.map((i) => ({ ...i, orgId: study.orgId, studyId, coderId, origin })))
      .onConflictDoNothing();
    const rows = [];
    for (const i of items) {
      const [row] = await tx
        .select()
        .from(codings)
        .where(
          and(
            eq(codings.transcriptId, i.transcriptId),
            eq(codings.codeId, i.codeId),
            eq(codings.coderId, coderId),
            eq(codings.start, i.start),
            eq(codings.end, i.end),
          ),
        );
      rows.push(row);
    }
    for (const transcriptId of lengths.keys()) await recomputeConsensus(tx, transcriptId);
    return rows.map(codingView);
  };
  return db ? work(db) : ctx.db.transaction(work);
}

export async function deleteCoding(ctx: AppContext, studyId: string, codingId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const study = await codableStudy(ctx, studyId, tx);
    const [row] = await tx
      .select()
      .from(codings)
      .where(and(eq(codings.id, codingId), eq(codings.studyId, studyId)));
    if (!row) throw new Problem(404, 'not_found');
    if (row.coderId !== (await myCoder(ctx, study, tx))) throw new Problem(403, 'not_your_coding');
    await tx.delete(codings).where(eq(codings.id, codingId));
    await recomputeConsensus(tx, row.transcriptId);
  });
}
