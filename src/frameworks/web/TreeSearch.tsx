import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FrameworkItem, flattenTree } from '../frameworks.model';
import { ancestorsOf, type MatchField, searchItems } from './frameworkSearch';
import type { TreeState } from './useTreeState';

/** The query and what matches it; opening the tree down to the matches is done here, once per query. */
export function useTreeSearch(items: readonly FrameworkItem[], state: TreeState) {
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const matches = useMemo(() => searchItems(items, deferred), [items, deferred]);
  const { expand } = state;
  // Only a new query opens the tree; edits to the items should not reopen what the user closed.
  const latest = useRef({ items, matches });
  latest.current = { items, matches };
  useEffect(() => {
    const { items: current, matches: found } = latest.current;
    if (deferred && found.size > 0) expand(ancestorsOf(current, found.keys()));
  }, [deferred, expand]);
  return { query, deferred, setQuery, matches };
}

/** The search field above a framework tree, with the number of matches announced and a jump to the first. */
export function TreeSearch({
  items,
  query,
  onQuery,
  matches,
  state,
}: {
  items: readonly FrameworkItem[];
  query: string;
  onQuery: (query: string) => void;
  matches: ReadonlyMap<string, MatchField[]>;
  state: TreeState;
}) {
  const { t } = useTranslation('frameworks');
  // The first match in tree order, not in storage order.
  const firstInTree = useMemo(
    () =>
      matches.size === 0
        ? null
        : (flattenTree(items).find((e) => matches.has(e.item.identifier))?.item.identifier ?? null),
    [items, matches],
  );
  return (
    <search className="fw-search">
      <div className="form-group">
        <label className="form-label" htmlFor="fw-search-input">
          {t('search.label')}
        </label>
        <span className="form-hint" id="fw-search-hint">
          {t('search.hint')}
        </span>
        <div className="fw-search-row">
          <input
            id="fw-search-input"
            type="search"
            className="form-input"
            value={query}
            aria-describedby="fw-search-hint fw-search-status"
            onChange={(event) => onQuery(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && firstInTree) {
                event.preventDefault();
                state.setActive(firstInTree, true);
              }
            }}
          />
          <button
            type="button"
            className="button button-secondary"
            disabled={!firstInTree}
            onClick={() => firstInTree && state.setActive(firstInTree, true)}
          >
            {t('search.goToFirst')}
          </button>
        </div>
      </div>
      <p id="fw-search-status" role="status" className="fw-search-status">
        {query.trim() === ''
          ? ''
          : matches.size === 0
            ? t('search.none', { query: query.trim() })
            : t('search.found', { count: matches.size })}
      </p>
    </search>
  );
}
