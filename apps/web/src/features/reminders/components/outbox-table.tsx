import type { TOutboxMessage, TOutboxStatus } from '@gcm/domain';
import { formatInstant } from '@gcm/domain';
import { useState } from 'react';
import { OrganisationOptions } from '../../../components/ui/organisation-options';
import { QueryGate } from '../../../components/ui/query-gate';
import { ScrollArea } from '../../../components/ui/scroll-area';
import { SelectField } from '../../../components/ui/select-field';
import { useReviewOrganisations } from '../../../lib/api/get-review-organisations';
import { useLocale } from '../../../lib/i18n/locale-provider';
import { type MessageId, useT } from '../../../lib/i18n/use-t';
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
const LEVEL_TEXT: Record<number, MessageId> = {
  1: 'reminders.outbox.level1',
  2: 'reminders.outbox.level2',
};

/** The e-mail as it will go out (or went), below its row. */
function OutboxPreview({ reviewId, messageId }: { reviewId: string; messageId: string }) {
  const t = useT();
  const preview = useOutboxPreview(reviewId, messageId);
  return (
    <QueryGate
      query={preview}
      loading={t('reminders.preview.loading')}
      errorTitle={t('reminders.preview.error')}
    >
      {(mail) =>
        mail.wouldNotSend ? (
          <p className="notice notice--warning">{mail.wouldNotSend}.</p>
        ) : (
          <div className="outbox__preview" data-testid="outbox-preview">
            <p>
              <strong>{t('reminders.preview.to')}</strong> {mail.to.join(', ')}
              {mail.cc.length > 0 ? (
                <>
                  <br />
                  <strong>{t('reminders.preview.cc')}</strong> {mail.cc.join(', ')}
                </>
              ) : null}
              <br />
              <strong>{t('reminders.preview.subject')}</strong> {mail.subject}
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
  const t = useT();
  const locale = useLocale();
  const [previewing, setPreviewing] = useState(false);
  const when = formatInstant(whenOf(message), timeZone, 'dateTime', locale);
  const due = message.assignmentId ? dueDates.get(message.assignmentId) : undefined;
  const previewId = `outbox-preview-${message.id}`;
  const perPerson = message.to.length === 0 && message.wouldReach === null && !message.subject;
  return (
    <>
      <tr data-testid="outbox-row">
        <td data-label={t('reminders.outbox.col.when')}>
          <time dateTime={whenOf(message)}>{when}</time>
        </td>
        <td data-label={t('reminders.outbox.col.what')}>
          {kindLabel(t, message, due ? { dueDate: due, timeZone } : undefined)}
          {message.level && LEVEL_TEXT[message.level] ? (
            <span className="block">{t(LEVEL_TEXT[message.level] as MessageId)}</span>
          ) : null}
          {message.questionCode || message.organisationName ? (
            <span className="muted block">
              {[
                message.questionCode ? t('reminders.outbox.question', { code: message.questionCode }) : null,
                message.organisationName,
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
          ) : null}
        </td>
        <td data-label={t('reminders.outbox.col.to')} className="outbox__to">
          {message.to.length > 0 ? (
            message.to.join(', ')
          ) : message.wouldReach && message.wouldReach.length > 0 ? (
            <>
              {message.wouldReach.join(', ')}
              <span className="muted block">{t('reminders.outbox.ifNow')}</span>
            </>
          ) : message.wouldReach ? (
            <span className="muted">{t('reminders.outbox.nobody')}</span>
          ) : (
            <span className="muted">{t('reminders.outbox.eachPerson')}</span>
          )}
          {message.cc.length > 0 ? (
            <span className="muted block">{t('reminders.outbox.cc', { cc: message.cc.join(', ') })}</span>
          ) : null}
        </td>
        <td data-label={t('reminders.outbox.col.subject')}>
          {message.subject ?? <span className="muted">{t('reminders.outbox.writtenWhenSent')}</span>}
        </td>
        <td data-label={t('reminders.outbox.col.status')}>
          <OutboxStatusBadge message={message} />
        </td>
        <td data-label={t('reminders.outbox.col.preview')}>
          {perPerson || message.status === 'cancelled' ? null : (
            <button
              type="button"
              className="button button--secondary button--small"
              aria-expanded={previewing}
              aria-controls={previewId}
              onClick={() => setPreviewing((open) => !open)}
            >
              {previewing ? t('reminders.outbox.hide') : t('reminders.outbox.preview')}
              <span className="visually-hidden"> {t('reminders.outbox.previewOf', { when })}</span>
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

const KIND_FILTERS: { value: string; label: MessageId }[] = [
  { value: '', label: 'reminders.filter.kind.any' },
  { value: 'reminder', label: 'reminders.filter.kind.reminder' },
  { value: 'reminder.escalation', label: 'reminders.filter.kind.escalation' },
  { value: 'assignment', label: 'reminders.filter.kind.assignment' },
  { value: 'invitation', label: 'reminders.filter.kind.invitation' },
  { value: 'vote', label: 'reminders.filter.kind.vote' },
  { value: 'digest', label: 'reminders.filter.kind.digest' },
  { value: 'report', label: 'reminders.filter.kind.report' },
];

const STATE_FILTERS: { value: '' | TOutboxStatus; label: MessageId }[] = [
  { value: '', label: 'reminders.filter.state.any' },
  { value: 'pending', label: 'reminders.outboxStatus.pending' },
  { value: 'sent', label: 'reminders.outboxStatus.sent' },
  { value: 'failed', label: 'reminders.outboxStatus.failed' },
  { value: 'cancelled', label: 'reminders.outboxStatus.cancelled' },
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
  const t = useT();
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
      <h2 id="outbox-title">{t('reminders.outbox.title')}</h2>
      <fieldset className="fieldset">
        <legend>{t('reminders.outbox.show')}</legend>
        <div className="form form--inline" data-testid="outbox-views">
          {(
            [
              ['next_7_days', t('reminders.outbox.view.next')],
              ['recent', t('reminders.outbox.view.recent')],
              ['all', t('reminders.outbox.view.all')],
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
        <SelectField
          label={t('reminders.filter.organisation')}
          value={organisationId}
          onChange={setOrganisationId}
        >
          <OrganisationOptions
            organisations={organisations.data?.organisations ?? []}
            none={t('reminders.filter.organisation.any')}
          />
        </SelectField>
        <SelectField label={t('reminders.filter.kind')} value={kind} onChange={setKind}>
          {KIND_FILTERS.map((option) => (
            <option key={option.value} value={option.value}>
              {t(option.label)}
            </option>
          ))}
        </SelectField>
        {view === 'all' ? (
          <SelectField
            label={t('reminders.filter.state')}
            value={state}
            onChange={(value) => setState(value as '' | TOutboxStatus)}
          >
            {STATE_FILTERS.map((option) => (
              <option key={option.value} value={option.value}>
                {t(option.label)}
              </option>
            ))}
          </SelectField>
        ) : null}
      </div>
      <QueryGate
        query={outbox}
        loading={t('reminders.outbox.loading')}
        errorTitle={t('reminders.outbox.error')}
      >
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
                  {t('reminders.outbox.showCancelled', { count: cancelled })}
                </label>
              ) : null}
              {rows.length === 0 ? (
                <p className="muted">
                  {view === 'next_7_days'
                    ? t('reminders.outbox.emptyNext')
                    : view === 'recent'
                      ? t('reminders.outbox.emptyRecent')
                      : t('reminders.outbox.emptyAll')}
                </p>
              ) : (
                <ScrollArea>
                  <table className="data-table data-table--stack" data-testid="outbox">
                    <caption className="visually-hidden">
                      {t(
                        view === 'next_7_days'
                          ? 'reminders.outbox.captionSoonest'
                          : 'reminders.outbox.captionNewest',
                        {
                          timeZone,
                        },
                      )}
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('reminders.outbox.col.whenZone', { timeZone })}</th>
                        <th scope="col">{t('reminders.outbox.col.what')}</th>
                        <th scope="col">{t('reminders.outbox.col.to')}</th>
                        <th scope="col">{t('reminders.outbox.col.subject')}</th>
                        <th scope="col">{t('reminders.outbox.col.status')}</th>
                        <th scope="col">
                          <span className="visually-hidden">{t('reminders.outbox.col.preview')}</span>
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
                    {t('reminders.outbox.showAll', { count: rows.length })}
                  </button>
                </p>
              ) : null}
              {all.length >= OUTBOX_LIMIT ? (
                <p className="muted">{t('reminders.outbox.limit', { limit: OUTBOX_LIMIT })}</p>
              ) : null}
            </>
          );
        }}
      </QueryGate>
    </section>
  );
}
