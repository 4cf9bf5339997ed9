import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys';

/**
 * After a change of the review's questions: the review (its questions, shown on most screens),
 * the question's consolidation screen (its guidance) and the report (its outline).
 */
export function refreshAfterQuestionChange(
  queryClient: QueryClient,
  reviewId: string,
  code: string,
): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.review(reviewId), exact: true }),
    queryClient.invalidateQueries({ queryKey: queryKeys.consolidation(reviewId, code) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.reportAll(reviewId) }),
  ]);
}
