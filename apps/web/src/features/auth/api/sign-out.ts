import { useMutation } from '@tanstack/react-query';
import { apiRequest, noContent } from '../../../lib/api-client';

/**
 * Navigation state of the sign-in page after "Sign out": that page then forgets every cached answer.
 * It is done there, not in the button, because the signed-in pages must be gone first (a mounted
 * page would load its data again at once).
 */
export const SIGNED_OUT_STATE = { signedOut: true } as const;

/** POST /api/auth/sign-out → 204 */
export function signOut(): Promise<void> {
  return apiRequest('/auth/sign-out', { method: 'POST', schema: noContent });
}

export function useSignOut() {
  return useMutation({ mutationFn: signOut });
}
