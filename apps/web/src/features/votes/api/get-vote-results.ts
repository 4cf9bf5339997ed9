import { type TVoteResults, ZVoteResults } from '@gcm/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/**
 * GET /api/votes/:voteId/results — the tally, turnout and breakdowns. 403 with a message while the
 * results are hidden until the close.
 */
export function getVoteResults(voteId: string, signal?: AbortSignal): Promise<TVoteResults> {
  return apiRequest(`/votes/${encodeURIComponent(voteId)}/results`, {
    schema: ZVoteResults,
    ...(signal ? { signal } : {}),
  });
}

export function voteResultsQueryOptions(voteId: string) {
  return queryOptions({
    queryKey: queryKeys.voteResults(voteId),
    queryFn: ({ signal }) => getVoteResults(voteId, signal),
  });
}

export function useVoteResults(voteId: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...voteResultsQueryOptions(voteId), enabled: options.enabled ?? true });
}

/** Where the browser downloads the results as CSV (a plain link: the session cookie goes with it). */
export function resultsCsvUrl(voteId: string): string {
  return `/api/votes/${encodeURIComponent(voteId)}/results.csv`;
}
