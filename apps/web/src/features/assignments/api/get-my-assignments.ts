import { type TListAssignmentsResponse, ZListAssignmentsResponse } from '@gcm/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/me/assignments — the signed-in person's assignments across reviews. */
export function getMyAssignments(signal?: AbortSignal): Promise<TListAssignmentsResponse> {
  return apiRequest('/me/assignments', { schema: ZListAssignmentsResponse, ...(signal ? { signal } : {}) });
}

export function myAssignmentsQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.myAssignments,
    queryFn: ({ signal }) => getMyAssignments(signal),
  });
}

export function useMyAssignments() {
  return useQuery(myAssignmentsQueryOptions());
}
