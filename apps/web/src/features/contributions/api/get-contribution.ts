import { type TContribution, ZContribution } from '@gcm/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/assignments/:assignmentId/contribution */
export function getContribution(assignmentId: string, signal?: AbortSignal): Promise<TContribution> {
  return apiRequest(`/assignments/${encodeURIComponent(assignmentId)}/contribution`, {
    schema: ZContribution,
    ...(signal ? { signal } : {}),
  });
}

export function contributionQueryOptions(assignmentId: string) {
  return queryOptions({
    queryKey: queryKeys.contribution(assignmentId),
    queryFn: ({ signal }) => getContribution(assignmentId, signal),
  });
}

export function useContribution(assignmentId: string) {
  return useQuery(contributionQueryOptions(assignmentId));
}
