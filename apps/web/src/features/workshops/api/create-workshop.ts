import { type TCreateWorkshopRequest, type TWorkshop, ZWorkshop } from '@gcm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** POST /api/reviews/:reviewId/workshops → 201 with the workshop (coordinator). */
export function createWorkshop(reviewId: string, request: TCreateWorkshopRequest): Promise<TWorkshop> {
  return apiRequest(`/reviews/${encodeURIComponent(reviewId)}/workshops`, {
    method: 'POST',
    body: request,
    schema: ZWorkshop,
  });
}

export function useCreateWorkshop(reviewId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: TCreateWorkshopRequest) => createWorkshop(reviewId, request),
    onSuccess: async (workshop) => {
      queryClient.setQueryData(queryKeys.workshop(workshop.id), workshop);
      await queryClient.invalidateQueries({ queryKey: queryKeys.reviewWorkshops(reviewId) });
    },
  });
}
