import type { ReactNode } from 'react';
import { isApiError } from '../../lib/api-client';

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

export function errorMessage(error: unknown): string {
  if (isApiError(error)) return error.message;
  if (error instanceof Error && error.message) return error.message;
  return 'Something unexpected went wrong.';
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
  return (
    <div className="error-panel" role="alert">
      <Heading className="error-panel__title">{title}</Heading>
      <p className="error-panel__message">{errorMessage(error)}</p>
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
            {retrying ? 'Retrying…' : 'Retry'}
          </button>
        ) : null}
        {children}
      </div>
    </div>
  );
}
