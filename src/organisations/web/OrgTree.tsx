import { useQuery } from '@tanstack/react-query';
import { type KeyboardEvent, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../web/api';
import { currentLanguage } from '../../web/i18n';
import { Alert } from '../../web/ui/Alert';
import { errorMessage } from '../../web/ui/errors';
import { Loading } from '../../web/ui/Loading';
import { orgKeys, type TreeUnit } from './organisations.api';
import { formatCount } from './problemText';
import { TREE_PAGE_SIZE, treeKeyAction, type VisibleTreeItem } from './treeNavigation';

export function useTreeLevel(parentId: string | null, enabled = true) {
  return useQuery({
    queryKey: orgKeys.tree(parentId),
    queryFn: () => api.get<{ units: TreeUnit[] }>('/orgchart/tree', { query: { parentId: parentId ?? undefined } }),
    enabled,
    staleTime: 60_000,
  });
}

const MORE_PREFIX = 'more:';
const rootKey = (parentId: string | null) => parentId ?? 'roots';

interface TreeState {
  activeId: string | null;
  expanded: ReadonlySet<string>;
  shown: ReadonlyMap<string, number>;
  focusAfterMore: { parentKey: string; index: number } | null;
  setActive: (id: string, focus?: boolean) => void;
  toggle: (id: string) => void;
  showMore: (parentKey: string, shownBefore: number) => void;
  clearFocusAfterMore: () => void;
}

function UnitLeaders({ unit }: { unit: TreeUnit }) {
  const { t } = useTranslation('organisations');
  if (unit.leaders.length === 0) return null;
  const shown = unit.leaders.slice(0, 3);
  return (
    <span className="org-tree-leaders">
      {shown.map((leader) => (
        <span key={leader.id} className={`org-tree-leader org-tree-leader-${leader.decision ?? 'suggested'}`}>
          {t('chart.leaderMark', {
            name: leader.name,
            status: t(`leaderStatus.${leader.decision ?? 'suggested'}`),
          })}
        </span>
      ))}
      {unit.leaders.length > shown.length ? (
        <span className="org-tree-leader">{t('chart.moreLeaders', { count: unit.leaders.length - shown.length })}</span>
      ) : null}
    </span>
  );
}

function TreeNode({
  unit,
  level,
  position,
  setSize,
  state,
}: {
  unit: TreeUnit;
  level: number;
  position: number;
  setSize: number;
  state: TreeState;
}) {
  const { t } = useTranslation('organisations');
  const language = currentLanguage();
  const hasChildren = unit.childCount > 0;
  const expanded = hasChildren && state.expanded.has(unit.id);
  const children = useTreeLevel(unit.id, expanded);
  const active = state.activeId === unit.id;
  const labelId = `tree-${unit.id}-label`;
  const metaId = `tree-${unit.id}-meta`;
  return (
    <li
      role="treeitem"
      aria-level={level}
      aria-posinset={position}
      aria-setsize={setSize}
      aria-expanded={hasChildren ? expanded : undefined}
      aria-selected={active}
      aria-busy={expanded && children.isPending ? true : undefined}
      aria-labelledby={labelId}
      aria-describedby={metaId}
      tabIndex={active ? 0 : -1}
      data-tree-id={unit.id}
      data-label={unit.name}
      className="org-tree-item"
    >
      {/* Clicks select and open/close; the keyboard is handled once, on the tree (WAI-ARIA tree pattern). */}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the row is the treeitem's visible part; keys go to the tree */}
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: the tree's keydown handler covers the keyboard */}
      <div
        className={`org-tree-row${active ? ' org-tree-row-active' : ''}`}
        onClick={() => {
          state.setActive(unit.id);
          if (hasChildren) state.toggle(unit.id);
        }}
      >
        <span className="org-tree-toggle" aria-hidden="true">
          {hasChildren ? (expanded ? '▾' : '▸') : '·'}
        </span>
        <span id={labelId} className="org-tree-name">
          {unit.name}
        </span>
        <span id={metaId} className="org-tree-meta">
          {t('chart.meta', {
            people: formatCount(unit.peopleCount, language),
            leaders: formatCount(unit.leaderCount, language),
          })}
          {unit.areaName ? ` · ${unit.areaName}` : ''}
          {unit.leaders.length ? ' · ' : ''}
          <UnitLeaders unit={unit} />
        </span>
        {expanded && children.isPending ? <span className="org-tree-loading">{t('shell:loading')}</span> : null}
      </div>
      {expanded && children.isError ? <div className="org-tree-error">{errorMessage(children.error, t)}</div> : null}
      {expanded && children.data ? (
        // biome-ignore lint/a11y/useSemanticElements: role=group is what the WAI-ARIA tree pattern asks for here
        <ul role="group" className="org-tree-group">
          <TreeChildren parentId={unit.id} units={children.data.units} level={level + 1} state={state} />
        </ul>
      ) : null}
    </li>
  );
}

function TreeChildren({
  parentId,
  units,
  level,
  state,
}: {
  parentId: string | null;
  units: TreeUnit[];
  level: number;
  state: TreeState;
}) {
  const { t } = useTranslation('organisations');
  const language = currentLanguage();
  const key = rootKey(parentId);
  const shown = state.shown.get(key) ?? TREE_PAGE_SIZE;
  const visible = units.slice(0, shown);
  const remaining = units.length - visible.length;
  const { focusAfterMore, setActive, clearFocusAfterMore } = state;
  useEffect(() => {
    if (focusAfterMore?.parentKey !== key) return;
    const next = units[focusAfterMore.index];
    clearFocusAfterMore();
    if (next) setActive(next.id, true);
  }, [focusAfterMore, key, units, setActive, clearFocusAfterMore]);
  const moreId = `${MORE_PREFIX}${key}`;
  return (
    <>
      {visible.map((unit, index) => (
        <TreeNode key={unit.id} unit={unit} level={level} position={index + 1} setSize={units.length} state={state} />
      ))}
      {remaining > 0 ? (
        // biome-ignore lint/a11y/useKeyWithClickEvents: the tree's keydown handler covers the keyboard (Enter, Space)
        <li
          role="treeitem"
          aria-level={level}
          tabIndex={state.activeId === moreId ? 0 : -1}
          aria-selected={false}
          data-tree-id={moreId}
          data-label={t('chart.showMore', { count: Math.min(remaining, TREE_PAGE_SIZE) })}
          className="org-tree-item org-tree-more"
          onClick={() => state.showMore(key, shown)}
        >
          <div className="org-tree-row">
            <span className="org-tree-toggle" aria-hidden="true">
              +
            </span>
            {t('chart.showMoreText', {
              count: Math.min(remaining, TREE_PAGE_SIZE),
              formatted: formatCount(Math.min(remaining, TREE_PAGE_SIZE), language),
              total: formatCount(units.length, language),
            })}
          </div>
        </li>
      ) : null}
    </>
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

/**
 * The org chart as a WAI-ARIA tree: one level is fetched when it is opened, big levels are shown 200 at a time,
 * arrows/Home/End/letters move, Right/Left open and close, Enter and Space open a unit or show more units.
 * `onSelect` tells the page which unit is selected (selection follows focus).
 */
export function OrgTree({
  roots,
  label,
  onSelect,
}: {
  roots: TreeUnit[];
  label: string;
  onSelect: (unit: { id: string; parentId: string | null } | null) => void;
}) {
  const treeRef = useRef<HTMLUListElement>(null);
  const [activeId, setActiveId] = useState<string | null>(roots[0]?.id ?? null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [shown, setShown] = useState<ReadonlyMap<string, number>>(new Map());
  const [focusAfterMore, setFocusAfterMore] = useState<TreeState['focusAfterMore']>(null);
  const focusNext = useRef(false);

  const setActive = useCallback((id: string, focus = false) => {
    focusNext.current = focus;
    setActiveId(id);
  }, []);
  const toggle = useCallback(
    (id: string) =>
      setExpanded((current) => {
        const next = new Set(current);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    [],
  );
  const showMore = useCallback((parentKey: string, shownBefore: number) => {
    setShown((current) => new Map(current).set(parentKey, shownBefore + TREE_PAGE_SIZE));
    setFocusAfterMore({ parentKey, index: shownBefore });
  }, []);
  const clearFocusAfterMore = useCallback(() => setFocusAfterMore(null), []);

  // Move DOM focus with the active item after keyboard moves (not on clicks or first render).
  useEffect(() => {
    if (!focusNext.current || !activeId) return;
    focusNext.current = false;
    treeRef.current?.querySelector<HTMLElement>(`[data-tree-id="${CSS.escape(activeId)}"]`)?.focus();
  }, [activeId]);

  // Tell the page which unit is selected; the parent is read from the DOM (the enclosing treeitem).
  useEffect(() => {
    if (!activeId || activeId.startsWith(MORE_PREFIX)) return;
    const el = treeRef.current?.querySelector<HTMLElement>(`[data-tree-id="${CSS.escape(activeId)}"]`);
    const parentEl = el?.parentElement?.closest<HTMLElement>('[role="treeitem"]');
    onSelect({ id: activeId, parentId: parentEl?.dataset.treeId ?? null });
  }, [activeId, onSelect]);

  // When the active item disappears (its parent was closed), the first root takes the tab stop.
  useEffect(() => {
    const tree = treeRef.current;
    if (!tree || (activeId && tree.querySelector(`[data-tree-id="${CSS.escape(activeId)}"]`))) return;
    if (focusAfterMore) return;
    setActiveId(roots[0]?.id ?? null);
  });

  const state: TreeState = {
    activeId,
    expanded,
    shown,
    focusAfterMore,
    setActive,
    toggle,
    showMore,
    clearFocusAfterMore,
  };

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const tree = treeRef.current;
    const current = (event.target as HTMLElement).closest<HTMLElement>('[role="treeitem"]');
    if (!tree || !current || event.altKey || event.ctrlKey || event.metaKey) return;
    const items = readItems(tree);
    const index = items.findIndex((item) => item.id === current.dataset.treeId);
    const action = treeKeyAction(items, index, event.key);
    if (action.kind === 'none') return;
    event.preventDefault();
    event.stopPropagation();
    if (action.kind === 'focus') setActive(action.id, true);
    else if (action.kind === 'expand' || action.kind === 'collapse') toggle(action.id);
    else if (action.kind === 'activate') {
      if (action.id.startsWith(MORE_PREFIX)) {
        const parentKey = action.id.slice(MORE_PREFIX.length);
        showMore(parentKey, shown.get(parentKey) ?? TREE_PAGE_SIZE);
      } else if (items[index].expanded !== undefined) toggle(action.id);
    }
  }

  return (
    // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: ul/li with tree roles is the WAI-ARIA tree pattern
    <ul role="tree" aria-label={label} className="org-tree" ref={treeRef} onKeyDown={onKeyDown}>
      <TreeChildren parentId={null} units={roots} level={1} state={state} />
    </ul>
  );
}

/** The first level, with loading and error states. */
export function OrgTreeRoots({ children }: { children: (roots: TreeUnit[]) => React.ReactNode }) {
  const { t } = useTranslation('organisations');
  const roots = useTreeLevel(null);
  if (roots.isPending) return <Loading />;
  if (roots.isError)
    return (
      <Alert variant="error" heading={t('shell:errors.loadFailed')}>
        <p>{errorMessage(roots.error, t)}</p>
      </Alert>
    );
  return <>{children(roots.data.units)}</>;
}
