import { type TCreateReviewRequest, type TInstanceReview, ZInstanceReview } from '@gcm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/**
 * POST /api/instance/reviews — starts a country's review and e-mails its coordinator an invitation;
 * the administrator takes no part in it. 409 when the country already has a review for the cycle.
 */
export function startReview(request: TCreateReviewRequest): Promise<TInstanceReview> {
  return apiRequest('/instance/reviews', { method: 'POST', body: request, schema: ZInstanceReview });
}

export function useStartReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startReview,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.instance }),
  });
}
