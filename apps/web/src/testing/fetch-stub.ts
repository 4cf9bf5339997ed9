/**
 * The network is the one outside system of the web app: unit tests replace `fetch` with a table of
 * canned answers keyed by "METHOD /path". Anything not in the table fails loudly.
 */

export interface StubbedResponse {
  status: number;
  body?: unknown;
}

export type StubbedAnswer = StubbedResponse | (() => StubbedResponse | Promise<StubbedResponse>);

/** A minimal stand-in for the parts of `Response` the api-client reads. */
export function fakeResponse({ status, body }: StubbedResponse): Response {
  const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  return {
    ok: status >= 200 && status < 300,
    status,
    headers: { get: (name: string) => (name.toLowerCase() === 'content-type' ? 'application/json' : null) },
    text: async () => text,
    json: async () => JSON.parse(text) as unknown,
  } as unknown as Response;
}

/** A promise that never settles: the page stays in its loading state. */
export function never(): Promise<StubbedResponse> {
  return new Promise(() => undefined);
}

export function stubFetch(answers: Record<string, StubbedAnswer>): jest.Mock {
  const mock = jest.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const key = `${(init?.method ?? 'GET').toUpperCase()} ${url}`;
    const answer = answers[key];
    if (answer === undefined) throw new Error(`Unexpected request in test: ${key}`);
    return fakeResponse(typeof answer === 'function' ? await answer() : answer);
  });
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
}
