import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, noContent } from '../../../lib/api-client';
import { invalidateReviewOrganisations } from './invalidate';

/**
 * DELETE /api/reviews/:reviewId/organisations/:organisationId → 204; 409 while the review refers to it
 * (members, assignments). It stays in the country directory.
 */
export function removeReviewOrganisation(reviewId: string, organisationId: string): Promise<void> {
  return apiRequest(
    `/reviews/${encodeURIComponent(reviewId)}/organisations/${encodeURIComponent(organisationId)}`,
    { method: 'DELETE', schema: noContent },
  );
}

export function useRemoveReviewOrganisation(reviewId: string, workspaceId: string, organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => removeReviewOrganisation(reviewId, organisationId),
    onSuccess: () => invalidateReviewOrganisations(queryClient, reviewId, workspaceId),
  });
}
