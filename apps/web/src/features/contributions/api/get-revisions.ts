import { type TListRevisionsResponse, ZListRevisionsResponse } from '@gcm/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/assignments/:assignmentId/revisions */
export function getRevisions(assignmentId: string, signal?: AbortSignal): Promise<TListRevisionsResponse> {
  return apiRequest(`/assignments/${encodeURIComponent(assignmentId)}/revisions`, {
    schema: ZListRevisionsResponse,
    ...(signal ? { signal } : {}),
  });
}

export function revisionsQueryOptions(assignmentId: string) {
  return queryOptions({
    queryKey: queryKeys.revisions(assignmentId),
    queryFn: ({ signal }) => getRevisions(assignmentId, signal),
  });
}

export function useRevisions(assignmentId: string) {
  return useQuery(revisionsQueryOptions(assignmentId));
}
