import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys';

/** After a workshop changed: its own page (given the new one when the API returned it) and the review's list. */
export function refreshAfterWorkshopChange(
  queryClient: QueryClient,
  workshop: { id: string; reviewId: string },
  fresh?: unknown,
): Promise<unknown> {
  if (fresh) queryClient.setQueryData(queryKeys.workshop(workshop.id), fresh);
  return Promise.all([
    fresh ? null : queryClient.invalidateQueries({ queryKey: queryKeys.workshop(workshop.id) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.reviewWorkshops(workshop.reviewId) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.methodologyDraft(workshop.reviewId) }),
  ]);
}
