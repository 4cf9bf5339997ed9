import { type TListAssignmentsResponse, ZListAssignmentsResponse } from '@gcm/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../api-client';
import { queryKeys } from '../query-keys';

/**
 * GET /api/reviews/:reviewId/assignments — the review's assignments as the viewer may list them
 * (a contributor only their organisation's), with versions and focal points: the matrix and the
 * deadlines page's lanes read and refresh this one cache entry.
 */
export function getReviewAssignments(
  reviewId: string,
  signal?: AbortSignal,
): Promise<TListAssignmentsResponse> {
  return apiRequest(`/reviews/${encodeURIComponent(reviewId)}/assignments`, {
    schema: ZListAssignmentsResponse,
    ...(signal ? { signal } : {}),
  });
}

export function reviewAssignmentsQueryOptions(reviewId: string) {
  return queryOptions({
    queryKey: queryKeys.reviewAssignments(reviewId),
    queryFn: ({ signal }) => getReviewAssignments(reviewId, signal),
  });
}

export function useReviewAssignments(reviewId: string) {
  return useQuery(reviewAssignmentsQueryOptions(reviewId));
}
