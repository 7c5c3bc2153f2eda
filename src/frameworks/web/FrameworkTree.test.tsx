// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../web/i18n';
import type { FrameworkItem, ItemKind } from '../frameworks.model';
import { FrameworkTree, type TreeEditing } from './FrameworkTree';
import { searchItems } from './frameworkSearch';
import { useTreeState } from './useTreeState';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function item(
  identifier: string,
  parentIdentifier: string | null,
  position: number,
  kind: ItemKind,
  code: string,
  titleDa: string,
): FrameworkItem {
  return {
    identifier,
    parentIdentifier,
    position,
    kind,
    code,
    titleDa,
    titleEn: '',
    descriptionDa: '',
    descriptionEn: '',
    keywordsDa: [],
    keywordsEn: [],
    levels: [],
  };
}

const items = [
  item('d1', null, 0, 'domain', '1', 'Økonomi'),
  item('c1', 'd1', 0, 'competency', '1.1', 'Budget'),
  item('c2', 'd1', 1, 'competency', '1.2', 'Likviditet'),
  item('d2', null, 1, 'domain', '2', 'Politik'),
];

let container: HTMLDivElement;
let root: Root;
let selected: string | null;

beforeEach(() => {
  selected = null;
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

function Harness({ editing, query = '' }: { editing?: TreeEditing; query?: string }) {
  const state = useTreeState(() => ['d1']);
  selected = state.selectedId;
  return (
    <FrameworkTree
      items={items}
      label="Punkter"
      language="da"
      query={query}
      matches={searchItems(items, query)}
      state={state}
      editing={editing}
    />
  );
}

async function render(props: { editing?: TreeEditing; query?: string } = {}) {
  await act(async () => root.render(<Harness {...props} />));
}

const treeItems = () => [...container.querySelectorAll<HTMLElement>('[role="treeitem"]')];
const byId = (id: string) => container.querySelector<HTMLElement>(`[data-tree-id="${id}"]`)!;
const focusedId = () => (document.activeElement as HTMLElement | null)?.dataset.treeId;

async function press(key: string, init: KeyboardEventInit = {}) {
  await act(async () => {
    (document.activeElement as HTMLElement).dispatchEvent(
      new KeyboardEvent('keydown', { key, bubbles: true, ...init }),
    );
  });
}

function editingSpy(): TreeEditing & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    renamingId: null,
    startRename: (id) => calls.push(`rename:${id}`),
    finishRename: vi.fn(),
    keyboardMove: (id, move) => calls.push(`move:${id}:${move}`),
    dropMove: vi.fn(),
    requestDelete: (id) => calls.push(`delete:${id}`),
  };
}

describe('FrameworkTree', () => {
  it('renders the open levels as a tree with codes, levels and one tab stop', async () => {
    await render();
    expect(treeItems().map((el) => el.dataset.treeId)).toEqual(['d1', 'c1', 'c2', 'd2']);
    expect(treeItems().map((el) => el.getAttribute('aria-level'))).toEqual(['1', '2', '2', '1']);
    expect(treeItems().map((el) => el.tabIndex)).toEqual([0, -1, -1, -1]);
    expect(byId('d1').getAttribute('aria-expanded')).toBe('true');
    expect(byId('d2').hasAttribute('aria-expanded')).toBe(false);
    const label = document.getElementById(byId('c1').getAttribute('aria-labelledby')!);
    expect(label?.textContent?.replace(/\s+/g, ' ').trim()).toBe('1.1 Budget');
  });

  it('moves focus with the arrows, closes and opens, and selects with Enter', async () => {
    await render();
    await act(async () => byId('d1').focus());
    await press('ArrowDown');
    expect(focusedId()).toBe('c1');
    expect(byId('c1').tabIndex).toBe(0);
    await press('Enter');
    expect(selected).toBe('c1');
    expect(byId('c1').getAttribute('aria-selected')).toBe('true');
    await press('ArrowLeft');
    expect(focusedId()).toBe('d1');
    await press('ArrowLeft');
    expect(treeItems().map((el) => el.dataset.treeId)).toEqual(['d1', 'd2']);
    await press('End');
    expect(focusedId()).toBe('d2');
  });

  it('hands Alt+arrows, F2 and Delete to the editor, and ignores them when read-only', async () => {
    const editing = editingSpy();
    await render({ editing });
    await act(async () => byId('c2').focus());
    await press('ArrowUp', { altKey: true });
    await press('ArrowRight', { altKey: true });
    await press('F2');
    await press('Delete');
    expect(editing.calls).toEqual(['move:c2:up', 'move:c2:indent', 'rename:c2', 'delete:c2']);
    // Alt+arrows do not also move focus.
    expect(focusedId()).toBe('c2');
    expect(byId('c2').querySelector('.fw-tree-row')?.getAttribute('draggable')).toBe('true');

    await render();
    await act(async () => byId('c2').focus());
    await press('ArrowUp', { altKey: true });
    await press('Delete');
    expect(focusedId()).toBe('c2');
    expect(byId('c2').querySelector('.fw-tree-row')?.getAttribute('draggable')).toBe('false');
  });

  it('marks search matches in titles', async () => {
    await render({ query: 'likvid' });
    const marks = [...container.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toEqual(['Likvid']);
    expect(byId('c2').querySelector('.fw-tree-row')?.classList.contains('fw-tree-row-match')).toBe(true);
  });
});
