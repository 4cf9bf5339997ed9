import { type TPublicReport, ZPublicReport } from '@gcm/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/public/reports/:reviewId — one published report (404 when it is not published). */
export function getPublicReport(reviewId: string, signal?: AbortSignal): Promise<TPublicReport> {
  return apiRequest(`/public/reports/${encodeURIComponent(reviewId)}`, {
    schema: ZPublicReport,
    ...(signal ? { signal } : {}),
  });
}

export function publicReportQueryOptions(reviewId: string) {
  return queryOptions({
    queryKey: queryKeys.publicReport(reviewId),
    queryFn: ({ signal }) => getPublicReport(reviewId, signal),
  });
}

export function usePublicReport(reviewId: string) {
  return useQuery(publicReportQueryOptions(reviewId));
}
