import { type TActionItem, type TUpdateActionItemRequest, ZActionItem } from '@gcm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { refreshAfterWorkshopChange } from './invalidate';

/** PATCH /api/action-items/:actionItemId — state, owner, due date or text, with its version; stale → 409. */
export function updateActionItem(
  actionItemId: string,
  request: TUpdateActionItemRequest,
): Promise<TActionItem> {
  return apiRequest(`/action-items/${encodeURIComponent(actionItemId)}`, {
    method: 'PATCH',
    body: request,
    schema: ZActionItem,
  });
}

export function useUpdateActionItem(workshop: { id: string; reviewId: string }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ actionItemId, request }: { actionItemId: string; request: TUpdateActionItemRequest }) =>
      updateActionItem(actionItemId, request),
    // A 409 means someone else changed it: show theirs either way.
    onSettled: () => refreshAfterWorkshopChange(queryClient, workshop),
  });
}
