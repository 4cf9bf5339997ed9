import { type TFinalisePrioritiesRequest, type TPriorityList, ZPriorityList } from '@gcm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/**
 * PUT /api/votes/:voteId/priorities — the coordinator's final list, each objective with its reason,
 * saved with the round's version (stale → 409). It answers question 7.
 */
export function setPriorities(voteId: string, request: TFinalisePrioritiesRequest): Promise<TPriorityList> {
  return apiRequest(`/votes/${encodeURIComponent(voteId)}/priorities`, {
    method: 'PUT',
    body: request,
    schema: ZPriorityList,
  });
}

export function useSetPriorities(round: { id: string; reviewId: string }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: TFinalisePrioritiesRequest) => setPriorities(round.id, request),
    onSuccess: async (list) => {
      queryClient.setQueryData(queryKeys.votePriorities(round.id), list);
      // The round is finalised now (new state and version); its results did not change.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.vote(round.id), exact: true }),
        queryClient.invalidateQueries({ queryKey: queryKeys.reviewVotes(round.reviewId) }),
      ]);
    },
  });
}
