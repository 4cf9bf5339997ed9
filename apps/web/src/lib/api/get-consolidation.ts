import { type TConsolidation, ZConsolidation } from '@gcm/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../api-client';
import { queryKeys } from '../query-keys';

export function questionPath(reviewId: string, code: string): string {
  return `/reviews/${encodeURIComponent(reviewId)}/questions/${encodeURIComponent(code)}`;
}

/** GET /api/reviews/:reviewId/questions/:code/consolidation — the consolidation page, and the questionnaire page (answer status). */
export function getConsolidation(
  reviewId: string,
  code: string,
  signal?: AbortSignal,
): Promise<TConsolidation> {
  return apiRequest(`${questionPath(reviewId, code)}/consolidation`, {
    schema: ZConsolidation,
    ...(signal ? { signal } : {}),
  });
}

export function consolidationQueryOptions(reviewId: string, code: string) {
  return queryOptions({
    queryKey: queryKeys.consolidation(reviewId, code),
    queryFn: ({ signal }) => getConsolidation(reviewId, code, signal),
  });
}

export function useConsolidation(reviewId: string, code: string) {
  return useQuery(consolidationQueryOptions(reviewId, code));
}
