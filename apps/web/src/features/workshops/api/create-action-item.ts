import { type TActionItem, type TCreateActionItemRequest, ZActionItem } from '@gcm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { refreshAfterWorkshopChange } from './invalidate';

/** POST /api/workshops/:workshopId/action-items → 201 with the action item (coordinator). */
export function createActionItem(
  workshopId: string,
  request: TCreateActionItemRequest,
): Promise<TActionItem> {
  return apiRequest(`/workshops/${encodeURIComponent(workshopId)}/action-items`, {
    method: 'POST',
    body: request,
    schema: ZActionItem,
  });
}

export function useCreateActionItem(workshop: { id: string; reviewId: string }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: TCreateActionItemRequest) => createActionItem(workshop.id, request),
    onSuccess: () => refreshAfterWorkshopChange(queryClient, workshop),
  });
}
