import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys';

/**
 * After anything that adds, re-plans or retries e-mails: every outbox listing of the review and the
 * reminders shown in the editors (`['assignments', id, 'reminders']`).
 */
export function refreshAfterEmailChange(queryClient: QueryClient, reviewId: string): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.reviewOutboxAll(reviewId) }),
    queryClient.invalidateQueries({
      predicate: (query) =>
        query.queryKey[0] === queryKeys.assignments[0] && query.queryKey[2] === 'reminders',
    }),
  ]);
}
