import { type TCreateDirectoryPersonRequest, type TDirectoryPerson, ZDirectoryPerson } from '@gcm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { invalidateDirectory, workspacePath } from './invalidate';

/** POST /api/workspaces/:workspaceId/people → 201 */
export function createDirectoryPerson(
  workspaceId: string,
  request: TCreateDirectoryPersonRequest,
): Promise<TDirectoryPerson> {
  return apiRequest(workspacePath(workspaceId, '/people'), {
    method: 'POST',
    body: request,
    schema: ZDirectoryPerson,
  });
}

export function useCreateDirectoryPerson(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: TCreateDirectoryPersonRequest) => createDirectoryPerson(workspaceId, request),
    onSuccess: () => invalidateDirectory(queryClient, workspaceId),
  });
}
