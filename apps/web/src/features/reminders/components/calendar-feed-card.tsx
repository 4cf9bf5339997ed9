import type { TCalendarFeed } from '@gcm/domain';
import { formatInstant, localTimeZone } from '@gcm/domain';
import { useState } from 'react';
import { CopyButton } from '../../../components/ui/copy-button';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { useCreateCalendarFeed } from '../api/create-calendar-feed';
import { useDeleteCalendarFeed } from '../api/delete-calendar-feed';

/**
 * "My calendar": a private .ics link to subscribe to one's due dates. The API shows the link only when it
 * is made, so the card keeps it for as long as the page is open.
 */
export function CalendarFeedCard() {
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
        setNote('Your calendar link is ready.');
      },
    });
  }

  function stopLink() {
    setNote('');
    create.reset();
    stop.mutate(undefined, {
      onSuccess: () => {
        setFeed(null);
        setNote('The link is stopped: calendars subscribed to it no longer get your due dates.');
      },
    });
  }

  const busy = create.isPending || stop.isPending;
  return (
    <section className="card calendar-feed" aria-labelledby="calendar-title" data-testid="calendar-feed">
      <h2 id="calendar-title">My calendar</h2>
      <p>
        Subscribe to your due dates in Outlook/Google/Apple Calendar: they appear there and follow any change.
        The link is private: anyone who has it can see your due dates.
      </p>
      {feed ? (
        <div className="calendar-feed__link">
          <p className="invitation-url">
            <code data-testid="calendar-feed-url">{feed.url}</code>
          </p>
          <p className="muted">
            Made {formatInstant(feed.createdAt, localTimeZone())}. Add it in your calendar as a subscription
            “from URL” (Outlook: Add calendar → Subscribe from web; Google: Other calendars → From URL; Apple:
            File → New Calendar Subscription).
          </p>
          <div className="form__actions">
            <CopyButton text={feed.url} label="Copy" />
            <button
              type="button"
              className="button button--danger-outline"
              disabled={busy}
              onClick={stopLink}
            >
              {stop.isPending ? 'Stopping…' : 'Stop this link'}
            </button>
            <button type="button" className="button button--secondary" disabled={busy} onClick={createLink}>
              {create.isPending ? 'Creating…' : 'Replace with a new link'}
            </button>
          </div>
        </div>
      ) : (
        <div className="form__actions">
          <button type="button" className="button" disabled={busy} onClick={createLink}>
            {create.isPending ? 'Creating…' : 'Create my calendar link'}
          </button>
          <span className="muted">A new link replaces any link you made before.</span>
        </div>
      )}
      <p role="status" className="notice-line">
        {note}
      </p>
      {create.isError ? (
        <ErrorPanel title="The calendar link could not be created" error={create.error} />
      ) : null}
      {stop.isError ? <ErrorPanel title="The calendar link could not be stopped" error={stop.error} /> : null}
    </section>
  );
}
