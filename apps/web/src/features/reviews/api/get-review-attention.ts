import { type TReviewAttention, ZReviewAttention } from '@gcm/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/reviews/:reviewId/attention — what needs attention first (coordinator, observer). */
export function getReviewAttention(reviewId: string, signal?: AbortSignal): Promise<TReviewAttention> {
  return apiRequest(`/reviews/${encodeURIComponent(reviewId)}/attention`, {
    schema: ZReviewAttention,
    ...(signal ? { signal } : {}),
  });
}

export function reviewAttentionQueryOptions(reviewId: string) {
  return queryOptions({
    queryKey: queryKeys.reviewAttention(reviewId),
    queryFn: ({ signal }) => getReviewAttention(reviewId, signal),
    // Fetched again each time the overview opens: the counts follow changes made on other pages
    // (an accepted contribution, a retried e-mail, a closed vote) that do not invalidate it.
    staleTime: 0,
  });
}

export function useReviewAttention(reviewId: string) {
  return useQuery(reviewAttentionQueryOptions(reviewId));
}
