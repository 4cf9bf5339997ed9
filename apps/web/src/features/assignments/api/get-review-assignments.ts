import { type TListAssignmentsResponse, ZListAssignmentsResponse } from '@gcm/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/reviews/:reviewId/assignments — every assignment of the review, with version and focal points. */
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
