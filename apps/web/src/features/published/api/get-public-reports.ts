import { type TPublicReportIndex, ZPublicReportIndex } from '@gcm/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/public/reports — the reports sent with consent to publish (no session needed). */
export function getPublicReports(signal?: AbortSignal): Promise<TPublicReportIndex> {
  return apiRequest('/public/reports', { schema: ZPublicReportIndex, ...(signal ? { signal } : {}) });
}

export function publicReportsQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.publicReports,
    queryFn: ({ signal }) => getPublicReports(signal),
  });
}

export function usePublicReports() {
  return useQuery(publicReportsQueryOptions());
}
