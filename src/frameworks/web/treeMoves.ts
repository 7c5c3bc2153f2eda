/**
 * Where an item goes when it is moved in the tree editor, by keyboard (Alt+arrows) or by drag and drop, as pure
 * functions of the version's items. A target is what the API's move takes: the new parent and the position among
 * the new siblings once the item has left its old place. `applyMove` does the same move locally, so the tree can
 * show it before the server answers.
 */
import { childrenByParent, type FrameworkItem, type ItemKind, MAX_DEPTH, subtreeOf } from '../frameworks.model';

export interface MoveTarget {
  parentIdentifier: string | null;
  position: number;
}

export type KeyboardMove = 'up' | 'down' | 'indent' | 'outdent';

/** Drop before or after the row under the pointer, or inside it as its last child. */
export type DropZone = 'before' | 'after' | 'inside';

function depthOf(byId: Map<string, FrameworkItem>, identifier: string | null): number {
  let depth = -1;
  let current = identifier ? byId.get(identifier) : undefined;
  while (current && depth < MAX_DEPTH + 1) {
    depth += 1;
    current = current.parentIdentifier ? byId.get(current.parentIdentifier) : undefined;
  }
  return depth;
}

/** How many levels the item and its descendants span (1 for a leaf). */
function heightOf(byParent: Map<string | null, FrameworkItem[]>, identifier: string): number {
  const children = byParent.get(identifier) ?? [];
  return 1 + children.reduce((max, child) => Math.max(max, heightOf(byParent, child.identifier)), 0);
}

/** Would the item, moved under `parent`, still fit within MAX_DEPTH levels? */
function fitsUnder(items: readonly FrameworkItem[], identifier: string, parent: string | null): boolean {
  const byId = new Map(items.map((item) => [item.identifier, item]));
  const byParent = childrenByParent(items);
  return depthOf(byId, parent) + heightOf(byParent, identifier) < MAX_DEPTH;
}

/** The siblings (in order) and index of an item, or null when it is not among the items. */
function placeOf(items: readonly FrameworkItem[], identifier: string) {
  const item = items.find((i) => i.identifier === identifier);
  if (!item) return null;
  const siblings = childrenByParent(items).get(item.parentIdentifier) ?? [];
  return { item, siblings, index: siblings.findIndex((s) => s.identifier === identifier) };
}

/**
 * The target of a keyboard move, or null when the item cannot go that way: up/down swap it with its neighbour,
 * indent makes it the last child of the sibling above, outdent puts it right after its parent.
 */
export function keyboardMoveTarget(
  items: readonly FrameworkItem[],
  identifier: string,
  move: KeyboardMove,
): MoveTarget | null {
  const place = placeOf(items, identifier);
  if (!place) return null;
  const { item, siblings, index } = place;
  switch (move) {
    case 'up':
      return index > 0 ? { parentIdentifier: item.parentIdentifier, position: index - 1 } : null;
    case 'down':
      return index < siblings.length - 1 ? { parentIdentifier: item.parentIdentifier, position: index + 1 } : null;
    case 'indent': {
      const above = siblings[index - 1];
      if (!above || !fitsUnder(items, identifier, above.identifier)) return null;
      const children = childrenByParent(items).get(above.identifier) ?? [];
      return { parentIdentifier: above.identifier, position: children.length };
    }
    case 'outdent': {
      if (!item.parentIdentifier) return null;
      const parentPlace = placeOf(items, item.parentIdentifier);
      if (!parentPlace) return null;
      return { parentIdentifier: parentPlace.item.parentIdentifier, position: parentPlace.index + 1 };
    }
  }
}

/**
 * The target of dropping `dragged` on the row of `target`, or null when the drop would change nothing or put an
 * item inside itself.
 */
export function dropTarget(
  items: readonly FrameworkItem[],
  dragged: string,
  target: string,
  zone: DropZone,
): MoveTarget | null {
  if (dragged === target || subtreeOf(items, dragged).has(target)) return null;
  const targetPlace = placeOf(items, target);
  const draggedPlace = placeOf(items, dragged);
  if (!targetPlace || !draggedPlace) return null;
  let result: MoveTarget;
  if (zone === 'inside') {
    const children = (childrenByParent(items).get(target) ?? []).filter((c) => c.identifier !== dragged);
    result = { parentIdentifier: target, position: children.length };
  } else {
    // Positions count the siblings without the dragged item, which leaves its old place first.
    const siblings = targetPlace.siblings.filter((s) => s.identifier !== dragged);
    const index = siblings.findIndex((s) => s.identifier === target);
    result = { parentIdentifier: targetPlace.item.parentIdentifier, position: zone === 'before' ? index : index + 1 };
  }
  if (!fitsUnder(items, dragged, result.parentIdentifier)) return null;
  const unchanged =
    result.parentIdentifier === draggedPlace.item.parentIdentifier && result.position === draggedPlace.index;
  return unchanged ? null : result;
}

/** The items after the move, positions renumbered 0..n-1 among the old and the new siblings. */
export function applyMove(items: readonly FrameworkItem[], identifier: string, target: MoveTarget): FrameworkItem[] {
  const moving = items.find((i) => i.identifier === identifier);
  if (!moving) return [...items];
  const byParent = childrenByParent(items.filter((i) => i.identifier !== identifier));
  const newSiblings = [...(byParent.get(target.parentIdentifier) ?? [])];
  const position = Math.max(0, Math.min(target.position, newSiblings.length));
  newSiblings.splice(position, 0, { ...moving, parentIdentifier: target.parentIdentifier });
  byParent.set(target.parentIdentifier, newSiblings);
  const out: FrameworkItem[] = [];
  for (const [parent, siblings] of byParent) {
    siblings.forEach((sibling, index) => {
      out.push({ ...sibling, parentIdentifier: parent, position: index });
    });
  }
  return out;
}

/** The kind a new item gets under a parent: domains at the top, competencies in domains, indicators below. */
export function defaultChildKind(parentKind: ItemKind | null): ItemKind {
  if (parentKind === null) return 'domain';
  return parentKind === 'domain' ? 'competency' : 'indicator';
}

/** Which keyboard move an Alt+arrow key asks for. */
export function keyboardMoveFor(key: string): KeyboardMove | null {
  switch (key) {
    case 'ArrowUp':
      return 'up';
    case 'ArrowDown':
      return 'down';
    case 'ArrowRight':
      return 'indent';
    case 'ArrowLeft':
      return 'outdent';
    default:
      return null;
  }
}

/** The drop zone from the pointer's height within a row: top quarter before, bottom quarter after, else inside. */
export function zoneAt(offsetY: number, height: number): DropZone {
  if (height <= 0) return 'inside';
  const ratio = offsetY / height;
  if (ratio < 0.25) return 'before';
  if (ratio > 0.75) return 'after';
  return 'inside';
}
