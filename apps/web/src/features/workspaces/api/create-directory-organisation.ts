import {
  type TCreateOrganisationRequest,
  type TDirectoryOrganisation,
  ZDirectoryOrganisation,
} from '@gcm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { invalidateDirectory, workspacePath } from './invalidate';

/** POST /api/workspaces/:workspaceId/organisations → 201 */
export function createDirectoryOrganisation(
  workspaceId: string,
  request: TCreateOrganisationRequest,
): Promise<TDirectoryOrganisation> {
  return apiRequest(workspacePath(workspaceId, '/organisations'), {
    method: 'POST',
    body: request,
    schema: ZDirectoryOrganisation,
  });
}

export function useCreateDirectoryOrganisation(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: TCreateOrganisationRequest) => createDirectoryOrganisation(workspaceId, request),
    onSuccess: () => invalidateDirectory(queryClient, workspaceId),
  });
}
