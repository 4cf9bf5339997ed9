import { type TReviewDetail, ZReviewDetail } from '@gcm/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { reviewsQueryKey } from './get-reviews';

export function reviewQueryKey(reviewId: string) {
  return [...reviewsQueryKey, reviewId] as const;
}

/** GET /api/reviews/:reviewId */
export function getReview(reviewId: string, signal?: AbortSignal): Promise<TReviewDetail> {
  return apiRequest(`/reviews/${encodeURIComponent(reviewId)}`, {
    schema: ZReviewDetail,
    ...(signal ? { signal } : {}),
  });
}

export function reviewQueryOptions(reviewId: string) {
  return queryOptions({
    queryKey: reviewQueryKey(reviewId),
    queryFn: ({ signal }) => getReview(reviewId, signal),
  });
}

export function useReview(reviewId: string) {
  return useQuery(reviewQueryOptions(reviewId));
}
