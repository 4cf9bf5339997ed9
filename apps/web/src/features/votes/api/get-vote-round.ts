import { type TVoteRound, ZVoteRound } from '@gcm/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/votes/:voteId — the round, its state and turnout, and whether the signed-in person may vote. */
export function getVoteRound(voteId: string, signal?: AbortSignal): Promise<TVoteRound> {
  return apiRequest(`/votes/${encodeURIComponent(voteId)}`, {
    schema: ZVoteRound,
    ...(signal ? { signal } : {}),
  });
}

export function voteRoundQueryOptions(voteId: string) {
  return queryOptions({
    queryKey: queryKeys.vote(voteId),
    queryFn: ({ signal }) => getVoteRound(voteId, signal),
  });
}

export function useVoteRound(voteId: string) {
  return useQuery(voteRoundQueryOptions(voteId));
}
