import { type TVoteReminderResponse, ZVoteReminderResponse } from '@gcm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** POST /api/votes/:voteId/remind → how many e-mails were queued to eligible voters who have not voted. */
export function remindVoters(voteId: string): Promise<TVoteReminderResponse> {
  return apiRequest(`/votes/${encodeURIComponent(voteId)}/remind`, {
    method: 'POST',
    schema: ZVoteReminderResponse,
  });
}

export function useRemindVoters(round: { id: string; reviewId: string }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => remindVoters(round.id),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.reviewOutboxAll(round.reviewId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.voteNonVoters(round.id) }),
      ]),
  });
}
