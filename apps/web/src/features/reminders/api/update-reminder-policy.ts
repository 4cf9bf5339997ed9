import {
  type TReminderPolicyResponse,
  type TUpdateReminderPolicyRequest,
  ZReminderPolicyResponse,
} from '@gcm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { refreshAfterEmailChange } from './invalidate';

/**
 * PUT /api/reviews/:reviewId/reminder-policy — only the changed fields and the version the form was
 * loaded with; stale → 409. The version is the review's own, so the review is refreshed as well.
 */
export function updateReminderPolicy(
  reviewId: string,
  request: TUpdateReminderPolicyRequest,
): Promise<TReminderPolicyResponse> {
  return apiRequest(`/reviews/${encodeURIComponent(reviewId)}/reminder-policy`, {
    method: 'PUT',
    body: request,
    schema: ZReminderPolicyResponse,
  });
}

export function useUpdateReminderPolicy(reviewId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: TUpdateReminderPolicyRequest) => updateReminderPolicy(reviewId, request),
    onSuccess: async (response) => {
      queryClient.setQueryData(queryKeys.reminderPolicy(reviewId), response);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.review(reviewId), exact: true }),
        // Planned reminders were re-planned for the new policy.
        refreshAfterEmailChange(queryClient, reviewId),
      ]);
    },
  });
}
