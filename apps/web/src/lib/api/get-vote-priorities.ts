import { type TPriorityList, ZPriorityList } from '@gcm/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../api-client';
import { queryKeys } from '../query-keys';

/** GET /api/votes/:voteId/priorities — the finalised priority list (question 7), in the coordinator's order. */
export function getVotePriorities(voteId: string, signal?: AbortSignal): Promise<TPriorityList> {
  return apiRequest(`/votes/${encodeURIComponent(voteId)}/priorities`, {
    schema: ZPriorityList,
    ...(signal ? { signal } : {}),
  });
}

export function votePrioritiesQueryOptions(voteId: string) {
  return queryOptions({
    queryKey: queryKeys.votePriorities(voteId),
    queryFn: ({ signal }) => getVotePriorities(voteId, signal),
  });
}

export function useVotePriorities(voteId: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...votePrioritiesQueryOptions(voteId), enabled: options.enabled ?? true });
}
