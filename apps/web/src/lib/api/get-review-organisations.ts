import { type TOrganisationList, ZOrganisationList } from '@gcm/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../api-client';
import { queryKeys } from '../query-keys';

/** GET /api/reviews/:reviewId/organisations — the people page and the columns of the assignment matrix. */
export function getReviewOrganisations(reviewId: string, signal?: AbortSignal): Promise<TOrganisationList> {
  return apiRequest(`/reviews/${encodeURIComponent(reviewId)}/organisations`, {
    schema: ZOrganisationList,
    ...(signal ? { signal } : {}),
  });
}

export function reviewOrganisationsQueryOptions(reviewId: string) {
  return queryOptions({
    queryKey: queryKeys.reviewOrganisations(reviewId),
    queryFn: ({ signal }) => getReviewOrganisations(reviewId, signal),
  });
}

export function useReviewOrganisations(reviewId: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...reviewOrganisationsQueryOptions(reviewId), enabled: options.enabled ?? true });
}
