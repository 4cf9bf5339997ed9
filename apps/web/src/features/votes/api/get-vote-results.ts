import { type TOrganisationType, type TVoteResults, ZVoteResults } from '@gcm/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/**
 * GET /api/votes/:voteId/results — the tally, counts, ballot-set hash and breakdowns. 403 with a
 * message while the results are hidden until the close. `organisationType` (open ranked rounds)
 * restricts the pairwise matrix to that type's ballots; a secret round refuses it.
 */
export function getVoteResults(
  voteId: string,
  organisationType: TOrganisationType | null = null,
  signal?: AbortSignal,
): Promise<TVoteResults> {
  const query = organisationType ? `?${new URLSearchParams({ organisationType })}` : '';
  return apiRequest(`/votes/${encodeURIComponent(voteId)}/results${query}`, {
    schema: ZVoteResults,
    ...(signal ? { signal } : {}),
  });
}

export function voteResultsQueryOptions(voteId: string) {
  return queryOptions({
    queryKey: queryKeys.voteResults(voteId),
    queryFn: ({ signal }) => getVoteResults(voteId, null, signal),
  });
}

export function useVoteResults(voteId: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...voteResultsQueryOptions(voteId), enabled: options.enabled ?? true });
}

/** The results with the pairwise matrix of one type of organisation (open ranked rounds only). */
export function useVoteResultsByType(voteId: string, organisationType: TOrganisationType | null) {
  return useQuery({
    queryKey: [...queryKeys.voteResults(voteId), { organisationType }] as const,
    queryFn: ({ signal }) => getVoteResults(voteId, organisationType, signal),
    enabled: organisationType !== null,
  });
}

/** Where the browser downloads the results as CSV (a plain link: the session cookie goes with it). */
export function resultsCsvUrl(voteId: string): string {
  return `/api/votes/${encodeURIComponent(voteId)}/results.csv`;
}

/** Where the coordinator downloads the anonymised ballots, to recount the hash (a plain link). */
export function ballotSetUrl(voteId: string): string {
  return `/api/votes/${encodeURIComponent(voteId)}/ballots.json`;
}
