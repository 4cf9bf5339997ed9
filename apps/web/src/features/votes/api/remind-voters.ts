import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, type ResponseSchema } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

const queuedReminders: ResponseSchema<{ queued: number }> = {
  safeParse(data) {
    const queued = (data as { queued?: unknown } | null | undefined)?.queued;
    return typeof queued === 'number' && Number.isInteger(queued)
      ? { success: true, data: { queued } }
      : { success: false, error: new Error('expected { queued: <number> }') };
  },
};

/** POST /api/votes/:voteId/remind → how many e-mails were queued to eligible voters who have not voted. */
export function remindVoters(voteId: string): Promise<{ queued: number }> {
  return apiRequest(`/votes/${encodeURIComponent(voteId)}/remind`, {
    method: 'POST',
    schema: queuedReminders,
  });
}

export function useRemindVoters(round: { id: string; reviewId: string }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => remindVoters(round.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.reviewOutboxAll(round.reviewId) }),
  });
}
