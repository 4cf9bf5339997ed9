import { type TListSubmissionsResponse, ZListSubmissionsResponse } from '@gcm/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/reviews/:reviewId/submissions — versions sent, the send form's defaults, the open amendment. */
export function getSubmissions(reviewId: string, signal?: AbortSignal): Promise<TListSubmissionsResponse> {
  return apiRequest(`/reviews/${encodeURIComponent(reviewId)}/submissions`, {
    schema: ZListSubmissionsResponse,
    ...(signal ? { signal } : {}),
  });
}

export function submissionsQueryOptions(reviewId: string) {
  return queryOptions({
    queryKey: queryKeys.submissions(reviewId),
    queryFn: ({ signal }) => getSubmissions(reviewId, signal),
  });
}

export function useSubmissions(reviewId: string) {
  return useQuery(submissionsQueryOptions(reviewId));
}
