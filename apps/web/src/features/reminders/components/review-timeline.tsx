import type { TTimelineEntry } from '@gcm/domain';
import { formatCalendarDate, todayIn } from '@gcm/domain';
import { QueryGate } from '../../../components/ui/query-gate';
import { useLocale } from '../../../lib/i18n/locale-provider';
import { type MessageId, useT } from '../../../lib/i18n/use-t';
import { useReviewTimeline } from '../api/get-review-timeline';

const KIND_LOOK: Record<TTimelineEntry['kind'], { icon: string; text: MessageId }> = {
  final_deadline: { icon: '⚑', text: 'reminders.timeline.kind.final_deadline' },
  assignment_due: { icon: '◷', text: 'reminders.timeline.kind.assignment_due' },
  submitted: { icon: '✓', text: 'reminders.timeline.kind.submitted' },
  reminder_sent: { icon: '✉', text: 'reminders.timeline.kind.reminder_sent' },
};

interface DayGroup {
  date: string;
  /** Entries have no id and the same text may repeat on a day (two reminders): keyed by position. */
  entries: { key: string; entry: TTimelineEntry }[];
}

/** Entries in date order, grouped by date (the API sends them sorted; the sort is stable). */
export function groupByDate(entries: readonly TTimelineEntry[]): DayGroup[] {
  const groups: DayGroup[] = [];
  for (const entry of [...entries].sort((a, b) => a.date.localeCompare(b.date))) {
    const last = groups[groups.length - 1];
    if (last && last.date === entry.date)
      last.entries.push({ key: `${entry.date}:${last.entries.length}`, entry });
    else groups.push({ date: entry.date, entries: [{ key: `${entry.date}:0`, entry }] });
  }
  return groups;
}

function Entry({ entry }: { entry: TTimelineEntry }) {
  const t = useT();
  const look = KIND_LOOK[entry.kind];
  const final = entry.kind === 'final_deadline';
  return (
    <li className={`timeline__entry timeline__entry--${entry.kind}`} data-testid="timeline-entry">
      <span className="timeline__icon" aria-hidden="true">
        {look.icon}
      </span>
      <span>
        {final ? (
          <strong>{t('reminders.timeline.kindLabel', { kind: t(look.text) })} </strong>
        ) : (
          <span className="timeline__kind">{t('reminders.timeline.kindLabel', { kind: t(look.text) })} </span>
        )}
        {entry.label}
        {entry.organisationName ? <span className="muted"> — {entry.organisationName}</span> : null}
      </span>
    </li>
  );
}

/**
 * Due dates, submissions and reminders of the review, day by day, folded away under the lanes
 * (which show the same due dates as a picture); the final deadline stands out.
 */
export function ReviewTimeline({ reviewId, timeZone }: { reviewId: string; timeZone: string }) {
  const t = useT();
  const locale = useLocale();
  const reviewTimeline = useReviewTimeline(reviewId);
  return (
    <section className="card" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('reminders.timeline.title')}</h2>
      <details className="timeline-details">
        <summary>{t('reminders.timeline.show')}</summary>
        <QueryGate
          query={reviewTimeline}
          loading={t('reminders.timeline.loading')}
          errorTitle={t('reminders.timeline.error')}
          isEmpty={(data) => data.entries.length === 0}
          empty={t('reminders.timeline.empty')}
        >
          {(data) => {
            const today = todayIn(timeZone);
            return (
              <ol className="timeline" data-testid="timeline">
                {groupByDate(data.entries).map((group) => {
                  const final = group.entries.some(({ entry }) => entry.kind === 'final_deadline');
                  return (
                    <li
                      key={group.date}
                      className={`timeline__day${final ? ' timeline__day--final' : ''}${group.date < today ? ' timeline__day--past' : ''}`}
                    >
                      <h3 className="timeline__date">
                        <time dateTime={group.date}>{formatCalendarDate(group.date, 'long', locale)}</time>
                        {group.date === today ? (
                          <span className="badge badge--info">{t('reminders.lanes.today')}</span>
                        ) : null}
                      </h3>
                      <ul className="timeline__entries">
                        {group.entries.map(({ key, entry }) => (
                          <Entry key={key} entry={entry} />
                        ))}
                      </ul>
                    </li>
                  );
                })}
              </ol>
            );
          }}
        </QueryGate>
      </details>
    </section>
  );
}
