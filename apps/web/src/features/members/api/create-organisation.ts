import { type TCreateOrganisationRequest, type TOrganisation, ZOrganisation } from '@gcm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** POST /api/reviews/:reviewId/organisations */
export function createOrganisation(
  reviewId: string,
  request: TCreateOrganisationRequest,
): Promise<TOrganisation> {
  return apiRequest(`/reviews/${encodeURIComponent(reviewId)}/organisations`, {
    method: 'POST',
    body: request,
    schema: ZOrganisation,
  });
}

export function useCreateOrganisation(reviewId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: TCreateOrganisationRequest) => createOrganisation(reviewId, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.reviewOrganisations(reviewId) }),
  });
}
