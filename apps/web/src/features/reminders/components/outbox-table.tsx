import type { TOutboxMessage, TOutboxStatus } from '@gcm/domain';
import { formatInstant } from '@gcm/domain';
import { useState } from 'react';
import { OrganisationOptions } from '../../../components/ui/organisation-options';
import { QueryGate } from '../../../components/ui/query-gate';
import { ScrollArea } from '../../../components/ui/scroll-area';
import { SelectField } from '../../../components/ui/select-field';
import { useReviewOrganisations } from '../../../lib/api/get-review-organisations';
import { useOutboxPreview } from '../api/get-outbox-preview';
import { OUTBOX_LIMIT, type OutboxFilter, useReviewOutbox } from '../api/get-review-outbox';
import { type DueDates, kindLabel, whenOf } from './outbox-labels';
import { OutboxStatusBadge } from './outbox-status-badge';

/** Rows shown before "Show all": enough for a glance, few enough for a phone. */
const FIRST_ROWS = 100;

/** Newest first: the furthest planned e-mail at the top, then down through what was sent. */
export function newestFirst(messages: readonly TOutboxMessage[]): TOutboxMessage[] {
  return [...messages].sort((a, b) => whenOf(b).localeCompare(whenOf(a)));
}

/** Who an escalation reaches, by its level. */
const LEVEL_TEXT: Record<number, string> = {
  1: 'to the head of the organisation',
  2: 'to the coordinator',
};

/** The e-mail as it will go out (or went), below its row. */
function OutboxPreview({ reviewId, messageId }: { reviewId: string; messageId: string }) {
  const preview = useOutboxPreview(reviewId, messageId);
  return (
    <QueryGate query={preview} loading="Writing the preview…" errorTitle="The preview could not be shown">
      {(mail) =>
        mail.wouldNotSend ? (
          <p className="notice notice--warning">{mail.wouldNotSend}.</p>
        ) : (
          <div className="outbox__preview" data-testid="outbox-preview">
            <p>
              <strong>To:</strong> {mail.to.join(', ')}
              {mail.cc.length > 0 ? (
                <>
                  <br />
                  <strong>Cc:</strong> {mail.cc.join(', ')}
                </>
              ) : null}
              <br />
              <strong>Subject:</strong> {mail.subject}
            </p>
            <pre className="outbox__text">{mail.text}</pre>
          </div>
        )
      }
    </QueryGate>
  );
}

function OutboxRow({
  reviewId,
  message,
  timeZone,
  dueDates,
}: {
  reviewId: string;
  message: TOutboxMessage;
  timeZone: string;
  dueDates: DueDates;
}) {
  const [previewing, setPreviewing] = useState(false);
  const due = message.assignmentId ? dueDates.get(message.assignmentId) : undefined;
  const previewId = `outbox-preview-${message.id}`;
  const perPerson = message.to.length === 0 && message.wouldReach === null && !message.subject;
  return (
    <>
      <tr data-testid="outbox-row">
        <td data-label="When">
          <time dateTime={whenOf(message)}>{formatInstant(whenOf(message), timeZone)}</time>
        </td>
        <td data-label="What">
          {kindLabel(message, due ? { dueDate: due, timeZone } : undefined)}
          {message.level ? <span className="block">{LEVEL_TEXT[message.level]}</span> : null}
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
          ) : message.wouldReach && message.wouldReach.length > 0 ? (
            <>
              {message.wouldReach.join(', ')}
              <span className="muted block">if it went out now</span>
            </>
          ) : message.wouldReach ? (
            <span className="muted">Nobody: it will not be sent</span>
          ) : (
            <span className="muted">Each person, when it goes out</span>
          )}
          {message.cc.length > 0 ? <span className="muted block">Cc {message.cc.join(', ')}</span> : null}
        </td>
        <td data-label="Subject">
          {message.subject ?? <span className="muted">Written when it is sent</span>}
        </td>
        <td data-label="Status">
          <OutboxStatusBadge message={message} />
        </td>
        <td data-label="Preview">
          {perPerson || message.status === 'cancelled' ? null : (
            <button
              type="button"
              className="button button--secondary button--small"
              aria-expanded={previewing}
              aria-controls={previewId}
              onClick={() => setPreviewing((open) => !open)}
            >
              {previewing ? 'Hide' : 'Preview'}
              <span className="visually-hidden">
                {' '}
                the e-mail of {formatInstant(whenOf(message), timeZone)}
              </span>
            </button>
          )}
        </td>
      </tr>
      {previewing ? (
        <tr id={previewId}>
          <td colSpan={6}>
            <OutboxPreview reviewId={reviewId} messageId={message.id} />
          </td>
        </tr>
      ) : null}
    </>
  );
}

type View = 'next_7_days' | 'recent' | 'all';

const KIND_FILTERS: { value: string; label: string }[] = [
  { value: '', label: 'Every kind' },
  { value: 'reminder', label: 'Reminders and escalations' },
  { value: 'reminder.escalation', label: 'Escalations' },
  { value: 'assignment', label: 'Assignment e-mails' },
  { value: 'invitation', label: 'Invitations' },
  { value: 'vote', label: 'Votes' },
  { value: 'digest', label: 'Weekly digest' },
  { value: 'report', label: 'The report' },
];

const STATE_FILTERS: { value: '' | TOutboxStatus; label: string }[] = [
  { value: '', label: 'Any state' },
  { value: 'pending', label: 'Planned' },
  { value: 'sent', label: 'Sent' },
  { value: 'failed', label: 'Failed' },
  { value: 'cancelled', label: 'Cancelled' },
];

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
  const [view, setView] = useState<View>('next_7_days');
  const [organisationId, setOrganisationId] = useState('');
  const [kind, setKind] = useState('');
  const [state, setState] = useState<'' | TOutboxStatus>('');
  const filter: OutboxFilter = {
    limit: OUTBOX_LIMIT,
    ...(view === 'all' ? {} : { window: view }),
    ...(organisationId ? { organisationId } : {}),
    ...(kind ? { kind } : {}),
    ...(view === 'all' && state ? { status: state } : {}),
  };
  const outbox = useReviewOutbox(reviewId, filter);
  const organisations = useReviewOrganisations(reviewId);
  const [showCancelled, setShowCancelled] = useState(false);
  const [showAll, setShowAll] = useState(false);

  return (
    <section className="card" aria-labelledby="outbox-title">
      <h2 id="outbox-title">Upcoming and sent</h2>
      <fieldset className="fieldset">
        <legend>Show</legend>
        <div className="form form--inline" data-testid="outbox-views">
          {(
            [
              ['next_7_days', 'Going out in the next 7 days'],
              ['recent', 'Sent in the last 7 days'],
              ['all', 'All e-mails'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="choice">
              <input
                type="radio"
                name="outbox-view"
                checked={view === value}
                onChange={() => setView(value)}
              />{' '}
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="form form--grid">
        <SelectField label="Organisation" value={organisationId} onChange={setOrganisationId}>
          <OrganisationOptions
            organisations={organisations.data?.organisations ?? []}
            none="Every organisation"
          />
        </SelectField>
        <SelectField label="Kind" value={kind} onChange={setKind}>
          {KIND_FILTERS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </SelectField>
        {view === 'all' ? (
          <SelectField
            label="State"
            value={state}
            onChange={(value) => setState(value as '' | TOutboxStatus)}
          >
            {STATE_FILTERS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </SelectField>
        ) : null}
      </div>
      <QueryGate query={outbox} loading="Loading e-mails…" errorTitle="The e-mails could not be loaded">
        {(data) => {
          const all = data.messages;
          const cancelled = all.filter((message) => message.status === 'cancelled').length;
          const kept =
            showCancelled || state === 'cancelled'
              ? all
              : all.filter((message) => message.status !== 'cancelled');
          // The next 7 days read soonest first, as the API lists them; the rest newest first.
          const rows = view === 'next_7_days' ? kept : newestFirst(kept);
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
                <p className="muted">
                  {view === 'next_7_days'
                    ? 'Nothing goes out in the next 7 days.'
                    : view === 'recent'
                      ? 'Nothing was sent in the last 7 days.'
                      : 'No e-mail matches.'}
                </p>
              ) : (
                <ScrollArea>
                  <table className="data-table data-table--stack" data-testid="outbox">
                    <caption className="visually-hidden">
                      E-mails of the review, {view === 'next_7_days' ? 'soonest' : 'newest'} first, times in{' '}
                      {timeZone}
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">When ({timeZone})</th>
                        <th scope="col">What</th>
                        <th scope="col">To</th>
                        <th scope="col">Subject</th>
                        <th scope="col">Status</th>
                        <th scope="col">
                          <span className="visually-hidden">Preview</span>
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {shown.map((message) => (
                        <OutboxRow
                          key={message.id}
                          reviewId={reviewId}
                          message={message}
                          timeZone={timeZone}
                          dueDates={dueDates}
                        />
                      ))}
                    </tbody>
                  </table>
                </ScrollArea>
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
