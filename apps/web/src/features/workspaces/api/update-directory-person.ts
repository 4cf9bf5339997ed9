import { type TDirectoryPerson, type TUpdateDirectoryPersonRequest, ZDirectoryPerson } from '@gcm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { invalidateDirectory, workspacePath } from './invalidate';

/** PATCH /api/workspaces/:workspaceId/people/:personId — title, organisation, archive, restore. */
export function updateDirectoryPerson(
  workspaceId: string,
  personId: string,
  request: TUpdateDirectoryPersonRequest,
): Promise<TDirectoryPerson> {
  return apiRequest(workspacePath(workspaceId, `/people/${encodeURIComponent(personId)}`), {
    method: 'PATCH',
    body: request,
    schema: ZDirectoryPerson,
  });
}

export function useUpdateDirectoryPerson(workspaceId: string, personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: TUpdateDirectoryPersonRequest) =>
      updateDirectoryPerson(workspaceId, personId, request),
    onSuccess: () => invalidateDirectory(queryClient, workspaceId),
  });
}
