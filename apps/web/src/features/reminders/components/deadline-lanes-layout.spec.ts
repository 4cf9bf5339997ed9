import type { TAssignment } from '@gcm/domain';
import { buildFullAssignment, buildOrganisation } from '../../../testing/fixtures';
import {
  buildLanes,
  markerName,
  mayOpen,
  monthTicks,
  positionOf,
  timelineAxis,
} from './deadline-lanes-layout';

const MLSP = buildOrganisation({ name: 'Ministry of Labour and Social Protection', shortName: 'MLSP' });
const IOM = buildOrganisation({ name: 'IOM Mongolia', shortName: 'IOM' });
const NSO = buildOrganisation({ name: 'National Statistics Office', shortName: 'NSO' });
const COORDINATOR = { role: 'coordinator', organisationId: null };

function assignment(code: string, overrides: Partial<TAssignment>): TAssignment {
  const base = buildFullAssignment(overrides);
  return { ...base, question: { ...base.question, code } };
}

describe('the axis of the deadline lanes', () => {
  it('runs from a week before the earliest date to two weeks past the final deadline', () => {
    const axis = timelineAxis({
      dueDates: ['2027-01-15', '2026-12-10'],
      finalDueDate: '2027-03-31',
      today: '2026-12-03',
    });
    expect(axis).toEqual({ start: '2026-11-26', end: '2027-04-14' });
  });

  it('reaches past today when today is after the final deadline, and back to today before any due date', () => {
    expect(
      timelineAxis({ dueDates: ['2027-01-15'], finalDueDate: '2027-03-31', today: '2027-05-01' }),
    ).toEqual({
      start: '2027-01-08',
      end: '2027-05-15',
    });
    expect(timelineAxis({ dueDates: [], finalDueDate: '2027-03-31', today: '2027-01-01' }).start).toBe(
      '2026-12-25',
    );
  });

  it('places dates by the share of days from the start: 0 at the start, 100 at the end', () => {
    const axis = { start: '2027-01-01', end: '2027-01-11' };
    expect(positionOf(axis, '2027-01-01')).toBe(0);
    expect(positionOf(axis, '2027-01-06')).toBe(50);
    expect(positionOf(axis, '2027-01-11')).toBe(100);
    expect(positionOf({ start: '2027-01-01', end: '2027-01-01' }, '2027-01-01')).toBe(0);
  });

  it('ticks the first of each month, with the year on the first tick and on January', () => {
    const ticks = monthTicks({ start: '2026-11-26', end: '2027-03-01' });
    expect(ticks.map((tick) => [tick.date, tick.label])).toEqual([
      ['2026-12-01', 'Dec 2026'],
      ['2027-01-01', 'Jan 2027'],
      ['2027-02-01', 'Feb'],
      ['2027-03-01', 'Mar'],
    ]);
    expect(ticks[0]?.position).toBeCloseTo((5 / 95) * 100);
    expect(ticks[3]?.position).toBe(100);
  });
});

describe('the lanes', () => {
  const axis = { start: '2027-01-01', end: '2027-04-11' }; // 100 days: a day is 1%
  const overdue = assignment('3b', {
    organisation: MLSP,
    dueDate: '2027-03-15',
    state: 'drafting',
    deadlineStatus: 'overdue',
  });
  const accepted = assignment('1a', {
    organisation: MLSP,
    dueDate: '2027-01-21',
    state: 'accepted',
    deadlineStatus: 'done',
  });
  const soon = assignment('2a', {
    organisation: MLSP,
    dueDate: '2027-03-17',
    state: 'not_started',
    deadlineStatus: 'due_soon',
  });
  const iom = assignment('4d', { organisation: IOM, dueDate: '2027-04-01', deadlineStatus: 'on_track' });

  const lanes = buildLanes({
    organisations: [MLSP, NSO, IOM],
    assignments: [overdue, soon, iom, accepted],
    axis,
    viewer: COORDINATOR,
  });

  it('gives every organisation a lane, by name, an organisation without assignments an empty one', () => {
    expect(lanes.map((lane) => [lane.organisation.shortName, lane.markers.length])).toEqual([
      ['IOM', 1],
      ['MLSP', 3],
      ['NSO', 0],
    ]);
    expect(lanes[2]).toMatchObject({ rows: 1, overdue: 0, nextDue: null });
  });

  it('puts the markers in due-date order at their dates, counts the overdue and finds the next open one', () => {
    const mlsp = lanes[1];
    expect(mlsp?.markers.map((marker) => [marker.assignment.question.code, marker.position])).toEqual([
      ['1a', 20],
      ['3b', 73],
      ['2a', 75],
    ]);
    expect(mlsp?.overdue).toBe(1);
    // 1a is done and 3b overdue (counted apart): the next due is 2a.
    expect(mlsp?.nextDue?.question.code).toBe('2a');
  });

  it('moves a marker too close to the one before to the next row', () => {
    expect(lanes[1]?.markers.map((marker) => marker.row)).toEqual([0, 0, 1]);
    expect(lanes[1]?.rows).toBe(2);
    expect(lanes[0]?.rows).toBe(1);
  });

  it('names a marker by question, due date and state', () => {
    expect(markerName(overdue)).toBe('Question 3b, due 15 March 2027, overdue');
    expect(markerName(accepted)).toBe('Question 1a, due 21 January 2027, accepted');
    expect(markerName(soon)).toBe('Question 2a, due 17 March 2027, due soon');
    expect(markerName({ ...iom, state: 'submitted', deadlineStatus: 'done' })).toBe(
      'Question 4d, due 1 April 2027, submitted',
    );
  });

  it('links a marker only for whoever may open the assignment', () => {
    expect(mayOpen(COORDINATOR, MLSP.id)).toBe(true);
    expect(mayOpen({ role: 'observer', organisationId: null }, MLSP.id)).toBe(true);
    expect(mayOpen({ role: 'contributor', organisationId: MLSP.id }, MLSP.id)).toBe(true);
    expect(mayOpen({ role: 'contributor', organisationId: IOM.id }, MLSP.id)).toBe(false);
    expect(mayOpen({ role: 'stakeholder', organisationId: MLSP.id }, MLSP.id)).toBe(false);
    const seenByStakeholder = buildLanes({
      organisations: [MLSP],
      assignments: [overdue],
      axis,
      viewer: { role: 'stakeholder', organisationId: null },
    });
    expect(seenByStakeholder[0]?.markers[0]?.linked).toBe(false);
  });
});
