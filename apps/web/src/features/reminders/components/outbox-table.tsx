import type { TOutboxMessage } from '@gcm/domain';
import { formatInstant } from '@gcm/domain';
import { useState } from 'react';
import { QueryGate } from '../../../components/ui/query-gate';
import { OUTBOX_LIMIT, useReviewOutbox } from '../api/get-review-outbox';
import { type DueDates, kindLabel, whenOf } from './outbox-labels';
import { OutboxStatusBadge } from './outbox-status-badge';

/** Rows shown before "Show all": enough for a glance, few enough for a phone. */
const FIRST_ROWS = 100;

/** Newest first: the furthest planned e-mail at the top, then down through what was sent. */
export function newestFirst(messages: readonly TOutboxMessage[]): TOutboxMessage[] {
  return [...messages].sort((a, b) => whenOf(b).localeCompare(whenOf(a)));
}

function OutboxRow({
  message,
  timeZone,
  dueDates,
}: {
  message: TOutboxMessage;
  timeZone: string;
  dueDates: DueDates;
}) {
  const due = message.assignmentId ? dueDates.get(message.assignmentId) : undefined;
  return (
    <tr data-testid="outbox-row">
      <td data-label="When">
        <time dateTime={whenOf(message)}>{formatInstant(whenOf(message), timeZone)}</time>
      </td>
      <td data-label="What">
        {kindLabel(message, due ? { dueDate: due, timeZone } : undefined)}
        {message.questionCode || message.organisationName ? (
          <span className="muted block">
            {[message.questionCode ? `Question ${message.questionCode}` : null, message.organisationName]
              .filter(Boolean)
              .join(' · ')}
          </span>
        ) : null}
      </td>
      <td data-label="To" className="outbox__to">
        {message.to.length > 0 ? (
          message.to.join(', ')
        ) : (
          <span className="muted">Chosen when it is sent</span>
        )}
        {message.cc.length > 0 ? <span className="muted block">Cc {message.cc.join(', ')}</span> : null}
      </td>
      <td data-label="Subject">
        {message.subject ?? <span className="muted">Written when it is sent</span>}
      </td>
      <td data-label="Status">
        <OutboxStatusBadge message={message} />
      </td>
    </tr>
  );
}

/** Every e-mail of the review, planned and sent, newest first. */
export function OutboxTable({
  reviewId,
  timeZone,
  dueDates,
}: {
  reviewId: string;
  timeZone: string;
  dueDates: DueDates;
}) {
  const outbox = useReviewOutbox(reviewId, { limit: OUTBOX_LIMIT });
  const [showCancelled, setShowCancelled] = useState(false);
  const [showAll, setShowAll] = useState(false);

  return (
    <section className="card" aria-labelledby="outbox-title">
      <h2 id="outbox-title">Upcoming and sent</h2>
      <QueryGate query={outbox} loading="Loading e-mails…" errorTitle="The e-mails could not be loaded">
        {(data) => {
          const all = data.messages;
          const cancelled = all.filter((message) => message.status === 'cancelled').length;
          const rows = newestFirst(
            showCancelled ? all : all.filter((message) => message.status !== 'cancelled'),
          );
          const shown = showAll ? rows : rows.slice(0, FIRST_ROWS);
          return (
            <>
              {cancelled > 0 ? (
                <label className="choice">
                  <input
                    type="checkbox"
                    checked={showCancelled}
                    onChange={(event) => setShowCancelled(event.target.checked)}
                  />{' '}
                  Show cancelled e-mails ({cancelled})
                </label>
              ) : null}
              {rows.length === 0 ? (
                <p className="muted">No e-mail is planned or sent yet.</p>
              ) : (
                <div className="table-scroll">
                  <table className="data-table data-table--stack" data-testid="outbox">
                    <caption className="visually-hidden">
                      E-mails of the review, newest first, times in {timeZone}
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">When ({timeZone})</th>
                        <th scope="col">What</th>
                        <th scope="col">To</th>
                        <th scope="col">Subject</th>
                        <th scope="col">Status</th>
                      </tr>
                    </thead>
                    <tbody>
                      {shown.map((message) => (
                        <OutboxRow
                          key={message.id}
                          message={message}
                          timeZone={timeZone}
                          dueDates={dueDates}
                        />
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
              {shown.length < rows.length ? (
                <p>
                  <button type="button" className="button button--secondary" onClick={() => setShowAll(true)}>
                    Show all {rows.length}
                  </button>
                </p>
              ) : null}
              {all.length >= OUTBOX_LIMIT ? (
                <p className="muted">Only the latest {OUTBOX_LIMIT} e-mails are listed.</p>
              ) : null}
            </>
          );
        }}
      </QueryGate>
    </section>
  );
}
