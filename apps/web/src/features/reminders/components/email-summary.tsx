import type { TOutboxMessage } from '@gcm/domain';
import { Link } from 'react-router';
import { QueryGate } from '../../../components/ui/query-gate';
import { useT } from '../../../lib/i18n/use-t';
import { OUTBOX_LIMIT, useReviewOutbox } from '../api/get-review-outbox';

export interface EmailCounts {
  planned: number;
  sent: number;
  failed: number;
}

export function countEmails(messages: readonly TOutboxMessage[]): EmailCounts {
  const counts: EmailCounts = { planned: 0, sent: 0, failed: 0 };
  for (const message of messages) {
    if (message.status === 'pending' || message.status === 'sending') counts.planned += 1;
    else if (message.status === 'sent') counts.sent += 1;
    else if (message.status === 'failed') counts.failed += 1;
  }
  return counts;
}

/** The coordinator's dashboard card: "E-mails: 12 planned, 30 sent, 1 failed", with a way to the Reminders tab. */
export function EmailSummary({ reviewId }: { reviewId: string }) {
  const t = useT();
  const outbox = useReviewOutbox(reviewId, { limit: OUTBOX_LIMIT });
  return (
    <section className="card" aria-labelledby="emails-title">
      <h2 id="emails-title">{t('reminders.summary.title')}</h2>
      <QueryGate
        query={outbox}
        loading={t('reminders.summary.loading')}
        errorTitle={t('reminders.summary.error')}
      >
        {(data) => {
          const { planned, sent, failed } = countEmails(data.messages);
          return (
            <p data-testid="email-summary">
              {t('reminders.summary.counts', { planned, sent })}{' '}
              <span className={failed > 0 ? 'cell--danger' : undefined}>
                {failed > 0 ? <span aria-hidden="true">✕ </span> : null}
                {t('reminders.summary.failed', { failed })}
              </span>
              {data.messages.length >= OUTBOX_LIMIT ? (
                <span className="muted"> {t('reminders.summary.ofLatest', { limit: OUTBOX_LIMIT })}</span>
              ) : null}
            </p>
          );
        }}
      </QueryGate>
      <p>
        <Link to={`/reviews/${reviewId}/reminders`}>{t('reminders.summary.link')}</Link>
      </p>
    </section>
  );
}
