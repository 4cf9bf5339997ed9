import { type TAssignment, type TCreateAssignmentRequest, ZAssignment } from '@gcm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { refreshAfterAssignmentChange } from './invalidate';

/** POST /api/reviews/:reviewId/assignments */
export function createAssignment(reviewId: string, request: TCreateAssignmentRequest): Promise<TAssignment> {
  return apiRequest(`/reviews/${encodeURIComponent(reviewId)}/assignments`, {
    method: 'POST',
    body: request,
    schema: ZAssignment,
  });
}

export function useCreateAssignment(reviewId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: TCreateAssignmentRequest) => createAssignment(reviewId, request),
    onSuccess: () => refreshAfterAssignmentChange(queryClient, reviewId),
  });
}
