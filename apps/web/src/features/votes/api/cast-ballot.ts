import { type TBallotContent, type TMyBallot, ZMyBallot } from '@gcm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** PUT /api/votes/:voteId/ballot — casts or replaces the voter's ballot while the round is open. */
export function castBallot(voteId: string, content: TBallotContent): Promise<TMyBallot> {
  return apiRequest(`/votes/${encodeURIComponent(voteId)}/ballot`, {
    method: 'PUT',
    body: { content },
    schema: ZMyBallot,
  });
}

export function useCastBallot(round: { id: string; reviewId: string }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (content: TBallotContent) => castBallot(round.id, content),
    onSuccess: async (ballot) => {
      queryClient.setQueryData(queryKeys.myBallot(round.id), ballot);
      // Turnout and "you voted" changed; the ballot itself is already known.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.vote(round.id), exact: true }),
        queryClient.invalidateQueries({ queryKey: queryKeys.voteResults(round.id) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.reviewVotes(round.reviewId) }),
      ]);
    },
  });
}
