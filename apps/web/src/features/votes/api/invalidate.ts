import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys';

/**
 * After anything that changes a round (a ballot, the close, the priority list): the round with its
 * ballot, results and priorities, and the review's list of rounds (which question 7 reads as well).
 */
export function refreshAfterVoteChange(
  queryClient: QueryClient,
  round: { id: string; reviewId: string },
): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.vote(round.id) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.reviewVotes(round.reviewId) }),
  ]);
}
