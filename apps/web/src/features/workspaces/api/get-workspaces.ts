import { type TWorkspaceList, ZWorkspaceList } from '@gcm/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/workspaces — the countries whose reviews I coordinate. */
export function getWorkspaces(signal?: AbortSignal): Promise<TWorkspaceList> {
  return apiRequest('/workspaces', { schema: ZWorkspaceList, ...(signal ? { signal } : {}) });
}

export function workspacesQueryOptions() {
  return queryOptions({ queryKey: queryKeys.workspaces, queryFn: ({ signal }) => getWorkspaces(signal) });
}

export function useWorkspaces() {
  return useQuery(workspacesQueryOptions());
}
