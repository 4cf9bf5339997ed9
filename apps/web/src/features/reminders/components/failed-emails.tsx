import type { TOutboxMessage } from '@gcm/domain';
import { formatInstant } from '@gcm/domain';
import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { QueryGate } from '../../../components/ui/query-gate';
import { useLocale } from '../../../lib/i18n/locale-provider';
import { useT } from '../../../lib/i18n/use-t';
import { useReviewOutbox } from '../api/get-review-outbox';
import { useRetryOutboxMessage } from '../api/retry-outbox-message';
import { type DueDates, kindLabel, type Translate, whenOf } from './outbox-labels';

function recipients(t: Translate, message: TOutboxMessage): string {
  return message.to.length > 0 ? message.to.join(', ') : t('reminders.failed.focalPoints');
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
  const t = useT();
  const locale = useLocale();
  const failed = useReviewOutbox(reviewId, { status: 'failed' });
  const retry = useRetryOutboxMessage(reviewId);
  const [queued, setQueued] = useState('');

  return (
    <section className="card" aria-labelledby="failed-title" data-testid="failed-emails">
      <h2 id="failed-title">{t('reminders.failed.title')}</h2>
      <p role="status" className="notice-line">
        {queued}
      </p>
      <QueryGate
        query={failed}
        loading={t('reminders.failed.loading')}
        errorTitle={t('reminders.failed.error')}
        isEmpty={(data) => data.messages.length === 0}
        empty={t('reminders.failed.none')}
      >
        {(data) => (
          <ul className="failed-list">
            {data.messages.map((message) => {
              const mine = retry.variables === message.id;
              const due = message.assignmentId ? dueDates.get(message.assignmentId) : undefined;
              const to = recipients(t, message);
              const when = formatInstant(whenOf(message), timeZone, 'dateTime', locale);
              return (
                <li key={message.id} className="failed-list__item" data-testid="failed-email">
                  <div className="failed-list__text">
                    <p className="failed-list__title">
                      <strong>{kindLabel(t, message, due ? { dueDate: due, timeZone } : undefined)}</strong>
                      {message.questionCode
                        ? ` · ${t('reminders.failed.question', { code: message.questionCode })}`
                        : ''}
                      {message.organisationName ? ` · ${message.organisationName}` : ''}
                    </p>
                    <p className="muted">
                      <FormattedMessage
                        id={message.subject ? 'reminders.failed.detailSubject' : 'reminders.failed.detail'}
                        values={{
                          to,
                          subject: message.subject ?? '',
                          count: message.attempts,
                          when: <time dateTime={whenOf(message)}>{when}</time>,
                        }}
                      />
                    </p>
                    <p className="failed-list__error">
                      <span aria-hidden="true">✕ </span>
                      {message.lastError ?? t('reminders.failed.noError')}
                    </p>
                    {mine && retry.isError ? (
                      <ErrorPanel title={t('reminders.failed.retryError')} error={retry.error} />
                    ) : null}
                  </div>
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={retry.isPending}
                    onClick={() => {
                      setQueued('');
                      retry.mutate(message.id, {
                        onSuccess: () => setQueued(t('reminders.failed.queued', { to })),
                      });
                    }}
                  >
                    {mine && retry.isPending ? t('reminders.failed.retrying') : t('reminders.failed.retry')}
                    <span className="visually-hidden"> {t('reminders.failed.retryWhat', { to })}</span>
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
