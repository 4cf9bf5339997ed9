import { type TDirectoryPersonList, ZDirectoryPersonList } from '@gcm/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../api-client';
import { queryKeys } from '../query-keys';

/**
 * GET /api/workspaces/:workspaceId/people?archived=… — the country directory's people (the
 * directory page, and the invite form's choice of someone already in the directory).
 */
export function getWorkspacePeople(
  workspaceId: string,
  archived: boolean,
  signal?: AbortSignal,
): Promise<TDirectoryPersonList> {
  return apiRequest(`/workspaces/${encodeURIComponent(workspaceId)}/people?archived=${archived}`, {
    schema: ZDirectoryPersonList,
    ...(signal ? { signal } : {}),
  });
}

export function workspacePeopleQueryOptions(workspaceId: string, archived: boolean) {
  return queryOptions({
    queryKey: queryKeys.workspacePeople(workspaceId, archived),
    queryFn: ({ signal }) => getWorkspacePeople(workspaceId, archived, signal),
  });
}

/** `enabled: false` for people who may not read the directory (everyone but coordinators). */
export function useWorkspacePeople(workspaceId: string, archived: boolean, enabled = true) {
  return useQuery({ ...workspacePeopleQueryOptions(workspaceId, archived), enabled });
}
