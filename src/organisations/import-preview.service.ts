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
import type { CurrentPerson } from './import-diff.model.js';
import { orgchartImports, orgUnits, people } from './organisations.schema.js';
import type { OrgChartMapping } from './orgchart-mapping.model.js';

export type Progress = (percent: number, message: string) => Promise<void>;
const noProgress: Progress = async () => {};

/** Unit id → key: one string per unit, not (as a join gave) a copy of it for each of 50,000 people. */
async function unitKeysOf(db: DbOrTx, orgId: string): Promise<Map<string, string>> {
  const units = await db.select({ id: orgUnits.id, key: orgUnits.key }).from(orgUnits).where(eq(orgUnits.orgId, orgId));
  return new Map(units.map((u) => [u.id, u.key]));
}

// Only what the diff compares: the preview loads no more (each column is 50,000 strings to decode and hold).
const currentColumns = {
  employeeId: people.employeeId,
  name: people.name,
  email: people.email,
  jobTitle: people.jobTitle,
  unitId: people.unitId,
  managerEmployeeId: people.managerEmployeeId,
  leaderSince: people.leaderSince,
  status: people.status,
  leaderDecision: people.leaderDecision,
};

interface CurrentRow {
  employeeId: string;
  name: string;
  email: string | null;
  jobTitle: string | null;
  unitId: string | null;
  managerEmployeeId: string | null;
  leaderSince: string | null;
  status: string;
  leaderDecision: string | null;
}

// The status and decision columns hold only these values (check constraints).
const status = (r: CurrentRow) => r.status as CurrentPerson['status'];
const decision = (r: CurrentRow) => r.leaderDecision as CurrentPerson['leaderDecision'];
const unitKey = (r: CurrentRow, keys: Map<string, string>) => (r.unitId === null ? null : (keys.get(r.unitId) ?? null));

/** Everyone the organisation has had, as the preview's diff compares them. */
export async function loadCurrentPeople(db: DbOrTx, orgId: string): Promise<CurrentPerson[]> {
  const keys = await unitKeysOf(db, orgId);
  const rows = await db.select(currentColumns).from(people).where(eq(people.orgId, orgId));
  // Each row remade as one literal, into the same array: no second array of 50,000, no spread copies.
  const current = rows as unknown as CurrentPerson[];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    current[i] = {
      employeeId: r.employeeId,
      name: r.name,
      email: r.email,
      jobTitle: r.jobTitle,
      unitKey: unitKey(r, keys),
      managerEmployeeId: r.managerEmployeeId,
      leaderSince: r.leaderSince,
      status: status(r),
      leaderDecision: decision(r),
    };
  }
  return current;
}

/** Everyone the organisation has had, with what the apply also needs: their id and the stored leader columns. */
export async function loadStoredPeople(db: DbOrTx, orgId: string): Promise<StoredPerson[]> {
  const keys = await unitKeysOf(db, orgId);
  const rows = await db
    .select({
      ...currentColumns,
      id: people.id,
      leaderSuggestion: people.leaderSuggestion,
      leaderConfidence: people.leaderConfidence,
      leaderScore: people.leaderScore,
      leaderReasons: people.leaderReasons,
    })
    .from(people)
    .where(eq(people.orgId, orgId));
  const stored = rows as unknown as StoredPerson[];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    stored[i] = {
      employeeId: r.employeeId,
      name: r.name,
      email: r.email,
      jobTitle: r.jobTitle,
      unitKey: unitKey(r, keys),
      managerEmployeeId: r.managerEmployeeId,
      leaderSince: r.leaderSince,
      status: status(r),
      leaderDecision: decision(r),
      id: r.id,
      leaderSuggestion: r.leaderSuggestion,
      leaderConfidence: r.leaderConfidence,
      leaderScore: r.leaderScore,
      leaderReasons: r.leaderReasons as StoredPerson['leaderReasons'],
    };
  }
  return stored;
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
  const current = await loadCurrentPeople(ctx.db, orgId);
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
