import { type TOrganisation, type TUpdateOrganisationRequest, ZOrganisation } from '@gcm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** PATCH /api/reviews/:reviewId/organisations/:organisationId */
export function updateOrganisation(
  reviewId: string,
  organisationId: string,
  request: TUpdateOrganisationRequest,
): Promise<TOrganisation> {
  return apiRequest(
    `/reviews/${encodeURIComponent(reviewId)}/organisations/${encodeURIComponent(organisationId)}`,
    { method: 'PATCH', body: request, schema: ZOrganisation },
  );
}

export function useUpdateOrganisation(reviewId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      organisationId,
      request,
    }: {
      organisationId: string;
      request: TUpdateOrganisationRequest;
    }) => updateOrganisation(reviewId, organisationId, request),
    // Names show on the review page and in the matrix too.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.review(reviewId) }),
  });
}
