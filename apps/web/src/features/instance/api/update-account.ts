import { type TInstanceAccount, type TUpdateAccountRequest, ZInstanceAccount } from '@gcm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, isApiError } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** PATCH /api/instance/accounts/:personId — grant or withdraw starting reviews, suspend or restore; 409 stale. */
export function updateAccount(personId: string, request: TUpdateAccountRequest): Promise<TInstanceAccount> {
  return apiRequest(`/instance/accounts/${encodeURIComponent(personId)}`, {
    method: 'PATCH',
    body: request,
    schema: ZInstanceAccount,
  });
}

export function useUpdateAccount(personId: string) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.instance });
  return useMutation({
    mutationFn: (request: TUpdateAccountRequest) => updateAccount(personId, request),
    onSuccess: refresh,
    // Someone changed the account meanwhile: show it as it is now, beside the conflict message.
    onError: (error) => (isApiError(error) && error.status === 409 ? refresh() : undefined),
  });
}
