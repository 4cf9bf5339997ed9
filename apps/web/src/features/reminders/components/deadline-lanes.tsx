import type { TAssignment, TDeadlineStatus, TReviewDetail } from '@gcm/domain';
import { formatCalendarDate, todayIn } from '@gcm/domain';
import type { CSSProperties } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { DataTable } from '../../../components/ui/data-table';
import { OrganisationName } from '../../../components/ui/organisation-name';
import { bothQueries, QueryGate } from '../../../components/ui/query-gate';
import { DEADLINE_STATUS_LOOK, deadlineStatusLabelId } from '../../../components/ui/status-badge';
import { useReviewAssignments } from '../../../lib/api/get-review-assignments';
import { useReviewOrganisations } from '../../../lib/api/get-review-organisations';
import { useLocale } from '../../../lib/i18n/locale-provider';
import { useT } from '../../../lib/i18n/use-t';
import {
  buildLanes,
  type Lane,
  type LaneMarker,
  markerState,
  monthTicks,
  positionOf,
  type TimelineAxis,
  timelineAxis,
} from './deadline-lanes-layout';
import type { Translate } from './outbox-labels';

/** The legend, in the order a reader looks for them. */
const LEGEND: TDeadlineStatus[] = ['overdue', 'due_soon', 'on_track', 'not_started', 'done'];

/** A label on the axis sits right of its line, or left of it in the last third so it stays inside. */
function labelSide(position: number): 'start' | 'end' {
  return position > 66 ? 'end' : 'start';
}

function at(position: number): CSSProperties {
  return { insetInlineStart: `${position}%` };
}

function Marker({ marker }: { marker: LaneMarker }) {
  const { assignment } = marker;
  const look = DEADLINE_STATUS_LOOK[assignment.deadlineStatus];
  const className = `lane__marker lane__marker--${assignment.deadlineStatus}`;
  const style: CSSProperties = {
    insetInlineStart: `${marker.position}%`,
    top: `calc(${marker.row} * var(--lane-row))`,
  };
  const content = (
    <>
      <span className="lane__marker-icon" aria-hidden="true">
        {look.icon}
      </span>
      <span aria-hidden="true">{assignment.question.code}</span>
      <span className="visually-hidden">{marker.name}</span>
    </>
  );
  return (
    <li className="lane__item" data-testid="lane-marker" data-status={assignment.deadlineStatus}>
      {marker.linked ? (
        <Link className={className} style={style} to={`/assignments/${assignment.id}`} title={marker.name}>
          {content}
        </Link>
      ) : (
        <span className={className} style={style} title={marker.name}>
          {content}
        </span>
      )}
    </li>
  );
}

function LaneRow({ lane, today, final }: { lane: Lane; today: number; final: number }) {
  const t = useT();
  const nameId = `lane-${lane.organisation.id}`;
  return (
    <li className="lane" data-testid="lane" aria-labelledby={nameId}>
      <div className="lane__name" id={nameId} title={lane.organisation.name}>
        {lane.organisation.shortName && lane.organisation.shortName !== lane.organisation.name ? (
          <>
            <span className="lane__short">{lane.organisation.shortName}</span>
            <span className="lane__full">{lane.organisation.name}</span>
          </>
        ) : (
          <span className="lane__short">{lane.organisation.name}</span>
        )}
      </div>
      <div className="lane__track" style={{ '--lane-rows': lane.rows } as CSSProperties}>
        <span className="lane__line lane__line--final" style={at(final)} aria-hidden="true" />
        <span className="lane__line lane__line--today" style={at(today)} aria-hidden="true" />
        {lane.markers.length === 0 ? (
          <p className="lane__empty">{t('reminders.lanes.nothingAssigned')}</p>
        ) : (
          <ul className="lane__markers">
            {lane.markers.map((marker) => (
              <Marker key={marker.assignment.id} marker={marker} />
            ))}
          </ul>
        )}
      </div>
    </li>
  );
}

function Axis({ axis, today, final }: { axis: TimelineAxis; today: number; final: number }) {
  const t = useT();
  const locale = useLocale();
  return (
    <div className="lanes__axis" aria-hidden="true">
      <div className="lane__name" />
      <div className="lanes__scale">
        <span
          className={`lanes__flag lanes__flag--final lanes__flag--${labelSide(final)}`}
          style={at(final)}
          data-testid="final-deadline-flag"
        >
          ⚑ {t('reminders.lanes.finalDeadline')}
        </span>
        <span
          className={`lanes__flag lanes__flag--today lanes__flag--${labelSide(today)}`}
          style={at(today)}
          data-testid="today-flag"
        >
          {t('reminders.lanes.today')}
        </span>
        {monthTicks(axis, locale).map((tick) => (
          <span key={tick.date} className="lanes__tick" style={at(tick.position)}>
            {tick.label}
          </span>
        ))}
      </div>
    </div>
  );
}

/** "Question 1a, due 15 March 2027, overdue", in the person's language. */
function markerName(t: Translate, locale: string, assignment: TAssignment): string {
  return t('reminders.lanes.marker', {
    code: assignment.question.code,
    date: formatCalendarDate(assignment.dueDate, 'long', locale),
    state: t(`reminders.lanes.state.${markerState(assignment)}`),
  });
}

function dueText(t: Translate, locale: string, assignment: TAssignment): string {
  return t('reminders.lanes.nextDueText', {
    code: assignment.question.code,
    date: formatCalendarDate(assignment.dueDate, 'short', locale),
    state: t(`reminders.lanes.state.${markerState(assignment)}`),
  });
}

/** The chart's facts in words: per organisation what is assigned, due next and overdue. */
function LanesTable({ lanes }: { lanes: Lane[] }) {
  const t = useT();
  const locale = useLocale();
  const columns = [
    t('reminders.lanes.col.organisation'),
    t('reminders.lanes.col.assigned'),
    t('reminders.lanes.col.done'),
    t('reminders.lanes.col.nextDue'),
    t('reminders.lanes.col.overdue'),
  ];
  return (
    <DataTable caption={t('reminders.lanes.tableCaption')} columns={columns} stack testId="lanes-table">
      {lanes.map((lane) => {
        const overdue = lane.markers.filter((marker) => marker.assignment.deadlineStatus === 'overdue');
        return (
          <tr key={lane.organisation.id}>
            <th scope="row">
              <OrganisationName organisation={lane.organisation} />
            </th>
            <td data-label={columns[1]}>
              {lane.markers.length === 0 ? t('reminders.lanes.nothingAssigned') : lane.markers.length}
            </td>
            <td data-label={columns[2]}>
              {lane.markers.filter((marker) => marker.assignment.deadlineStatus === 'done').length}
            </td>
            <td data-label={columns[3]}>{lane.nextDue ? dueText(t, locale, lane.nextDue) : '—'}</td>
            <td data-label={columns[4]} className={overdue.length > 0 ? 'cell--danger' : undefined}>
              {overdue.length === 0
                ? '0'
                : `${overdue.length}: ${overdue.map((marker) => marker.assignment.question.code).join(', ')}`}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}

/**
 * The review's deadlines as a picture: one lane per organisation on a date axis, a marker per
 * assignment shaped and coloured by its state, lines for today and the final deadline; then the
 * same facts in a table. A contributor sees their organisation's lane only, as the assignment list
 * gives them only their organisation's assignments.
 */
export function DeadlineLanes({ review }: { review: TReviewDetail }) {
  const query = bothQueries(useReviewAssignments(review.id), useReviewOrganisations(review.id));
  const { viewer } = review;
  const t = useT();
  const locale = useLocale();
  return (
    <section className="card" aria-labelledby="lanes-title">
      <h2 id="lanes-title">{t('reminders.lanes.title')}</h2>
      <QueryGate query={query} loading={t('reminders.lanes.loading')} errorTitle={t('reminders.lanes.error')}>
        {([{ assignments }, { organisations }]) => {
          const today = todayIn(review.timeZone);
          const shown =
            viewer.role === 'contributor'
              ? organisations.filter((organisation) => organisation.id === viewer.organisationId)
              : organisations;
          const axis = timelineAxis({
            dueDates: assignments.map((assignment) => assignment.dueDate),
            finalDueDate: review.finalDueDate,
            today,
          });
          const lanes = buildLanes({
            organisations: shown,
            assignments,
            axis,
            viewer,
            nameOf: (assignment) => markerName(t, locale, assignment),
          });
          const todayAt = positionOf(axis, today);
          const finalAt = positionOf(axis, review.finalDueDate);
          return (
            <>
              <p data-testid="lanes-summary">
                <FormattedMessage
                  id="reminders.lanes.summary"
                  values={{
                    today: <time dateTime={today}>{formatCalendarDate(today, 'long', locale)}</time>,
                    final: (
                      <time dateTime={review.finalDueDate}>
                        {formatCalendarDate(review.finalDueDate, 'long', locale)}
                      </time>
                    ),
                  }}
                />
                {viewer.role === 'contributor' ? ` ${t('reminders.lanes.ownOnly')}` : null}
              </p>
              <ul className="lanes__legend" aria-label={t('reminders.lanes.legend')}>
                {LEGEND.map((status) => (
                  <li key={status}>
                    <span
                      className={`lane__marker lane__marker--${status} lane__marker--sample`}
                      aria-hidden="true"
                    >
                      <span className="lane__marker-icon">{DEADLINE_STATUS_LOOK[status].icon}</span>
                    </span>{' '}
                    {t(deadlineStatusLabelId(status))}
                  </li>
                ))}
              </ul>
              {lanes.length === 0 ? (
                <p className="muted">{t('reminders.lanes.noOrganisation')}</p>
              ) : (
                <>
                  {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard */}
                  <section className="lanes__scroll" aria-label={t('reminders.lanes.timeline')} tabIndex={0}>
                    <div className="lanes">
                      <Axis axis={axis} today={todayAt} final={finalAt} />
                      <ul className="lanes__list" data-testid="lanes">
                        {lanes.map((lane) => (
                          <LaneRow key={lane.organisation.id} lane={lane} today={todayAt} final={finalAt} />
                        ))}
                      </ul>
                    </div>
                  </section>
                  <h3 className="lanes__words-title">{t('reminders.lanes.inWords')}</h3>
                  <LanesTable lanes={lanes} />
                </>
              )}
            </>
          );
        }}
      </QueryGate>
    </section>
  );
}
