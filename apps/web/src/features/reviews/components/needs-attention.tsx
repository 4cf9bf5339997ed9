import type { TReviewAttention, TReviewRole } from '@gcm/domain';
import { formatCalendarDate, formatInstant, nothingNeedsAttention } from '@gcm/domain';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { QueryGate } from '../../../components/ui/query-gate';
import { useLocale } from '../../../lib/i18n/locale-provider';
import { useT } from '../../../lib/i18n/use-t';
import { organisationLabel } from '../../../lib/labels';
import { useReviewAttention } from '../api/get-review-attention';

interface CardProps {
  kind: string;
  title: string;
  count: number;
  /** Items listed (the first few); `count` may be more. */
  shown: number;
  children?: ReactNode;
  /** Where the whole list is: "Open the assignments matrix". */
  more?: { to: string; label: string };
}

function AttentionCard({ kind, title, count, shown, children, more }: CardProps) {
  const t = useT();
  const id = `attention-${kind}-title`;
  return (
    <li
      className={`attention-card${count > 0 ? ' attention-card--open' : ''}`}
      data-testid={`attention-${kind}`}
    >
      <h3 id={id} className="attention-card__title">
        <span className="attention-card__count">{count}</span> {title}
      </h3>
      {count === 0 ? <p className="muted">{t('reviews.attention.none')}</p> : null}
      {count > 0 && children ? <ul className="attention-card__items">{children}</ul> : null}
      {count > shown && shown > 0 ? (
        <p className="muted">{t('reviews.attention.more', { count: count - shown })}</p>
      ) : null}
      {count > 0 && more ? (
        <p>
          <Link to={more.to}>{more.label}</Link>
        </p>
      ) : null}
    </li>
  );
}

export function AttentionSummary({
  attention,
  reviewId,
  timeZone,
  role,
}: {
  attention: TReviewAttention;
  reviewId: string;
  timeZone: string;
  role: TReviewRole;
}) {
  const t = useT();
  const intl = useIntl();
  const locale = useLocale();
  if (nothingNeedsAttention(attention)) {
    return (
      <p className="notice" data-testid="attention-none">
        {t('reviews.attention.nothing')}
      </p>
    );
  }
  const review = `/reviews/${reviewId}`;
  const { unassigned, overdue, awaitingCoordinator, openVotes, failedEmails } = attention;
  const coordinator = role === 'coordinator';
  const day = (isoDate: string) => (
    <time key="date" dateTime={isoDate}>
      {formatCalendarDate(isoDate, 'short', locale)}
    </time>
  );
  const moment = (at: string) => (
    <time key="date" dateTime={at}>
      {formatInstant(at, timeZone, 'dateTime', locale)}
    </time>
  );
  const bold = (chunks: ReactNode[]) => <strong>{chunks}</strong>;
  return (
    <ul className="attention-grid">
      <AttentionCard
        kind="overdue"
        title={t('reviews.attention.overdue.title', { count: overdue.count })}
        count={overdue.count}
        shown={overdue.items.length}
        more={{ to: `${review}/deadlines`, label: t('reviews.attention.overdue.more') }}
      >
        {overdue.items.map((item) => (
          <li key={item.assignmentId}>
            {intl.formatMessage(
              { id: 'reviews.attention.overdue.item' },
              {
                link: (
                  <Link key="link" to={`/assignments/${item.assignmentId}`}>
                    {item.questionCode} — {organisationLabel(item.organisation)}
                  </Link>
                ),
                days: item.daysOverdue,
                date: day(item.dueDate),
                b: bold,
              },
            )}
          </li>
        ))}
      </AttentionCard>
      <AttentionCard
        kind="unassigned"
        title={t('reviews.attention.unassigned.title', { count: unassigned.count })}
        count={unassigned.count}
        shown={unassigned.items.length}
        {...(coordinator
          ? { more: { to: `${review}/assignments`, label: t('reviews.attention.unassigned.more') } }
          : {})}
      >
        {unassigned.items.map((item) => {
          const name = t('reviews.question.heading', { code: item.code });
          const question = coordinator ? (
            <Link key="question" to={`${review}/assignments?question=${encodeURIComponent(item.code)}`}>
              {name}
            </Link>
          ) : (
            name
          );
          return (
            <li key={item.questionId}>
              {item.assignmentCount === 0
                ? intl.formatMessage({ id: 'reviews.attention.unassigned.nobody' }, { question })
                : intl.formatMessage(
                    { id: 'reviews.attention.unassigned.noLead' },
                    { question, count: item.assignmentCount },
                  )}
            </li>
          );
        })}
      </AttentionCard>
      <AttentionCard
        kind="submitted"
        title={t('reviews.attention.submitted.title', { count: awaitingCoordinator.count })}
        count={awaitingCoordinator.count}
        shown={awaitingCoordinator.items.length}
      >
        {awaitingCoordinator.items.map((item) => (
          <li key={item.assignmentId}>
            {intl.formatMessage(
              { id: 'reviews.attention.submitted.item' },
              {
                link: (
                  <Link key="link" to={`${review}/questions/${encodeURIComponent(item.questionCode)}`}>
                    {item.questionCode} — {organisationLabel(item.organisation)}
                  </Link>
                ),
              },
            )}
          </li>
        ))}
      </AttentionCard>
      <AttentionCard
        kind="votes"
        title={t('reviews.attention.votes.title', { count: openVotes.count })}
        count={openVotes.count}
        shown={openVotes.items.length}
        more={{ to: `${review}/votes`, label: t('reviews.attention.votes.more') }}
      >
        {openVotes.items.map((item) => (
          <li key={item.roundId}>
            {intl.formatMessage(
              { id: 'reviews.attention.votes.item' },
              {
                link: (
                  <Link key="link" to={`/votes/${item.roundId}`}>
                    {item.title}
                  </Link>
                ),
                date: moment(item.closesAt),
              },
            )}
          </li>
        ))}
      </AttentionCard>
      <AttentionCard
        kind="emails"
        title={t('reviews.attention.emails.title', { count: failedEmails.count })}
        count={failedEmails.count}
        shown={failedEmails.items.length}
        {...(coordinator
          ? { more: { to: `${review}/reminders`, label: t('reviews.attention.emails.more') } }
          : {})}
      >
        {failedEmails.items.map((item) => (
          <li key={item.messageId}>
            {intl.formatMessage(
              { id: 'reviews.attention.emails.item' },
              {
                subject: item.subject ?? t('reviews.attention.emails.noSubject'),
                date: moment(item.failedAt),
              },
            )}
          </li>
        ))}
      </AttentionCard>
    </ul>
  );
}

/** The overview's opening summary: what needs attention first (coordinator and observer). */
export function NeedsAttention({
  reviewId,
  timeZone,
  role,
}: {
  reviewId: string;
  timeZone: string;
  role: TReviewRole;
}) {
  const t = useT();
  const attention = useReviewAttention(reviewId);
  return (
    <section className="card attention" aria-labelledby="attention-title" data-testid="needs-attention">
      <h2 id="attention-title">{t('reviews.attention.title')}</h2>
      <QueryGate
        query={attention}
        loading={t('reviews.attention.loading')}
        errorTitle={t('reviews.attention.error')}
      >
        {(data) => <AttentionSummary attention={data} reviewId={reviewId} timeZone={timeZone} role={role} />}
      </QueryGate>
    </section>
  );
}
