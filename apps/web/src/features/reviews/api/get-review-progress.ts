import { type TReviewProgressResponse, ZReviewProgressResponse } from '@gcm/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/reviews/:reviewId/progress — assignments per organisation, by state (coordinator). */
export function getReviewProgress(reviewId: string, signal?: AbortSignal): Promise<TReviewProgressResponse> {
  return apiRequest(`/reviews/${encodeURIComponent(reviewId)}/progress`, {
    schema: ZReviewProgressResponse,
    ...(signal ? { signal } : {}),
  });
}

export function reviewProgressQueryOptions(reviewId: string) {
  return queryOptions({
    queryKey: queryKeys.reviewProgress(reviewId),
    queryFn: ({ signal }) => getReviewProgress(reviewId, signal),
  });
}

export function useReviewProgress(reviewId: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...reviewProgressQueryOptions(reviewId), enabled: options.enabled ?? true });
}
