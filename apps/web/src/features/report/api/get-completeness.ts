import { type TCompletenessReport, ZCompletenessReport } from '@gcm/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/reviews/:reviewId/completeness — what still stands between the report and its submission. */
export function getCompleteness(reviewId: string, signal?: AbortSignal): Promise<TCompletenessReport> {
  return apiRequest(`/reviews/${encodeURIComponent(reviewId)}/completeness`, {
    schema: ZCompletenessReport,
    ...(signal ? { signal } : {}),
  });
}

export function completenessQueryOptions(reviewId: string) {
  return queryOptions({
    queryKey: queryKeys.completeness(reviewId),
    queryFn: ({ signal }) => getCompleteness(reviewId, signal),
  });
}

export function useCompleteness(reviewId: string) {
  return useQuery(completenessQueryOptions(reviewId));
}
