import { type TWorkshop, ZWorkshop } from '@gcm/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/workshops/:workshopId — details, participants, action items and the attendance summary. */
export function getWorkshop(workshopId: string, signal?: AbortSignal): Promise<TWorkshop> {
  return apiRequest(`/workshops/${encodeURIComponent(workshopId)}`, {
    schema: ZWorkshop,
    ...(signal ? { signal } : {}),
  });
}

export function workshopQueryOptions(workshopId: string) {
  return queryOptions({
    queryKey: queryKeys.workshop(workshopId),
    queryFn: ({ signal }) => getWorkshop(workshopId, signal),
  });
}

export function useWorkshop(workshopId: string) {
  return useQuery(workshopQueryOptions(workshopId));
}
