import type { TAppErrorCode, TErrorResponse } from '@gcm/domain';
import { problemLocale } from './i18n/problem-locale';

/** Every API route lives under /api on the same origin (the API serves this app in production). */
export const API_BASE_URL = '/api';

/** The codes of the API, plus two for failures that never reached (or never came back from) it. */
export type TApiErrorCode = TAppErrorCode | 'NETWORK' | 'BAD_RESPONSE';

export type TFieldError = NonNullable<TErrorResponse['fieldErrors']>[number];

/**
 * The message of a failure the app describes itself (the API did not answer, or not readably): an
 * id of components/ui/ui.messages.ts, so screens show it in the person's language; `message` keeps
 * the English for logs.
 */
export type TClientErrorMessageId =
  | 'ui.error.network'
  | 'ui.error.badResponse'
  | 'ui.error.serverUnavailable'
  | 'ui.error.requestFailed';

/** The one error type the web app deals with: what the API said, or why it could not say anything. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: TApiErrorCode;
  readonly fieldErrors: TFieldError[];
  /** Extra data some answers carry, such as the stored text of a 409 save conflict. */
  readonly details: unknown;
  /** Set when the app wrote the message itself (no message from the server): see ErrorPanel. */
  readonly messageId: TClientErrorMessageId | undefined;
  /** The values of `messageId`'s arguments, such as the HTTP status. */
  readonly messageValues: Record<string, string | number>;

  constructor(init: {
    status: number;
    code: TApiErrorCode;
    message: string;
    fieldErrors?: TFieldError[];
    details?: unknown;
    messageId?: TClientErrorMessageId;
    messageValues?: Record<string, string | number>;
  }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.fieldErrors = init.fieldErrors ?? [];
    this.details = init.details;
    this.messageId = init.messageId;
    this.messageValues = init.messageValues ?? {};
  }

  get isNotFound(): boolean {
    return this.code === 'NOT_FOUND';
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** A schema from @gcm/domain (zod) or anything else that can vouch for the shape of a body. */
export interface ResponseSchema<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: unknown };
}

/** For answers whose body the app does not read (204 No Content, or a body it ignores). */
export const noContent: ResponseSchema<void> = {
  safeParse: () => ({ success: true, data: undefined }),
};

export interface RequestOptions<T> {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON, or as multipart when it is a FormData (file uploads). */
  body?: unknown;
  signal?: AbortSignal;
  /** Checks the body of a successful response against the shared contract. */
  schema: ResponseSchema<T>;
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const networkError = () =>
  new ApiError({
    status: 0,
    code: 'NETWORK',
    message: 'The server cannot be reached. Check your network connection and try again.',
    messageId: 'ui.error.network',
  });

/**
 * A part of the app fetched after the first page (a schema with zod, the problem messages:
 * docs/decisions/0025-web-serving.md). A failed download is the network's failure, said as such,
 * not a script error; the next call tries again.
 */
export function loadPart<T>(load: () => Promise<T>): Promise<T> {
  return load().catch(() => {
    throw networkError();
  });
}

/** zod and the error's schema, fetched with the first failure (the sign-in page loads without zod). */
const errorResponseSchema = () => import('./api/error-response').then((module) => module.ZErrorResponse);

async function errorFromResponse(status: number, body: unknown): Promise<ApiError> {
  // Without the schema (its download failed too), the answer is described by its status alone.
  const schema = await errorResponseSchema().catch(() => null);
  const parsed = schema?.safeParse(body);
  if (parsed?.success) {
    return new ApiError({
      status,
      code: parsed.data.code,
      message: parsed.data.message,
      ...(parsed.data.fieldErrors ? { fieldErrors: parsed.data.fieldErrors } : {}),
      ...(parsed.data.details !== undefined ? { details: parsed.data.details } : {}),
    });
  }
  const message =
    status >= 500
      ? `The server could not answer (HTTP ${status}). Please try again in a moment.`
      : `The request failed (HTTP ${status}).`;
  return new ApiError({
    status,
    code: status >= 500 ? 'INTERNAL' : 'BAD_RESPONSE',
    message,
    messageId: status >= 500 ? 'ui.error.serverUnavailable' : 'ui.error.requestFailed',
    messageValues: { status },
  });
}

/** Calls the API and returns the checked JSON body, or throws an {@link ApiError}. */
export async function apiRequest<T>(path: string, options: RequestOptions<T>): Promise<T> {
  // The language the API writes its refusals in when nobody is signed in (a signed-in person's
  // account language wins on the server): the one chosen on the screens.
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': problemLocale() };
  const init: RequestInit = { method: options.method ?? 'GET', headers, credentials: 'same-origin' };
  if (options.body instanceof FormData) {
    // The browser sets the multipart boundary itself.
    init.body = options.body;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }
  if (options.signal) init.signal = options.signal;

  let response: Response;
  try {
    response = await fetch(`${API_BASE_URL}${path}`, init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw networkError();
  }

  const body = parseJson(await response.text());
  if (!response.ok) throw await errorFromResponse(response.status, body);

  const checked = options.schema.safeParse(body);
  if (!checked.success) {
    console.error(`Unexpected response from ${path}`, checked.error);
    throw new ApiError({
      status: response.status,
      code: 'BAD_RESPONSE',
      message: 'The server sent an answer this page cannot read. Please reload the page.',
      messageId: 'ui.error.badResponse',
    });
  }
  return checked.data;
}
