import { type TCurrentPerson, type TUseAccountLinkRequest, ZCurrentPerson } from '@gcm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { resetCacheForSession } from '../../../lib/query-keys';

/** POST /api/account-links/:token — sets the password (once) and signs in. */
export function redeemAccountLink(token: string, request: TUseAccountLinkRequest): Promise<TCurrentPerson> {
  return apiRequest(`/account-links/${encodeURIComponent(token)}`, {
    method: 'POST',
    body: request,
    schema: ZCurrentPerson,
  });
}

export function useRedeemAccountLink(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: TUseAccountLinkRequest) => redeemAccountLink(token, request),
    onSuccess: (person) => {
      resetCacheForSession(queryClient, person);
    },
  });
}
