import { type TOutboxPreview, ZOutboxPreview } from '@gcm/domain';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/outbox/:messageId/preview — the e-mail as it will go out (planned) or as it went (coordinator). */
export function getOutboxPreview(messageId: string, signal?: AbortSignal): Promise<TOutboxPreview> {
  return apiRequest(`/outbox/${encodeURIComponent(messageId)}/preview`, {
    schema: ZOutboxPreview,
    ...(signal ? { signal } : {}),
  });
}

export function useOutboxPreview(reviewId: string, messageId: string) {
  return useQuery({
    queryKey: queryKeys.outboxPreview(reviewId, messageId),
    queryFn: ({ signal }) => getOutboxPreview(messageId, signal),
  });
}
