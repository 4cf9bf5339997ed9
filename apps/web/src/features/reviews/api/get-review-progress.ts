import { type TOrganisationProgress, ZOrganisationProgress } from '@gcm/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest, listResponse } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

const ZProgressResponse = listResponse('organisations', ZOrganisationProgress);

/** GET /api/reviews/:reviewId/progress — assignments per organisation, by state (coordinator). */
export function getReviewProgress(
  reviewId: string,
  signal?: AbortSignal,
): Promise<{ organisations: TOrganisationProgress[] }> {
  return apiRequest(`/reviews/${encodeURIComponent(reviewId)}/progress`, {
    schema: ZProgressResponse,
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
