import { type TReviewDetail, ZReviewDetail } from '@gcm/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../api-client';
import { queryKeys } from '../query-keys';

/** GET /api/reviews/:reviewId — shared by every screen of a review (dashboard, matrix, people…). */
export function getReview(reviewId: string, signal?: AbortSignal): Promise<TReviewDetail> {
  return apiRequest(`/reviews/${encodeURIComponent(reviewId)}`, {
    schema: ZReviewDetail,
    ...(signal ? { signal } : {}),
  });
}

export function reviewQueryOptions(reviewId: string) {
  return queryOptions({
    queryKey: queryKeys.review(reviewId),
    queryFn: ({ signal }) => getReview(reviewId, signal),
  });
}

export function useReview(reviewId: string) {
  return useQuery(reviewQueryOptions(reviewId));
}
