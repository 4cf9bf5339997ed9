import type { TOutboxMessage } from '@gcm/domain';
import { formatInstant } from '@gcm/domain';
import { useState } from 'react';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { QueryGate } from '../../../components/ui/query-gate';
import { useReviewOutbox } from '../api/get-review-outbox';
import { useRetryOutboxMessage } from '../api/retry-outbox-message';
import { type DueDates, kindLabel, whenOf } from './outbox-labels';

function recipients(message: TOutboxMessage): string {
  return message.to.length > 0 ? message.to.join(', ') : 'the focal points';
}

/** E-mails the worker gave up on, with the error the mail server gave and a way to send them again. */
export function FailedEmails({
  reviewId,
  timeZone,
  dueDates,
}: {
  reviewId: string;
  timeZone: string;
  dueDates: DueDates;
}) {
  const failed = useReviewOutbox(reviewId, { status: 'failed' });
  const retry = useRetryOutboxMessage(reviewId);
  const [queued, setQueued] = useState('');

  return (
    <section className="card" aria-labelledby="failed-title" data-testid="failed-emails">
      <h2 id="failed-title">Failed e-mails</h2>
      <p role="status" className="notice-line">
        {queued}
      </p>
      <QueryGate
        query={failed}
        loading="Loading failed e-mails…"
        errorTitle="Failed e-mails could not be loaded"
        isEmpty={(data) => data.messages.length === 0}
        empty="No e-mail failed."
      >
        {(data) => (
          <ul className="failed-list">
            {data.messages.map((message) => {
              const mine = retry.variables === message.id;
              const due = message.assignmentId ? dueDates.get(message.assignmentId) : undefined;
              return (
                <li key={message.id} className="failed-list__item" data-testid="failed-email">
                  <div className="failed-list__text">
                    <p className="failed-list__title">
                      <strong>{kindLabel(message, due ? { dueDate: due, timeZone } : undefined)}</strong>
                      {message.questionCode ? ` · question ${message.questionCode}` : ''}
                      {message.organisationName ? ` · ${message.organisationName}` : ''}
                    </p>
                    <p className="muted">
                      To {recipients(message)}
                      {message.subject ? ` — “${message.subject}”` : ''}. Was due to go out{' '}
                      <time dateTime={whenOf(message)}>{formatInstant(whenOf(message), timeZone)}</time>,{' '}
                      {message.attempts} attempt{message.attempts === 1 ? '' : 's'}.
                    </p>
                    <p className="failed-list__error">
                      <span aria-hidden="true">✕ </span>
                      {message.lastError ?? 'No error was recorded.'}
                    </p>
                    {mine && retry.isError ? (
                      <ErrorPanel title="The e-mail could not be retried" error={retry.error} />
                    ) : null}
                  </div>
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={retry.isPending}
                    onClick={() => {
                      setQueued('');
                      retry.mutate(message.id, {
                        onSuccess: () => setQueued(`The e-mail to ${recipients(message)} is queued again.`),
                      });
                    }}
                  >
                    {mine && retry.isPending ? 'Retrying…' : 'Retry'}
                    <span className="visually-hidden"> the e-mail to {recipients(message)}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </QueryGate>
    </section>
  );
}
