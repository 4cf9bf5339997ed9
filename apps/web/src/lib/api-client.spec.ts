import { ZListReviewsResponse } from '@gcm/domain';
import { fakeResponse, stubFetch } from '../testing/fetch-stub';
import { ApiError, apiRequest, loadPart } from './api-client';
import { setProblemLocale } from './i18n/problem-locale';
import { shouldRetry } from './query-client';

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

describe('apiRequest', () => {
  it('returns the body once it matches the shared contract', async () => {
    const fetchMock = stubFetch({ 'GET /api/reviews': { status: 200, body: { reviews: [] } } });
    await expect(apiRequest('/reviews', { schema: ZListReviewsResponse })).resolves.toEqual({ reviews: [] });
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/reviews',
      expect.objectContaining({
        method: 'GET',
        headers: { Accept: 'application/json', 'Accept-Language': 'en' },
      }),
    );
  });

  it('asks for refusals in the language of the screens (what a signed-out person chose)', async () => {
    const fetchMock = stubFetch({ 'GET /api/reviews': { status: 200, body: { reviews: [] } } });
    setProblemLocale('ar');
    try {
      await apiRequest('/reviews', { schema: ZListReviewsResponse });
    } finally {
      setProblemLocale('en');
    }
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/reviews',
      expect.objectContaining({ headers: expect.objectContaining({ 'Accept-Language': 'ar' }) }),
    );
  });

  it('carries status, code, message and field errors of an error response', async () => {
    stubFetch({
      'GET /api/reviews': {
        status: 400,
        body: {
          statusCode: 400,
          code: 'VALIDATION',
          message: 'The query is not valid',
          fieldErrors: [{ path: 'status', message: 'must be one of setup, collecting' }],
        },
      },
    });
    const error = await failure(apiRequest('/reviews', { schema: ZListReviewsResponse }));
    expect(error).toMatchObject({ status: 400, code: 'VALIDATION', message: 'The query is not valid' });
    expect(error.fieldErrors).toEqual([{ path: 'status', message: 'must be one of setup, collecting' }]);
  });

  it('turns a network failure into a readable message', async () => {
    globalThis.fetch = jest
      .fn()
      .mockRejectedValue(new TypeError('Failed to fetch')) as unknown as typeof fetch;
    const error = await failure(apiRequest('/reviews', { schema: ZListReviewsResponse }));
    expect(error).toMatchObject({ status: 0, code: 'NETWORK' });
    expect(error.message).toBe('The server cannot be reached. Check your network connection and try again.');
  });

  it('explains a gateway error page that is not JSON', async () => {
    globalThis.fetch = jest
      .fn()
      .mockResolvedValue(
        fakeResponse({ status: 502, body: '<html>Bad gateway</html>' }),
      ) as unknown as typeof fetch;
    const error = await failure(apiRequest('/reviews', { schema: ZListReviewsResponse }));
    expect(error).toMatchObject({ status: 502, code: 'INTERNAL' });
    expect(error.message).toContain('HTTP 502');
  });

  it('refuses a successful body that breaks the contract', async () => {
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    stubFetch({ 'GET /api/reviews': { status: 200, body: { reviews: [{ id: 'not-a-review' }] } } });
    const error = await failure(apiRequest('/reviews', { schema: ZListReviewsResponse }));
    expect(error.code).toBe('BAD_RESPONSE');
    expect(consoleError).toHaveBeenCalled();
    consoleError.mockRestore();
  });
});

describe('loadPart', () => {
  it('says a part of the app that failed to download is the network’s failure, and tries again next time', async () => {
    const load = jest
      .fn()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module: /assets/zod-x.js'))
      .mockResolvedValueOnce('the part');
    const error = await failure(loadPart(load));
    expect(error).toMatchObject({ status: 0, code: 'NETWORK', messageId: 'ui.error.network' });
    await expect(loadPart(load)).resolves.toBe('the part');
  });
});

describe('shouldRetry', () => {
  it('retries network failures and server errors, but not answers such as 404', () => {
    expect(shouldRetry(0, new ApiError({ status: 0, code: 'NETWORK', message: 'offline' }))).toBe(true);
    expect(shouldRetry(1, new ApiError({ status: 503, code: 'INTERNAL', message: 'down' }))).toBe(true);
    expect(shouldRetry(2, new ApiError({ status: 503, code: 'INTERNAL', message: 'down' }))).toBe(false);
    expect(shouldRetry(0, new ApiError({ status: 404, code: 'NOT_FOUND', message: 'gone' }))).toBe(false);
    expect(shouldRetry(0, new ApiError({ status: 400, code: 'VALIDATION', message: 'bad id' }))).toBe(false);
  });
});
