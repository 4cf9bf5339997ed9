import type { TCurrentPerson } from '@gcm/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest, isApiError, loadPart } from '../api-client';
import { queryKeys } from '../query-keys';

/** The contract's schema of the signed-in person, loaded on first use (lib/api/session-contract.ts). */
export function currentPersonSchema() {
  return loadPart(() => import('./session-contract')).then((module) => module.ZCurrentPerson);
}

/** GET /api/auth/me — the signed-in person, or null when nobody is signed in (401). */
export async function getSession(signal?: AbortSignal): Promise<TCurrentPerson | null> {
  try {
    return await apiRequest('/auth/me', {
      schema: await currentPersonSchema(),
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export function sessionQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.session,
    queryFn: ({ signal }) => getSession(signal),
  });
}

/** Shared by the app shell (name, sign out) and the guard of the signed-in routes. */
export function useSession(options: { enabled?: boolean } = {}) {
  return useQuery({ ...sessionQueryOptions(), enabled: options.enabled ?? true });
}
