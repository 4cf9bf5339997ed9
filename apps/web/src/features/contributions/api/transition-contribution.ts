import { type TContribution, type TTransitionRequest, ZContribution } from '@gcm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** POST /api/assignments/:assignmentId/transitions — submit, request changes, accept, reopen. */
export function transitionContribution(
  assignmentId: string,
  request: TTransitionRequest,
): Promise<TContribution> {
  return apiRequest(`/assignments/${encodeURIComponent(assignmentId)}/transitions`, {
    method: 'POST',
    body: request,
    schema: ZContribution,
  });
}

export function useTransitionContribution(assignmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: TTransitionRequest) => transitionContribution(assignmentId, request),
    onSuccess: async (contribution) => {
      queryClient.setQueryData(queryKeys.contribution(assignmentId), contribution);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.reviews }),
        queryClient.invalidateQueries({ queryKey: queryKeys.myAssignments }),
        queryClient.invalidateQueries({ queryKey: queryKeys.revisions(assignmentId) }),
      ]);
    },
  });
}
