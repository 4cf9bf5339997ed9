import {
  type TDirectoryImportRequest,
  type TDirectoryImportResult,
  ZDirectoryImportResult,
} from '@gcm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, isApiError } from '../../../lib/api-client';
import { invalidateDirectory, workspacePath } from './invalidate';

/**
 * POST /api/workspaces/:workspaceId/import — commit:false checks the file and writes nothing;
 * commit:true writes everything, or (422) nothing when a row is wrong.
 */
export function importDirectory(
  workspaceId: string,
  request: TDirectoryImportRequest,
): Promise<TDirectoryImportResult> {
  return apiRequest(workspacePath(workspaceId, '/import'), {
    method: 'POST',
    body: request,
    schema: ZDirectoryImportResult,
  });
}

/** The row-by-row result a refused import (422) carries, or null for any other failure. */
export function refusedImportResult(error: unknown): TDirectoryImportResult | null {
  if (!isApiError(error) || error.status !== 422) return null;
  const parsed = ZDirectoryImportResult.safeParse(error.details);
  return parsed.success ? parsed.data : null;
}

export function useImportDirectory(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: TDirectoryImportRequest) => importDirectory(workspaceId, request),
    // A committed import also refreshes the review whose organisations it added (invalidateDirectory).
    onSuccess: (result) => (result.committed ? invalidateDirectory(queryClient, workspaceId) : undefined),
  });
}
