import {
  type TContribution,
  type TContributionConflict,
  type TSaveContributionRequest,
  ZContribution,
  ZContributionConflict,
} from '@gcm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, isApiError } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export type TStoredVersion = TContributionConflict['details']['current'];

/**
 * PUT /api/assignments/:assignmentId/contribution — `baseVersion` is the version the editor loaded or
 * last saved. When someone saved in between, the API refuses with 409 and sends what is stored now
 * (read it with {@link conflictOf}).
 */
export function saveContribution(
  assignmentId: string,
  request: TSaveContributionRequest,
): Promise<TContribution> {
  return apiRequest(`/assignments/${encodeURIComponent(assignmentId)}/contribution`, {
    method: 'PUT',
    body: request,
    schema: ZContribution,
  });
}

/** The stored version carried by a 409 save conflict, or null for any other error. */
export function conflictOf(error: unknown): TStoredVersion | null {
  if (!isApiError(error) || error.status !== 409) return null;
  const details = ZContributionConflict.shape.details.safeParse(error.details);
  return details.success ? details.data.current : null;
}

export function useSaveContribution(assignmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: TSaveContributionRequest) => saveContribution(assignmentId, request),
    onSuccess: async (contribution) => {
      queryClient.setQueryData(queryKeys.contribution(assignmentId), contribution);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.revisions(assignmentId) }),
        // The state may have moved from "not started" to "drafting".
        queryClient.invalidateQueries({ queryKey: queryKeys.myAssignments }),
        queryClient.invalidateQueries({ queryKey: queryKeys.reviews }),
      ]);
    },
  });
}
