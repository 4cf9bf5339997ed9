import { type TAmendment, type TCreateAmendmentRequest, ZAmendment } from '@gcm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** POST /api/reviews/:reviewId/amendments — reopens chosen questions of the submitted report. */
export function createAmendment(reviewId: string, request: TCreateAmendmentRequest): Promise<TAmendment> {
  return apiRequest(`/reviews/${encodeURIComponent(reviewId)}/amendments`, {
    method: 'POST',
    body: request,
    schema: ZAmendment,
  });
}

export function useCreateAmendment(reviewId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: TCreateAmendmentRequest) => createAmendment(reviewId, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.review(reviewId) }),
  });
}
