/**
 * Frameworks and their versions: list, create, start a new draft from the latest published version, edit the
 * version's own fields, publish (after which the version never changes), discard a draft, and diff two versions.
 */
import { randomUUID } from 'node:crypto';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { organisations, users } from '../platform/accounts/accounts.schema.js';
import { recordAudit } from '../platform/audit/audit.service.js';
import type { AppContext } from '../platform/context.js';
import type { DbOrTx } from '../platform/db/client.js';
import { Problem } from '../platform/http/problem.js';
import { diffFrameworks, type FrameworkDiff } from './framework-diff.model.js';
import {
  canEditOwned,
  type FrameworkRow,
  findEditableDraft,
  findFramework,
  findVersion,
  insertItems,
  loadContent,
  ownerForNew,
  type VersionRow,
  visibleTo,
} from './framework-store.js';
import {
  DEFAULT_SCALE,
  type FrameworkContent,
  type FrameworkIssue,
  type ScaleLevel,
  validateFramework,
  validateScale,
} from './frameworks.model.js';
import { frameworkItems, frameworks, frameworkVersions } from './frameworks.schema.js';

export interface VersionRef {
  id: string;
  number: number;
}

export interface FrameworkSummary {
  id: string;
  identifier: string;
  scope: 'national' | 'organisation';
  ownerName: string | null;
  titleDa: string;
  titleEn: string;
  latestPublished: (VersionRef & { publishedAt: string }) | null;
  draft: VersionRef | null;
  canEdit: boolean;
}

export interface VersionListEntry extends VersionRef {
  status: 'draft' | 'published';
  changeNote: string | null;
  publishedAt: string | null;
  publishedByName: string | null;
  createdAt: string;
  itemCount: number;
}

export interface FrameworkDetail extends FrameworkSummary {
  descriptionDa: string;
  descriptionEn: string;
  versions: VersionListEntry[];
}

export interface VersionDetail {
  id: string;
  frameworkId: string;
  number: number;
  status: 'draft' | 'published';
  changeNote: string | null;
  publishedAt: string | null;
  canEdit: boolean;
  content: FrameworkContent;
}

const itemCount = sql<number>`(select count(*)::int from framework_items i where i.version_id = framework_versions.id)`;

async function versionsOf(db: DbOrTx, frameworkIds: string[]) {
  if (frameworkIds.length === 0) return [];
  return db
    .select({
      id: frameworkVersions.id,
      frameworkId: frameworkVersions.frameworkId,
      number: frameworkVersions.number,
      status: frameworkVersions.status,
      titleDa: frameworkVersions.titleDa,
      titleEn: frameworkVersions.titleEn,
      descriptionDa: frameworkVersions.descriptionDa,
      descriptionEn: frameworkVersions.descriptionEn,
      changeNote: frameworkVersions.changeNote,
      publishedAt: frameworkVersions.publishedAt,
      publishedByName: users.name,
      createdAt: frameworkVersions.createdAt,
      itemCount,
    })
    .from(frameworkVersions)
    .leftJoin(users, eq(users.id, frameworkVersions.publishedBy))
    .where(inArray(frameworkVersions.frameworkId, frameworkIds))
    .orderBy(desc(frameworkVersions.number));
}

type VersionListRow = Awaited<ReturnType<typeof versionsOf>>[number];

function summarise(
  ctx: AppContext,
  framework: FrameworkRow,
  ownerName: string | null,
  versions: VersionListRow[],
): FrameworkSummary {
  const published = versions.find((v) => v.status === 'published');
  const draft = versions.find((v) => v.status === 'draft');
  // The newest version names the framework: a draft's new title shows while it is being written.
  const shown = versions[0];
  return {
    id: framework.id,
    identifier: framework.identifier,
    scope: framework.orgId === null ? 'national' : 'organisation',
    ownerName,
    titleDa: shown?.titleDa ?? '',
    titleEn: shown?.titleEn ?? '',
    latestPublished: published
      ? { id: published.id, number: published.number, publishedAt: (published.publishedAt as Date).toISOString() }
      : null,
    draft: draft ? { id: draft.id, number: draft.number } : null,
    canEdit: canEditOwned(ctx, framework.orgId),
  };
}

export async function listFrameworks(ctx: AppContext): Promise<FrameworkSummary[]> {
  const rows = await ctx.db
    .select({ framework: frameworks, ownerName: organisations.name })
    .from(frameworks)
    .leftJoin(organisations, eq(organisations.id, frameworks.orgId))
    .where(visibleTo(ctx, frameworks.orgId));
  const versions = await versionsOf(
    ctx.db,
    rows.map((r) => r.framework.id),
  );
  const summaries = rows.map((r) =>
    summarise(
      ctx,
      r.framework,
      r.ownerName,
      versions.filter((v) => v.frameworkId === r.framework.id),
    ),
  );
  // National first, then by title.
  return summaries.sort(
    (a, b) =>
      Number(a.scope !== 'national') - Number(b.scope !== 'national') || a.titleDa.localeCompare(b.titleDa, 'da'),
  );
}

export async function getFramework(ctx: AppContext, id: string): Promise<FrameworkDetail> {
  const framework = await findFramework(ctx, id);
  const [owner] = framework.orgId
    ? await ctx.db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, framework.orgId))
    : [];
  const versions = await versionsOf(ctx.db, [framework.id]);
  return {
    ...summarise(ctx, framework, owner?.name ?? null, versions),
    descriptionDa: versions[0]?.descriptionDa ?? '',
    descriptionEn: versions[0]?.descriptionEn ?? '',
    versions: versions.map((v) => ({
      id: v.id,
      number: v.number,
      status: v.status as 'draft' | 'published',
      changeNote: v.changeNote,
      publishedAt: v.publishedAt?.toISOString() ?? null,
      publishedByName: v.publishedByName,
      createdAt: v.createdAt.toISOString(),
      itemCount: Number(v.itemCount),
    })),
  };
}

export interface NewFramework {
  titleDa: string;
  titleEn: string;
  descriptionDa?: string;
  descriptionEn?: string;
  national?: boolean;
}

/** A new framework with an empty draft version 1 on the default scale. */
export async function createFramework(ctx: AppContext, input: NewFramework): Promise<FrameworkDetail> {
  const orgId = ownerForNew(ctx, input.national);
  const id = await ctx.db.transaction(async (tx) => {
    const content: FrameworkContent = {
      identifier: randomUUID(),
      titleDa: input.titleDa.normalize('NFC').trim(),
      titleEn: input.titleEn.normalize('NFC').trim(),
      descriptionDa: (input.descriptionDa ?? '').normalize('NFC').trim(),
      descriptionEn: (input.descriptionEn ?? '').normalize('NFC').trim(),
      publisher: '',
      scale: DEFAULT_SCALE,
      items: [],
    };
    const { frameworkId } = await insertFrameworkWithDraft(ctx, tx, orgId, content);
    return frameworkId;
  });
  return getFramework(ctx, id);
}

/** Inserts a framework and its draft version 1 holding `content` (also used by import). */
export async function insertFrameworkWithDraft(
  ctx: AppContext,
  tx: DbOrTx,
  orgId: string | null,
  content: FrameworkContent,
): Promise<{ frameworkId: string; versionId: string }> {
  const [framework] = await tx
    .insert(frameworks)
    .values({ orgId, identifier: content.identifier, createdBy: ctx.user?.id ?? null })
    .returning({ id: frameworks.id });
  const versionId = await insertVersion(ctx, tx, framework.id, 1, content);
  await recordAudit(ctx, { action: 'framework.created', entityType: 'framework', entityId: framework.id, orgId }, tx);
  return { frameworkId: framework.id, versionId };
}

export async function insertVersion(
  ctx: AppContext,
  tx: DbOrTx,
  frameworkId: string,
  number: number,
  content: FrameworkContent,
): Promise<string> {
  const [version] = await tx
    .insert(frameworkVersions)
    .values({
      frameworkId,
      number,
      status: 'draft',
      titleDa: content.titleDa,
      titleEn: content.titleEn,
      descriptionDa: content.descriptionDa,
      descriptionEn: content.descriptionEn,
      publisher: content.publisher,
      scale: content.scale,
      createdBy: ctx.user?.id ?? null,
    })
    .returning({ id: frameworkVersions.id });
  await insertItems(tx, version.id, content.items);
  return version.id;
}

/** The draft a framework already has, if any. */
export async function draftOf(db: DbOrTx, frameworkId: string): Promise<VersionRow | undefined> {
  const [draft] = await db
    .select()
    .from(frameworkVersions)
    .where(and(eq(frameworkVersions.frameworkId, frameworkId), eq(frameworkVersions.status, 'draft')));
  return draft;
}

/** A new draft, copied from the latest published version; one draft per framework at a time. */
export async function createDraft(ctx: AppContext, frameworkId: string): Promise<VersionDetail> {
  const versionId = await ctx.db.transaction(async (tx) => {
    const framework = await findFramework(ctx, frameworkId, tx);
    if (!canEditOwned(ctx, framework.orgId)) throw new Problem(403, 'forbidden');
    // Lock the framework so two "new draft" clicks cannot both pass the check below.
    await tx.select({ id: frameworks.id }).from(frameworks).where(eq(frameworks.id, framework.id)).for('update');
    const existing = await draftOf(tx, framework.id);
    if (existing) throw new Problem(409, 'draft_exists', { versionId: existing.id });
    const [latest] = await tx
      .select()
      .from(frameworkVersions)
      .where(eq(frameworkVersions.frameworkId, framework.id))
      .orderBy(desc(frameworkVersions.number))
      .limit(1);
    const content = await loadContent(tx, framework, latest);
    const id = await insertVersion(ctx, tx, framework.id, latest.number + 1, content);
    await recordAudit(
      ctx,
      { action: 'framework.draft_created', entityType: 'framework_version', entityId: id, orgId: framework.orgId },
      tx,
    );
    return id;
  });
  return getVersion(ctx, versionId);
}

export async function getVersion(ctx: AppContext, id: string, db: DbOrTx = ctx.db): Promise<VersionDetail> {
  const { framework, version } = await findVersion(ctx, id, { db });
  return {
    id: version.id,
    frameworkId: framework.id,
    number: version.number,
    status: version.status as 'draft' | 'published',
    changeNote: version.changeNote,
    publishedAt: version.publishedAt?.toISOString() ?? null,
    canEdit: version.status === 'draft' && canEditOwned(ctx, framework.orgId),
    content: await loadContent(db, framework, version),
  };
}

export interface VersionFields {
  titleDa?: string;
  titleEn?: string;
  descriptionDa?: string;
  descriptionEn?: string;
  publisher?: string;
  scale?: ScaleLevel[];
}

const issueErrors = (ctx: AppContext, issues: FrameworkIssue[]) =>
  issues.map((i) => ({ path: i.path, message: ctx.t(`frameworks.issues.${i.code}`, i.params ?? {}) }));

export async function updateVersion(ctx: AppContext, id: string, input: VersionFields): Promise<VersionDetail> {
  await ctx.db.transaction(async (tx) => {
    const { version } = await findEditableDraft(ctx, tx, id);
    const clean = (s: string | undefined) => (s === undefined ? undefined : s.normalize('NFC').trim());
    let scale: ScaleLevel[] | undefined;
    if (input.scale) {
      scale = [...input.scale]
        .map((s) => ({
          level: s.level,
          labelDa: s.labelDa.normalize('NFC').trim(),
          labelEn: s.labelEn.normalize('NFC').trim(),
        }))
        .sort((a, b) => a.level - b.level);
      const issues = validateScale(scale);
      if (issues.length > 0) throw new Problem(400, 'validation', {}, issueErrors(ctx, issues));
      const levels = scale.map((s) => s.level);
      const [used] = await tx
        .select({ level: sql<number>`(l->>'level')::int` })
        .from(sql`${frameworkItems}, jsonb_array_elements(${frameworkItems.levels}) l`)
        .where(
          and(
            eq(frameworkItems.versionId, version.id),
            sql`not ((l->>'level')::int = any(${`{${levels.join(',')}}`}::int[]))`,
          ),
        )
        .limit(1);
      if (used) throw new Problem(409, 'scale_level_in_use', { level: used.level });
    }
    await tx
      .update(frameworkVersions)
      .set({
        titleDa: clean(input.titleDa),
        titleEn: clean(input.titleEn),
        descriptionDa: clean(input.descriptionDa),
        descriptionEn: clean(input.descriptionEn),
        publisher: clean(input.publisher),
        scale,
        updatedAt: new Date(),
      })
      .where(eq(frameworkVersions.id, version.id));
  });
  return getVersion(ctx, id);
}

export async function discardDraft(ctx: AppContext, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const { framework, version } = await findEditableDraft(ctx, tx, id);
    // A framework never published is nothing but its draft: discarding it removes the framework.
    const published = await tx
      .select({ id: frameworkVersions.id })
      .from(frameworkVersions)
      .where(and(eq(frameworkVersions.frameworkId, framework.id), eq(frameworkVersions.status, 'published')))
      .limit(1);
    if (published.length === 0) await tx.delete(frameworks).where(eq(frameworks.id, framework.id));
    else await tx.delete(frameworkVersions).where(eq(frameworkVersions.id, version.id));
    await recordAudit(
      ctx,
      { action: 'framework.draft_discarded', entityType: 'framework_version', entityId: id, orgId: framework.orgId },
      tx,
    );
  });
}

/** Publishes a sound draft; from then on the version is read-only and studies may pin it. */
export async function publishVersion(ctx: AppContext, id: string, changeNote: string): Promise<VersionDetail> {
  await ctx.db.transaction(async (tx) => {
    const { framework, version } = await findEditableDraft(ctx, tx, id);
    const content = await loadContent(tx, framework, version);
    const issues = validateFramework(content);
    if (content.items.length === 0) issues.push({ path: 'items', code: 'empty_framework' });
    if (!content.titleDa) issues.push({ path: 'titleDa', code: 'title_missing' });
    if (issues.length > 0) throw new Problem(422, 'framework_invalid', {}, issueErrors(ctx, issues));
    await tx
      .update(frameworkVersions)
      .set({
        status: 'published',
        changeNote: changeNote.normalize('NFC').trim(),
        publishedAt: new Date(),
        publishedBy: ctx.user?.id ?? null,
        updatedAt: new Date(),
      })
      .where(and(eq(frameworkVersions.id, version.id), eq(frameworkVersions.status, 'draft')));
    await recordAudit(
      ctx,
      {
        action: 'framework.published',
        entityType: 'framework_version',
        entityId: id,
        orgId: framework.orgId,
        details: { frameworkId: framework.id, number: version.number },
      },
      tx,
    );
  });
  return getVersion(ctx, id);
}

export interface VersionDiff extends FrameworkDiff {
  from: VersionRef;
  to: VersionRef;
}

/** What changed from `againstId` to `id`; both must be versions of the same framework. */
export async function diffVersions(ctx: AppContext, id: string, againstId: string): Promise<VersionDiff> {
  const to = await findVersion(ctx, id);
  const from = await findVersion(ctx, againstId);
  if (from.framework.id !== to.framework.id) throw new Problem(400, 'versions_of_different_frameworks');
  const diff = diffFrameworks(
    await loadContent(ctx.db, from.framework, from.version),
    await loadContent(ctx.db, to.framework, to.version),
  );
  return {
    from: { id: from.version.id, number: from.version.number },
    to: { id: to.version.id, number: to.version.number },
    ...diff,
  };
}
