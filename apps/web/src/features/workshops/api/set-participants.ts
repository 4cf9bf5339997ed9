import { type TSetParticipantsRequest, type TWorkshop, ZWorkshop } from '@gcm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { refreshAfterWorkshopChange } from './invalidate';

/**
 * PUT /api/workshops/:workshopId/participants — the whole list, with the workshop's version; the
 * answer is the workshop with its attendance summary counted again. Stale version → 409.
 */
export function setParticipants(workshopId: string, request: TSetParticipantsRequest): Promise<TWorkshop> {
  return apiRequest(`/workshops/${encodeURIComponent(workshopId)}/participants`, {
    method: 'PUT',
    body: request,
    schema: ZWorkshop,
  });
}

export function useSetParticipants(workshop: { id: string; reviewId: string }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: TSetParticipantsRequest) => setParticipants(workshop.id, request),
    onSuccess: (fresh) => refreshAfterWorkshopChange(queryClient, workshop, fresh),
  });
}
