import { type TCurrentPerson, type TSignInRequest, ZCurrentPerson } from '@gcm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { resetCacheForSession } from '../../../lib/query-keys';

/** POST /api/auth/sign-in — 401 wrong e-mail or password, 429 too many attempts. */
export function signIn(request: TSignInRequest): Promise<TCurrentPerson> {
  return apiRequest('/auth/sign-in', { method: 'POST', body: request, schema: ZCurrentPerson });
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (person) => {
      resetCacheForSession(queryClient, person);
    },
  });
}
