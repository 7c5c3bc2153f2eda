/**
 * Frameworks in and out: CASE 1.1 packages and Moodle competency-framework CSV. An import is checked whole before
 * anything is written; a valid one becomes a new framework, or a new draft of the caller's framework with the same
 * CASE identifier.
 */
import { and, desc, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../platform/audit/audit.service.js';
import type { AppContext } from '../platform/context.js';
import { Problem } from '../platform/http/problem.js';
import { exportCase } from './case-export.js';
import { MAX_FRAMEWORK_FILE_BYTES, readFrameworkFile } from './framework-file.js';
import { findFramework, loadContent, normaliseItem, ownerForNew, type VersionRow } from './framework-store.js';
import { competenciesOf, type FrameworkIssue } from './frameworks.model.js';
import { frameworks, frameworkVersions } from './frameworks.schema.js';
import { draftOf, insertFrameworkWithDraft, insertVersion } from './frameworks.service.js';
import { exportMoodleCsv } from './moodle-csv.js';

/** The version an export means: the one asked for, else the latest published, else the draft. */
async function exportedVersion(ctx: AppContext, frameworkId: string, versionId?: string) {
  const framework = await findFramework(ctx, frameworkId);
  const versions = await ctx.db
    .select()
    .from(frameworkVersions)
    .where(eq(frameworkVersions.frameworkId, framework.id))
    .orderBy(desc(frameworkVersions.number));
  const version: VersionRow | undefined = versionId
    ? versions.find((v) => v.id === versionId)
    : (versions.find((v) => v.status === 'published') ?? versions[0]);
  if (!version) throw new Problem(404, 'not_found');
  return { framework, version, content: await loadContent(ctx.db, framework, version) };
}

export async function exportFrameworkCase(ctx: AppContext, frameworkId: string, versionId?: string) {
  const { version, content } = await exportedVersion(ctx, frameworkId, versionId);
  const pkg = exportCase(content, {
    baseUri: ctx.config.baseUrl,
    versionNumber: version.number,
    status: version.status as 'draft' | 'published',
    lastChangeDateTime: (version.publishedAt ?? version.updatedAt).toISOString(),
  });
  return { pkg, fileName: fileNameOf(content.titleDa, version.number, 'json') };
}

export async function exportFrameworkMoodle(ctx: AppContext, frameworkId: string, versionId?: string) {
  const { version, content } = await exportedVersion(ctx, frameworkId, versionId);
  const { csv } = exportMoodleCsv(content);
  return { csv, fileName: fileNameOf(content.titleDa, version.number, 'csv') };
}

function fileNameOf(title: string, number: number, extension: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9æøåÆØÅ]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${base || 'framework'}-v${number}.${extension}`;
}

export interface ImportInput {
  bytes: Uint8Array;
  fileName: string;
  contentType?: string;
  dryRun?: boolean;
  national?: boolean;
}

/** An issue as the report shows it: the code and params for machines, the message for people. */
export interface ReportedIssue extends FrameworkIssue {
  message: string;
}

export interface ImportReport {
  format: 'case' | 'moodle';
  itemCount: number;
  competencyCount: number;
  /** What the file held that Frontline does not keep. */
  dropped: ReportedIssue[];
  /** What was read in a way the user may want to check (e.g. a kind inferred from the tree). */
  warnings: ReportedIssue[];
}

export interface ImportResult {
  frameworkId: string | null;
  versionId: string | null;
  created: boolean;
  report: ImportReport;
}

const reported = (ctx: AppContext, issue: FrameworkIssue): ReportedIssue => ({
  ...issue,
  message: ctx.t(`frameworks.issues.${issue.code}`, issue.params ?? {}),
});

export async function importFramework(ctx: AppContext, input: ImportInput): Promise<ImportResult> {
  const owner = ownerForNew(ctx, input.national);
  const read = readFrameworkFile(input.bytes, input.fileName, input.contentType);
  const errors = read.issues.map((i) => ({ path: i.path, message: reported(ctx, i).message }));
  if (read.issues.some((i) => i.code === 'file_too_large')) {
    throw new Problem(413, 'framework_file_too_large', { maxMb: MAX_FRAMEWORK_FILE_BYTES / 1_048_576 }, errors);
  }
  if (errors.length > 0 || !read.content)
    throw new Problem(422, 'framework_import_invalid', { count: errors.length }, errors);
  const content = { ...read.content, items: read.content.items.map(normaliseItem) };
  const report: ImportReport = {
    format: read.format as 'case' | 'moodle',
    itemCount: content.items.length,
    competencyCount: competenciesOf(content.items).length,
    dropped: read.dropped.map((i) => reported(ctx, i)),
    warnings: read.warnings.map((i) => reported(ctx, i)),
  };
  if (input.dryRun) return { frameworkId: null, versionId: null, created: false, report };

  return ctx.db.transaction(async (tx) => {
    const [existing] = await tx
      .select()
      .from(frameworks)
      .where(
        and(
          eq(frameworks.identifier, content.identifier),
          owner === null ? isNull(frameworks.orgId) : eq(frameworks.orgId, owner),
        ),
      )
      .for('update');
    let frameworkId: string;
    let versionId: string;
    if (existing) {
      const draft = await draftOf(tx, existing.id);
      if (draft) throw new Problem(409, 'draft_exists', { versionId: draft.id });
      const [latest] = await tx
        .select({ number: frameworkVersions.number })
        .from(frameworkVersions)
        .where(eq(frameworkVersions.frameworkId, existing.id))
        .orderBy(desc(frameworkVersions.number))
        .limit(1);
      frameworkId = existing.id;
      versionId = await insertVersion(ctx, tx, existing.id, (latest?.number ?? 0) + 1, content);
    } else {
      ({ frameworkId, versionId } = await insertFrameworkWithDraft(ctx, tx, owner, content));
    }
    await recordAudit(
      ctx,
      {
        action: 'framework.imported',
        entityType: 'framework_version',
        entityId: versionId,
        orgId: owner,
        details: { format: report.format, items: report.itemCount, fileName: input.fileName },
      },
      tx,
    );
    return { frameworkId, versionId, created: !existing, report };
  });
}
