import { type TTimelineResponse, ZTimelineResponse } from '@gcm/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/reviews/:reviewId/timeline — due dates, submissions and reminders in date order (any member). */
export function getReviewTimeline(reviewId: string, signal?: AbortSignal): Promise<TTimelineResponse> {
  return apiRequest(`/reviews/${encodeURIComponent(reviewId)}/timeline`, {
    schema: ZTimelineResponse,
    ...(signal ? { signal } : {}),
  });
}

export function reviewTimelineQueryOptions(reviewId: string) {
  return queryOptions({
    queryKey: queryKeys.reviewTimeline(reviewId),
    queryFn: ({ signal }) => getReviewTimeline(reviewId, signal),
  });
}

export function useReviewTimeline(reviewId: string) {
  return useQuery(reviewTimelineQueryOptions(reviewId));
}
