/**
 * Transcripts: read from a file or pasted text, pseudonymised (names the system knows and terms the analyst marks),
 * reviewed in a dry run, then saved with their speaker turns. Only the pseudonymised text is ever stored; the
 * replacement list keeps pseudonyms and counts, never the names.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import { orgAreas, people } from '../organisations/organisations.schema.js';
import { organisations } from '../platform/accounts/accounts.schema.js';
import { recordAudit } from '../platform/audit/audit.service.js';
import type { AppContext } from '../platform/context.js';
import type { DbOrTx } from '../platform/db/client.js';
import { Problem } from '../platform/http/problem.js';
import { parseStratumKey } from '../studies/sampling.model.js';
import { studyParticipants } from '../studies/studies.schema.js';
import type { StudyRow } from '../studies/study-access.js';
import type { ParsedTranscript } from './coding.model.js';
import {
  coders,
  codings,
  type PseudonymisationEntry,
  type TranscriptAttributes,
  transcriptSegments,
  transcripts,
} from './coding.schema.js';
import { codableStudy, codingStudy } from './coding-access.js';
import { applyReplacements, proposeReplacements, type Replacement } from './pseudonymise.model.js';
import { readTranscriptFile } from './transcript-file.js';
import { knownTerms } from './transcript-names.js';
import { parsePlainText, parseWarning, TranscriptError } from './transcript-text.model.js';
import { segmentTexts, wordCount } from './transcript-view.model.js';

export interface TranscriptSource {
  /** An uploaded file, or pasted text. */
  file?: { name: string; bytes: Uint8Array };
  text?: string;
}

export interface TranscriptInput extends TranscriptSource {
  participantId: string;
  title?: string;
  /** Extra terms the analyst marks for replacement. */
  terms?: string[];
  /** Proposed terms the analyst keeps as they are. */
  exclude?: string[];
  dryRun?: boolean;
}

/** Reads the source; reader errors become 422 problems a person can act on. */
export async function parseSource(source: TranscriptSource): Promise<ParsedTranscript> {
  try {
    if (source.file) return await readTranscriptFile(source.file.name, source.file.bytes);
    if (source.text !== undefined) return parsePlainText(source.text, 'paste');
  } catch (error) {
    if (error instanceof TranscriptError) {
      const status = error.code === 'file_too_large' ? 413 : 422;
      throw new Problem(status, error.code, error.params as Record<string, string | number>);
    }
    throw error;
  }
  throw new Problem(400, 'transcript_missing');
}

export interface ParticipantFacts {
  id: string;
  orgId: string;
  pseudonym: string;
  name: string;
  attributes: TranscriptAttributes;
}

export async function participantFacts(db: DbOrTx, studyId: string, participantId: string): Promise<ParticipantFacts> {
  const [row] = await db
    .select({
      participant: studyParticipants,
      pseudonym: people.pseudonym,
      name: people.name,
      jobTitle: people.jobTitle,
      orgName: organisations.name,
      areaName: orgAreas.name,
    })
    .from(studyParticipants)
    .innerJoin(people, eq(people.id, studyParticipants.personId))
    .innerJoin(organisations, eq(organisations.id, studyParticipants.orgId))
    .leftJoin(
      orgAreas,
      and(
        eq(orgAreas.orgId, studyParticipants.orgId),
        eq(orgAreas.key, sql`${studyParticipants.stratumKey}::jsonb ->> 'area'`),
      ),
    )
    .where(and(eq(studyParticipants.id, participantId), eq(studyParticipants.studyId, studyId)));
  if (!row) throw new Problem(422, 'transcript_participant_unknown');
  const stratum = parseStratumKey(row.participant.stratumKey);
  return {
    id: row.participant.id,
    orgId: row.participant.orgId,
    pseudonym: row.pseudonym,
    name: row.name,
    attributes: {
      organisation: row.orgName,
      area: row.areaName ?? stratum?.area ?? null,
      band: stratum?.band ?? null,
      role: row.jobTitle ?? null,
    },
  };
}

/** Proposes and applies the replacements: the participant's own name first, then everyone and everywhere known. */
export async function pseudonymise(
  db: DbOrTx,
  parsed: ParsedTranscript,
  participant: ParticipantFacts,
  terms: string[] = [],
  exclude: string[] = [],
) {
  const known = [
    // The leader is named by their study pseudonym (L-0042), as everywhere else in the analysis.
    { term: participant.name, kind: 'person' as const, pseudonym: participant.pseudonym },
    ...(await knownTerms(db, participant.orgId, parsed.text)),
  ];
  const replacements = proposeReplacements(parsed.text, known, terms);
  return { replacements, result: applyReplacements(parsed, replacements, exclude) };
}

export async function createTranscript(ctx: AppContext, studyId: string, input: TranscriptInput) {
  await codingStudy(ctx, studyId); // who may, before reading what was sent
  const parsed = await parseSource(input);
  return ctx.db.transaction(async (tx) => {
    const study = await codableStudy(ctx, studyId, tx, 'interviews');
    const participant = await participantFacts(tx, studyId, input.participantId);
    const { replacements, result } = await pseudonymise(tx, parsed, participant, input.terms, input.exclude);
    await recordAudit(
      ctx,
      {
        action: input.dryRun ? 'coding.transcript_previewed' : 'coding.transcript_created',
        entityType: 'study_participant',
        entityId: participant.id,
        details: { replacements: replacements.length },
      },
      tx,
    );
    if (input.dryRun) {
      const warnings = result.warnings.map((w) => {
        const { key, params } = parseWarning(w);
        return ctx.t(key, params);
      });
      return { preview: { ...result, warnings }, replacements };
    }
    const id = await saveTranscript(tx, study, {
      participantId: participant.id,
      caseName: null,
      title: input.title?.trim() || defaultTitle(ctx, participant, input.file?.name),
      attributes: participant.attributes,
      parsed: result,
      pseudonymisation: summarise(replacements, input.exclude ?? []),
      createdBy: ctx.user?.id ?? null,
    });
    return { id };
  });
}

const defaultTitle = (ctx: AppContext, participant: ParticipantFacts, fileName?: string) =>
  ctx.t('coding.transcripts.defaultTitle', { pseudonym: participant.pseudonym, file: fileName ?? '' }).trim();

export function summarise(replacements: Replacement[], exclude: string[]): PseudonymisationEntry[] {
  const skipped = new Set(exclude.map((e) => e.toLowerCase()));
  const byPseudonym = new Map<string, PseudonymisationEntry>();
  for (const r of replacements) {
    if (skipped.has(r.term.toLowerCase()) || r.count === 0) continue;
    const entry = byPseudonym.get(r.pseudonym) ?? { pseudonym: r.pseudonym, kind: r.kind, count: 0 };
    entry.count += r.count;
    byPseudonym.set(r.pseudonym, entry);
  }
  return [...byPseudonym.values()];
}

export interface TranscriptRecord {
  participantId: string | null;
  caseName: string | null;
  title: string;
  attributes: TranscriptAttributes;
  parsed: ParsedTranscript;
  pseudonymisation: PseudonymisationEntry[];
  createdBy: string | null;
  demo?: boolean;
}

/** Writes a transcript and its speaker turns (in the caller's transaction). */
export async function saveTranscript(tx: DbOrTx, study: StudyRow, record: TranscriptRecord): Promise<string> {
  const text = record.parsed.text;
  if (!text.trim()) throw new Problem(422, 'transcript_empty');
  const [row] = await tx
    .insert(transcripts)
    .values({
      orgId: study.orgId,
      studyId: study.id,
      participantId: record.participantId,
      caseName: record.caseName,
      title: record.title.slice(0, 200),
      format: record.parsed.format,
      text,
      attributes: record.attributes,
      pseudonymisation: record.pseudonymisation,
      wordCount: wordCount(text),
      demo: record.demo ?? false,
      createdBy: record.createdBy,
    })
    .returning({ id: transcripts.id });
  const texts = segmentTexts(record.parsed);
  const rows = record.parsed.segments.map((s, i) => ({
    transcriptId: row.id,
    ordinal: s.ordinal,
    studyId: study.id,
    speaker: s.speaker,
    role: s.role,
    start: s.start,
    end: s.end,
    startMs: s.startMs,
    endMs: s.endMs,
    text: texts[i],
  }));
  for (let i = 0; i < rows.length; i += 500) await tx.insert(transcriptSegments).values(rows.slice(i, i + 500));
  return row.id;
}

const summaryColumns = {
  id: transcripts.id,
  title: transcripts.title,
  participantId: transcripts.participantId,
  caseName: transcripts.caseName,
  pseudonym: people.pseudonym,
  attributes: transcripts.attributes,
  format: transcripts.format,
  wordCount: transcripts.wordCount,
  demo: transcripts.demo,
  createdAt: transcripts.createdAt,
  segmentCount: sql<number>`(select count(*)::int from ${transcriptSegments} s where s.transcript_id = ${transcripts.id})`,
  codingCount: sql<number>`(select count(*)::int from ${codings} c where c.transcript_id = ${transcripts.id})`,
  coders: sql<{ coderId: string; name: string }[]>`coalesce((select json_agg(json_build_object('coderId', k.id,
    'name', k.name) order by k.name) from ${coders} k where exists (select 1 from ${codings} c
    where c.transcript_id = ${transcripts.id} and c.coder_id = k.id)), '[]'::json)`,
};

type SummaryRow = {
  [K in keyof typeof summaryColumns]: unknown;
};

function summaryView(r: SummaryRow) {
  const coderList = typeof r.coders === 'string' ? JSON.parse(r.coders) : r.coders;
  return {
    id: r.id as string,
    title: r.title as string,
    participantId: (r.participantId as string | null) ?? null,
    pseudonym: (r.pseudonym as string | null) ?? (r.caseName as string | null) ?? null,
    attributes: r.attributes as TranscriptAttributes,
    format: r.format as string,
    segmentCount: Number(r.segmentCount),
    wordCount: Number(r.wordCount),
    codingCount: Number(r.codingCount),
    coders: coderList as { coderId: string; name: string }[],
    demo: Boolean(r.demo),
    createdAt: (r.createdAt as Date).toISOString(),
  };
}

function summaryQuery(db: DbOrTx) {
  return db
    .select(summaryColumns)
    .from(transcripts)
    .leftJoin(studyParticipants, eq(studyParticipants.id, transcripts.participantId))
    .leftJoin(people, eq(people.id, studyParticipants.personId));
}

export async function listTranscripts(ctx: AppContext, studyId: string) {
  await codingStudy(ctx, studyId);
  const rows = await summaryQuery(ctx.db).where(eq(transcripts.studyId, studyId)).orderBy(asc(transcripts.title));
  return rows.map(summaryView);
}

export async function getTranscript(ctx: AppContext, studyId: string, transcriptId: string) {
  await codingStudy(ctx, studyId);
  const [summary] = await summaryQuery(ctx.db).where(
    and(eq(transcripts.id, transcriptId), eq(transcripts.studyId, studyId)),
  );
  if (!summary) throw new Problem(404, 'not_found');
  const [detail] = await ctx.db
    .select({ text: transcripts.text, pseudonymisation: transcripts.pseudonymisation })
    .from(transcripts)
    .where(eq(transcripts.id, transcriptId));
  const segments = await ctx.db
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
  await recordAudit(ctx, { action: 'coding.transcript_read', entityType: 'transcript', entityId: transcriptId });
  return { ...summaryView(summary), text: detail.text, segments, pseudonymisation: detail.pseudonymisation };
}

export async function updateTranscript(
  ctx: AppContext,
  studyId: string,
  transcriptId: string,
  input: { title?: string; participantId?: string },
) {
  await ctx.db.transaction(async (tx) => {
    await codableStudy(ctx, studyId, tx, 'interviews');
    const [row] = await tx
      .select({ id: transcripts.id })
      .from(transcripts)
      .where(and(eq(transcripts.id, transcriptId), eq(transcripts.studyId, studyId)));
    if (!row) throw new Problem(404, 'not_found');
    const changes: Partial<typeof transcripts.$inferInsert> = { updatedAt: new Date() };
    if (input.title !== undefined) changes.title = input.title.trim().slice(0, 200);
    if (input.participantId !== undefined) {
      const participant = await participantFacts(tx, studyId, input.participantId);
      changes.participantId = participant.id;
      changes.attributes = participant.attributes;
      changes.caseName = null;
    }
    await tx.update(transcripts).set(changes).where(eq(transcripts.id, transcriptId));
    await tx.execute(
      sql`update consensus_units set participant_id = ${input.participantId ?? null}
        where transcript_id = ${transcriptId} and ${input.participantId !== undefined}`,
    );
  });
  return getTranscript(ctx, studyId, transcriptId);
}

export async function deleteTranscript(ctx: AppContext, studyId: string, transcriptId: string) {
  await ctx.db.transaction(async (tx) => {
    await codableStudy(ctx, studyId, tx, 'interviews');
    const deleted = await tx
      .delete(transcripts)
      .where(and(eq(transcripts.id, transcriptId), eq(transcripts.studyId, studyId)))
      .returning({ id: transcripts.id });
    if (deleted.length === 0) throw new Problem(404, 'not_found');
    await recordAudit(
      ctx,
      { action: 'coding.transcript_deleted', entityType: 'transcript', entityId: transcriptId },
      tx,
    );
  });
}
