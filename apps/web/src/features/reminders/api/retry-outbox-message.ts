import { type TOutboxMessage, ZOutboxMessage } from '@gcm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { refreshAfterEmailChange } from './invalidate';

/** POST /api/outbox/:messageId/retry → 202 with the e-mail, queued again; 409 unless it had failed. */
export function retryOutboxMessage(messageId: string): Promise<TOutboxMessage> {
  return apiRequest(`/outbox/${encodeURIComponent(messageId)}/retry`, {
    method: 'POST',
    schema: ZOutboxMessage,
  });
}

export function useRetryOutboxMessage(reviewId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (messageId: string) => retryOutboxMessage(messageId),
    // A 409 means someone retried it already: refresh either way.
    onSettled: () => refreshAfterEmailChange(queryClient, reviewId),
  });
}
