import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, noContent } from '../../../lib/api-client';
import { invalidateDirectory, workspacePath } from './invalidate';

/** DELETE /api/workspaces/:workspaceId/organisations/:organisationId → 204, or 409 while something refers to it. */
export function deleteDirectoryOrganisation(workspaceId: string, organisationId: string): Promise<void> {
  return apiRequest(workspacePath(workspaceId, `/organisations/${encodeURIComponent(organisationId)}`), {
    method: 'DELETE',
    schema: noContent,
  });
}

export function useDeleteDirectoryOrganisation(workspaceId: string, organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteDirectoryOrganisation(workspaceId, organisationId),
    onSuccess: () => invalidateDirectory(queryClient, workspaceId),
  });
}
