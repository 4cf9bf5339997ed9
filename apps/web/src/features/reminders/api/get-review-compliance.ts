import { type TComplianceResponse, ZComplianceResponse } from '@gcm/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/reviews/:reviewId/compliance — per organisation, how it kept its deadlines (coordinator, observer). */
export function getReviewCompliance(reviewId: string, signal?: AbortSignal): Promise<TComplianceResponse> {
  return apiRequest(`/reviews/${encodeURIComponent(reviewId)}/compliance`, {
    schema: ZComplianceResponse,
    ...(signal ? { signal } : {}),
  });
}

export function reviewComplianceQueryOptions(reviewId: string) {
  return queryOptions({
    queryKey: queryKeys.reviewCompliance(reviewId),
    queryFn: ({ signal }) => getReviewCompliance(reviewId, signal),
  });
}

export function useReviewCompliance(reviewId: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...reviewComplianceQueryOptions(reviewId), enabled: options.enabled ?? true });
}
