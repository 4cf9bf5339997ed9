import { type TMyBallot, ZMyBallot } from '@gcm/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/votes/:voteId/ballot — the signed-in voter's own ballot, or `{ content: null }` before they vote. */
export function getMyBallot(voteId: string, signal?: AbortSignal): Promise<TMyBallot> {
  return apiRequest(`/votes/${encodeURIComponent(voteId)}/ballot`, {
    schema: ZMyBallot,
    ...(signal ? { signal } : {}),
  });
}

export function myBallotQueryOptions(voteId: string) {
  return queryOptions({
    queryKey: queryKeys.myBallot(voteId),
    queryFn: ({ signal }) => getMyBallot(voteId, signal),
  });
}

export function useMyBallot(voteId: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...myBallotQueryOptions(voteId), enabled: options.enabled ?? true });
}
