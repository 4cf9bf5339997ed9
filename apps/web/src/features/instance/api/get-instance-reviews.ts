import { type TInstanceReviewsResponse, ZInstanceReviewsResponse } from '@gcm/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/instance/reviews — every review of the installation, without contents (administrator). */
export function getInstanceReviews(signal?: AbortSignal): Promise<TInstanceReviewsResponse> {
  return apiRequest('/instance/reviews', { schema: ZInstanceReviewsResponse, ...(signal ? { signal } : {}) });
}

export function instanceReviewsQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.instanceReviews,
    queryFn: ({ signal }) => getInstanceReviews(signal),
  });
}

export function useInstanceReviews() {
  return useQuery(instanceReviewsQueryOptions());
}
