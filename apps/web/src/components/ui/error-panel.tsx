import type { ReactNode } from 'react';
import { isApiError } from '../../lib/api-client';
import { useT } from '../../lib/i18n/use-t';

interface ErrorPanelProps {
  title: string;
  error: unknown;
  /** Shown as a Retry button when given. */
  onRetry?: () => void;
  retrying?: boolean;
  /** h1 when the panel is all the page has (a page whose subject could not be loaded). */
  heading?: 'h1' | 'h2';
  children?: ReactNode;
}

/**
 * The server's own message (it stays as the server wrote it), else the error's; `unexpected` when
 * there is none (in English unless a screen passes `t('ui.error.unexpected')`).
 */
export function errorMessage(error: unknown, unexpected = 'Something unexpected went wrong.'): string {
  if (isApiError(error)) return error.message;
  if (error instanceof Error && error.message) return error.message;
  return unexpected;
}

/**
 * `errorMessage` in the person's language: the server's own message as it wrote it, the app's own
 * messages (server unreachable, unreadable answer) translated.
 */
export function useErrorMessage(): (error: unknown) => string {
  const t = useT();
  return (error) =>
    isApiError(error) && error.messageId
      ? t(error.messageId, error.messageValues)
      : errorMessage(error, t('ui.error.unexpected'));
}

/** An alert with the server's own message and, when it may help, a way to try again. */
export function ErrorPanel({
  title,
  error,
  onRetry,
  retrying = false,
  heading: Heading = 'h2',
  children,
}: ErrorPanelProps) {
  const t = useT();
  const messageOf = useErrorMessage();
  return (
    <div className="error-panel" role="alert">
      <Heading className="error-panel__title">{title}</Heading>
      <p className="error-panel__message">{messageOf(error)}</p>
      {isApiError(error) && error.fieldErrors.length > 0 ? (
        <ul className="error-panel__fields">
          {error.fieldErrors.map((fieldError) => (
            <li key={`${fieldError.path}:${fieldError.message}`}>
              <code>{fieldError.path}</code>: {fieldError.message}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="error-panel__actions">
        {onRetry ? (
          <button type="button" className="button" onClick={onRetry} disabled={retrying}>
            {retrying ? t('ui.error.retrying') : t('ui.error.retry')}
          </button>
        ) : null}
        {children}
      </div>
    </div>
  );
}
