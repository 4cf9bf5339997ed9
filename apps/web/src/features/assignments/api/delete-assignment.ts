import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, noContent } from '../../../lib/api-client';
import { refreshAfterAssignmentChange } from './invalidate';

/** DELETE /api/assignments/:assignmentId */
export function deleteAssignment(assignmentId: string): Promise<void> {
  return apiRequest(`/assignments/${encodeURIComponent(assignmentId)}`, {
    method: 'DELETE',
    schema: noContent,
  });
}

export function useDeleteAssignment(reviewId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteAssignment,
    onSuccess: () => refreshAfterAssignmentChange(queryClient, reviewId),
  });
}
