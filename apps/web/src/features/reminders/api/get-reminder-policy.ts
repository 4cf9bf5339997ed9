import { type TReminderPolicyResponse, ZReminderPolicyResponse } from '@gcm/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/reviews/:reviewId/reminder-policy — the policy and the review's version to save it with. */
export function getReminderPolicy(reviewId: string, signal?: AbortSignal): Promise<TReminderPolicyResponse> {
  return apiRequest(`/reviews/${encodeURIComponent(reviewId)}/reminder-policy`, {
    schema: ZReminderPolicyResponse,
    ...(signal ? { signal } : {}),
  });
}

export function reminderPolicyQueryOptions(reviewId: string) {
  return queryOptions({
    queryKey: queryKeys.reminderPolicy(reviewId),
    queryFn: ({ signal }) => getReminderPolicy(reviewId, signal),
  });
}

export function useReminderPolicy(reviewId: string) {
  return useQuery(reminderPolicyQueryOptions(reviewId));
}
