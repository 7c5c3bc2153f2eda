import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { CodingController, type Step } from './codingController.js';
import type { WorkspaceEnv } from './env.js';
import { type Coding, workspaceApi, workspaceKeys } from './workspace.api.js';

/**
 * The page's CodingController, writing optimistic changes into the TanStack Query cache of the transcript's
 * codings. `learnCoder` is told the caller's coder id from the first answer (the row is made on first coding).
 */
export function useCodingController(
  env: WorkspaceEnv,
  handlers: { onError(step: Step, error: unknown): void; learnCoder(coderId: string): void },
) {
  const client = useQueryClient();
  const latest = useRef({ env, handlers });
  latest.current = { env, handlers };
  const [controller] = useState(() => {
    const { studyId, transcriptId } = env;
    const key = workspaceKeys.codings(studyId, transcriptId);
    const learn = (codings: Coding[]) => {
      const coderId = codings.find((c) => c.coderId)?.coderId;
      if (coderId) latest.current.handlers.learnCoder(coderId);
      return codings;
    };
    return new CodingController(
      {
        create: async (codeIds, span) =>
          learn(await workspaceApi.createCodings(studyId, transcriptId, { codeIds, start: span.start, end: span.end })),
        remove: (id) => workspaceApi.deleteCoding(studyId, id),
        restore: async (list) =>
          learn(
            await workspaceApi.restoreCodings(
              studyId,
              list.map((c) => ({ transcriptId, ...c })),
            ),
          ),
        accept: async (id) => learn([await workspaceApi.acceptSuggestion(studyId, id)])[0],
      },
      {
        get: () => client.getQueryData<Coding[]>(key) ?? [],
        update: (change) => {
          // A fetch in flight would overwrite the optimistic list with an older one.
          void client.cancelQueries({ queryKey: key });
          client.setQueryData<Coding[]>(key, (list) => change(list ?? []));
        },
      },
      {
        isMine: (coding) => latest.current.env.isMine(coding),
        onError: (step, error) => latest.current.handlers.onError(step, error),
        onSaved: () => {
          // The comparison and the consensus follow the codings; refetched only if shown.
          void client.invalidateQueries({ queryKey: workspaceKeys.comparison(studyId, transcriptId) });
          void client.invalidateQueries({ queryKey: workspaceKeys.consensus(studyId, transcriptId) });
        },
      },
    );
  });
  useEffect(() => {
    const leave = (event: BeforeUnloadEvent) => {
      if (controller.pending > 0) event.preventDefault();
    };
    window.addEventListener('beforeunload', leave);
    return () => window.removeEventListener('beforeunload', leave);
  }, [controller]);
  return controller;
}

/** The undo stack, for the Fortryd/Gentag buttons. */
export function useUndoStack(controller: CodingController) {
  return useSyncExternalStore(controller.subscribe, controller.getStack, controller.getStack);
}
