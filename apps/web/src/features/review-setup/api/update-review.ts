import { type TReviewDetail, type TUpdateReviewRequest, ZReviewDetail } from '@gcm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** PATCH /api/reviews/:reviewId — `version` is the one the form was loaded with; stale → 409. */
export function updateReview(reviewId: string, request: TUpdateReviewRequest): Promise<TReviewDetail> {
  return apiRequest(`/reviews/${encodeURIComponent(reviewId)}`, {
    method: 'PATCH',
    body: request,
    schema: ZReviewDetail,
  });
}

export function useUpdateReview(reviewId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: TUpdateReviewRequest) => updateReview(reviewId, request),
    onSuccess: async (review) => {
      queryClient.setQueryData(queryKeys.review(reviewId), review);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.reviews, exact: true }),
        // The reminder policy is saved with the review's version, which just changed.
        queryClient.invalidateQueries({ queryKey: queryKeys.reminderPolicy(reviewId) }),
      ]);
    },
  });
}
