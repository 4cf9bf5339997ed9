import { type TListReviewsResponse, ZListReviewsResponse } from '@gcm/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const reviewsQueryKey = ['reviews'] as const;

/** GET /api/reviews */
export function getReviews(signal?: AbortSignal): Promise<TListReviewsResponse> {
  return apiRequest('/reviews', { schema: ZListReviewsResponse, ...(signal ? { signal } : {}) });
}

export function reviewsQueryOptions() {
  return queryOptions({
    queryKey: reviewsQueryKey,
    queryFn: ({ signal }) => getReviews(signal),
  });
}

export function useReviews() {
  return useQuery(reviewsQueryOptions());
}
