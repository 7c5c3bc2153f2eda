import { type DragEvent, type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { treeKeyAction, type VisibleTreeItem } from '../../organisations/web/treeNavigation';
import { childrenByParent, type FrameworkItem } from '../frameworks.model';
import { pickText } from './FrameworkBits';
import { highlightParts, type MatchField } from './frameworkSearch';
import { type DropZone, dropTarget, type KeyboardMove, keyboardMoveFor, type MoveTarget, zoneAt } from './treeMoves';
import type { TreeState } from './useTreeState';

/** What the tree needs from the editor; without it the tree is read-only. */
export interface TreeEditing {
  renamingId: string | null;
  startRename: (id: string) => void;
  finishRename: (id: string, title: string | null) => void;
  keyboardMove: (id: string, move: KeyboardMove) => void;
  dropMove: (id: string, target: MoveTarget) => void;
  requestDelete: (id: string) => void;
}

interface TreeProps {
  items: FrameworkItem[];
  label: string;
  describedBy?: string;
  language: string;
  query: string;
  matches: ReadonlyMap<string, MatchField[]>;
  state: TreeState;
  editing?: TreeEditing;
}

function Highlighted({ text, query }: { text: string; query: string }) {
  return (
    <>
      {highlightParts(text, query).map((part, index) =>
        // Parts of one title have no identity beyond their order.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </>
  );
}

function RenameInput({ item, language, editing }: { item: FrameworkItem; language: string; editing: TreeEditing }) {
  const { t } = useTranslation('frameworks');
  const english = language.startsWith('en');
  const initial = english ? item.titleEn : item.titleDa;
  const [value, setValue] = useState(initial);
  const done = useRef(false);
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  const finish = (title: string | null) => {
    if (done.current) return;
    done.current = true;
    editing.finishRename(item.identifier, title === null || title.trim() === initial.trim() ? null : title.trim());
  };
  return (
    <input
      ref={ref}
      className="form-input fw-rename-input"
      value={value}
      lang={english ? 'en' : 'da'}
      aria-label={t(english ? 'tree.renameLabelEn' : 'tree.renameLabelDa', { title: initial })}
      onChange={(event) => setValue(event.target.value)}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Enter') {
          event.preventDefault();
          finish(value.trim() ? value : null);
        } else if (event.key === 'Escape') {
          event.preventDefault();
          finish(null);
        }
      }}
      onBlur={() => finish(value.trim() ? value : null)}
    />
  );
}

interface NodeContext extends TreeProps {
  byParent: Map<string | null, FrameworkItem[]>;
  tabStop: string | null;
  dragging: string | null;
  setDragging: (id: string | null) => void;
  dropHint: { id: string; zone: DropZone } | null;
  setDropHint: (hint: { id: string; zone: DropZone } | null) => void;
}

function TreeNode({
  item,
  level,
  index,
  count,
  ctx,
}: {
  item: FrameworkItem;
  level: number;
  index: number;
  count: number;
  ctx: NodeContext;
}) {
  const { t } = useTranslation('frameworks');
  const { state, editing, language, query, matches } = ctx;
  const children = ctx.byParent.get(item.identifier) ?? [];
  const hasChildren = children.length > 0;
  const expanded = hasChildren && state.expanded.has(item.identifier);
  const selected = state.selectedId === item.identifier;
  const matched = matches.get(item.identifier);
  const title = pickText(language, item.titleDa, item.titleEn) || t('tree.untitled');
  const labelId = `fw-tree-${item.identifier}-label`;
  const metaId = `fw-tree-${item.identifier}-meta`;
  const renaming = editing?.renamingId === item.identifier;
  const hint = ctx.dropHint?.id === item.identifier ? ctx.dropHint.zone : null;

  function onDragOver(event: DragEvent<HTMLDivElement>) {
    if (!editing || !ctx.dragging) return;
    const rect = event.currentTarget.getBoundingClientRect();
    const zone = zoneAt(event.clientY - rect.top, rect.height);
    const target = dropTarget(ctx.items, ctx.dragging, item.identifier, zone);
    if (!target) {
      if (hint) ctx.setDropHint(null);
      return;
    }
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    if (hint !== zone) ctx.setDropHint({ id: item.identifier, zone });
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    if (!editing || !ctx.dragging) return;
    event.preventDefault();
    const rect = event.currentTarget.getBoundingClientRect();
    const target = dropTarget(ctx.items, ctx.dragging, item.identifier, zoneAt(event.clientY - rect.top, rect.height));
    const dragged = ctx.dragging;
    ctx.setDragging(null);
    ctx.setDropHint(null);
    if (target) editing.dropMove(dragged, target);
  }

  return (
    <li
      role="treeitem"
      aria-level={level}
      aria-posinset={index + 1}
      aria-setsize={count}
      aria-expanded={hasChildren ? expanded : undefined}
      aria-selected={selected}
      aria-labelledby={labelId}
      aria-describedby={metaId}
      tabIndex={ctx.tabStop === item.identifier ? 0 : -1}
      data-tree-id={item.identifier}
      data-label={title}
      className={`fw-tree-item${ctx.dragging === item.identifier ? ' fw-tree-dragging' : ''}`}
    >
      {/* Clicks select; the keyboard is handled once, on the tree (WAI-ARIA tree pattern). */}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the row is the treeitem's visible part; keys go to the tree */}
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: the tree's keydown handler covers the keyboard */}
      <div
        className={`fw-tree-row${selected ? ' fw-tree-row-selected' : ''}${hint ? ` fw-drop-${hint}` : ''}${matched ? ' fw-tree-row-match' : ''}`}
        draggable={Boolean(editing) && !renaming}
        onClick={() => {
          state.setActive(item.identifier);
          state.select(item.identifier);
        }}
        onDoubleClick={() => editing?.startRename(item.identifier)}
        onDragStart={(event) => {
          event.dataTransfer.setData('text/plain', item.identifier);
          event.dataTransfer.effectAllowed = 'move';
          ctx.setDragging(item.identifier);
        }}
        onDragEnd={() => {
          ctx.setDragging(null);
          ctx.setDropHint(null);
        }}
        onDragOver={onDragOver}
        onDrop={onDrop}
      >
        <span
          className="fw-tree-toggle"
          aria-hidden="true"
          onClick={(event) => {
            event.stopPropagation();
            if (hasChildren) state.toggle(item.identifier);
          }}
        >
          {hasChildren ? (expanded ? '▾' : '▸') : '·'}
        </span>
        {renaming && editing ? (
          <RenameInput item={item} language={language} editing={editing} />
        ) : (
          <span id={labelId} className="fw-tree-label">
            {item.code ? (
              <span className="fw-code">
                <Highlighted text={item.code} query={query} />
              </span>
            ) : null}{' '}
            <Highlighted text={title} query={query} />
          </span>
        )}
        <span id={metaId} className="fw-tree-meta">
          {t(`kinds.${item.kind}`)}
          {matched && !matched.includes('title') && !matched.includes('code')
            ? ` · ${t('tree.matchIn', { fields: matched.map((f) => t(`matchFields.${f}`)).join(', ') })}`
            : ''}
        </span>
      </div>
      {expanded ? (
        // biome-ignore lint/a11y/useSemanticElements: role=group is what the WAI-ARIA tree pattern asks for here
        <ul role="group" className="fw-tree-group">
          {children.map((child, childIndex) => (
            <TreeNode
              key={child.identifier}
              item={child}
              level={level + 1}
              index={childIndex}
              count={children.length}
              ctx={ctx}
            />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

function readItems(tree: HTMLElement): VisibleTreeItem[] {
  return [...tree.querySelectorAll<HTMLElement>('[role="treeitem"]')].map((el) => ({
    id: el.dataset.treeId ?? '',
    level: Number(el.getAttribute('aria-level') ?? 1),
    expanded: el.hasAttribute('aria-expanded') ? el.getAttribute('aria-expanded') === 'true' : undefined,
    label: el.dataset.label ?? '',
  }));
}

/** The visible items in document order (the open parts of the tree). */
function visibleIds(byParent: Map<string | null, FrameworkItem[]>, expanded: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const walk = (parent: string | null) => {
    for (const child of byParent.get(parent) ?? []) {
      out.push(child.identifier);
      if (expanded.has(child.identifier)) walk(child.identifier);
    }
  };
  walk(null);
  return out;
}

/**
 * A framework version as a WAI-ARIA tree (domains → competencies → indicators) with codes and search highlights.
 * Arrows, Home, End and letters move; Right/Left open and close; Enter and Space select an item for the panel.
 * With `editing`: F2 renames, Delete deletes, Alt+arrows move the item, and rows can be dragged.
 */
export function FrameworkTree(props: TreeProps) {
  const { items, label, describedBy, state, editing } = props;
  const treeRef = useRef<HTMLUListElement>(null);
  const byParent = useMemo(() => childrenByParent(items), [items]);
  const visible = useMemo(() => visibleIds(byParent, state.expanded), [byParent, state.expanded]);
  const tabStop = state.activeId && visible.includes(state.activeId) ? state.activeId : (visible[0] ?? null);
  const [dragging, setDragging] = useState<string | null>(null);
  const [dropHint, setDropHint] = useState<{ id: string; zone: DropZone } | null>(null);

  // Move DOM focus to the active item when asked (keyboard moves, adds, deletes), not on clicks or first render.
  // The wish lasts until focus leaves the tree, because a moved item is drawn anew once the server answers.
  const { focusRequest, activeId } = state;
  const wantFocus = useRef<string | null>(null);
  useEffect(() => {
    if (focusRequest > 0 && activeId) wantFocus.current = activeId;
  }, [focusRequest, activeId]);
  useEffect(() => {
    const id = wantFocus.current;
    const tree = treeRef.current;
    if (!id || !tree) return;
    const focused = document.activeElement;
    if (focused instanceof HTMLInputElement && tree.contains(focused)) return;
    const el = tree.querySelector<HTMLElement>(`[data-tree-id="${CSS.escape(id)}"]`);
    if (el && focused !== el) el.focus();
  });

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const tree = treeRef.current;
    const target = event.target as HTMLElement;
    if (target.tagName === 'INPUT') return;
    const current = target.closest<HTMLElement>('[role="treeitem"]');
    const id = current?.dataset.treeId;
    if (!tree || !current || !id) return;
    if (editing && event.altKey && !event.ctrlKey && !event.metaKey) {
      const move = keyboardMoveFor(event.key);
      if (!move) return;
      event.preventDefault();
      event.stopPropagation();
      editing.keyboardMove(id, move);
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (editing && event.key === 'F2') {
      event.preventDefault();
      editing.startRename(id);
      return;
    }
    if (editing && event.key === 'Delete') {
      event.preventDefault();
      editing.requestDelete(id);
      return;
    }
    const visibleItems = readItems(tree);
    const index = visibleItems.findIndex((item) => item.id === id);
    const action = treeKeyAction(visibleItems, index, event.key);
    if (action.kind === 'none') return;
    event.preventDefault();
    event.stopPropagation();
    if (action.kind === 'focus') state.setActive(action.id, true);
    else if (action.kind === 'expand' || action.kind === 'collapse') state.toggle(action.id);
    else if (action.kind === 'activate') {
      state.setActive(action.id);
      state.select(action.id);
    }
  }

  const ctx: NodeContext = { ...props, byParent, tabStop, dragging, setDragging, dropHint, setDropHint };
  const roots = byParent.get(null) ?? [];
  return (
    <ul
      // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: ul/li with tree roles is the WAI-ARIA tree pattern
      role="tree"
      aria-label={label}
      aria-describedby={describedBy}
      className="fw-tree"
      ref={treeRef}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        const next = event.relatedTarget as Node | null;
        if (next && !treeRef.current?.contains(next)) wantFocus.current = null;
      }}
      onFocus={(event) => {
        // Keep the tab stop where focus is, also when focus came by Tab or a click.
        const id = (event.target as HTMLElement).closest<HTMLElement>('[role="treeitem"]')?.dataset.treeId;
        if (id && id !== wantFocus.current) wantFocus.current = null;
        if (id && id !== state.activeId) state.setActive(id);
      }}
    >
      {roots.map((item, index) => (
        <TreeNode key={item.identifier} item={item} level={1} index={index} count={roots.length} ctx={ctx} />
      ))}
    </ul>
  );
}
