import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys';

/** After a change to a directory: its lists, the workspaces' counts, and the reviews that show its names. */
export function invalidateDirectory(queryClient: QueryClient, workspaceId: string): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.workspace(workspaceId) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.workspaces, exact: true }),
    // A review's organisations are directory rows: a rename shows there too.
    queryClient.invalidateQueries({ queryKey: queryKeys.reviews }),
  ]).then(() => undefined);
}

/** `/workspaces/:workspaceId…` on the API. */
export function workspacePath(workspaceId: string, rest = ''): string {
  return `/workspaces/${encodeURIComponent(workspaceId)}${rest}`;
}
