/**
 * What changed between two versions of a framework. Items are matched by their stable identifier, so a renamed
 * competency is "changed", not "removed and added"; a new parent is "moved"; a new place among the same siblings
 * is a change of `position` only when the order of the siblings that both versions share actually differs.
 */
import type { FrameworkContent, FrameworkItem } from './frameworks.model.js';

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface ItemChange {
  identifier: string;
  titleDa: string;
  titleEn: string;
  fields: FieldChange[];
}

export interface ItemMove {
  identifier: string;
  titleDa: string;
  titleEn: string;
  fromParent: string | null;
  toParent: string | null;
}

export interface FrameworkDiff {
  added: FrameworkItem[];
  removed: FrameworkItem[];
  changed: ItemChange[];
  moved: ItemMove[];
  framework: FieldChange[];
}

const ITEM_FIELDS = [
  'kind',
  'code',
  'titleDa',
  'titleEn',
  'descriptionDa',
  'descriptionEn',
  'keywordsDa',
  'keywordsEn',
  'levels',
] as const satisfies readonly (keyof FrameworkItem)[];

const FRAMEWORK_FIELDS = [
  'titleDa',
  'titleEn',
  'descriptionDa',
  'descriptionEn',
  'publisher',
  'scale',
] as const satisfies readonly (keyof FrameworkContent)[];

/** Structural equality for the JSON-like values items hold (strings, numbers, arrays, plain objects). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    return (
      sameValue(ka, kb) &&
      ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
    );
  }
  return false;
}

/** Levels compare in level order, whatever order they were stored in. */
function comparable(item: FrameworkItem, field: (typeof ITEM_FIELDS)[number]): unknown {
  if (field === 'levels') return [...item.levels].sort((a, b) => a.level - b.level);
  return item[field];
}

/** The rank of each item among the siblings it shares with the other version (so inserts elsewhere do not count). */
function sharedRanks(items: readonly FrameworkItem[], shared: Set<string>): Map<string, number> {
  const byParent = new Map<string | null, FrameworkItem[]>();
  for (const item of items) {
    if (!shared.has(item.identifier)) continue;
    byParent.set(item.parentIdentifier, [...(byParent.get(item.parentIdentifier) ?? []), item]);
  }
  const ranks = new Map<string, number>();
  for (const siblings of byParent.values()) {
    siblings.sort((a, b) => a.position - b.position);
    for (const [rank, item] of siblings.entries()) ranks.set(item.identifier, rank);
  }
  return ranks;
}

/** The changes that turn `from` into `to`. */
export function diffFrameworks(from: FrameworkContent, to: FrameworkContent): FrameworkDiff {
  const before = new Map(from.items.map((i) => [i.identifier, i]));
  const after = new Map(to.items.map((i) => [i.identifier, i]));
  const shared = new Set([...before.keys()].filter((id) => after.has(id)));
  const rankBefore = sharedRanks(from.items, shared);
  const rankAfter = sharedRanks(to.items, shared);

  const diff: FrameworkDiff = { added: [], removed: [], changed: [], moved: [], framework: [] };
  for (const item of to.items) if (!before.has(item.identifier)) diff.added.push(item);
  for (const item of from.items) if (!after.has(item.identifier)) diff.removed.push(item);

  for (const item of to.items) {
    const old = before.get(item.identifier);
    if (!old) continue;
    const fields: FieldChange[] = [];
    for (const field of ITEM_FIELDS) {
      const a = comparable(old, field);
      const b = comparable(item, field);
      if (!sameValue(a, b)) fields.push({ field, before: a, after: b });
    }
    const sameParent = old.parentIdentifier === item.parentIdentifier;
    if (!sameParent) {
      diff.moved.push({
        identifier: item.identifier,
        titleDa: item.titleDa,
        titleEn: item.titleEn,
        fromParent: old.parentIdentifier,
        toParent: item.parentIdentifier,
      });
    } else if (rankBefore.get(item.identifier) !== rankAfter.get(item.identifier)) {
      fields.push({ field: 'position', before: old.position, after: item.position });
    }
    if (fields.length > 0) {
      diff.changed.push({ identifier: item.identifier, titleDa: item.titleDa, titleEn: item.titleEn, fields });
    }
  }

  for (const field of FRAMEWORK_FIELDS) {
    if (!sameValue(from[field], to[field])) diff.framework.push({ field, before: from[field], after: to[field] });
  }
  return diff;
}

/** True when two versions hold the same content. */
export function isEmptyDiff(diff: FrameworkDiff): boolean {
  return (
    diff.added.length + diff.removed.length + diff.changed.length + diff.moved.length + diff.framework.length === 0
  );
}
