import { DateTime, type IANAZone } from 'luxon';
import { isoDateParts } from '../dates/calendar-date';
import { resolveZone } from '../dates/zones';
import type { TContributionState } from '../shared/primitives.schemas';
import type { TDeadlineStatus } from './deadline.schemas';

const DAY_MS = 86_400_000;

/** Due dates remembered per zone: far more than a review has, the cap only bounds a long-running process. */
const MAX_DUE_DATES = 4_096;
/** Zones remembered: more than the IANA database names, the cap only stops odd spellings piling up. */
const MAX_ZONES = 2_000;

/** A due date in a zone: the calendar day its first moment falls on, and its last millisecond. */
interface DueDay {
  day: number;
  endMs: number;
}

/**
 * A review's zone, resolved once, with what the rows of a list share: each due date (assignments
 * share a few) and the calendar day of the last `now` asked about (one per request). luxon
 * computes them the first time; every other row is a map lookup and a subtraction.
 */
interface DeadlineZone {
  zone: IANAZone;
  dueDays: Map<string, DueDay>;
  nowMs: number;
  today: number;
}

const deadlineZones = new Map<string, DeadlineZone>();

function deadlineZone(timeZone: string): DeadlineZone {
  const known = deadlineZones.get(timeZone);
  if (known) return known;
  const zone = resolveZone(timeZone);
  if (!zone) {
    throw new Error(`"${timeZone}" is not an IANA time zone such as Asia/Ulaanbaatar`);
  }
  const prepared: DeadlineZone = { zone, dueDays: new Map(), nowMs: Number.NaN, today: 0 };
  if (deadlineZones.size >= MAX_ZONES) deadlineZones.clear();
  deadlineZones.set(timeZone, prepared);
  return prepared;
}

function assertInstant(now: Date): void {
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
    throw new Error('"now" must be a valid Date');
  }
}

/** Ordinal number of a calendar day, independent of time zones and daylight saving time. */
function dayNumber(date: { year: number; month: number; day: number }): number {
  return Date.UTC(date.year, date.month - 1, date.day) / DAY_MS;
}

/**
 * The due date in the zone. Its first moment is usually midnight that day, but not always: a
 * midnight skipped by a clock change moves forward, and Pacific/Apia skipped all of 2011-12-30.
 */
function dueDay(prepared: DeadlineZone, dueDate: string): DueDay {
  const known = prepared.dueDays.get(dueDate);
  if (known) return known;
  const parts = isoDateParts(dueDate);
  if (!parts) {
    throw new Error(`"${dueDate}" is not a date in the form YYYY-MM-DD`);
  }
  const start = DateTime.fromObject(parts, { zone: prepared.zone }).startOf('day');
  const computed = { day: dayNumber(start), endMs: start.endOf('day').toMillis() };
  if (prepared.dueDays.size >= MAX_DUE_DATES) prepared.dueDays.clear();
  prepared.dueDays.set(dueDate, computed);
  return computed;
}

/** The calendar day (see dayNumber) that `now` falls on in the zone: its offset there, then arithmetic. */
function todayNumber(prepared: DeadlineZone, now: Date): number {
  const nowMs = now.getTime();
  if (prepared.nowMs !== nowMs) {
    const localMs = nowMs + prepared.zone.offset(nowMs) * 60_000;
    prepared.today = Math.floor(localMs / DAY_MS);
    prepared.nowMs = nowMs;
  }
  return prepared.today;
}

/** The last millisecond of the due date in the review's time zone (23:59:59.999 local time). */
export function dueInstant(dueDate: string, timeZone: string): Date {
  return new Date(dueDay(deadlineZone(timeZone), dueDate).endMs);
}

export interface TDaysUntilDueInput {
  dueDate: string;
  now: Date;
  timeZone: string;
}

/** Calendar days from today (in the review's time zone) to the due date: 0 when due today, negative when past. */
export function daysUntilDue({ dueDate, now, timeZone }: TDaysUntilDueInput): number {
  const prepared = deadlineZone(timeZone);
  const due = dueDay(prepared, dueDate);
  assertInstant(now);
  return due.day - todayNumber(prepared, now);
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
  const prepared = deadlineZone(timeZone);
  const due = dueDay(prepared, dueDate);
  assertInstant(now);
  if (state === 'submitted' || state === 'accepted') return 'done';
  if (now.getTime() > due.endMs) return 'overdue';
  if (due.day - todayNumber(prepared, now) <= dueSoonDays) return 'due_soon';
  if (state === 'not_started') return 'not_started';
  return 'on_track';
}
