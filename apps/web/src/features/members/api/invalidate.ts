import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys';

/** After an organisation joins or leaves a review: the review's screens and the directory's counts. */
export function invalidateReviewOrganisations(
  queryClient: QueryClient,
  reviewId: string,
  workspaceId: string,
): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.review(reviewId) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.workspace(workspaceId) }),
  ]).then(() => undefined);
}
