import { describe, expect, it } from 'vitest';
import { treeKeyAction, type VisibleTreeItem } from './treeNavigation';

// Børn og Unge (open) > Skoler (open) > Vestskolen, Østskolen; Dagtilbud (closed); Teknik og Miljø (leaf)
const items: VisibleTreeItem[] = [
  { id: 'bu', level: 1, expanded: true, label: 'Børn og Unge' },
  { id: 'sk', level: 2, expanded: true, label: 'Skoler' },
  { id: 'vs', level: 3, expanded: undefined, label: 'Vestskolen' },
  { id: 'os', level: 3, expanded: undefined, label: 'Østskolen' },
  { id: 'dt', level: 2, expanded: false, label: 'Dagtilbud' },
  { id: 'tm', level: 1, expanded: undefined, label: 'Teknik og Miljø' },
];
const at = (id: string) => items.findIndex((i) => i.id === id);

describe('treeKeyAction', () => {
  it('moves up and down through the visible items and stops at the ends', () => {
    expect(treeKeyAction(items, at('sk'), 'ArrowDown')).toEqual({ kind: 'focus', id: 'vs' });
    expect(treeKeyAction(items, at('sk'), 'ArrowUp')).toEqual({ kind: 'focus', id: 'bu' });
    expect(treeKeyAction(items, at('bu'), 'ArrowUp')).toEqual({ kind: 'none' });
    expect(treeKeyAction(items, at('tm'), 'ArrowDown')).toEqual({ kind: 'none' });
  });

  it('jumps to the first and last visible item with Home and End', () => {
    expect(treeKeyAction(items, at('os'), 'Home')).toEqual({ kind: 'focus', id: 'bu' });
    expect(treeKeyAction(items, at('os'), 'End')).toEqual({ kind: 'focus', id: 'tm' });
  });

  it('opens a closed item with Right, then enters its first child; does nothing on a leaf', () => {
    expect(treeKeyAction(items, at('dt'), 'ArrowRight')).toEqual({ kind: 'expand', id: 'dt' });
    expect(treeKeyAction(items, at('sk'), 'ArrowRight')).toEqual({ kind: 'focus', id: 'vs' });
    expect(treeKeyAction(items, at('vs'), 'ArrowRight')).toEqual({ kind: 'none' });
  });

  it('closes an open item with Left, and otherwise goes to the parent', () => {
    expect(treeKeyAction(items, at('sk'), 'ArrowLeft')).toEqual({ kind: 'collapse', id: 'sk' });
    expect(treeKeyAction(items, at('os'), 'ArrowLeft')).toEqual({ kind: 'focus', id: 'sk' });
    expect(treeKeyAction(items, at('dt'), 'ArrowLeft')).toEqual({ kind: 'focus', id: 'bu' });
    expect(treeKeyAction(items, at('tm'), 'ArrowLeft')).toEqual({ kind: 'none' });
  });

  it('activates with Enter and Space, and jumps to the next item starting with a typed letter', () => {
    expect(treeKeyAction(items, at('dt'), 'Enter')).toEqual({ kind: 'activate', id: 'dt' });
    expect(treeKeyAction(items, at('dt'), ' ')).toEqual({ kind: 'activate', id: 'dt' });
    expect(treeKeyAction(items, at('bu'), 't')).toEqual({ kind: 'focus', id: 'tm' });
    // Wraps around, and Danish letters work.
    expect(treeKeyAction(items, at('tm'), 'ø')).toEqual({ kind: 'focus', id: 'os' });
    expect(treeKeyAction(items, at('tm'), 'x')).toEqual({ kind: 'none' });
    expect(treeKeyAction(items, at('tm'), 'Tab')).toEqual({ kind: 'none' });
  });
});
