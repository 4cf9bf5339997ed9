import { type TCreateVoteRoundRequest, type TVoteRound, ZVoteRound } from '@gcm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** POST /api/reviews/:reviewId/votes → 201 with the round (coordinator). */
export function createVoteRound(reviewId: string, request: TCreateVoteRoundRequest): Promise<TVoteRound> {
  return apiRequest(`/reviews/${encodeURIComponent(reviewId)}/votes`, {
    method: 'POST',
    body: request,
    schema: ZVoteRound,
  });
}

export function useCreateVoteRound(reviewId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: TCreateVoteRoundRequest) => createVoteRound(reviewId, request),
    onSuccess: async (round) => {
      queryClient.setQueryData(queryKeys.vote(round.id), round);
      await queryClient.invalidateQueries({ queryKey: queryKeys.reviewVotes(reviewId) });
    },
  });
}
