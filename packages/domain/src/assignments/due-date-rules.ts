import { addDays, dateIn, formatCalendarDate, isIsoDate } from '../dates/calendar-date';

/**
 * The rules every due date follows, on the form before it is sent and in the API that takes it:
 * assignments, the workshop's division of labour and action items.
 */

/** How long before the final deadline a question is due, unless the coordinator says otherwise. */
export const SUGGESTED_LEAD_DAYS = 21;

/**
 * The suggested internal due date: `leadDays` before the final deadline (three weeks unless
 * told), but never before `today`, today in the review's zone. All dates YYYY-MM-DD.
 */
export function suggestDueDate(finalDueDate: string, today: string, leadDays = SUGGESTED_LEAD_DAYS): string {
  const suggestion = addDays(finalDueDate, -leadDays);
  // YYYY-MM-DD strings sort like the dates they stand for.
  return suggestion < today ? today : suggestion;
}

/** No GCM review predates the Global Compact; a due date before this is a typing mistake. */
export const EARLIEST_DUE_DATE = '2000-01-01';
/** How far ahead a due date may be set. */
export const MAX_YEARS_AHEAD = 5;

/** The latest due date allowed at `now`: the same day (in UTC) five years on. */
export function latestDueDate(now: Date): string {
  const today = dateIn('UTC', now);
  const sameDay = `${Number(today.slice(0, 4)) + MAX_YEARS_AHEAD}${today.slice(4)}`;
  // A 29 February five years on does not exist: it becomes 1 March, as it always has here.
  return isIsoDate(sameDay) ? sameDay : addDays(`${sameDay.slice(0, 8)}28`, 1);
}

/**
 * Why a (well-formed) due date is out of range, or null when it is fine. With the review's final
 * deadline (YYYY-MM-DD), a due date after that day is refused too: the work is due before the report.
 */
export function dueDateProblem(dueDate: string, now: Date, finalDueDate?: string): string | null {
  const latest = latestDueDate(now);
  if (dueDate < EARLIEST_DUE_DATE || dueDate > latest) {
    return `must be between ${EARLIEST_DUE_DATE} and ${latest}`;
  }
  if (finalDueDate !== undefined && dueDate > finalDueDate) {
    return `must be on or before the final deadline, ${formatCalendarDate(finalDueDate, 'long')}`;
  }
  return null;
}

/**
 * Why the final deadline cannot move to `finalDueDate` while `laterCount` open assignments are
 * due after it, or null when none is.
 */
export function finalDeadlineProblem(finalDueDate: string, laterCount: number): string | null {
  if (laterCount === 0) return null;
  const assignments = laterCount === 1 ? '1 open assignment is' : `${laterCount} open assignments are`;
  return `${assignments} due after ${formatCalendarDate(finalDueDate, 'long')}: move ${laterCount === 1 ? 'its due date' : 'their due dates'} to that day or earlier first`;
}
