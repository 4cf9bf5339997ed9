import { type TOutboxMessage, ZOutboxMessage } from '@gcm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { refreshAfterEmailChange } from './invalidate';

/**
 * POST /api/assignments/:assignmentId/remind → 202 with the queued reminder (coordinator).
 * 429 when one went out less than an hour ago; 409 when there is nothing to remind.
 */
export function remindNow(assignmentId: string): Promise<TOutboxMessage> {
  return apiRequest(`/assignments/${encodeURIComponent(assignmentId)}/remind`, {
    method: 'POST',
    schema: ZOutboxMessage,
  });
}

export function useRemindNow(assignmentId: string, reviewId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => remindNow(assignmentId),
    onSuccess: () => refreshAfterEmailChange(queryClient, reviewId),
  });
}
