import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../web/api';
import { type LeaderDecision, orgKeys } from './organisations.api';

export type DecisionChoice = LeaderDecision | null;

/** HR's bulk decision; afterwards every list, count and person page that shows leader status is refreshed. */
export function useLeaderDecision(
  onDone?: (result: { updated: number; notFound?: unknown }, decision: DecisionChoice) => void,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ personIds, decision }: { personIds: string[]; decision: DecisionChoice }) =>
      api.post<{ updated: number; notFound?: unknown }>('/leaders/decisions', { personIds, decision }),
    onSuccess: (result, { decision }) => {
      void client.invalidateQueries({ queryKey: orgKeys.all });
      onDone?.(result, decision);
    },
  });
}
