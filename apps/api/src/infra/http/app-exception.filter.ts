import {
  AppError,
  acceptedLanguages,
  HTTP_STATUS_BY_CODE,
  isLocale,
  negotiateLocale,
  type TAppErrorCode,
  type TLocale,
  translateProblem,
} from '@gcm/domain';
import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import type { Request, Response } from 'express';

interface ErrorBody {
  statusCode: number;
  code: TAppErrorCode;
  message: string;
  fieldErrors?: { path: string; message: string }[];
  details?: unknown;
}

const CODE_BY_STATUS: Record<number, TAppErrorCode> = {
  400: 'VALIDATION',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE',
  429: 'RATE_LIMITED',
};

/** Errors thrown by Express' body parser before Nest sees the request. */
interface BodyParserError {
  type?: string;
  status?: number;
  expose?: boolean;
}

/** Prisma's known request errors, recognised by shape so this file does not import the client. */
function prismaCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && 'clientVersion' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/**
 * The language of a problem message: the signed-in person's account language, else the best of
 * the request's Accept-Language the tool speaks, else English.
 */
export function problemLocale(request: Request): TLocale {
  const chosen = (request as Request & { person?: { locale?: unknown } }).person?.locale;
  if (isLocale(chosen)) return chosen;
  return negotiateLocale(acceptedLanguages(request.headers?.['accept-language']));
}

/** The body with its message and field messages in `locale` (the machine-readable code stays). */
export function translateBody(body: ErrorBody, locale: TLocale): ErrorBody {
  if (locale === 'en') return body;
  return {
    ...body,
    message: translateProblem(body.message, locale),
    ...(body.fieldErrors
      ? {
          fieldErrors: body.fieldErrors.map((error) => ({
            ...error,
            message: translateProblem(error.message, locale),
          })),
        }
      : {}),
  };
}

function isJsonSyntaxError(error: HttpException): boolean {
  return error.cause instanceof SyntaxError || /JSON/.test(error.message);
}

/**
 * The single place where errors become HTTP responses. Clients always get
 * `{ statusCode, code, message, fieldErrors? }`; stack traces only ever go to the log. The
 * messages are written in English by the code and translated here into the person's language
 * (`problemLocale`, said in Content-Language) by the problem catalogues of @gcm/domain.
 */
@Catch()
export class AppExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    const response = context.getResponse<Response>();
    const request = context.getRequest<Request>();
    const english = this.toBody(error, request);
    const locale = problemLocale(request);
    const body = translateBody(english, locale);
    if (body.statusCode >= 500) {
      this.logger.error(
        { err: error, method: request.method, url: request.originalUrl },
        `Unhandled error on ${request.method} ${request.originalUrl}`,
      );
    }
    if (response.headersSent) {
      return;
    }
    const retryAfter = (body.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
    if (body.statusCode === 429 && typeof retryAfter === 'number') {
      response.setHeader('Retry-After', String(retryAfter));
    }
    response.setHeader('Content-Language', locale);
    response.append('Vary', 'Accept-Language');
    response.status(body.statusCode).json(body);
  }

  private toBody(error: unknown, request: Request): ErrorBody {
    if (error instanceof AppError) {
      const details = error.details as { fieldErrors?: ErrorBody['fieldErrors'] } | undefined;
      const { fieldErrors, ...rest } = details ?? {};
      return {
        statusCode: HTTP_STATUS_BY_CODE[error.code],
        code: error.code,
        message: error.message,
        ...(fieldErrors ? { fieldErrors } : {}),
        ...(Object.keys(rest).length ? { details: rest } : {}),
      };
    }
    if (error instanceof HttpException) {
      const statusCode = error.getStatus();
      const code = CODE_BY_STATUS[statusCode] ?? (statusCode >= 500 ? 'INTERNAL' : 'VALIDATION');
      const message =
        statusCode === HttpStatus.NOT_FOUND
          ? `Nothing is found at ${request.method} ${request.path}`
          : statusCode === HttpStatus.PAYLOAD_TOO_LARGE
            ? 'The request body is too large'
            : statusCode === HttpStatus.BAD_REQUEST && isJsonSyntaxError(error)
              ? 'The request body is not valid JSON'
              : statusCode >= 500
                ? 'Something went wrong on our side. The error has been logged.'
                : error.message;
      return { statusCode, code, message };
    }
    const parserError = error as BodyParserError;
    if (
      parserError &&
      typeof parserError === 'object' &&
      typeof parserError.type === 'string' &&
      parserError.expose
    ) {
      if (parserError.type === 'entity.too.large') {
        return { statusCode: 413, code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large' };
      }
      if (parserError.type === 'entity.parse.failed') {
        return { statusCode: 400, code: 'VALIDATION', message: 'The request body is not valid JSON' };
      }
      const statusCode = parserError.status && parserError.status < 500 ? parserError.status : 400;
      return {
        statusCode,
        code: CODE_BY_STATUS[statusCode] ?? 'VALIDATION',
        message: 'The request body cannot be read',
      };
    }
    switch (prismaCode(error)) {
      case 'P2002':
        return {
          statusCode: 409,
          code: 'CONFLICT',
          message: 'A record with the same unique values already exists',
        };
      case 'P2025':
        return { statusCode: 404, code: 'NOT_FOUND', message: 'The record does not exist (any more)' };
      case 'P2003':
        return {
          statusCode: 409,
          code: 'CONFLICT',
          message: 'The change refers to a record that does not exist',
        };
      default:
        return {
          statusCode: 500,
          code: 'INTERNAL',
          message: 'Something went wrong on our side. The error has been logged.',
        };
    }
  }
}
