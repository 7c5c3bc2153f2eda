/**
 * Competency frameworks as plain values: a tree of items (domain → competency → indicator) with Danish and English
 * text, keywords and a descriptor per level of the framework's proficiency scale. This is the shape that is stored,
 * edited, diffed and exchanged (CASE, Moodle CSV); no I/O here, so the browser may import it too.
 */

export const ITEM_KINDS = ['domain', 'competency', 'indicator'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** One step of the proficiency scale, e.g. { level: 3, labelDa: 'Selvstændig', labelEn: 'Independent' }. */
export interface ScaleLevel {
  level: number;
  labelDa: string;
  labelEn: string;
}

/** What mastering an item at one level of the scale looks like. */
export interface LevelDescriptor {
  level: number;
  da: string;
  en: string;
}

/**
 * One node of a framework version's tree. `identifier` is a UUID that stays the same across versions of the
 * framework (it is the CASE CFItem identifier), so versions can be diffed and data can follow a competency.
 */
export interface FrameworkItem {
  identifier: string;
  parentIdentifier: string | null;
  /** Order among siblings, 0-based. */
  position: number;
  kind: ItemKind;
  /** Human coding scheme such as "3" or "3.2"; may be empty. */
  code: string;
  titleDa: string;
  titleEn: string;
  descriptionDa: string;
  descriptionEn: string;
  keywordsDa: string[];
  keywordsEn: string[];
  levels: LevelDescriptor[];
}

/** Everything a framework version holds, independent of where it is stored. */
export interface FrameworkContent {
  /** The framework's UUID, the same for all its versions (the CASE CFDocument identifier). */
  identifier: string;
  titleDa: string;
  titleEn: string;
  descriptionDa: string;
  descriptionEn: string;
  /** Who publishes the framework (CASE creator/publisher). */
  publisher: string;
  scale: ScaleLevel[];
  items: FrameworkItem[];
}

/** A problem found in framework content; `path` points into the content or the imported file, `code` is i18n. */
export interface FrameworkIssue {
  path: string;
  code: string;
  params?: Record<string, string | number>;
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const MAX_SCALE_LEVELS = 10;
export const MAX_ITEMS = 5_000;
export const MAX_DEPTH = 6;

/** Items grouped by parent identifier (null for roots), each group sorted by position. */
export function childrenByParent(items: readonly FrameworkItem[]): Map<string | null, FrameworkItem[]> {
  const byParent = new Map<string | null, FrameworkItem[]>();
  for (const item of items) {
    const siblings = byParent.get(item.parentIdentifier) ?? [];
    siblings.push(item);
    byParent.set(item.parentIdentifier, siblings);
  }
  for (const siblings of byParent.values()) siblings.sort((a, b) => a.position - b.position);
  return byParent;
}

/** Items in tree order (depth first, siblings by position) with their depth (roots are 0). */
export function flattenTree(items: readonly FrameworkItem[]): { item: FrameworkItem; depth: number }[] {
  const byParent = childrenByParent(items);
  const out: { item: FrameworkItem; depth: number }[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const item of byParent.get(parent) ?? []) {
      out.push({ item, depth });
      walk(item.identifier, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/** The identifiers of an item and everything below it. */
export function subtreeOf(items: readonly FrameworkItem[], identifier: string): Set<string> {
  const byParent = childrenByParent(items);
  const found = new Set<string>([identifier]);
  const stack = [identifier];
  while (stack.length > 0) {
    for (const child of byParent.get(stack.pop() as string) ?? []) {
      if (!found.has(child.identifier)) {
        found.add(child.identifier);
        stack.push(child.identifier);
      }
    }
  }
  return found;
}

/** The competencies (the items a level is assessed on), in tree order. */
export function competenciesOf(items: readonly FrameworkItem[]): FrameworkItem[] {
  return flattenTree(items)
    .map((entry) => entry.item)
    .filter((item) => item.kind === 'competency');
}

/**
 * Checks content before it is stored or after it is imported: identifiers, parents, cycles, depth, scale and
 * descriptor levels, required titles. Returns every issue found; an empty list means the content is sound.
 */
export function validateFramework(content: FrameworkContent): FrameworkIssue[] {
  const issues: FrameworkIssue[] = [];
  if (!UUID_PATTERN.test(content.identifier)) {
    issues.push({ path: 'identifier', code: 'identifier_not_uuid', params: { value: content.identifier } });
  }
  if (!content.titleDa.trim() && !content.titleEn.trim()) issues.push({ path: 'title', code: 'title_missing' });
  issues.push(...validateScale(content.scale));
  if (content.items.length > MAX_ITEMS) {
    issues.push({ path: 'items', code: 'too_many_items', params: { max: MAX_ITEMS, count: content.items.length } });
    return issues;
  }

  const seen = new Map<string, number>();
  content.items.forEach((item, index) => {
    const path = `items[${index}]`;
    if (!UUID_PATTERN.test(item.identifier)) {
      issues.push({ path: `${path}.identifier`, code: 'identifier_not_uuid', params: { value: item.identifier } });
    }
    const first = seen.get(item.identifier.toLowerCase());
    if (first !== undefined) {
      issues.push({
        path: `${path}.identifier`,
        code: 'duplicate_identifier',
        params: { value: item.identifier, first },
      });
    } else {
      seen.set(item.identifier.toLowerCase(), index);
    }
    if (!ITEM_KINDS.includes(item.kind))
      issues.push({ path: `${path}.kind`, code: 'kind_unknown', params: { value: item.kind } });
    if (!item.titleDa.trim() && !item.titleEn.trim()) issues.push({ path: `${path}.title`, code: 'title_missing' });
    const levels = new Set(content.scale.map((s) => s.level));
    for (const [j, descriptor] of item.levels.entries()) {
      if (!levels.has(descriptor.level)) {
        issues.push({ path: `${path}.levels[${j}]`, code: 'level_not_on_scale', params: { level: descriptor.level } });
      }
    }
  });

  const ids = new Set(content.items.map((i) => i.identifier.toLowerCase()));
  content.items.forEach((item, index) => {
    const parent = item.parentIdentifier?.toLowerCase();
    if (parent && !ids.has(parent)) {
      issues.push({
        path: `items[${index}].parentIdentifier`,
        code: 'parent_missing',
        params: { value: item.parentIdentifier as string },
      });
    }
  });
  issues.push(...findCycles(content.items));
  if (!issues.some((i) => i.code === 'cycle')) {
    for (const { item, depth } of flattenTree(content.items)) {
      if (depth >= MAX_DEPTH) {
        const index = content.items.indexOf(item);
        issues.push({ path: `items[${index}]`, code: 'too_deep', params: { max: MAX_DEPTH } });
        break;
      }
    }
  }
  return issues;
}

/** A scale is 2–10 distinct whole levels, each with a label. */
export function validateScale(scale: readonly ScaleLevel[]): FrameworkIssue[] {
  const issues: FrameworkIssue[] = [];
  if (scale.length < 2 || scale.length > MAX_SCALE_LEVELS) {
    issues.push({ path: 'scale', code: 'scale_size', params: { min: 2, max: MAX_SCALE_LEVELS, count: scale.length } });
  }
  const seen = new Set<number>();
  scale.forEach((step, index) => {
    if (!Number.isInteger(step.level) || step.level < 0 || step.level > 100) {
      issues.push({
        path: `scale[${index}].level`,
        code: 'scale_level_invalid',
        params: { value: String(step.level) },
      });
    }
    if (seen.has(step.level))
      issues.push({ path: `scale[${index}].level`, code: 'scale_level_duplicate', params: { level: step.level } });
    seen.add(step.level);
    if (!step.labelDa.trim() && !step.labelEn.trim())
      issues.push({ path: `scale[${index}]`, code: 'scale_label_missing' });
  });
  return issues;
}

/** Every item that is its own ancestor, reported once per cycle with the identifiers on it. */
export function findCycles(items: readonly FrameworkItem[]): FrameworkIssue[] {
  const parentOf = new Map(items.map((i) => [i.identifier.toLowerCase(), i.parentIdentifier?.toLowerCase() ?? null]));
  const indexOf = new Map(items.map((i, index) => [i.identifier.toLowerCase(), index]));
  const state = new Map<string, 'visiting' | 'done'>();
  const issues: FrameworkIssue[] = [];
  for (const start of parentOf.keys()) {
    const path: string[] = [];
    let current: string | null = start;
    while (current && parentOf.has(current) && state.get(current) !== 'done') {
      if (state.get(current) === 'visiting') {
        const cycle = path.slice(path.indexOf(current));
        issues.push({
          path: `items[${indexOf.get(current)}]`,
          code: 'cycle',
          params: { identifiers: cycle.join(' → ') },
        });
        break;
      }
      state.set(current, 'visiting');
      path.push(current);
      current = parentOf.get(current) ?? null;
    }
    for (const id of path) state.set(id, 'done');
  }
  return issues;
}

/** The default five-step scale, used for new frameworks and by the national framework. */
export const DEFAULT_SCALE: ScaleLevel[] = [
  { level: 1, labelDa: 'Begynder', labelEn: 'Beginner' },
  { level: 2, labelDa: 'Øvet', labelEn: 'Practised' },
  { level: 3, labelDa: 'Selvstændig', labelEn: 'Independent' },
  { level: 4, labelDa: 'Erfaren', labelEn: 'Experienced' },
  { level: 5, labelDa: 'Ekspert', labelEn: 'Expert' },
];

/** The title in the reader's language, falling back to the other language when one is empty. */
export function localTitle(item: { titleDa: string; titleEn: string }, language: string): string {
  return (language.startsWith('en') ? item.titleEn || item.titleDa : item.titleDa || item.titleEn).trim();
}
