/**
 * The `orgchart-preview` job's work: read the stored upload, validate it, compare it with the organisation's people
 * and store the preview. Writes nothing but the import row.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { type AppContext, requireTenant } from '../platform/context.js';
import type { DbOrTx } from '../platform/db/client.js';
import { findImport, type ImportRow, importFileBytes, rememberedMapping } from './import.service.js';
import {
  type AnalysedFile,
  analyseFile,
  buildPreview,
  compareWithCurrent,
  type StoredPerson,
} from './import-analysis.js';
import type { LeaderDecision } from './import-diff.model.js';
import { orgchartImports, orgUnits, people } from './organisations.schema.js';
import type { OrgChartMapping } from './orgchart-mapping.model.js';

export type Progress = (percent: number, message: string) => Promise<void>;
const noProgress: Progress = async () => {};

/** Everyone the organisation has had, with their unit's key, as the diff and the apply need them. */
export async function loadStoredPeople(db: DbOrTx, orgId: string): Promise<StoredPerson[]> {
  const rows = await db
    .select({
      id: people.id,
      employeeId: people.employeeId,
      pseudonym: people.pseudonym,
      name: people.name,
      email: people.email,
      jobTitle: people.jobTitle,
      unitKey: orgUnits.key,
      managerEmployeeId: people.managerEmployeeId,
      leaderSince: people.leaderSince,
      status: people.status,
      leaderDecision: people.leaderDecision,
      leaderSuggestion: people.leaderSuggestion,
      leaderConfidence: people.leaderConfidence,
      leaderScore: people.leaderScore,
      leaderReasons: people.leaderReasons,
    })
    .from(people)
    .leftJoin(orgUnits, eq(orgUnits.id, people.unitId))
    .where(eq(people.orgId, orgId));
  // The status and decision columns hold only these values (check constraints); cast in place, since a copy of
  // 50,000 rows would double what an import holds at its peak.
  return rows as (Omit<(typeof rows)[number], 'status' | 'leaderDecision'> & {
    status: 'active' | 'left';
    leaderDecision: LeaderDecision;
  })[];
}

/** The stored upload read and validated with the import's mapping (or the remembered or suggested one). */
export async function analyseImport(ctx: AppContext, row: ImportRow): Promise<AnalysedFile> {
  const { orgId } = requireTenant(ctx);
  const file = await importFileBytes(ctx.db, orgId, row.fileId);
  if (!file) throw new Error('The uploaded file has expired or was removed; upload it again');
  return analyseFile(file.bytes, row.fileName, {
    chosen: row.mapping as OrgChartMapping | null,
    remembered: await rememberedMapping(ctx.db, orgId),
  });
}

export async function previewImport(
  ctx: AppContext,
  importId: string,
  progress: Progress = noProgress,
): Promise<{ status: 'previewed' | 'invalid' | 'skipped'; problems?: number; people?: number }> {
  const { orgId } = requireTenant(ctx);
  // A preview retried after a crash finds 'previewing'; one made obsolete by a newer request finds something else.
  const [row] = await ctx.db
    .update(orgchartImports)
    .set({ status: 'previewing' })
    .where(
      and(
        eq(orgchartImports.id, importId),
        eq(orgchartImports.orgId, orgId),
        inArray(orgchartImports.status, ['uploaded', 'previewing', 'failed']),
      ),
    )
    .returning();
  if (!row) {
    await findImport(ctx.db, orgId, importId);
    return { status: 'skipped' };
  }
  await progress(5, ctx.t('organisations.progress.reading', { name: row.fileName }));
  const analysed = await analyseImport(ctx, row);
  await progress(50, ctx.t('organisations.progress.comparing', { count: analysed.validation.people.length }));
  const current = await loadStoredPeople(ctx.db, orgId);
  const preview = buildPreview(analysed, compareWithCurrent(analysed, current));
  const status = preview.canApply ? 'previewed' : 'invalid';
  await ctx.db
    .update(orgchartImports)
    .set({ status, preview })
    .where(and(eq(orgchartImports.id, importId), eq(orgchartImports.status, 'previewing')));
  await progress(
    100,
    preview.canApply
      ? ctx.t('organisations.progress.previewed', { count: preview.counts.people, problems: preview.problemCount })
      : ctx.t('organisations.progress.invalid', { count: preview.problemCount }),
  );
  return { status, problems: preview.problemCount, people: preview.counts.people };
}
