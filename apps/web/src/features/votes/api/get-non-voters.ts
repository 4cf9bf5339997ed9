import { type TVoteNonVoters, ZVoteNonVoters } from '@gcm/domain';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/votes/:voteId/non-voters — who may vote and has not yet (coordinator). */
export function getNonVoters(voteId: string, signal?: AbortSignal): Promise<TVoteNonVoters> {
  return apiRequest(`/votes/${encodeURIComponent(voteId)}/non-voters`, {
    schema: ZVoteNonVoters,
    ...(signal ? { signal } : {}),
  });
}

export function useNonVoters(voteId: string) {
  return useQuery({
    queryKey: queryKeys.voteNonVoters(voteId),
    queryFn: ({ signal }) => getNonVoters(voteId, signal),
  });
}
