import { type TCreateAccountRequest, type TInstanceAccount, ZInstanceAccount } from '@gcm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** POST /api/instance/accounts — adds a person and e-mails them an activation link (administrator). */
export function createAccount(request: TCreateAccountRequest): Promise<TInstanceAccount> {
  return apiRequest('/instance/accounts', { method: 'POST', body: request, schema: ZInstanceAccount });
}

export function useCreateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAccount,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.instance }),
  });
}
