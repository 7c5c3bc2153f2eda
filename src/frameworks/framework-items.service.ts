/**
 * Editing the tree of a draft: add, change, move and delete items. Every change locks the draft row first, so two
 * editors' changes apply one after the other and a publish never sees half an edit.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { AppContext } from '../platform/context.js';
import type { DbOrTx } from '../platform/db/client.js';
import { Problem } from '../platform/http/problem.js';
import { findEditableDraft, itemFromRow, loadItems, normaliseItem } from './framework-store.js';
import {
  type FrameworkItem,
  type ItemKind,
  type LevelDescriptor,
  MAX_DEPTH,
  MAX_ITEMS,
  subtreeOf,
} from './frameworks.model.js';
import { frameworkItems, frameworkVersions } from './frameworks.schema.js';

export interface ItemFields {
  kind?: ItemKind;
  code?: string;
  titleDa?: string;
  titleEn?: string;
  descriptionDa?: string;
  descriptionEn?: string;
  keywordsDa?: string[];
  keywordsEn?: string[];
  levels?: LevelDescriptor[];
}

export interface NewItem extends ItemFields {
  parentIdentifier: string | null;
  position?: number;
  kind: ItemKind;
  titleDa: string;
  titleEn: string;
}

const parentIs = (versionId: string, parent: string | null) =>
  and(
    eq(frameworkItems.versionId, versionId),
    parent === null ? isNull(frameworkItems.parentIdentifier) : eq(frameworkItems.parentIdentifier, parent),
  );

async function findItem(tx: DbOrTx, versionId: string, identifier: string): Promise<FrameworkItem> {
  const [row] = await tx
    .select()
    .from(frameworkItems)
    .where(and(eq(frameworkItems.versionId, versionId), eq(frameworkItems.identifier, identifier.toLowerCase())));
  if (!row) throw new Problem(404, 'not_found');
  return itemFromRow(row);
}

async function touch(tx: DbOrTx, versionId: string): Promise<void> {
  await tx.update(frameworkVersions).set({ updatedAt: new Date() }).where(eq(frameworkVersions.id, versionId));
}

/** Descriptors must name levels of the version's scale. */
function checkLevels(levels: LevelDescriptor[] | undefined, scale: { level: number }[]): void {
  const allowed = new Set(scale.map((s) => s.level));
  const bad = levels?.find((l) => !allowed.has(l.level));
  if (bad) throw new Problem(400, 'level_not_on_scale', { level: bad.level });
}

async function depthOf(tx: DbOrTx, versionId: string, identifier: string | null): Promise<number> {
  let depth = 0;
  const items = identifier ? await loadItems(tx, versionId) : [];
  const parentOf = new Map(items.map((i) => [i.identifier, i.parentIdentifier]));
  for (let current = identifier; current; current = parentOf.get(current) ?? null) depth++;
  return depth;
}

/** Renumbers the siblings under `parent` 0..n-1, placing `moved` (if given) at `position`. */
async function renumber(
  tx: DbOrTx,
  versionId: string,
  parent: string | null,
  moved?: { identifier: string; position: number },
): Promise<void> {
  const siblings = await tx
    .select({ identifier: frameworkItems.identifier })
    .from(frameworkItems)
    .where(parentIs(versionId, parent))
    .orderBy(frameworkItems.position, frameworkItems.code, frameworkItems.identifier);
  const order = siblings.map((s) => s.identifier).filter((id) => id !== moved?.identifier);
  if (moved) order.splice(Math.max(0, Math.min(moved.position, order.length)), 0, moved.identifier);
  if (order.length === 0) return;
  // One array parameter (drizzle would spread a JS array into a list); the identifiers are UUIDs from the database.
  const orderLiteral = `{${order.join(',')}}`;
  await tx.execute(sql`
    update framework_items f set position = o.position - 1
    from unnest(${orderLiteral}::uuid[]) with ordinality as o(identifier, position)
    where f.version_id = ${versionId} and f.identifier = o.identifier and f.position <> o.position - 1`);
}

export async function addItem(ctx: AppContext, versionId: string, input: NewItem): Promise<FrameworkItem> {
  return ctx.db.transaction(async (tx) => {
    const { version } = await findEditableDraft(ctx, tx, versionId);
    const parent = input.parentIdentifier?.toLowerCase() ?? null;
    if (parent) await findItem(tx, version.id, parent);
    if ((await depthOf(tx, version.id, parent)) >= MAX_DEPTH) throw new Problem(400, 'too_deep', { max: MAX_DEPTH });
    const [{ total }] = await tx
      .select({ total: sql<number>`count(*)::int` })
      .from(frameworkItems)
      .where(eq(frameworkItems.versionId, version.id));
    if (Number(total) >= MAX_ITEMS) throw new Problem(409, 'too_many_items', { max: MAX_ITEMS });
    checkLevels(input.levels, version.scale);
    const item = normaliseItem({
      identifier: randomUUID(),
      parentIdentifier: parent,
      position: Number.MAX_SAFE_INTEGER,
      kind: input.kind,
      code: input.code ?? '',
      titleDa: input.titleDa,
      titleEn: input.titleEn,
      descriptionDa: input.descriptionDa ?? '',
      descriptionEn: input.descriptionEn ?? '',
      keywordsDa: input.keywordsDa ?? [],
      keywordsEn: input.keywordsEn ?? [],
      levels: input.levels ?? [],
    });
    await tx.insert(frameworkItems).values({ ...item, position: 1_000_000, versionId: version.id });
    await renumber(tx, version.id, parent, {
      identifier: item.identifier,
      position: input.position ?? Number.MAX_SAFE_INTEGER,
    });
    await touch(tx, version.id);
    return findItem(tx, version.id, item.identifier);
  });
}

export async function updateItem(
  ctx: AppContext,
  versionId: string,
  identifier: string,
  input: ItemFields,
): Promise<FrameworkItem> {
  return ctx.db.transaction(async (tx) => {
    const { version } = await findEditableDraft(ctx, tx, versionId);
    const current = await findItem(tx, version.id, identifier);
    checkLevels(input.levels, version.scale);
    const next = normaliseItem({
      ...current,
      ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
    });
    if (!next.titleDa && !next.titleEn) throw new Problem(400, 'title_missing');
    const { identifier: id, parentIdentifier, position, ...fields } = next;
    await tx
      .update(frameworkItems)
      .set(fields)
      .where(and(eq(frameworkItems.versionId, version.id), eq(frameworkItems.identifier, id)));
    await touch(tx, version.id);
    return findItem(tx, version.id, id);
  });
}

/** Moves an item (with its subtree) under a new parent at a position; returns the version's items. */
export async function moveItem(
  ctx: AppContext,
  versionId: string,
  identifier: string,
  target: { parentIdentifier: string | null; position: number },
): Promise<FrameworkItem[]> {
  return ctx.db.transaction(async (tx) => {
    const { version } = await findEditableDraft(ctx, tx, versionId);
    const item = await findItem(tx, version.id, identifier);
    const parent = target.parentIdentifier?.toLowerCase() ?? null;
    const items = await loadItems(tx, version.id);
    if (parent) {
      if (!items.some((i) => i.identifier === parent)) throw new Problem(404, 'not_found');
      if (subtreeOf(items, item.identifier).has(parent)) throw new Problem(409, 'move_into_own_subtree');
    }
    const subtreeHeight = maxDepthBelow(items, item.identifier);
    if ((await depthOf(tx, version.id, parent)) + subtreeHeight >= MAX_DEPTH) {
      throw new Problem(400, 'too_deep', { max: MAX_DEPTH });
    }
    await tx
      .update(frameworkItems)
      .set({ parentIdentifier: parent })
      .where(and(eq(frameworkItems.versionId, version.id), eq(frameworkItems.identifier, item.identifier)));
    await renumber(tx, version.id, parent, { identifier: item.identifier, position: target.position });
    if (item.parentIdentifier !== parent) await renumber(tx, version.id, item.parentIdentifier);
    await touch(tx, version.id);
    return loadItems(tx, version.id);
  });
}

function maxDepthBelow(items: readonly FrameworkItem[], identifier: string): number {
  const children = items.filter((i) => i.parentIdentifier === identifier);
  return children.length === 0 ? 0 : 1 + Math.max(...children.map((c) => maxDepthBelow(items, c.identifier)));
}

/** Deletes an item and everything below it (the parent key cascades). */
export async function deleteItem(ctx: AppContext, versionId: string, identifier: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const { version } = await findEditableDraft(ctx, tx, versionId);
    const item = await findItem(tx, version.id, identifier);
    const items = await loadItems(tx, version.id);
    const doomed = [...subtreeOf(items, item.identifier)];
    await tx
      .delete(frameworkItems)
      .where(and(eq(frameworkItems.versionId, version.id), inArray(frameworkItems.identifier, doomed)));
    await renumber(tx, version.id, item.parentIdentifier);
    await touch(tx, version.id);
  });
}
