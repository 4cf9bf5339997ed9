import { type TInstanceAuditResponse, ZInstanceAuditResponse } from '@gcm/domain';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export const INSTANCE_AUDIT_PAGE_SIZE = 50;

/** The address of one page: /instance/audit?before=…&limit=50 */
export function instanceAuditPath(before: string | undefined): string {
  const params = new URLSearchParams();
  if (before) params.set('before', before);
  params.set('limit', String(INSTANCE_AUDIT_PAGE_SIZE));
  return `/instance/audit?${params.toString()}`;
}

/** GET /api/instance/audit — newest first; `nextBefore` is the cursor of older events (administrator). */
export function getInstanceAudit(
  before: string | undefined,
  signal?: AbortSignal,
): Promise<TInstanceAuditResponse> {
  return apiRequest(instanceAuditPath(before), {
    schema: ZInstanceAuditResponse,
    ...(signal ? { signal } : {}),
  });
}

export function instanceAuditQueryOptions() {
  return infiniteQueryOptions({
    queryKey: queryKeys.instanceAudit,
    queryFn: ({ pageParam, signal }) => getInstanceAudit(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextBefore ?? undefined,
  });
}

export function useInstanceAudit() {
  return useInfiniteQuery(instanceAuditQueryOptions());
}
