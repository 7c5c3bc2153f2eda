/**
 * Reading and writing frameworks as rows: who may see or edit which framework, and a version's content to and from
 * the FrameworkContent value the rest of the domain works with. All SQL about the shape of a version lives here.
 */
import { and, asc, type Column, eq, isNull, or, type SQL } from 'drizzle-orm';
import type { AppContext } from '../platform/context.js';
import type { DbOrTx } from '../platform/db/client.js';
import { Problem } from '../platform/http/problem.js';
import type { FrameworkContent, FrameworkItem } from './frameworks.model.js';
import { frameworkItems, frameworks, frameworkVersions } from './frameworks.schema.js';

export type FrameworkRow = typeof frameworks.$inferSelect;
export type VersionRow = typeof frameworkVersions.$inferSelect;

/** Roles that author frameworks and role profiles in their own organisation. */
export const AUTHOR_ROLES = ['admin', 'analyst'] as const;

/** National rows (no owner) are visible to everyone signed in; an organisation's only to its members. */
export function visibleTo(ctx: AppContext, orgColumn: Column): SQL {
  const own = ctx.tenant ? eq(orgColumn, ctx.tenant.orgId) : undefined;
  return (own ? or(isNull(orgColumn), own) : isNull(orgColumn)) as SQL;
}

/** May the caller change something owned by `orgId` (null = national)? */
export function canEditOwned(ctx: AppContext, orgId: string | null): boolean {
  if (orgId === null) return ctx.user?.isPlatformAdmin === true;
  return ctx.tenant?.orgId === orgId && (AUTHOR_ROLES as readonly string[]).includes(ctx.tenant.role);
}

/** The owner a new framework or profile gets: national only for platform admins, else the active organisation. */
export function ownerForNew(ctx: AppContext, national: boolean | undefined): string | null {
  if (national) {
    if (!ctx.user?.isPlatformAdmin) throw new Problem(403, 'platform_admin_required');
    return null;
  }
  if (!ctx.tenant) throw new Problem(403, 'no_active_org');
  if (!canEditOwned(ctx, ctx.tenant.orgId)) throw new Problem(403, 'forbidden');
  return ctx.tenant.orgId;
}

export async function findFramework(ctx: AppContext, id: string, db: DbOrTx = ctx.db): Promise<FrameworkRow> {
  const [row] = await db
    .select()
    .from(frameworks)
    .where(and(eq(frameworks.id, id), visibleTo(ctx, frameworks.orgId)));
  if (!row) throw new Problem(404, 'not_found');
  return row;
}

/** A version the caller can see, with its framework; `forUpdate` locks the version row for the transaction. */
export async function findVersion(
  ctx: AppContext,
  id: string,
  options: { db?: DbOrTx; forUpdate?: boolean } = {},
): Promise<{ framework: FrameworkRow; version: VersionRow }> {
  const db = options.db ?? ctx.db;
  const query = db
    .select({ framework: frameworks, version: frameworkVersions })
    .from(frameworkVersions)
    .innerJoin(frameworks, eq(frameworks.id, frameworkVersions.frameworkId))
    .where(and(eq(frameworkVersions.id, id), visibleTo(ctx, frameworks.orgId)));
  const [row] = options.forUpdate ? await query.for('update', { of: frameworkVersions }) : await query;
  if (!row) throw new Problem(404, 'not_found');
  return row;
}

/**
 * A version by id without the caller's scope. Only for a use case that has already established a right to it, e.g.
 * a study pinning the running organisation's framework, read by a participating organisation.
 */
export async function findVersionGranted(
  db: DbOrTx,
  id: string,
): Promise<{ framework: FrameworkRow; version: VersionRow }> {
  const [row] = await db
    .select({ framework: frameworks, version: frameworkVersions })
    .from(frameworkVersions)
    .innerJoin(frameworks, eq(frameworks.id, frameworkVersions.frameworkId))
    .where(eq(frameworkVersions.id, id));
  if (!row) throw new Problem(404, 'not_found');
  return row;
}

/**
 * A draft the caller may edit, locked until the transaction ends so concurrent edits and a publish serialise.
 * Published versions never change: 409 `version_published`.
 */
export async function findEditableDraft(
  ctx: AppContext,
  tx: DbOrTx,
  id: string,
): Promise<{ framework: FrameworkRow; version: VersionRow }> {
  const found = await findVersion(ctx, id, { db: tx, forUpdate: true });
  if (!canEditOwned(ctx, found.framework.orgId)) throw new Problem(403, 'forbidden');
  if (found.version.status !== 'draft') throw new Problem(409, 'version_published');
  return found;
}

export function itemFromRow(row: typeof frameworkItems.$inferSelect): FrameworkItem {
  return {
    identifier: row.identifier,
    parentIdentifier: row.parentIdentifier,
    position: row.position,
    kind: row.kind as FrameworkItem['kind'],
    code: row.code,
    titleDa: row.titleDa,
    titleEn: row.titleEn,
    descriptionDa: row.descriptionDa,
    descriptionEn: row.descriptionEn,
    keywordsDa: row.keywordsDa,
    keywordsEn: row.keywordsEn,
    levels: row.levels,
  };
}

export async function loadItems(db: DbOrTx, versionId: string): Promise<FrameworkItem[]> {
  const rows = await db
    .select()
    .from(frameworkItems)
    .where(eq(frameworkItems.versionId, versionId))
    .orderBy(asc(frameworkItems.parentIdentifier), asc(frameworkItems.position));
  return rows.map(itemFromRow);
}

export async function loadContent(db: DbOrTx, framework: FrameworkRow, version: VersionRow): Promise<FrameworkContent> {
  return {
    identifier: framework.identifier,
    titleDa: version.titleDa,
    titleEn: version.titleEn,
    descriptionDa: version.descriptionDa,
    descriptionEn: version.descriptionEn,
    publisher: version.publisher,
    scale: version.scale,
    items: await loadItems(db, version.id),
  };
}

const INSERT_BATCH = 500;

/** Writes the items of a fresh version (one statement per batch; parents are checked at the end of each). */
export async function insertItems(tx: DbOrTx, versionId: string, items: readonly FrameworkItem[]): Promise<void> {
  // Parents first, so every batch only refers to rows already written or in the same statement.
  const ordered = orderParentsFirst(items);
  for (let i = 0; i < ordered.length; i += INSERT_BATCH) {
    await tx.insert(frameworkItems).values(
      ordered.slice(i, i + INSERT_BATCH).map((item) => ({
        versionId,
        identifier: item.identifier,
        parentIdentifier: item.parentIdentifier,
        position: item.position,
        kind: item.kind,
        code: item.code,
        titleDa: item.titleDa,
        titleEn: item.titleEn,
        descriptionDa: item.descriptionDa,
        descriptionEn: item.descriptionEn,
        keywordsDa: item.keywordsDa,
        keywordsEn: item.keywordsEn,
        levels: item.levels,
      })),
    );
  }
}

function orderParentsFirst(items: readonly FrameworkItem[]): FrameworkItem[] {
  const byId = new Map(items.map((i) => [i.identifier, i]));
  const depth = new Map<string, number>();
  const depthOf = (item: FrameworkItem, guard = 0): number => {
    const known = depth.get(item.identifier);
    if (known !== undefined) return known;
    const parent = item.parentIdentifier ? byId.get(item.parentIdentifier) : undefined;
    const d = parent && guard < items.length ? depthOf(parent, guard + 1) + 1 : 0;
    depth.set(item.identifier, d);
    return d;
  };
  return [...items].sort((a, b) => depthOf(a) - depthOf(b));
}

/** Content normalised before it is stored: NFC text, trimmed titles, keywords without blanks or duplicates. */
export function normaliseItem(item: FrameworkItem): FrameworkItem {
  const nfc = (s: string) => s.normalize('NFC');
  const keywords = (list: string[]) => [...new Set(list.map((k) => nfc(k).trim()).filter(Boolean))];
  return {
    ...item,
    identifier: item.identifier.toLowerCase(),
    parentIdentifier: item.parentIdentifier?.toLowerCase() ?? null,
    code: nfc(item.code).trim(),
    titleDa: nfc(item.titleDa).trim(),
    titleEn: nfc(item.titleEn).trim(),
    descriptionDa: nfc(item.descriptionDa).trim(),
    descriptionEn: nfc(item.descriptionEn).trim(),
    keywordsDa: keywords(item.keywordsDa),
    keywordsEn: keywords(item.keywordsEn),
    levels: [...item.levels]
      .map((l) => ({ level: l.level, da: nfc(l.da).trim(), en: nfc(l.en).trim() }))
      .filter((l) => l.da || l.en)
      .sort((a, b) => a.level - b.level),
  };
}

/** Content of published versions by version id: they never change, so they are read once per process. */
const publishedCache = new Map<string, FrameworkContent>();
const PUBLISHED_CACHE_SIZE = 50;

/**
 * The content of a version a use case has already been granted (see findVersionGranted). Published versions come
 * from a small in-process cache; drafts are always read. Callers must not change the returned value.
 */
export async function grantedContent(db: DbOrTx, versionId: string): Promise<FrameworkContent> {
  const cached = publishedCache.get(versionId);
  if (cached) return cached;
  const { framework, version } = await findVersionGranted(db, versionId);
  const content = await loadContent(db, framework, version);
  if (version.status === 'published') {
    if (publishedCache.size >= PUBLISHED_CACHE_SIZE)
      publishedCache.delete(publishedCache.keys().next().value as string);
    publishedCache.set(versionId, content);
  }
  return content;
}
