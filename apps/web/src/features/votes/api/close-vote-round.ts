import { type TVoteRound, ZVoteRound } from '@gcm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { refreshAfterVoteChange } from './invalidate';

/** POST /api/votes/:voteId/close — ends voting now (coordinator); the round and its results are loaded again. */
export function closeVoteRound(voteId: string): Promise<TVoteRound> {
  return apiRequest(`/votes/${encodeURIComponent(voteId)}/close`, { method: 'POST', schema: ZVoteRound });
}

export function useCloseVoteRound(round: { id: string; reviewId: string }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => closeVoteRound(round.id),
    // A 409 means it closed meanwhile: show the round as it is either way.
    onSettled: () => refreshAfterVoteChange(queryClient, round),
  });
}
