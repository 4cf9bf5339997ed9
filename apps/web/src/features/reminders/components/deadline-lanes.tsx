import type { TAssignment, TDeadlineStatus, TReviewDetail } from '@gcm/domain';
import { formatCalendarDate, todayIn } from '@gcm/domain';
import type { CSSProperties } from 'react';
import { Link } from 'react-router';
import { DataTable } from '../../../components/ui/data-table';
import { OrganisationName } from '../../../components/ui/organisation-name';
import { bothQueries, QueryGate } from '../../../components/ui/query-gate';
import { DEADLINE_STATUS_LOOK } from '../../../components/ui/status-badge';
import { useReviewAssignments } from '../../../lib/api/get-review-assignments';
import { useReviewOrganisations } from '../../../lib/api/get-review-organisations';
import {
  buildLanes,
  type Lane,
  type LaneMarker,
  monthTicks,
  positionOf,
  statusWords,
  type TimelineAxis,
  timelineAxis,
} from './deadline-lanes-layout';

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
          <p className="lane__empty">Nothing assigned</p>
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
  return (
    <div className="lanes__axis" aria-hidden="true">
      <div className="lane__name" />
      <div className="lanes__scale">
        <span
          className={`lanes__flag lanes__flag--final lanes__flag--${labelSide(final)}`}
          style={at(final)}
          data-testid="final-deadline-flag"
        >
          ⚑ Final deadline
        </span>
        <span
          className={`lanes__flag lanes__flag--today lanes__flag--${labelSide(today)}`}
          style={at(today)}
          data-testid="today-flag"
        >
          Today
        </span>
        {monthTicks(axis).map((tick) => (
          <span key={tick.date} className="lanes__tick" style={at(tick.position)}>
            {tick.label}
          </span>
        ))}
      </div>
    </div>
  );
}

function dueText(assignment: TAssignment): string {
  return `${assignment.question.code}, ${formatCalendarDate(assignment.dueDate, 'short')} (${statusWords(assignment)})`;
}

/** The chart's facts in words: per organisation what is assigned, due next and overdue. */
function LanesTable({ lanes }: { lanes: Lane[] }) {
  return (
    <DataTable
      caption="Deadlines by organisation, in words"
      columns={['Organisation', 'Assigned', 'Done', 'Next due', 'Overdue']}
      stack
      testId="lanes-table"
    >
      {lanes.map((lane) => {
        const overdue = lane.markers.filter((marker) => marker.assignment.deadlineStatus === 'overdue');
        return (
          <tr key={lane.organisation.id}>
            <th scope="row">
              <OrganisationName organisation={lane.organisation} />
            </th>
            <td data-label="Assigned">
              {lane.markers.length === 0 ? 'Nothing assigned' : lane.markers.length}
            </td>
            <td data-label="Done">
              {lane.markers.filter((marker) => marker.assignment.deadlineStatus === 'done').length}
            </td>
            <td data-label="Next due">{lane.nextDue ? dueText(lane.nextDue) : '—'}</td>
            <td data-label="Overdue" className={overdue.length > 0 ? 'cell--danger' : undefined}>
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
  return (
    <section className="card" aria-labelledby="lanes-title">
      <h2 id="lanes-title">Deadlines at a glance</h2>
      <QueryGate
        query={query}
        loading="Loading the deadlines…"
        errorTitle="The deadlines could not be loaded"
      >
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
          const lanes = buildLanes({ organisations: shown, assignments, axis, viewer });
          const todayAt = positionOf(axis, today);
          const finalAt = positionOf(axis, review.finalDueDate);
          return (
            <>
              <p data-testid="lanes-summary">
                Today is <time dateTime={today}>{formatCalendarDate(today)}</time>; the final deadline is{' '}
                <time dateTime={review.finalDueDate}>{formatCalendarDate(review.finalDueDate)}</time>.
                {viewer.role === 'contributor' ? " Your organisation's assignments are shown." : null}
              </p>
              <ul className="lanes__legend" aria-label="What the markers mean">
                {LEGEND.map((status) => (
                  <li key={status}>
                    <span
                      className={`lane__marker lane__marker--${status} lane__marker--sample`}
                      aria-hidden="true"
                    >
                      <span className="lane__marker-icon">{DEADLINE_STATUS_LOOK[status].icon}</span>
                    </span>{' '}
                    {DEADLINE_STATUS_LOOK[status].label}
                  </li>
                ))}
              </ul>
              {lanes.length === 0 ? (
                <p className="muted">No organisation takes part in the review yet.</p>
              ) : (
                <>
                  {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard */}
                  <section className="lanes__scroll" aria-label="Timeline by organisation" tabIndex={0}>
                    <div className="lanes">
                      <Axis axis={axis} today={todayAt} final={finalAt} />
                      <ul className="lanes__list" data-testid="lanes">
                        {lanes.map((lane) => (
                          <LaneRow key={lane.organisation.id} lane={lane} today={todayAt} final={finalAt} />
                        ))}
                      </ul>
                    </div>
                  </section>
                  <h3 className="lanes__words-title">The same in words</h3>
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
