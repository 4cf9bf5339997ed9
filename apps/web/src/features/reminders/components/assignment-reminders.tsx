import type { TAssignment, TContributionState } from '@gcm/domain';
import { formatInstant } from '@gcm/domain';
import { ErrorPanel, useErrorMessage } from '../../../components/ui/error-panel';
import { QueryGate } from '../../../components/ui/query-gate';
import { ScrollArea } from '../../../components/ui/scroll-area';
import { useSession } from '../../../lib/api/get-session';
import { isApiError } from '../../../lib/api-client';
import { useLocale } from '../../../lib/i18n/locale-provider';
import { useT } from '../../../lib/i18n/use-t';
import { useAssignmentReminders } from '../api/get-assignment-reminders';
import { useRemindNow } from '../api/remind-now';
import { kindLabel, whenOf } from './outbox-labels';
import { OutboxStatusBadge } from './outbox-status-badge';

/** Reminders go out (and "Remind now" makes sense) only while the answer is still awaited. */
const AWAITED: ReadonlySet<TContributionState> = new Set(['not_started', 'drafting', 'changes_requested']);

function RemindNow({ assignment }: { assignment: TAssignment }) {
  const t = useT();
  const messageOf = useErrorMessage();
  const remind = useRemindNow(assignment.id, assignment.reviewId);
  if (!AWAITED.has(assignment.state)) {
    return <p className="muted">{t('reminders.assignment.notAwaited')}</p>;
  }
  const refused = isApiError(remind.error) && (remind.error.status === 429 || remind.error.status === 409);
  return (
    <div className="remind-now">
      <div className="form__actions">
        <button
          type="button"
          className="button button--secondary"
          data-testid="remind-now"
          disabled={remind.isPending}
          onClick={() => remind.mutate()}
        >
          {remind.isPending ? t('reminders.assignment.sending') : t('reminders.assignment.remindNow')}
        </button>
        <span role="status" className="form__saved">
          {remind.isSuccess ? t('reminders.assignment.queued') : ''}
        </span>
      </div>
      {remind.isError ? (
        refused ? (
          <p className="notice notice--warning" role="alert" data-testid="remind-now-refused">
            <strong>{t('reminders.assignment.refused')}</strong> {messageOf(remind.error)}
          </p>
        ) : (
          <ErrorPanel title={t('reminders.assignment.sendError')} error={remind.error} />
        )
      ) : null}
    </div>
  );
}

/**
 * The editor's "Reminders" card: what went out and what is planned for this assignment, for the
 * coordinator (with "Remind now") and the assigned organisation's contributors. Hidden from anyone else.
 */
export function AssignmentReminders({ assignment }: { assignment: TAssignment }) {
  const t = useT();
  const locale = useLocale();
  const { data: person } = useSession({ enabled: false });
  const membership = person?.memberships.find((m) => m.reviewId === assignment.reviewId);
  const coordinator = membership?.role === 'coordinator';
  const ownOrganisation =
    membership?.role === 'contributor' && membership.organisation?.id === assignment.organisation.id;
  const reminders = useAssignmentReminders(assignment.id, { enabled: coordinator || ownOrganisation });

  if (!coordinator && !ownOrganisation) return null;
  // The server is the judge: someone it does not let see them does not get the card.
  if (isApiError(reminders.error) && reminders.error.status === 403) return null;

  return (
    <section className="card" aria-labelledby="reminders-title" data-testid="assignment-reminders">
      <h2 id="reminders-title">{t('reminders.assignment.title')}</h2>
      {coordinator ? <RemindNow assignment={assignment} /> : null}
      <QueryGate
        query={reminders}
        loading={t('reminders.assignment.loading')}
        errorTitle={t('reminders.assignment.error')}
        isEmpty={(data) => data.messages.length === 0}
        empty={t('reminders.assignment.empty')}
      >
        {(data) => {
          const due = { dueDate: assignment.dueDate, timeZone: assignment.timeZone };
          return (
            <ScrollArea>
              <table className="data-table data-table--stack">
                <caption className="visually-hidden">
                  {t('reminders.assignment.caption', { timeZone: assignment.timeZone })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">
                      {t('reminders.outbox.col.whenZone', { timeZone: assignment.timeZone })}
                    </th>
                    <th scope="col">{t('reminders.outbox.col.what')}</th>
                    <th scope="col">{t('reminders.outbox.col.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.messages.map((message) => (
                    <tr key={message.id} data-testid="assignment-reminder">
                      <td data-label={t('reminders.outbox.col.when')}>
                        <time dateTime={whenOf(message)}>
                          {formatInstant(whenOf(message), assignment.timeZone, 'dateTime', locale)}
                        </time>
                      </td>
                      <td data-label={t('reminders.outbox.col.what')}>{kindLabel(t, message, due)}</td>
                      <td data-label={t('reminders.outbox.col.status')}>
                        <OutboxStatusBadge message={message} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollArea>
          );
        }}
      </QueryGate>
    </section>
  );
}
