import { type TVoteRound, type TVoteRoundList, ZVoteRoundList } from '@gcm/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../api-client';
import { queryKeys } from '../query-keys';

/** GET /api/reviews/:reviewId/votes — the Votes tab, and question 7 on the review page (finalised rounds). */
export function getReviewVotes(reviewId: string, signal?: AbortSignal): Promise<TVoteRoundList> {
  return apiRequest(`/reviews/${encodeURIComponent(reviewId)}/votes`, {
    schema: ZVoteRoundList,
    ...(signal ? { signal } : {}),
  });
}

export function reviewVotesQueryOptions(reviewId: string) {
  return queryOptions({
    queryKey: queryKeys.reviewVotes(reviewId),
    queryFn: ({ signal }) => getReviewVotes(reviewId, signal),
  });
}

export function useReviewVotes(reviewId: string) {
  return useQuery(reviewVotesQueryOptions(reviewId));
}

/** The finalised round whose priority list answers question 7: the one that closed last. */
export function latestFinalisedRound(rounds: readonly TVoteRound[]): TVoteRound | undefined {
  return rounds
    .filter((round) => round.state === 'finalised')
    .sort((a, b) => b.closesAt.localeCompare(a.closesAt))[0];
}
