import { DateTime } from 'luxon';
import { isIsoDate, isTimeZone } from '../dates/calendar-date';
import type { TContributionState } from '../shared/primitives.schemas';
import type { TDeadlineStatus } from './deadline.schemas';

function assertTimeZone(timeZone: string): void {
  if (!isTimeZone(timeZone)) {
    throw new Error(`"${timeZone}" is not an IANA time zone such as Asia/Ulaanbaatar`);
  }
}

function assertIsoDate(dueDate: string): void {
  if (!isIsoDate(dueDate)) {
    throw new Error(`"${dueDate}" is not a date in the form YYYY-MM-DD`);
  }
}

function assertInstant(now: Date): void {
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
    throw new Error('"now" must be a valid Date');
  }
}

function startOfDueDay(dueDate: string, timeZone: string): DateTime {
  assertTimeZone(timeZone);
  assertIsoDate(dueDate);
  return DateTime.fromFormat(dueDate, 'yyyy-MM-dd', { zone: timeZone }).startOf('day');
}

/** The last millisecond of the due date in the review's time zone (23:59:59.999 local time). */
export function dueInstant(dueDate: string, timeZone: string): Date {
  return startOfDueDay(dueDate, timeZone).endOf('day').toJSDate();
}

/** Ordinal number of a calendar day, independent of time zones and daylight saving time. */
function dayNumber(date: DateTime): number {
  return Date.UTC(date.year, date.month - 1, date.day) / 86_400_000;
}

export interface TDaysUntilDueInput {
  dueDate: string;
  now: Date;
  timeZone: string;
}

/** Calendar days from today (in the review's time zone) to the due date: 0 when due today, negative when past. */
export function daysUntilDue({ dueDate, now, timeZone }: TDaysUntilDueInput): number {
  const due = startOfDueDay(dueDate, timeZone);
  assertInstant(now);
  const today = DateTime.fromJSDate(now, { zone: timeZone });
  return dayNumber(due) - dayNumber(today);
}

export interface TDeadlineStatusInput extends TDaysUntilDueInput {
  state: TContributionState;
  /** Due within this many calendar days (today included) counts as due soon. Default 3. */
  dueSoonDays?: number;
}

export function deadlineStatus({
  dueDate,
  now,
  timeZone,
  state,
  dueSoonDays = 3,
}: TDeadlineStatusInput): TDeadlineStatus {
  if (!Number.isInteger(dueSoonDays) || dueSoonDays < 0) {
    throw new Error(`dueSoonDays must be a whole number of days, zero or more, got ${dueSoonDays}`);
  }
  const days = daysUntilDue({ dueDate, now, timeZone });
  if (state === 'submitted' || state === 'accepted') return 'done';
  if (now.getTime() > dueInstant(dueDate, timeZone).getTime()) return 'overdue';
  if (days <= dueSoonDays) return 'due_soon';
  if (state === 'not_started') return 'not_started';
  return 'on_track';
}
