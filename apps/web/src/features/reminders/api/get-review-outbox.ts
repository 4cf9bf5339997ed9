import { type TListOutboxResponse, type TOutboxStatus, ZListOutboxResponse } from '@gcm/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export interface OutboxFilter {
  status?: TOutboxStatus;
  assignmentId?: string;
  limit?: number;
  /** next_7_days: planned within a week, soonest first; recent: sent in the last week. */
  window?: 'next_7_days' | 'recent';
  organisationId?: string;
  /** A kind or a family: "reminder.escalation", "reminder", "assignment". */
  kind?: string;
}

/** The most the API lists at once; the dashboard and the Reminders tab share this listing. */
export const OUTBOX_LIMIT = 500;

/** /reviews/:id/outbox?status=…&assignmentId=…&limit=… */
export function outboxPath(
  reviewId: string,
  { status, assignmentId, limit, window, organisationId, kind }: OutboxFilter,
): string {
  const params = new URLSearchParams();
  if (status) params.set('status', status);
  if (assignmentId) params.set('assignmentId', assignmentId);
  if (window) params.set('window', window);
  if (organisationId) params.set('organisationId', organisationId);
  if (kind) params.set('kind', kind);
  if (limit !== undefined) params.set('limit', String(limit));
  const query = params.toString();
  return `/reviews/${encodeURIComponent(reviewId)}/outbox${query ? `?${query}` : ''}`;
}

/** GET /api/reviews/:reviewId/outbox — the review's e-mails, planned, sent and failed, newest first (coordinator). */
export function getReviewOutbox(
  reviewId: string,
  filter: OutboxFilter,
  signal?: AbortSignal,
): Promise<TListOutboxResponse> {
  return apiRequest(outboxPath(reviewId, filter), {
    schema: ZListOutboxResponse,
    ...(signal ? { signal } : {}),
  });
}

export function reviewOutboxQueryOptions(reviewId: string, filter: OutboxFilter) {
  return queryOptions({
    queryKey: queryKeys.reviewOutbox(reviewId, filter),
    queryFn: ({ signal }) => getReviewOutbox(reviewId, filter, signal),
  });
}

export function useReviewOutbox(reviewId: string, filter: OutboxFilter, options: { enabled?: boolean } = {}) {
  return useQuery({ ...reviewOutboxQueryOptions(reviewId, filter), enabled: options.enabled ?? true });
}
