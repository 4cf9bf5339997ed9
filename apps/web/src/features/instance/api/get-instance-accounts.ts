import { type TInstanceAccountsResponse, ZInstanceAccountsResponse } from '@gcm/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/instance/accounts — every account of the installation (administrator). */
export function getInstanceAccounts(signal?: AbortSignal): Promise<TInstanceAccountsResponse> {
  return apiRequest('/instance/accounts', {
    schema: ZInstanceAccountsResponse,
    ...(signal ? { signal } : {}),
  });
}

export function instanceAccountsQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.instanceAccounts,
    queryFn: ({ signal }) => getInstanceAccounts(signal),
  });
}

export function useInstanceAccounts() {
  return useQuery(instanceAccountsQueryOptions());
}
