import type { TCurrentPerson, TSignInRequest } from '@gcm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { currentPersonSchema } from '../../../lib/api/get-session';
import { apiRequest, loadPart } from '../../../lib/api-client';
import { loadProblemMessages } from '../../../lib/i18n/problem-locale';
import { resetCacheForSession } from '../../../lib/query-keys';

/** POST /api/auth/sign-in — 401 wrong e-mail or password, 429 too many attempts. */
export async function signIn(request: TSignInRequest): Promise<TCurrentPerson> {
  return apiRequest('/auth/sign-in', { method: 'POST', body: request, schema: await currentPersonSchema() });
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

/**
 * What the sign-in form needs to check itself: its schema (with zod) and the problem messages in
 * the screen's language. Not in the app's first script (docs/decisions/0025-web-serving.md): the
 * page asks for it once it is on the screen, and awaits it when the form is sent.
 */
export function loadSignInCheck() {
  return loadPart(() => Promise.all([import('./sign-in-contract'), loadProblemMessages()])).then(
    ([module]) => module.ZSignInRequest,
  );
}
