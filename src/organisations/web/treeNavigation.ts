/**
 * Keyboard behaviour of the org-chart tree (WAI-ARIA tree view pattern) as a pure function of the visible items,
 * so the component only reads its items in document order and applies the action.
 */

export interface VisibleTreeItem {
  id: string;
  /** 1 for roots. */
  level: number;
  /** undefined for leaves (no aria-expanded), else whether its children are shown. */
  expanded: boolean | undefined;
  label: string;
}

export type TreeAction =
  | { kind: 'focus'; id: string }
  | { kind: 'expand'; id: string }
  | { kind: 'collapse'; id: string }
  | { kind: 'activate'; id: string }
  | { kind: 'none' };

const none: TreeAction = { kind: 'none' };

function parentIndex(items: readonly VisibleTreeItem[], index: number): number {
  const level = items[index].level;
  for (let i = index - 1; i >= 0; i--) if (items[i].level < level) return i;
  return -1;
}

/** Type-ahead: the next item (after the current one, wrapping) whose label starts with the typed character. */
function findByFirstLetter(items: readonly VisibleTreeItem[], index: number, char: string): number {
  const wanted = char.toLocaleLowerCase('da');
  for (let step = 1; step <= items.length; step++) {
    const i = (index + step) % items.length;
    if (items[i].label.trim().toLocaleLowerCase('da').startsWith(wanted)) return i;
  }
  return -1;
}

/**
 * What a key press on the item at `index` does: arrows move (Right opens, then enters; Left closes, then goes to
 * the parent), Home/End jump to the first/last visible item, Enter and Space activate, a letter jumps ahead.
 */
export function treeKeyAction(items: readonly VisibleTreeItem[], index: number, key: string): TreeAction {
  if (index < 0 || index >= items.length) return none;
  const item = items[index];
  const focus = (i: number): TreeAction => (i >= 0 && i < items.length ? { kind: 'focus', id: items[i].id } : none);
  switch (key) {
    case 'ArrowDown':
      return focus(index + 1);
    case 'ArrowUp':
      return focus(index - 1);
    case 'Home':
      return focus(0);
    case 'End':
      return focus(items.length - 1);
    case 'ArrowRight':
      if (item.expanded === false) return { kind: 'expand', id: item.id };
      if (item.expanded === true && items[index + 1]?.level > item.level) return focus(index + 1);
      return none;
    case 'ArrowLeft':
      if (item.expanded === true) return { kind: 'collapse', id: item.id };
      return focus(parentIndex(items, index));
    case 'Enter':
    case ' ':
      return { kind: 'activate', id: item.id };
    default:
      if (key.length === 1 && /\p{L}|\p{N}/u.test(key)) return focus(findByFirstLetter(items, index, key));
      return none;
  }
}

/** How many children of a level are shown at first and per "show more": big levels stay fast. */
export const TREE_PAGE_SIZE = 200;
