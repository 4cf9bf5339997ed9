import type { TBulkAssignRequest } from '@gcm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, noContent } from '../../../lib/api-client';
import { refreshAfterAssignmentChange } from './invalidate';

/**
 * POST /api/reviews/:reviewId/assignments/bulk — all or nothing. The answer's body is not read:
 * the matrix reloads the review's assignments afterwards.
 */
export function bulkAssign(reviewId: string, request: TBulkAssignRequest): Promise<void> {
  return apiRequest(`/reviews/${encodeURIComponent(reviewId)}/assignments/bulk`, {
    method: 'POST',
    body: request,
    schema: noContent,
  });
}

export function useBulkAssign(reviewId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: TBulkAssignRequest) => bulkAssign(reviewId, request),
    onSuccess: () => refreshAfterAssignmentChange(queryClient, reviewId),
  });
}
