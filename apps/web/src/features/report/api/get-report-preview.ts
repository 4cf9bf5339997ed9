import { type TReportPreview, ZReportPreview } from '@gcm/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/reviews/:reviewId/report/preview — the report's outline as it would be compiled now. */
export function getReportPreview(reviewId: string, signal?: AbortSignal): Promise<TReportPreview> {
  return apiRequest(`/reviews/${encodeURIComponent(reviewId)}/report/preview`, {
    schema: ZReportPreview,
    ...(signal ? { signal } : {}),
  });
}

export function reportPreviewQueryOptions(reviewId: string) {
  return queryOptions({
    queryKey: queryKeys.reportPreview(reviewId),
    queryFn: ({ signal }) => getReportPreview(reviewId, signal),
  });
}

export function useReportPreview(reviewId: string) {
  return useQuery(reportPreviewQueryOptions(reviewId));
}
