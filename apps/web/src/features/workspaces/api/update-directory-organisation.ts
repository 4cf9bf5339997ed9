import {
  type TDirectoryOrganisation,
  type TUpdateDirectoryOrganisationRequest,
  ZDirectoryOrganisation,
} from '@gcm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { invalidateDirectory, workspacePath } from './invalidate';

/** PATCH /api/workspaces/:workspaceId/organisations/:organisationId — rename, retype, archive, restore. */
export function updateDirectoryOrganisation(
  workspaceId: string,
  organisationId: string,
  request: TUpdateDirectoryOrganisationRequest,
): Promise<TDirectoryOrganisation> {
  return apiRequest(workspacePath(workspaceId, `/organisations/${encodeURIComponent(organisationId)}`), {
    method: 'PATCH',
    body: request,
    schema: ZDirectoryOrganisation,
  });
}

export function useUpdateDirectoryOrganisation(workspaceId: string, organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: TUpdateDirectoryOrganisationRequest) =>
      updateDirectoryOrganisation(workspaceId, organisationId, request),
    onSuccess: () => invalidateDirectory(queryClient, workspaceId),
  });
}
