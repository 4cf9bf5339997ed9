import { isoDate } from '../reviews/reviews.mapper';

/** No GCM review predates the Global Compact; a due date before this is a typing mistake. */
export const EARLIEST_DUE_DATE = '2000-01-01';
/** How far ahead a due date may be set. */
export const MAX_YEARS_AHEAD = 5;

export function latestDueDate(now: Date): string {
  const latest = new Date(now.getTime());
  latest.setUTCFullYear(latest.getUTCFullYear() + MAX_YEARS_AHEAD);
  return isoDate(latest);
}

/** Why a (well-formed) due date is out of range, or null when it is fine. */
export function dueDateProblem(dueDate: string, now: Date): string | null {
  const latest = latestDueDate(now);
  if (dueDate < EARLIEST_DUE_DATE || dueDate > latest) {
    return `must be between ${EARLIEST_DUE_DATE} and ${latest}`;
  }
  return null;
}
