/**
 * Org-chart imports as the user drives them: upload (stored, previewed in a job), choose the column mapping, apply
 * (in a job). Status moves uploaded → previewing → previewed | invalid → applying → applied | failed, and every move
 * that matters is one conditional UPDATE, so two requests or two processes never both move it.
 */
import { and, desc, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm';
import { users } from '../platform/accounts/accounts.schema.js';
import { recordAudit } from '../platform/audit/audit.service.js';
import { type AppContext, requireTenant } from '../platform/context.js';
import type { DbOrTx } from '../platform/db/client.js';
import { storedFiles } from '../platform/files/files.schema.js';
import { saveFile } from '../platform/files/files.service.js';
import { Problem } from '../platform/http/problem.js';
import type { Locale } from '../platform/i18n/i18n.js';
import { type ImportCounts, type ImportPreview, MAPPING_FIELDS } from './import-analysis.js';
import { orgchartImports, orgchartMappings } from './organisations.schema.js';
import type { OrgChartMapping } from './orgchart-mapping.model.js';
import type { OrgChartProblem } from './orgchart-problems.model.js';

export const ORGCHART_PREVIEW_QUEUE = 'orgchart-preview';
export const ORGCHART_APPLY_QUEUE = 'orgchart-apply';
/** The uploaded file is needed until the import is applied; a day is plenty and keeps personal data short-lived. */
export const UPLOAD_TTL_MS = 24 * 3600 * 1000;

export interface ImportJobPayload {
  importId: string;
  /** The requester's language when they asked: progress messages. */
  locale: Locale;
}

export type ImportStatus = 'uploaded' | 'previewing' | 'previewed' | 'invalid' | 'applying' | 'applied' | 'failed';

export interface ImportResult {
  added: number;
  changed: number;
  left: number;
  returned: number;
  leadersSuggested: number;
  unitsAdded?: number;
  unitsDeactivated?: number;
}

export type ImportRow = typeof orgchartImports.$inferSelect;

export async function findImport(db: DbOrTx, orgId: string, id: string): Promise<ImportRow> {
  const [row] = await db
    .select()
    .from(orgchartImports)
    .where(and(eq(orgchartImports.id, id), eq(orgchartImports.orgId, orgId)));
  if (!row) throw new Problem(404, 'not_found');
  return row;
}

const unexpiredFile = (orgId: string, fileId: string) =>
  and(
    eq(storedFiles.id, fileId),
    eq(storedFiles.orgId, orgId),
    or(isNull(storedFiles.expiresAt), gt(storedFiles.expiresAt, new Date())),
  );

/** Bytes per query when reading an upload back (see importFileBytes). */
const READ_CHUNK = 1024 * 1024;

/**
 * The uploaded bytes, while the file has not expired; null afterwards. Read a megabyte at a time as base64 text,
 * decoded natively: PGlite turns bytea into bytes one two-character substring at a time (a 3 MB upload took millions
 * of short strings and a quarter of a second), and a whole file in one result makes PGlite's memory, which never
 * shrinks, grow by several times the file's size.
 */
export async function importFileBytes(
  db: DbOrTx,
  orgId: string,
  fileId: string | null,
): Promise<{ name: string; bytes: Uint8Array } | null> {
  if (!fileId) return null;
  const [file] = await db
    .select({ name: storedFiles.name, size: sql<number>`length(${storedFiles.bytes})::int` })
    .from(storedFiles)
    .where(unexpiredFile(orgId, fileId));
  if (!file) return null;
  const bytes = Buffer.alloc(file.size);
  for (let offset = 0; offset < file.size; offset += READ_CHUNK) {
    const [chunk] = await db
      .select({
        base64: sql<string>`encode(substring(${storedFiles.bytes} from ${offset + 1} for ${READ_CHUNK}), 'base64')`,
      })
      .from(storedFiles)
      .where(unexpiredFile(orgId, fileId));
    // A file erased or expired between two chunks is gone, as if it had not been found.
    if (!chunk) return null;
    bytes.write(chunk.base64, offset, 'base64');
  }
  return { name: file.name, bytes };
}

/** Whether the upload is still there, without reading its bytes (megabytes, for a large org chart). */
async function importFileAvailable(db: DbOrTx, orgId: string, fileId: string | null): Promise<boolean> {
  if (!fileId) return false;
  const [file] = await db.select({ id: storedFiles.id }).from(storedFiles).where(unexpiredFile(orgId, fileId));
  return file !== undefined;
}

export async function rememberedMapping(db: DbOrTx, orgId: string): Promise<OrgChartMapping | null> {
  const [row] = await db
    .select({ mapping: orgchartMappings.mapping })
    .from(orgchartMappings)
    .where(eq(orgchartMappings.orgId, orgId));
  return (row?.mapping as OrgChartMapping | undefined) ?? null;
}

export async function getRememberedMapping(ctx: AppContext): Promise<{ mapping: OrgChartMapping | null }> {
  return { mapping: await rememberedMapping(ctx.db, requireTenant(ctx).orgId) };
}

/** Stores the upload and creates the import row (status uploaded), in one transaction. */
export async function storeUpload(
  ctx: AppContext,
  file: { name: string; contentType: string; bytes: Uint8Array },
): Promise<ImportRow> {
  const { orgId } = requireTenant(ctx);
  return ctx.db.transaction(async (tx) => {
    const saved = await saveFile(
      ctx,
      { ...file, contentType: file.contentType || 'application/octet-stream', expiresAt: expiry() },
      tx,
    );
    const [row] = await tx
      .insert(orgchartImports)
      .values({ orgId, fileId: saved.id, fileName: saved.name, createdBy: ctx.user?.id ?? null })
      .returning();
    await recordAudit(
      ctx,
      {
        action: 'orgchart.uploaded',
        entityType: 'orgchart_import',
        entityId: row.id,
        details: { size: file.bytes.byteLength },
      },
      tx,
    );
    return row;
  });
}

const expiry = () => new Date(Date.now() + UPLOAD_TTL_MS);

async function enqueueFor(ctx: AppContext, queue: string, importId: string): Promise<string> {
  const { orgId } = requireTenant(ctx);
  const payload: ImportJobPayload = { importId, locale: ctx.locale };
  const jobId = await ctx.jobs.enqueue(queue, payload, { orgId, userId: ctx.user?.id ?? null });
  await ctx.db
    .update(orgchartImports)
    .set({ jobId })
    .where(and(eq(orgchartImports.id, importId), eq(orgchartImports.orgId, orgId)));
  return jobId;
}

/** POST /orgchart/imports: store, then preview in the background. */
export async function uploadOrgChart(
  ctx: AppContext,
  file: { name: string; contentType: string; bytes: Uint8Array },
): Promise<{ importId: string; jobId: string }> {
  const row = await storeUpload(ctx, file);
  return { importId: row.id, jobId: await enqueueFor(ctx, ORGCHART_PREVIEW_QUEUE, row.id) };
}

export interface ImportSummary {
  id: string;
  fileName: string;
  status: ImportStatus;
  createdAt: string;
  appliedAt: string | null;
  createdByName: string | null;
  counts: ImportCounts | null;
}

export async function listImports(ctx: AppContext): Promise<{ imports: ImportSummary[] }> {
  const { orgId } = requireTenant(ctx);
  const rows = await ctx.db
    .select({
      id: orgchartImports.id,
      fileName: orgchartImports.fileName,
      status: orgchartImports.status,
      createdAt: orgchartImports.createdAt,
      appliedAt: orgchartImports.appliedAt,
      createdByName: users.name,
      counts: sql<ImportCounts | null>`${orgchartImports.preview} -> 'counts'`,
    })
    .from(orgchartImports)
    .leftJoin(users, eq(users.id, orgchartImports.createdBy))
    .where(eq(orgchartImports.orgId, orgId))
    .orderBy(desc(orgchartImports.createdAt), desc(orgchartImports.id))
    .limit(200);
  return {
    imports: rows.map((r) => ({
      ...r,
      status: r.status as ImportStatus,
      createdAt: r.createdAt.toISOString(),
      appliedAt: r.appliedAt?.toISOString() ?? null,
      counts: r.counts ?? null,
    })),
  };
}

type JsonProblem = Omit<OrgChartProblem, 'params'> & { params?: Record<string, string | number | boolean | string[]> };

export async function getImport(ctx: AppContext, id: string) {
  const { orgId } = requireTenant(ctx);
  const row = await findImport(ctx.db, orgId, id);
  const preview = row.preview as ImportPreview | null;
  const mapping =
    (row.mapping as OrgChartMapping | null) ?? preview?.mapping ?? (await rememberedMapping(ctx.db, orgId));
  return {
    id: row.id,
    fileName: row.fileName,
    status: row.status as ImportStatus,
    jobId: row.jobId,
    createdAt: row.createdAt.toISOString(),
    appliedAt: row.appliedAt?.toISOString() ?? null,
    headers: preview?.headers ?? [],
    mapping: mapping ?? {},
    suggestedMapping: preview?.suggestedMapping ?? {},
    fields: MAPPING_FIELDS,
    preview: preview
      ? {
          counts: preview.counts,
          // JSON from the database: the model's readonly param arrays are plain arrays here.
          problems: preview.problems as unknown as JsonProblem[],
          problemCount: preview.problemCount,
          samples: preview.samples,
          canApply: preview.canApply && row.status === 'previewed',
        }
      : null,
    result: (row.result as ImportResult | null) ?? null,
  };
}

/** Why an import cannot move on: 404, or a 409 naming the reason. */
function refusal(row: ImportRow, action: 'apply' | 'map'): Problem {
  const preview = row.preview as ImportPreview | null;
  if (row.status === 'applied') return new Problem(409, 'import_already_applied');
  if (row.status === 'applying' || row.status === 'previewing') return new Problem(409, 'import_busy');
  if (!row.fileId) return new Problem(409, 'import_file_expired');
  if (action === 'apply' && (row.status === 'invalid' || (row.status === 'previewed' && !preview?.canApply)))
    return new Problem(409, 'import_has_errors');
  return new Problem(409, 'import_not_previewed');
}

/** PUT /orgchart/imports/{id}/mapping: preview again with the user's mapping. */
export async function setImportMapping(
  ctx: AppContext,
  id: string,
  mapping: OrgChartMapping,
): Promise<{ jobId: string }> {
  const { orgId } = requireTenant(ctx);
  const [moved] = await ctx.db
    .update(orgchartImports)
    .set({ mapping, status: 'uploaded', preview: null })
    .where(
      and(
        eq(orgchartImports.id, id),
        eq(orgchartImports.orgId, orgId),
        inArray(orgchartImports.status, ['uploaded', 'previewed', 'invalid', 'failed']),
        sql`${orgchartImports.fileId} is not null`,
      ),
    )
    .returning({ id: orgchartImports.id });
  if (!moved) throw refusal(await findImport(ctx.db, orgId, id), 'map');
  return { jobId: await enqueueFor(ctx, ORGCHART_PREVIEW_QUEUE, id) };
}

/**
 * Previewed without errors → applying, in one statement: of two requests at once, one moves it and the other gets
 * 409. The caller then runs the apply (in a job, or directly for demo data).
 */
export async function claimForApply(ctx: AppContext, id: string): Promise<void> {
  const { orgId } = requireTenant(ctx);
  const row = await findImport(ctx.db, orgId, id);
  if (row.status === 'previewed' && !(await importFileAvailable(ctx.db, orgId, row.fileId)))
    throw new Problem(409, 'import_file_expired');
  const [moved] = await ctx.db
    .update(orgchartImports)
    .set({ status: 'applying' })
    .where(
      and(
        eq(orgchartImports.id, id),
        eq(orgchartImports.orgId, orgId),
        eq(orgchartImports.status, 'previewed'),
        sql`coalesce((${orgchartImports.preview} ->> 'canApply')::boolean, false)`,
      ),
    )
    .returning({ id: orgchartImports.id });
  if (!moved) throw refusal(await findImport(ctx.db, orgId, id), 'apply');
}

/** POST /orgchart/imports/{id}/apply: claim it, then the apply job. */
export async function requestApply(ctx: AppContext, id: string): Promise<{ jobId: string }> {
  await claimForApply(ctx, id);
  try {
    return { jobId: await enqueueFor(ctx, ORGCHART_APPLY_QUEUE, id) };
  } catch (error) {
    await ctx.db
      .update(orgchartImports)
      .set({ status: 'previewed' })
      .where(and(eq(orgchartImports.id, id), eq(orgchartImports.status, 'applying')));
    throw error;
  }
}
