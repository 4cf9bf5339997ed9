import { type TMemberList, ZMemberList } from '@gcm/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../api-client';
import { queryKeys } from '../query-keys';

/** GET /api/reviews/:reviewId/members — the people page, and focal points in the assignment form. */
export function getReviewMembers(reviewId: string, signal?: AbortSignal): Promise<TMemberList> {
  return apiRequest(`/reviews/${encodeURIComponent(reviewId)}/members`, {
    schema: ZMemberList,
    ...(signal ? { signal } : {}),
  });
}

export function reviewMembersQueryOptions(reviewId: string) {
  return queryOptions({
    queryKey: queryKeys.reviewMembers(reviewId),
    queryFn: ({ signal }) => getReviewMembers(reviewId, signal),
  });
}

export function useReviewMembers(reviewId: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...reviewMembersQueryOptions(reviewId), enabled: options.enabled ?? true });
}
