import { APP_ERROR_CODES, AppError, HTTP_STATUS_BY_CODE, isAppError, ZErrorResponse } from './app-error';

describe('AppError', () => {
  it('carries its code, message and details and is still an Error', () => {
    const error = new AppError('NOT_FOUND', 'No review with id r1', { id: 'r1' });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('AppError');
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toBe('No review with id r1');
    expect(error.details).toEqual({ id: 'r1' });
  });

  it('is recognised by isAppError, unlike a plain Error or a look-alike object', () => {
    expect(isAppError(new AppError('CONFLICT', 'Already exists'))).toBe(true);
    expect(isAppError(new Error('boom'))).toBe(false);
    expect(isAppError({ code: 'CONFLICT', message: 'Already exists' })).toBe(false);
    expect(isAppError(undefined)).toBe(false);
  });

  it('maps every code to the agreed HTTP status', () => {
    expect(APP_ERROR_CODES.map((code) => HTTP_STATUS_BY_CODE[code])).toEqual([
      400, 404, 403, 401, 409, 409, 422, 429, 413, 415, 503, 500,
    ]);
  });
});

describe('ZErrorResponse', () => {
  it('accepts a validation error with field errors', () => {
    const body = {
      statusCode: 400,
      code: 'VALIDATION',
      message: 'The request is invalid',
      fieldErrors: [{ path: 'dueDate', message: 'must be a date in the form YYYY-MM-DD' }],
    };
    expect(ZErrorResponse.parse(body)).toEqual(body);
  });

  it('rejects an unknown error code', () => {
    expect(ZErrorResponse.safeParse({ statusCode: 418, code: 'TEAPOT', message: 'no' }).success).toBe(false);
  });

  it('is registered for the API documentation as ErrorResponse', () => {
    expect(ZErrorResponse.meta()).toMatchObject({ id: 'ErrorResponse' });
  });
});
