import type { TAssignment, TDeadlineStatus, TOrganisationRef } from '@gcm/domain';
import { addDays, daysBetween, formatCalendarDate, monthStartsBetween } from '@gcm/domain';

/** Days shown before the earliest date and after the latest, so no marker sits on the edge. */
const LEAD_DAYS = 7;
const TAIL_DAYS = 14;
/** Markers closer than this (in % of the axis) go on separate rows of their lane. */
const MIN_GAP_PERCENT = 9;

export interface TimelineAxis {
  start: string;
  end: string;
}

/**
 * From a week before the earliest of the due dates and today, to two weeks past the latest of
 * the final deadline, the due dates and today.
 */
export function timelineAxis(input: {
  dueDates: readonly string[];
  finalDueDate: string;
  today: string;
}): TimelineAxis {
  const dates = [...input.dueDates, input.finalDueDate, input.today].sort();
  const first = dates[0] ?? input.today;
  const last = dates[dates.length - 1] ?? input.today;
  return { start: addDays(first, -LEAD_DAYS), end: addDays(last, TAIL_DAYS) };
}

/** Where `date` falls on the axis, in percent from its start (0) to its end (100). */
export function positionOf(axis: TimelineAxis, date: string): number {
  const span = daysBetween(axis.start, axis.end);
  return span > 0 ? (daysBetween(axis.start, date) / span) * 100 : 0;
}

export interface MonthTick {
  date: string;
  label: string;
  position: number;
}

/**
 * A tick on the first day of each month of the axis: "Jan 2027" at the first tick and each January, else
 * "Feb" ("janv. 2027", "févr." in French).
 */
export function monthTicks(axis: TimelineAxis, locale?: string): MonthTick[] {
  return monthStartsBetween(axis.start, axis.end).map((date, index) => ({
    date,
    label: formatCalendarDate(date, index === 0 || date.endsWith('-01-01') ? 'monthYear' : 'month', locale),
    position: positionOf(axis, date),
  }));
}

export interface LaneMarker {
  assignment: TAssignment;
  position: number;
  /** 0 for the first row of the lane; markers too close to each other go on the next rows. */
  row: number;
  /** "Question 1a, due 15 March 2027, overdue". */
  name: string;
  /** The viewer may open the assignment's page. */
  linked: boolean;
}

export interface Lane {
  organisation: TOrganisationRef;
  markers: LaneMarker[];
  rows: number;
  overdue: number;
  /** The first of what is still open and not yet overdue, or null. */
  nextDue: TAssignment | null;
}

/** The state of a marker: its deadline status, a done one told apart as accepted or submitted. */
export type MarkerState = Exclude<TDeadlineStatus, 'done'> | 'accepted' | 'submitted';

export function markerState(assignment: Pick<TAssignment, 'deadlineStatus' | 'state'>): MarkerState {
  if (assignment.deadlineStatus !== 'done') return assignment.deadlineStatus;
  return assignment.state === 'accepted' ? 'accepted' : 'submitted';
}

/** In English (the screens say `reminders.marker.state.<state>`): "overdue", "due soon", "accepted". */
const STATE_WORDS: Record<MarkerState, string> = {
  overdue: 'overdue',
  due_soon: 'due soon',
  on_track: 'on track',
  not_started: 'not started',
  accepted: 'accepted',
  submitted: 'submitted',
};

/** The state in words for a marker's name, in English: "overdue", "due soon", "accepted". */
export function statusWords(assignment: Pick<TAssignment, 'deadlineStatus' | 'state'>): string {
  return STATE_WORDS[markerState(assignment)];
}

/** A marker's name in English; the screen passes `buildLanes` its own, in the person's language. */
export function markerName(assignment: TAssignment): string {
  return `Question ${assignment.question.code}, due ${formatCalendarDate(assignment.dueDate)}, ${statusWords(assignment)}`;
}

export interface Viewer {
  role: string;
  organisationId: string | null;
}

/**
 * Who may open an assignment's page (the API's rule): the coordinator and observers every one,
 * a contributor those of their organisation, a stakeholder none.
 */
export function mayOpen(viewer: Viewer, organisationId: string): boolean {
  if (viewer.role === 'coordinator' || viewer.role === 'observer') return true;
  return viewer.role === 'contributor' && viewer.organisationId === organisationId;
}

/** Rows of a lane: each marker on the first row where it keeps its distance from the one before. */
function placeInRows(positions: readonly number[]): { rows: number[]; count: number } {
  const lastOnRow: number[] = [];
  const rows = positions.map((position) => {
    let row = lastOnRow.findIndex((last) => position - last >= MIN_GAP_PERCENT);
    if (row === -1) row = lastOnRow.length;
    lastOnRow[row] = position;
    return row;
  });
  return { rows, count: Math.max(1, lastOnRow.length) };
}

/**
 * One lane per organisation, those with assignments first, each with its assignments in due-date order placed on the
 * axis; organisations without assignments get an empty lane.
 */
export function buildLanes(input: {
  organisations: readonly TOrganisationRef[];
  assignments: readonly TAssignment[];
  axis: TimelineAxis;
  viewer: Viewer;
  /** The marker's name, "Question 1a, due 15 March 2027, overdue" (in English unless given). */
  nameOf?: (assignment: TAssignment) => string;
}): Lane[] {
  const nameOf = input.nameOf ?? markerName;
  const byOrganisation = new Map<string, { organisation: TOrganisationRef; assignments: TAssignment[] }>();
  for (const organisation of input.organisations)
    byOrganisation.set(organisation.id, { organisation, assignments: [] });
  for (const assignment of input.assignments) {
    const entry = byOrganisation.get(assignment.organisation.id) ?? {
      organisation: assignment.organisation,
      assignments: [],
    };
    entry.assignments.push(assignment);
    byOrganisation.set(assignment.organisation.id, entry);
  }
  return (
    [...byOrganisation.values()]
      // Lanes with something on them first, then the empty ones; each group by name.
      .sort(
        (a, b) =>
          Number(b.assignments.length > 0) - Number(a.assignments.length > 0) ||
          a.organisation.name.localeCompare(b.organisation.name),
      )
      .map(({ organisation, assignments }) => {
        const sorted = [...assignments].sort(
          (a, b) => a.dueDate.localeCompare(b.dueDate) || a.question.code.localeCompare(b.question.code),
        );
        const positions = sorted.map((assignment) => positionOf(input.axis, assignment.dueDate));
        const { rows, count } = placeInRows(positions);
        return {
          organisation,
          markers: sorted.map((assignment, index) => ({
            assignment,
            position: positions[index] ?? 0,
            row: rows[index] ?? 0,
            name: nameOf(assignment),
            linked: mayOpen(input.viewer, organisation.id),
          })),
          rows: count,
          overdue: sorted.filter((assignment) => assignment.deadlineStatus === 'overdue').length,
          nextDue:
            sorted.find(
              (assignment) => assignment.deadlineStatus !== 'done' && assignment.deadlineStatus !== 'overdue',
            ) ?? null,
        };
      })
  );
}
