import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-client';
import { queryKeys } from './query-keys';

const MAX_RETRIES = 2;

/** Retry what may pass next time (network, 5xx); an answer such as 404 or 400 will not change. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  if (isApiError(error)) return error.status === 0 || error.status >= 500;
  return true;
}

export interface QueryClientOptions {
  /** Tests turn retries off. */
  retry?: typeof shouldRetry | false;
  gcTime?: number;
}

/**
 * The session ended on the server (expired, signed out elsewhere): any 401 marks the cached session
 * as signed out, and the route guard then sends the person to /sign-in?next=<where they were>.
 * Only while a session is cached, so a wrong password on the sign-in page changes nothing.
 */
function onUnauthenticated(queryClient: QueryClient, error: unknown): void {
  if (!isApiError(error) || error.status !== 401) return;
  if (queryClient.getQueryData(queryKeys.session)) queryClient.setQueryData(queryKeys.session, null);
}

export function createQueryClient(options: QueryClientOptions = {}): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => onUnauthenticated(queryClient, error) }),
    mutationCache: new MutationCache({ onError: (error) => onUnauthenticated(queryClient, error) }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: options.retry ?? shouldRetry,
        ...(options.gcTime !== undefined ? { gcTime: options.gcTime } : {}),
      },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
