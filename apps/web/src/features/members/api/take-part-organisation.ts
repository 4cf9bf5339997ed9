import { type TOrganisation, ZOrganisation } from '@gcm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { invalidateReviewOrganisations } from './invalidate';

/** PUT /api/reviews/:reviewId/organisations/:organisationId — a directory organisation takes part. */
export function takePartOrganisation(reviewId: string, organisationId: string): Promise<TOrganisation> {
  return apiRequest(
    `/reviews/${encodeURIComponent(reviewId)}/organisations/${encodeURIComponent(organisationId)}`,
    { method: 'PUT', schema: ZOrganisation },
  );
}

export function useTakePartOrganisation(reviewId: string, workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (organisationId: string) => takePartOrganisation(reviewId, organisationId),
    onSuccess: () => invalidateReviewOrganisations(queryClient, reviewId, workspaceId),
  });
}
