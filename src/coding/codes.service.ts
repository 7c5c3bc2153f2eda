/**
 * The study's codebook: codes tied to competencies of the pinned framework version (with a polarity) and emergent
 * codes, in a tree. Merging and splitting move codings, never lose them.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { grantedContent } from '../frameworks/framework-store.js';
import { competenciesOf } from '../frameworks/frameworks.model.js';
import { recordAudit } from '../platform/audit/audit.service.js';
import type { AppContext } from '../platform/context.js';
import type { DbOrTx } from '../platform/db/client.js';
import { isUniqueViolation } from '../platform/db/errors.js';
import { Problem } from '../platform/http/problem.js';
import type { StudyRow } from '../studies/study-access.js';
import { CODE_COLOURS, type Polarity } from './coding.model.js';
import { codes, codings } from './coding.schema.js';
import { codableStudy, codingStudy } from './coding-access.js';
import { recomputeConsensusForCodes } from './consensus.service.js';

export interface CodeInput {
  name?: string;
  description?: string;
  colour?: string;
  polarity?: Polarity;
  competencyId?: string | null;
  parentId?: string | null;
  shortcut?: string | null;
  ordinal?: number;
}

export async function studyCompetencies(ctx: AppContext, study: StudyRow, db: DbOrTx = ctx.db) {
  const content = await grantedContent(db, study.frameworkVersionId);
  return competenciesOf(content.items).map((c) => ({
    identifier: c.identifier,
    code: c.code,
    titleDa: c.titleDa,
    titleEn: c.titleEn,
    keywordsDa: c.keywordsDa,
  }));
}

export async function listCompetencies(ctx: AppContext, studyId: string) {
  const study = await codingStudy(ctx, studyId);
  return (await studyCompetencies(ctx, study)).map(({ keywordsDa: _, ...c }) => c);
}

export async function listCodes(ctx: AppContext, studyId: string) {
  const study = await codingStudy(ctx, studyId);
  const competencies = new Map((await studyCompetencies(ctx, study)).map((c) => [c.identifier, c]));
  const rows = await ctx.db
    .select({
      code: codes,
      // Written out: in a one-table select drizzle leaves columns unqualified, and a bare "id" would be codings.id.
      codingCount: sql<number>`(select count(*)::int from codings c where c.code_id = "codes"."id")`,
    })
    .from(codes)
    .where(eq(codes.studyId, studyId))
    .orderBy(asc(codes.ordinal), asc(codes.name));
  return rows.map(({ code, codingCount }) => codeView(code, codingCount, competencies, ctx.locale));
}

type CodeRow = typeof codes.$inferSelect;

function codeView(
  code: CodeRow,
  codingCount: number,
  competencies: Map<string, { titleDa: string; titleEn: string }>,
  locale: string,
) {
  const competency = code.competencyId ? competencies.get(code.competencyId) : undefined;
  return {
    id: code.id,
    parentId: code.parentId,
    name: code.name,
    description: code.description,
    colour: code.colour,
    polarity: code.polarity as Polarity,
    competencyId: code.competencyId,
    competencyTitle: competency ? (locale === 'en' ? competency.titleEn : competency.titleDa) : null,
    ordinal: code.ordinal,
    shortcut: code.shortcut,
    codingCount,
  };
}

async function checkRefs(ctx: AppContext, tx: DbOrTx, study: StudyRow, input: CodeInput, selfId?: string) {
  if (input.competencyId) {
    const known = (await studyCompetencies(ctx, study, tx)).some((c) => c.identifier === input.competencyId);
    if (!known) throw new Problem(422, 'code_competency_unknown');
  }
  if (input.parentId) {
    let parent: string | null = input.parentId;
    // The parent must be in the study, and must not be the code itself or below it (no cycles).
    for (let depth = 0; parent; depth++) {
      if (parent === selfId || depth > 20) throw new Problem(422, 'code_parent_cycle');
      const [row] = await tx
        .select({ parentId: codes.parentId })
        .from(codes)
        .where(and(eq(codes.id, parent), eq(codes.studyId, study.id)));
      if (!row) throw new Problem(422, 'code_parent_unknown');
      parent = row.parentId;
    }
  }
}

async function writeCode<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw new Problem(409, 'code_shortcut_taken');
    throw error;
  }
}

export async function createCode(ctx: AppContext, studyId: string, input: CodeInput & { name: string }) {
  return writeCode(() =>
    ctx.db.transaction(async (tx) => {
      const study = await codableStudy(ctx, studyId, tx);
      await checkRefs(ctx, tx, study, input);
      const [{ count }] = await tx
        .select({ count: sql<number>`count(*)::int` })
        .from(codes)
        .where(eq(codes.studyId, studyId));
      const [row] = await tx
        .insert(codes)
        .values({
          orgId: study.orgId,
          studyId,
          name: input.name.trim(),
          description: input.description?.trim() ?? '',
          colour: (input.colour ?? CODE_COLOURS[count % CODE_COLOURS.length]).toLowerCase(),
          polarity: input.polarity ?? 'neutral',
          competencyId: input.competencyId ?? null,
          parentId: input.parentId ?? null,
          shortcut: input.shortcut ?? null,
          ordinal: input.ordinal ?? count,
        })
        .returning();
      await recordAudit(ctx, { action: 'coding.code_created', entityType: 'code', entityId: row.id }, tx);
      return codeView(row, 0, new Map(), ctx.locale);
    }),
  ).then(async (created) => (await listCodes(ctx, studyId)).find((c) => c.id === created.id)!);
}

export async function updateCode(ctx: AppContext, studyId: string, codeId: string, input: CodeInput) {
  await writeCode(() =>
    ctx.db.transaction(async (tx) => {
      const study = await codableStudy(ctx, studyId, tx);
      await findCode(tx, studyId, codeId);
      await checkRefs(ctx, tx, study, input, codeId);
      const changes: Partial<CodeRow> = { updatedAt: new Date() };
      if (input.name !== undefined) changes.name = input.name.trim();
      if (input.description !== undefined) changes.description = input.description.trim();
      if (input.colour !== undefined) changes.colour = input.colour.toLowerCase();
      if (input.polarity !== undefined) changes.polarity = input.polarity;
      if (input.competencyId !== undefined) changes.competencyId = input.competencyId;
      if (input.parentId !== undefined) changes.parentId = input.parentId;
      if (input.shortcut !== undefined) changes.shortcut = input.shortcut;
      if (input.ordinal !== undefined) changes.ordinal = input.ordinal;
      await tx.update(codes).set(changes).where(eq(codes.id, codeId));
    }),
  );
  return (await listCodes(ctx, studyId)).find((c) => c.id === codeId)!;
}

export async function findCode(db: DbOrTx, studyId: string, codeId: string): Promise<CodeRow> {
  const [row] = await db
    .select()
    .from(codes)
    .where(and(eq(codes.id, codeId), eq(codes.studyId, studyId)));
  if (!row) throw new Problem(404, 'not_found');
  return row;
}

export async function deleteCode(ctx: AppContext, studyId: string, codeId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await codableStudy(ctx, studyId, tx);
    await findCode(tx, studyId, codeId);
    const [{ used }] = await tx
      .select({
        used: sql<number>`(select count(*)::int from ${codings} where ${codings.codeId} = ${codeId}) +
          (select count(*)::int from ${codes} where ${codes.parentId} = ${codeId})`,
      })
      .from(sql`(select 1) as one`);
    if (used > 0) throw new Problem(409, 'code_in_use');
    await tx.delete(codes).where(eq(codes.id, codeId));
    await recordAudit(ctx, { action: 'coding.code_deleted', entityType: 'code', entityId: codeId }, tx);
  });
}

/**
 * Merge a code into another: its codings move (a coding the target already has on the same span is dropped as a
 * duplicate), its children move under the target, and the code goes.
 */
export async function mergeCode(ctx: AppContext, studyId: string, codeId: string, intoId: string) {
  return ctx.db.transaction(async (tx) => {
    await codableStudy(ctx, studyId, tx);
    await findCode(tx, studyId, codeId);
    if (codeId === intoId) throw new Problem(422, 'code_merge_self');
    await findCode(tx, studyId, intoId);
    await tx.execute(sql`delete from ${codings} c where c.code_id = ${codeId} and exists (
      select 1 from ${codings} d where d.code_id = ${intoId} and d.transcript_id = c.transcript_id
        and d.coder_id = c.coder_id and d.start_offset = c.start_offset and d.end_offset = c.end_offset)`);
    const moved = await tx
      .update(codings)
      .set({ codeId: intoId })
      .where(eq(codings.codeId, codeId))
      .returning({ id: codings.id });
    await tx.update(codes).set({ parentId: intoId }).where(eq(codes.parentId, codeId));
    await recomputeConsensusForCodes(tx, studyId, [codeId, intoId]);
    await tx.delete(codes).where(eq(codes.id, codeId));
    await recordAudit(
      ctx,
      { action: 'coding.code_merged', entityType: 'code', entityId: intoId, details: { from: codeId } },
      tx,
    );
    return { moved: moved.length };
  });
}

export interface SplitPart {
  name: string;
  colour?: string;
  polarity?: Polarity;
  codingIds: string[];
}

/** Split a code: new sibling codes take the listed codings; the rest stay on the original. */
export async function splitCode(ctx: AppContext, studyId: string, codeId: string, parts: SplitPart[]) {
  if (parts.length === 0) throw new Problem(422, 'code_split_empty');
  const seen = new Set<string>();
  for (const id of parts.flatMap((p) => p.codingIds)) {
    if (seen.has(id)) throw new Problem(422, 'code_split_twice');
    seen.add(id);
  }
  const createdIds = await ctx.db.transaction(async (tx) => {
    const study = await codableStudy(ctx, studyId, tx);
    const original = await findCode(tx, studyId, codeId);
    if (seen.size > 0) {
      const owned = await tx
        .select({ id: codings.id })
        .from(codings)
        .where(and(eq(codings.codeId, codeId), inArray(codings.id, [...seen])));
      if (owned.length !== seen.size) throw new Problem(422, 'code_split_foreign_coding');
    }
    const ids: string[] = [];
    for (const [i, part] of parts.entries()) {
      const [row] = await tx
        .insert(codes)
        .values({
          orgId: study.orgId,
          studyId,
          parentId: original.parentId,
          name: part.name.trim(),
          description: original.description,
          colour: (part.colour ?? CODE_COLOURS[(i + 1) % CODE_COLOURS.length]).toLowerCase(),
          polarity: part.polarity ?? original.polarity,
          competencyId: original.competencyId,
          ordinal: original.ordinal,
        })
        .returning({ id: codes.id });
      if (part.codingIds.length > 0)
        await tx.update(codings).set({ codeId: row.id }).where(inArray(codings.id, part.codingIds));
      ids.push(row.id);
    }
    await recomputeConsensusForCodes(tx, studyId, [codeId]);
    await recordAudit(ctx, { action: 'coding.code_split', entityType: 'code', entityId: codeId }, tx);
    return ids;
  });
  const all = await listCodes(ctx, studyId);
  return { codes: all.filter((c) => createdIds.includes(c.id)) };
}

/** The default codebook: a need and a strength code per competency of the pinned version, under two parents. */
export async function codesFromFramework(ctx: AppContext, studyId: string) {
  return ctx.db.transaction(async (tx) => {
    const study = await codableStudy(ctx, studyId, tx);
    const competencies = await studyCompetencies(ctx, study, tx);
    const existing = await tx.select().from(codes).where(eq(codes.studyId, studyId));
    const has = (competencyId: string, polarity: Polarity) =>
      existing.some((c) => c.competencyId === competencyId && c.polarity === polarity);
    const parentFor = async (name: string, ordinal: number) => {
      const found = existing.find((c) => c.parentId === null && c.name === name && c.competencyId === null);
      if (found) return found.id;
      const [row] = await tx
        .insert(codes)
        .values({ orgId: study.orgId, studyId, name, colour: '#546e7a', ordinal })
        .returning({ id: codes.id });
      return row.id;
    };
    const groups: { polarity: Polarity; parent: string; suffix: string }[] = [
      { polarity: 'need', parent: ctx.t('coding.codebook.needs'), suffix: ctx.t('coding.codebook.need') },
      { polarity: 'strength', parent: ctx.t('coding.codebook.strengths'), suffix: ctx.t('coding.codebook.strength') },
    ];
    let created = 0;
    for (const [g, group] of groups.entries()) {
      const missing = competencies.filter((c) => !has(c.identifier, group.polarity));
      if (missing.length === 0) continue;
      const parentId = await parentFor(group.parent, g * 100);
      for (const [i, competency] of missing.entries()) {
        const title = ctx.locale === 'en' ? competency.titleEn : competency.titleDa;
        await tx.insert(codes).values({
          orgId: study.orgId,
          studyId,
          parentId,
          name: `${title} – ${group.suffix}`,
          colour: CODE_COLOURS[i % CODE_COLOURS.length],
          polarity: group.polarity,
          competencyId: competency.identifier,
          ordinal: g * 100 + i + 1,
        });
        created++;
      }
    }
    await recordAudit(ctx, { action: 'coding.codebook_from_framework', entityType: 'study', entityId: studyId }, tx);
    return { created };
  });
}
