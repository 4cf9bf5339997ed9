import { type TListReviewsResponse, ZListReviewsResponse } from '@gcm/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../api-client';
import { queryKeys } from '../query-keys';

/** GET /api/reviews — the reviews I take part in (the list page, and the previous cycles a new review can start from). */
export function getReviews(signal?: AbortSignal): Promise<TListReviewsResponse> {
  return apiRequest('/reviews', { schema: ZListReviewsResponse, ...(signal ? { signal } : {}) });
}

export function reviewsQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.reviews,
    queryFn: ({ signal }) => getReviews(signal),
  });
}

export function useReviews() {
  return useQuery(reviewsQueryOptions());
}
