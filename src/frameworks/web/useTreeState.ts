import { useCallback, useState } from 'react';

export interface TreeState {
  expanded: ReadonlySet<string>;
  /** The item with the tab stop (roving tabindex); null: the first item. */
  activeId: string | null;
  /** The item shown in the panel beside the tree. */
  selectedId: string | null;
  /** Bumped to ask the tree to move DOM focus to `activeId` (after keyboard moves, adds and deletes). */
  focusRequest: number;
  toggle: (id: string) => void;
  expand: (ids: Iterable<string>) => void;
  collapseAll: () => void;
  setActive: (id: string | null, focus?: boolean) => void;
  select: (id: string | null) => void;
}

/** Open items, tab stop and selection of a framework tree, kept by the page so search and the editor can steer it. */
export function useTreeState(initiallyExpanded: () => Iterable<string> = () => []): TreeState {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set(initiallyExpanded()));
  const [activeId, setActiveId] = useState<string | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
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
  const expand = useCallback(
    (ids: Iterable<string>) =>
      setExpanded((current) => {
        const next = new Set(current);
        for (const id of ids) next.add(id);
        return next.size === current.size ? current : next;
      }),
    [],
  );
  const collapseAll = useCallback(() => setExpanded(new Set()), []);
  const setActive = useCallback((id: string | null, focus = false) => {
    setActiveId(id);
    if (focus) setFocusRequest((n) => n + 1);
  }, []);
  return {
    expanded,
    activeId,
    selectedId,
    focusRequest,
    toggle,
    expand,
    collapseAll,
    setActive,
    select: setSelectedId,
  };
}
