import type { TReviewAttention, TReviewRole } from '@gcm/domain';
import { formatCalendarDate, formatInstant, nothingNeedsAttention } from '@gcm/domain';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { QueryGate } from '../../../components/ui/query-gate';
import { organisationLabel } from '../../../lib/labels';
import { useReviewAttention } from '../api/get-review-attention';

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

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
  const id = `attention-${kind}-title`;
  return (
    <li
      className={`attention-card${count > 0 ? ' attention-card--open' : ''}`}
      data-testid={`attention-${kind}`}
    >
      <h3 id={id} className="attention-card__title">
        <span className="attention-card__count">{count}</span> {title}
      </h3>
      {count === 0 ? <p className="muted">None</p> : null}
      {count > 0 && children ? <ul className="attention-card__items">{children}</ul> : null}
      {count > shown && shown > 0 ? <p className="muted">and {count - shown} more</p> : null}
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
  if (nothingNeedsAttention(attention)) {
    return (
      <p className="notice" data-testid="attention-none">
        Nothing needs your attention: every question has a lead, nothing is overdue or waiting for the
        coordinator, no vote is open and no e-mail failed.
      </p>
    );
  }
  const review = `/reviews/${reviewId}`;
  const { unassigned, overdue, awaitingCoordinator, openVotes, failedEmails } = attention;
  const coordinator = role === 'coordinator';
  return (
    <ul className="attention-grid">
      <AttentionCard
        kind="overdue"
        title={overdue.count === 1 ? 'overdue assignment' : 'overdue assignments'}
        count={overdue.count}
        shown={overdue.items.length}
        more={{ to: `${review}/deadlines`, label: 'See all deadlines' }}
      >
        {overdue.items.map((item) => (
          <li key={item.assignmentId}>
            <Link to={`/assignments/${item.assignmentId}`}>
              {item.questionCode} — {organisationLabel(item.organisation)}
            </Link>
            : <strong>{plural(item.daysOverdue, 'day', 'days')} overdue</strong> (due{' '}
            <time dateTime={item.dueDate}>{formatCalendarDate(item.dueDate, 'short')}</time>)
          </li>
        ))}
      </AttentionCard>
      <AttentionCard
        kind="unassigned"
        title={unassigned.count === 1 ? 'question without a lead' : 'questions without a lead'}
        count={unassigned.count}
        shown={unassigned.items.length}
        {...(coordinator
          ? { more: { to: `${review}/assignments`, label: 'Open the assignments matrix' } }
          : {})}
      >
        {unassigned.items.map((item) => (
          <li key={item.questionId}>
            {coordinator ? (
              <Link to={`${review}/assignments?question=${encodeURIComponent(item.code)}`}>
                Question {item.code}
              </Link>
            ) : (
              <>Question {item.code}</>
            )}
            :{' '}
            {item.assignmentCount === 0
              ? 'nobody assigned'
              : `${plural(item.assignmentCount, 'contributing organisation', 'contributing organisations')}, no lead`}
          </li>
        ))}
      </AttentionCard>
      <AttentionCard
        kind="submitted"
        title={awaitingCoordinator.count === 1 ? 'contribution to review' : 'contributions to review'}
        count={awaitingCoordinator.count}
        shown={awaitingCoordinator.items.length}
      >
        {awaitingCoordinator.items.map((item) => (
          <li key={item.assignmentId}>
            <Link to={`${review}/questions/${encodeURIComponent(item.questionCode)}`}>
              {item.questionCode} — {organisationLabel(item.organisation)}
            </Link>
            : submitted, waiting for the coordinator
          </li>
        ))}
      </AttentionCard>
      <AttentionCard
        kind="votes"
        title={openVotes.count === 1 ? 'open vote' : 'open votes'}
        count={openVotes.count}
        shown={openVotes.items.length}
        more={{ to: `${review}/votes`, label: 'All votes' }}
      >
        {openVotes.items.map((item) => (
          <li key={item.roundId}>
            <Link to={`/votes/${item.roundId}`}>{item.title}</Link>: closes{' '}
            <time dateTime={item.closesAt}>{formatInstant(item.closesAt, timeZone, 'dateTime')}</time>
          </li>
        ))}
      </AttentionCard>
      <AttentionCard
        kind="emails"
        title={failedEmails.count === 1 ? 'failed e-mail' : 'failed e-mails'}
        count={failedEmails.count}
        shown={failedEmails.items.length}
        {...(coordinator
          ? { more: { to: `${review}/reminders`, label: 'See the e-mails and try again' } }
          : {})}
      >
        {failedEmails.items.map((item) => (
          <li key={item.messageId}>
            {item.subject ?? 'An e-mail without a subject'}, failed{' '}
            <time dateTime={item.failedAt}>{formatInstant(item.failedAt, timeZone, 'dateTime')}</time>
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
  const attention = useReviewAttention(reviewId);
  return (
    <section className="card attention" aria-labelledby="attention-title" data-testid="needs-attention">
      <h2 id="attention-title">Needs attention</h2>
      <QueryGate
        query={attention}
        loading="Loading what needs attention…"
        errorTitle="The summary could not be loaded"
      >
        {(data) => <AttentionSummary attention={data} reviewId={reviewId} timeZone={timeZone} role={role} />}
      </QueryGate>
    </section>
  );
}
