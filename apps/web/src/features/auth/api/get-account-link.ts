import { type TAccountLinkPreview, ZAccountLinkPreview } from '@gcm/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/account-links/:token — 404 unknown, expired or replaced, 409 already used. */
export function getAccountLink(token: string, signal?: AbortSignal): Promise<TAccountLinkPreview> {
  return apiRequest(`/account-links/${encodeURIComponent(token)}`, {
    schema: ZAccountLinkPreview,
    ...(signal ? { signal } : {}),
  });
}

export function accountLinkQueryOptions(token: string) {
  return queryOptions({
    queryKey: queryKeys.accountLink(token),
    queryFn: ({ signal }) => getAccountLink(token, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useAccountLink(token: string) {
  return useQuery(accountLinkQueryOptions(token));
}
