import { type TWorkshopList, ZWorkshopList } from '@gcm/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/reviews/:reviewId/workshops — the workshops of a review (any member). */
export function getReviewWorkshops(reviewId: string, signal?: AbortSignal): Promise<TWorkshopList> {
  return apiRequest(`/reviews/${encodeURIComponent(reviewId)}/workshops`, {
    schema: ZWorkshopList,
    ...(signal ? { signal } : {}),
  });
}

export function reviewWorkshopsQueryOptions(reviewId: string) {
  return queryOptions({
    queryKey: queryKeys.reviewWorkshops(reviewId),
    queryFn: ({ signal }) => getReviewWorkshops(reviewId, signal),
  });
}

export function useReviewWorkshops(reviewId: string) {
  return useQuery(reviewWorkshopsQueryOptions(reviewId));
}
