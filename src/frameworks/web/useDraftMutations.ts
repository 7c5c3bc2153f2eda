import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { api } from '../../web/api';
import { type FrameworkItem, subtreeOf } from '../frameworks.model';
import {
  type FrameworkDetail,
  frameworkKeys,
  type ItemChanges,
  type NewItem,
  type VersionChanges,
  type VersionDetail,
} from './frameworks.api';
import { applyMove, type MoveTarget } from './treeMoves';

/**
 * Changes to a draft version, each written to the version in the query cache as soon as the server answers (moves
 * even before: the tree shows them at once). Moves go to the server one after another, in the order they were made,
 * so quick Alt+arrow presses cannot overtake each other.
 */
export function useDraftMutations(version: VersionDetail) {
  const client = useQueryClient();
  const key = frameworkKeys.version(version.id);
  const base = `/framework-versions/${version.id}`;

  const setItems = useCallback(
    (change: (items: FrameworkItem[]) => FrameworkItem[]) =>
      client.setQueryData<VersionDetail>(key, (current) =>
        current ? { ...current, content: { ...current.content, items: change(current.content.items) } } : current,
      ),
    [client, key],
  );
  const refresh = useCallback(() => client.invalidateQueries({ queryKey: key }), [client, key]);
  const refreshFramework = useCallback(() => {
    void client.invalidateQueries({ queryKey: frameworkKeys.detail(version.frameworkId) });
    void client.invalidateQueries({ queryKey: frameworkKeys.list });
  }, [client, version.frameworkId]);

  const add = useMutation({
    mutationFn: (input: NewItem) => api.post<FrameworkItem>(`${base}/items`, input),
    // Siblings after the new item shift their positions on the server: take the version as it now is.
    onSuccess: async () => {
      await refresh();
      refreshFramework();
    },
  });

  /** Saves an item's fields; each form keeps its own mutation state (errors belong to the form that caused them). */
  const saveItem = useCallback(
    async (identifier: string, changes: ItemChanges) => {
      const item = await api.patch<FrameworkItem>(`${base}/items/${identifier}`, changes);
      setItems((items) => items.map((i) => (i.identifier === item.identifier ? item : i)));
      return item;
    },
    [base, setItems],
  );

  const remove = useMutation({
    mutationFn: (identifier: string) => api.delete(`${base}/items/${identifier}`),
    onSuccess: async (_data, identifier) => {
      setItems((items) => {
        const gone = subtreeOf(items, identifier);
        return items.filter((i) => !gone.has(i.identifier));
      });
      await refresh();
      refreshFramework();
    },
  });

  const saveVersion = useCallback(
    async (changes: VersionChanges) => {
      const next = await api.patch<VersionDetail>(base, changes);
      client.setQueryData(key, next);
      client.setQueryData<FrameworkDetail>(frameworkKeys.detail(version.frameworkId), (current) =>
        current ? { ...current, titleDa: next.content.titleDa, titleEn: next.content.titleEn } : current,
      );
      refreshFramework();
      return next;
    },
    [base, client, key, version.frameworkId, refreshFramework],
  );

  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const pending = useRef(0);
  const [moveError, setMoveError] = useState<unknown>(null);
  const move = useCallback(
    (identifier: string, target: MoveTarget) => {
      setMoveError(null);
      setItems((items) => applyMove(items, identifier, target));
      pending.current += 1;
      queue.current = queue.current.then(async () => {
        try {
          const items = await api.post<FrameworkItem[]>(`${base}/items/${identifier}/move`, target);
          pending.current -= 1;
          // Later moves are already shown; only the last answer holds them all.
          if (pending.current === 0 && Array.isArray(items)) setItems(() => items);
        } catch (error) {
          pending.current -= 1;
          setMoveError(error);
          await refresh();
        }
      });
    },
    [base, setItems, refresh],
  );

  return { add, saveItem, remove, saveVersion, move, moveError, clearMoveError: () => setMoveError(null) };
}
