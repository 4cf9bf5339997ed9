import { z } from 'zod';

export const APP_ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'CONFLICT',
  'INVALID_TRANSITION',
  /** Well-formed, but its content cannot be used as it is (a CSV file with wrong rows). */
  'UNPROCESSABLE',
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  /** A system the request needs (the attachment store) does not answer now; trying later may work. */
  'UNAVAILABLE',
  'INTERNAL',
] as const;
export const ZAppErrorCode = z.enum(APP_ERROR_CODES);
export type TAppErrorCode = z.infer<typeof ZAppErrorCode>;

/** An expected failure of a business rule, carrying a stable code that the API maps to an HTTP status. */
export class AppError extends Error {
  constructor(
    public readonly code: TAppErrorCode,
    message: string,
    public readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

export const HTTP_STATUS_BY_CODE: Record<TAppErrorCode, number> = {
  VALIDATION: 400,
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
  UNPROCESSABLE: 422,
  RATE_LIMITED: 429,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

/** The body of every error response of the API. */
export const ZErrorResponse = z
  .object({
    statusCode: z.number().int(),
    code: ZAppErrorCode,
    message: z.string(),
    fieldErrors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    details: z.unknown().optional(),
  })
  .meta({ id: 'ErrorResponse' });
export type TErrorResponse = z.infer<typeof ZErrorResponse>;
