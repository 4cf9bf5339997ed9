import { type TMethodologyDraft, ZMethodologyDraft } from '@gcm/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/reviews/:reviewId/methodology-draft — a draft answer to the methodology question (ESCAP 2020: question 9) written from the workshops. */
export function getMethodologyDraft(reviewId: string, signal?: AbortSignal): Promise<TMethodologyDraft> {
  return apiRequest(`/reviews/${encodeURIComponent(reviewId)}/methodology-draft`, {
    schema: ZMethodologyDraft,
    ...(signal ? { signal } : {}),
  });
}

export function methodologyDraftQueryOptions(reviewId: string) {
  return queryOptions({
    queryKey: queryKeys.methodologyDraft(reviewId),
    queryFn: ({ signal }) => getMethodologyDraft(reviewId, signal),
  });
}

/** Loaded on demand (`enabled`), when the coordinator asks for the draft. */
export function useMethodologyDraft(reviewId: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...methodologyDraftQueryOptions(reviewId), enabled: options.enabled ?? true });
}
