import { type TListAuditResponse, ZListAuditResponse } from '@gcm/domain';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export const AUDIT_PAGE_SIZE = 50;

export interface AuditQuery {
  questionId: string | null;
  before?: string | undefined;
}

/** The address of one page: /reviews/:id/audit?questionId=…&before=…&limit=50 */
export function auditPath(reviewId: string, { questionId, before }: AuditQuery): string {
  const params = new URLSearchParams();
  if (questionId) params.set('questionId', questionId);
  if (before) params.set('before', before);
  params.set('limit', String(AUDIT_PAGE_SIZE));
  return `/reviews/${encodeURIComponent(reviewId)}/audit?${params.toString()}`;
}

/** GET /api/reviews/:reviewId/audit — newest first; `nextBefore` is the cursor of the next page (coordinator). */
export function getReviewAudit(
  reviewId: string,
  query: AuditQuery,
  signal?: AbortSignal,
): Promise<TListAuditResponse> {
  return apiRequest(auditPath(reviewId, query), {
    schema: ZListAuditResponse,
    ...(signal ? { signal } : {}),
  });
}

export function reviewAuditQueryOptions(reviewId: string, questionId: string | null) {
  return infiniteQueryOptions({
    queryKey: queryKeys.reviewAudit(reviewId, questionId),
    queryFn: ({ pageParam, signal }) => getReviewAudit(reviewId, { questionId, before: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextBefore ?? undefined,
  });
}

export function useReviewAudit(reviewId: string, questionId: string | null) {
  return useInfiniteQuery(reviewAuditQueryOptions(reviewId, questionId));
}
