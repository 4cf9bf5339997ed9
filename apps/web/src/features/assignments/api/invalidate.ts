import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys';

/** After any change to assignments: the review (its questions, matrix, progress, audit) and everyone's lists. */
export function refreshAfterAssignmentChange(queryClient: QueryClient, reviewId: string): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.review(reviewId) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.reviews, exact: true }),
    queryClient.invalidateQueries({ queryKey: queryKeys.myAssignments }),
    queryClient.invalidateQueries({ queryKey: queryKeys.assignments }),
  ]);
}
