import {
  type TBulkAssignRequest,
  type TListAssignmentsResponse,
  ZListAssignmentsResponse,
} from '@gcm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, isApiError } from '../../../lib/api-client';
import { refreshAfterAssignmentChange } from './invalidate';

/**
 * POST /api/reviews/:reviewId/assignments/bulk — new assignments and focal point changes, all or
 * nothing. The matrix reloads the review's assignments afterwards.
 */
export function bulkAssign(reviewId: string, request: TBulkAssignRequest): Promise<TListAssignmentsResponse> {
  return apiRequest(`/reviews/${encodeURIComponent(reviewId)}/assignments/bulk`, {
    method: 'POST',
    body: request,
    schema: ZListAssignmentsResponse,
  });
}

export function useBulkAssign(reviewId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: TBulkAssignRequest) => bulkAssign(reviewId, request),
    onSuccess: () => refreshAfterAssignmentChange(queryClient, reviewId),
    // Someone changed an assignment meanwhile: reload, so the next try carries the new versions.
    onError: (error) => {
      if (isApiError(error) && error.status === 409) void refreshAfterAssignmentChange(queryClient, reviewId);
    },
  });
}
