/**
 * Keeps the consensus layer (consensus_units) in step with the codings and the team's resolutions: recomputed for a
 * transcript inside the transaction that changed it, so the analysis never reads a stale layer.
 */
import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../platform/db/client.js';
import type { CodingSpan, Segment } from './coding.model.js';
import { codingResolutions, codings, consensusUnits, transcriptSegments, transcripts } from './coding.schema.js';
import { consensusSpans, type Resolution } from './consensus.model.js';

export interface TranscriptCodingData {
  segments: Segment[];
  codings: (CodingSpan & { id: string })[];
  /** Coders with codings on the transcript, in the order they first coded it. */
  coderIds: string[];
  resolutions: Resolution[];
}

export async function transcriptCodingData(db: DbOrTx, transcriptId: string): Promise<TranscriptCodingData> {
  const segments = await db
    .select({
      ordinal: transcriptSegments.ordinal,
      speaker: transcriptSegments.speaker,
      role: transcriptSegments.role,
      start: transcriptSegments.start,
      end: transcriptSegments.end,
      startMs: transcriptSegments.startMs,
      endMs: transcriptSegments.endMs,
    })
    .from(transcriptSegments)
    .where(eq(transcriptSegments.transcriptId, transcriptId))
    .orderBy(asc(transcriptSegments.ordinal));
  const rows = await db
    .select({
      id: codings.id,
      codeId: codings.codeId,
      coderId: codings.coderId,
      start: codings.start,
      end: codings.end,
    })
    .from(codings)
    .where(eq(codings.transcriptId, transcriptId))
    .orderBy(asc(codings.createdAt), asc(codings.id));
  const resolutions = await db
    .select({
      segmentOrdinal: codingResolutions.segmentOrdinal,
      codeId: codingResolutions.codeId,
      decision: codingResolutions.decision,
    })
    .from(codingResolutions)
    .where(eq(codingResolutions.transcriptId, transcriptId));
  return {
    segments: segments as Segment[],
    codings: rows,
    coderIds: [...new Set(rows.map((r) => r.coderId))],
    resolutions: resolutions as Resolution[],
  };
}

export async function recomputeConsensus(tx: DbOrTx, transcriptId: string): Promise<void> {
  const [transcript] = await tx
    .select({ studyId: transcripts.studyId, participantId: transcripts.participantId })
    .from(transcripts)
    .where(eq(transcripts.id, transcriptId));
  if (!transcript) return;
  const data = await transcriptCodingData(tx, transcriptId);
  const spans = consensusSpans(data.segments, data.codings, data.coderIds, data.resolutions);
  await tx.delete(consensusUnits).where(eq(consensusUnits.transcriptId, transcriptId));
  const rows = spans.map((s) => ({
    transcriptId,
    segmentOrdinal: s.segmentOrdinal,
    codeId: s.codeId,
    studyId: transcript.studyId,
    participantId: transcript.participantId,
    source: s.source,
    start: s.start,
    end: s.end,
  }));
  for (let i = 0; i < rows.length; i += 1000) await tx.insert(consensusUnits).values(rows.slice(i, i + 1000));
}

/** After codings moved between codes (merge, split): every transcript that has or had one of them. */
export async function recomputeConsensusForCodes(tx: DbOrTx, studyId: string, codeIds: string[]): Promise<void> {
  const affected = await tx
    .selectDistinct({ id: transcripts.id })
    .from(transcripts)
    .where(
      and(
        eq(transcripts.studyId, studyId),
        or(
          sql`exists (select 1 from ${codings} c where c.transcript_id = ${transcripts.id} and ${inArray(sql`c.code_id`, codeIds)})`,
          sql`exists (select 1 from ${consensusUnits} u where u.transcript_id = ${transcripts.id} and ${inArray(sql`u.code_id`, codeIds)})`,
        ),
      ),
    );
  for (const { id } of affected) await recomputeConsensus(tx, id);
}
