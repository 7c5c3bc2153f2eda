/**
 * Agreement between coders across a study, the comparison of coders on one transcript, and the team's resolutions
 * that form the consensus layer. The unit is the speaker turn (docs/coding-agreement.md).
 */
import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { AppContext } from '../platform/context.js';
import { queryRows } from '../platform/db/rows.js';
import { Problem } from '../platform/http/problem.js';
import { agreementReport } from './agreement.model.js';
import { coders, codes, codingModels, codingResolutions, codings } from './coding.schema.js';
import { codableStudy, codingStudy } from './coding-access.js';
import { findTranscript } from './codings.service.js';
import { compareTranscript } from './consensus.model.js';
import { recomputeConsensus, transcriptCodingData } from './consensus.service.js';

export async function studyAgreement(ctx: AppContext, studyId: string, requested?: string[]) {
  await codingStudy(ctx, studyId);
  const people = await ctx.db
    .select({ id: coders.id, name: coders.name })
    .from(coders)
    .where(and(eq(coders.studyId, studyId), ne(coders.kind, 'machine')))
    .orderBy(asc(coders.createdAt));
  const selected = requested?.length ? people.filter((c) => requested.includes(c.id)) : people;
  if (requested?.length && selected.length !== requested.length) throw new Problem(422, 'agreement_coder_unknown');
  const codeIds = (
    await ctx.db.select({ id: codes.id }).from(codes).where(eq(codes.studyId, studyId)).orderBy(asc(codes.ordinal))
  ).map((c) => c.id);
  const coderIds = selected.map((c) => c.id);
  // Only transcripts at least two of the chosen coders coded can say anything about agreement.
  const shared =
    coderIds.length < 2
      ? []
      : await ctx.db
          .select({ id: codings.transcriptId })
          .from(codings)
          .where(and(eq(codings.studyId, studyId), inArray(codings.coderId, coderIds)))
          .groupBy(codings.transcriptId)
          .having(sql`count(distinct ${codings.coderId}) >= 2`);
  const inputs = [];
  for (const { id } of shared) {
    const data = await transcriptCodingData(ctx.db, id);
    inputs.push({ segments: data.segments, codings: data.codings, coderIds: data.coderIds });
  }
  const report = agreementReport(inputs, coderIds, codeIds);
  const [model] = await ctx.db
    .select({ evaluation: codingModels.evaluation })
    .from(codingModels)
    .where(eq(codingModels.studyId, studyId));
  return {
    unit: report.unit,
    coders: selected,
    transcripts: report.transcripts,
    units: report.units,
    overall: report.overall,
    perCode: report.perCode,
    machine: model
      ? { perCode: model.evaluation.map((e) => ({ codeId: e.codeId, kappa: e.kappa, n: e.heldOut })) }
      : null,
  };
}

export async function transcriptComparison(ctx: AppContext, studyId: string, transcriptId: string) {
  await codingStudy(ctx, studyId);
  await findTranscript(ctx.db, studyId, transcriptId);
  const data = await transcriptCodingData(ctx.db, transcriptId);
  const byCoder = new Map(data.coderIds.map((id) => [id, data.codings.filter((c) => c.coderId === id)]));
  const comparison = compareTranscript(data.segments, byCoder, data.resolutions);
  const names = data.coderIds.length
    ? await ctx.db.select({ id: coders.id, name: coders.name }).from(coders).where(inArray(coders.id, data.coderIds))
    : [];
  const segmentOf = new Map(data.segments.map((s) => [s.ordinal, s]));
  const ordinals = [...new Set(comparison.disagreements.map((d) => d.segmentOrdinal))];
  const texts = new Map<number, string>();
  if (ordinals.length) {
    const rows = await queryRows<{ ordinal: number; text: string }>(
      ctx.db,
      sql`select ordinal, text from transcript_segments where transcript_id = ${transcriptId}
        and ordinal = any(${`{${ordinals.join(',')}}`}::int[])`,
    );
    for (const r of rows) texts.set(Number(r.ordinal), String(r.text));
  }
  return {
    coders: data.coderIds.map((id) => ({ id, name: names.find((n) => n.id === id)?.name ?? '' })),
    agreed: comparison.agreed,
    disagreements: comparison.disagreements.map((d) => ({
      ...d,
      start: segmentOf.get(d.segmentOrdinal)?.start ?? 0,
      end: segmentOf.get(d.segmentOrdinal)?.end ?? 0,
      text: texts.get(d.segmentOrdinal) ?? '',
    })),
  };
}

export async function resolveDisagreement(
  ctx: AppContext,
  studyId: string,
  transcriptId: string,
  input: { segmentOrdinal: number; codeId: string; decision: 'include' | 'exclude' | null },
) {
  await ctx.db.transaction(async (tx) => {
    const study = await codableStudy(ctx, studyId, tx);
    await findTranscript(tx, studyId, transcriptId);
    const [code] = await tx
      .select({ id: codes.id })
      .from(codes)
      .where(and(eq(codes.id, input.codeId), eq(codes.studyId, study.id)));
    if (!code) throw new Problem(422, 'coding_code_unknown');
    const key = and(
      eq(codingResolutions.transcriptId, transcriptId),
      eq(codingResolutions.segmentOrdinal, input.segmentOrdinal),
      eq(codingResolutions.codeId, input.codeId),
    );
    await tx.delete(codingResolutions).where(key);
    if (input.decision)
      await tx.insert(codingResolutions).values({
        transcriptId,
        segmentOrdinal: input.segmentOrdinal,
        codeId: input.codeId,
        studyId,
        decision: input.decision,
        decidedBy: ctx.user?.id ?? null,
      });
    await recomputeConsensus(tx, transcriptId);
  });
  return { resolution: input.decision };
}
