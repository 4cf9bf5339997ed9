import { type TUpdateWorkshopRequest, type TWorkshop, ZWorkshop } from '@gcm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { refreshAfterWorkshopChange } from './invalidate';

/** PATCH /api/workshops/:workshopId — the changed fields and the version they were loaded at; stale → 409. */
export function updateWorkshop(workshopId: string, request: TUpdateWorkshopRequest): Promise<TWorkshop> {
  return apiRequest(`/workshops/${encodeURIComponent(workshopId)}`, {
    method: 'PATCH',
    body: request,
    schema: ZWorkshop,
  });
}

export function useUpdateWorkshop(workshop: { id: string; reviewId: string }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: TUpdateWorkshopRequest) => updateWorkshop(workshop.id, request),
    onSuccess: (fresh) => refreshAfterWorkshopChange(queryClient, workshop, fresh),
  });
}
