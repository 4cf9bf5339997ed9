import { type TListReviewsResponse, ZListReviewsResponse } from '@gcm/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/reviews */
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
