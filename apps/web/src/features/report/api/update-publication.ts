import { type TPublication, type TUpdatePublicationRequest, ZPublication } from '@gcm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** PUT /api/reviews/:reviewId/publication — give or withdraw the consent to publish, in any status. */
export function updatePublication(
  reviewId: string,
  request: TUpdatePublicationRequest,
): Promise<TPublication> {
  return apiRequest(`/reviews/${encodeURIComponent(reviewId)}/publication`, {
    method: 'PUT',
    body: request,
    schema: ZPublication,
  });
}

export function useUpdatePublication(reviewId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: TUpdatePublicationRequest) => updatePublication(reviewId, request),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.review(reviewId) });
      await queryClient.invalidateQueries({ queryKey: queryKeys.publicReports });
    },
  });
}
