import { type TDirectoryOrganisationList, ZDirectoryOrganisationList } from '@gcm/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../api-client';
import { queryKeys } from '../query-keys';

/**
 * GET /api/workspaces/:workspaceId/organisations?archived=… — the country directory's organisations
 * (the directory page, and "Add from the country directory" on a review's organisations).
 */
export function getWorkspaceOrganisations(
  workspaceId: string,
  archived: boolean,
  signal?: AbortSignal,
): Promise<TDirectoryOrganisationList> {
  return apiRequest(`/workspaces/${encodeURIComponent(workspaceId)}/organisations?archived=${archived}`, {
    schema: ZDirectoryOrganisationList,
    ...(signal ? { signal } : {}),
  });
}

export function workspaceOrganisationsQueryOptions(workspaceId: string, archived: boolean) {
  return queryOptions({
    queryKey: queryKeys.workspaceOrganisations(workspaceId, archived),
    queryFn: ({ signal }) => getWorkspaceOrganisations(workspaceId, archived, signal),
  });
}

export function useWorkspaceOrganisations(
  workspaceId: string,
  archived: boolean,
  options: { enabled?: boolean } = {},
) {
  return useQuery({
    ...workspaceOrganisationsQueryOptions(workspaceId, archived),
    enabled: options.enabled ?? true,
  });
}
