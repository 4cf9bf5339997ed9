import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, noContent } from '../../../lib/api-client';
import { invalidateDirectory, workspacePath } from './invalidate';

/** DELETE /api/workspaces/:workspaceId/people/:personId → 204, or 409 while something refers to them. */
export function deleteDirectoryPerson(workspaceId: string, personId: string): Promise<void> {
  return apiRequest(workspacePath(workspaceId, `/people/${encodeURIComponent(personId)}`), {
    method: 'DELETE',
    schema: noContent,
  });
}

export function useDeleteDirectoryPerson(workspaceId: string, personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteDirectoryPerson(workspaceId, personId),
    onSuccess: () => invalidateDirectory(queryClient, workspaceId),
  });
}
