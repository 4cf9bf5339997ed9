import { AppError } from '@gcm/domain';
import {
  type CallHandler,
  type ExecutionContext,
  HttpException,
  Inject,
  Injectable,
  type NestInterceptor,
  PayloadTooLargeException,
} from '@nestjs/common';
import { catchError, type Observable, throwError } from 'rxjs';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { formatSize } from './upload-limit';

/**
 * Wraps the multipart parser (bound after it) so that its failures read well: a file over the
 * limit is a 413 naming the limit, a file in the wrong field or a broken form a 400 saying so.
 */
@Injectable()
export class UploadErrorsInterceptor implements NestInterceptor {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(catchError((error: unknown) => throwError(() => this.translate(error))));
  }

  private translate(error: unknown): unknown {
    if (error instanceof PayloadTooLargeException) {
      return new AppError(
        'PAYLOAD_TOO_LARGE',
        `The file is larger than the upload limit of ${formatSize(this.config.uploadMaxBytes)}`,
      );
    }
    if (!(error instanceof HttpException) || error.getStatus() !== 400) return error;
    const cause = error.cause as { code?: unknown; field?: unknown } | undefined;
    if (cause?.code === 'LIMIT_UNEXPECTED_FILE') {
      return new AppError(
        'VALIDATION',
        `Send one file in the multipart form field "file"${typeof cause.field === 'string' ? ` (a file came in "${cause.field}")` : ''}`,
      );
    }
    if (cause?.code === 'LIMIT_FILE_COUNT') {
      return new AppError('VALIDATION', 'Send one file at a time in the multipart form field "file"');
    }
    if (cause !== undefined) {
      return new AppError('VALIDATION', `The upload cannot be read: ${error.message}`);
    }
    return error;
  }
}
