import { type TDirectoryPersonList, ZDirectoryPersonList } from '@gcm/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { workspacePath } from './invalidate';

/** GET /api/workspaces/:workspaceId/people?archived=… — the country directory's people. */
export function getWorkspacePeople(
  workspaceId: string,
  archived: boolean,
  signal?: AbortSignal,
): Promise<TDirectoryPersonList> {
  return apiRequest(workspacePath(workspaceId, `/people?archived=${archived}`), {
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

export function useWorkspacePeople(workspaceId: string, archived: boolean) {
  return useQuery(workspacePeopleQueryOptions(workspaceId, archived));
}
