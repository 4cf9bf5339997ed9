import { type TCreateReviewRequest, type TReviewDetail, ZReviewDetail } from '@gcm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** POST /api/reviews — the signed-in person becomes its coordinator. */
export function createReview(request: TCreateReviewRequest): Promise<TReviewDetail> {
  return apiRequest('/reviews', { method: 'POST', body: request, schema: ZReviewDetail });
}

export function useCreateReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createReview,
    onSuccess: async (review) => {
      queryClient.setQueryData(queryKeys.review(review.id), review);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.reviews, exact: true }),
        queryClient.invalidateQueries({ queryKey: queryKeys.session }),
      ]);
    },
  });
}
