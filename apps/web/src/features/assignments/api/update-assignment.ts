import { type TAssignment, type TUpdateAssignmentRequest, ZAssignment } from '@gcm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { refreshAfterAssignmentChange } from './invalidate';

/** PATCH /api/assignments/:assignmentId — due date, role, organisation (reassign), focal points; stale version → 409. */
export function updateAssignment(
  assignmentId: string,
  request: TUpdateAssignmentRequest,
): Promise<TAssignment> {
  return apiRequest(`/assignments/${encodeURIComponent(assignmentId)}`, {
    method: 'PATCH',
    body: request,
    schema: ZAssignment,
  });
}

export function useUpdateAssignment(reviewId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ assignmentId, request }: { assignmentId: string; request: TUpdateAssignmentRequest }) =>
      updateAssignment(assignmentId, request),
    onSettled: () => refreshAfterAssignmentChange(queryClient, reviewId),
  });
}
