/**
 * The codebook as a tree: the API sends a flat list with parentId; the pages show it indented in reading order,
 * offer only parents that would not make a cycle, and name a code by its path ("Kommunikation › Behov").
 */
import type { Code } from './coding.api.js';

export interface CodeRow {
  code: Code;
  /** 1 for top-level codes. */
  level: number;
  /** Position among its siblings, 1-based, and how many siblings there are (aria-posinset/setsize). */
  position: number;
  siblings: number;
  childCount: number;
}

const bySiblingOrder = (a: Code, b: Code) => a.ordinal - b.ordinal || a.name.localeCompare(b.name, 'da');

/** Children per parent id (null = top level); a code whose parent is unknown is shown at the top level. */
export function childrenOf(codes: readonly Code[]): Map<string | null, Code[]> {
  const ids = new Set(codes.map((c) => c.id));
  const map = new Map<string | null, Code[]>();
  for (const code of codes) {
    const parent = code.parentId && ids.has(code.parentId) && code.parentId !== code.id ? code.parentId : null;
    const list = map.get(parent) ?? [];
    list.push(code);
    map.set(parent, list);
  }
  for (const list of map.values()) list.sort(bySiblingOrder);
  return map;
}

/**
 * Every code once, parents before their children, siblings by ordinal. Codes caught in a parent cycle (which the
 * server should never send) are appended at the top level rather than lost.
 */
export function codeRows(codes: readonly Code[]): CodeRow[] {
  const children = childrenOf(codes);
  const rows: CodeRow[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, level: number) => {
    const list = (children.get(parent) ?? []).filter((c) => !seen.has(c.id));
    list.forEach((code, index) => {
      seen.add(code.id);
      rows.push({
        code,
        level,
        position: index + 1,
        siblings: list.length,
        childCount: children.get(code.id)?.length ?? 0,
      });
      walk(code.id, level + 1);
    });
  };
  walk(null, 1);
  const lost = codes.filter((c) => !seen.has(c.id)).sort(bySiblingOrder);
  lost.forEach((code, index) => {
    rows.push({ code, level: 1, position: index + 1, siblings: lost.length, childCount: 0 });
  });
  return rows;
}

/** The code itself and everything below it: none of these can become its parent. */
export function subtreeIds(codes: readonly Code[], id: string): Set<string> {
  const children = childrenOf(codes);
  const out = new Set<string>([id]);
  const stack = [id];
  while (stack.length) {
    const next = stack.pop()!;
    for (const child of children.get(next) ?? [])
      if (!out.has(child.id)) {
        out.add(child.id);
        stack.push(child.id);
      }
  }
  return out;
}

/** "Parent › Child" for selects and messages, so two codes named "Behov" under different parents stay apart. */
export function codePath(codes: readonly Code[], id: string): string {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const names: string[] = [];
  const seen = new Set<string>();
  let at = byId.get(id);
  while (at && !seen.has(at.id)) {
    seen.add(at.id);
    names.unshift(at.name);
    at = at.parentId ? byId.get(at.parentId) : undefined;
  }
  return names.join(' › ');
}

/** Shortcuts 1–9 taken by other codes than `exceptId`. */
export function takenShortcuts(codes: readonly Code[], exceptId?: string): Set<string> {
  return new Set(codes.filter((c) => c.id !== exceptId && c.shortcut).map((c) => c.shortcut as string));
}
