import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '../app/providers';
import { preloadPages, routes } from '../app/routes';
import { createQueryClient } from '../lib/query-client';

// Every page and catalogue loaded before the file's tests: a page renders at once, and a click on a
// link shows the next page at once, as the app does once a page has been downloaded (app/routes.tsx).
beforeAll(() => preloadPages());

/** Renders the whole app (shell included) at `path`, with a fresh cache and no retries. */
export function renderRoute(path: string) {
  const queryClient = createQueryClient({ retry: false, gcTime: Number.POSITIVE_INFINITY });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const result = render(
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...result, router, queryClient };
}

/** The JSON body a stubbed `fetch` received in its `n`-th call (0-based) to `key` ("PUT /api/…"). */
export function sentBody(fetchMock: jest.Mock, key: string, n = 0): unknown {
  const calls = fetchMock.mock.calls.filter(([input, init]) => {
    const url = typeof input === 'string' ? input : String(input);
    return `${((init as RequestInit | undefined)?.method ?? 'GET').toUpperCase()} ${url}` === key;
  });
  const init = calls[n]?.[1] as RequestInit | undefined;
  if (!init) throw new Error(`No call ${n} to ${key} (${calls.length} made)`);
  return typeof init.body === 'string' ? JSON.parse(init.body) : init.body;
}

/** How many times a stubbed `fetch` was called with `key` ("POST /api/…"). */
export function callCount(fetchMock: jest.Mock, key: string): number {
  return fetchMock.mock.calls.filter(([input, init]) => {
    const url = typeof input === 'string' ? input : String(input);
    return `${((init as RequestInit | undefined)?.method ?? 'GET').toUpperCase()} ${url}` === key;
  }).length;
}
