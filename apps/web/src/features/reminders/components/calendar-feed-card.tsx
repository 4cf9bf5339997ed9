import type { TCalendarFeed } from '@gcm/domain';
import { formatInstant, localTimeZone } from '@gcm/domain';
import { useState } from 'react';
import { CopyButton } from '../../../components/ui/copy-button';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { useLocale } from '../../../lib/i18n/locale-provider';
import { useT } from '../../../lib/i18n/use-t';
import { useCreateCalendarFeed } from '../api/create-calendar-feed';
import { useDeleteCalendarFeed } from '../api/delete-calendar-feed';

/**
 * "My calendar": a private .ics link to subscribe to one's due dates. The API shows the link only when it
 * is made, so the card keeps it for as long as the page is open.
 */
export function CalendarFeedCard() {
  const t = useT();
  const locale = useLocale();
  const create = useCreateCalendarFeed();
  const stop = useDeleteCalendarFeed();
  const [feed, setFeed] = useState<TCalendarFeed | null>(null);
  const [note, setNote] = useState('');

  function createLink() {
    setNote('');
    stop.reset();
    create.mutate(undefined, {
      onSuccess: (created) => {
        setFeed(created);
        setNote(t('reminders.calendar.ready'));
      },
    });
  }

  function stopLink() {
    setNote('');
    create.reset();
    stop.mutate(undefined, {
      onSuccess: () => {
        setFeed(null);
        setNote(t('reminders.calendar.stopped'));
      },
    });
  }

  const busy = create.isPending || stop.isPending;
  return (
    <section className="card calendar-feed" aria-labelledby="calendar-title" data-testid="calendar-feed">
      <h2 id="calendar-title">{t('reminders.calendar.title')}</h2>
      <p>{t('reminders.calendar.lead')}</p>
      {feed ? (
        <div className="calendar-feed__link">
          <p className="invitation-url">
            <code data-testid="calendar-feed-url">{feed.url}</code>
          </p>
          <p className="muted">
            {t('reminders.calendar.made', {
              when: formatInstant(feed.createdAt, localTimeZone(), 'dateTime', locale),
            })}
          </p>
          <div className="form__actions">
            <CopyButton text={feed.url} />
            <button
              type="button"
              className="button button--danger-outline"
              disabled={busy}
              onClick={stopLink}
            >
              {stop.isPending ? t('reminders.calendar.stopping') : t('reminders.calendar.stop')}
            </button>
            <button type="button" className="button button--secondary" disabled={busy} onClick={createLink}>
              {create.isPending ? t('reminders.calendar.creating') : t('reminders.calendar.replace')}
            </button>
          </div>
        </div>
      ) : (
        <div className="form__actions">
          <button type="button" className="button" disabled={busy} onClick={createLink}>
            {create.isPending ? t('reminders.calendar.creating') : t('reminders.calendar.create')}
          </button>
          <span className="muted">{t('reminders.calendar.replaces')}</span>
        </div>
      )}
      <p role="status" className="notice-line">
        {note}
      </p>
      {create.isError ? (
        <ErrorPanel title={t('reminders.calendar.createError')} error={create.error} />
      ) : null}
      {stop.isError ? <ErrorPanel title={t('reminders.calendar.stopError')} error={stop.error} /> : null}
    </section>
  );
}
