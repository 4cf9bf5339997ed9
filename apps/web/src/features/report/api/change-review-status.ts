import { type TReviewStatusChange, ZReviewStatusChange } from '@gcm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** The two steps after the report is sent: closing a submitted review, archiving a closed one. */
export type TLifeCycleStep = 'close' | 'archive';

/** POST /api/reviews/:reviewId/close and …/archive. */
export function changeReviewStatus(reviewId: string, step: TLifeCycleStep): Promise<TReviewStatusChange> {
  return apiRequest(`/reviews/${encodeURIComponent(reviewId)}/${step}`, {
    method: 'POST',
    schema: ZReviewStatusChange,
  });
}

export function useChangeReviewStatus(reviewId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (step: TLifeCycleStep) => changeReviewStatus(reviewId, step),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.reviews }),
  });
}
