import { DateTime } from 'luxon';
import { z } from 'zod';
import { suggestDueDate } from '../assignments/due-date-rules';
import { addDays, daysBetween, isIsoDate, isTimeZone } from '../dates/calendar-date';
import type { TContributionState } from '../shared/primitives.schemas';
import { isSendTime, type TReminderPolicy, ZReminderPolicy } from './reminder-policy.schemas';

export const REMINDER_KINDS = ['before', 'due', 'overdue', 'escalation'] as const;
export type TReminderKind = (typeof REMINDER_KINDS)[number];

export interface TPlannedReminder {
  kind: TReminderKind;
  /**
   * Days relative to the due date as the policy states them: -7, 0, +3 … With skipWeekends the reminder
   * may be sent a day or two away from this offset; `sendAt` is when it really goes out.
   */
  offsetDays: number;
  /** Escalation level: 0 for plain reminders, 1 = organisation head contact, 2 = coordinator. */
  level: 0 | 1 | 2;
  sendAt: Date;
  /** Stable identity for de-duplication, e.g. "before:-7:2026-12-12" (kind:offset:dueDate). */
  key: string;
}

// ---------------------------------------------------------------------------------------------------
// Calendar helpers. Calendar dates are handled in UTC so that adding days never meets a DST change;
// the review's time zone only comes in when a date and a wall-clock time become an instant.

function assertTimeZone(timeZone: string): void {
  if (!isTimeZone(timeZone)) {
    throw new Error(`"${timeZone}" is not an IANA time zone such as Asia/Ulaanbaatar`);
  }
}

function assertIsoDate(date: string, name = 'date'): void {
  if (!isIsoDate(date)) {
    throw new Error(`${name} "${date}" is not a date in the form YYYY-MM-DD`);
  }
}

function assertInstant(now: Date): void {
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
    throw new Error('"now" must be a valid Date');
  }
}

function assertSendTime(sendTime: string): void {
  if (!isSendTime(sendTime)) {
    throw new Error(`sendTime "${sendTime}" must be a time such as 09:00`);
  }
}

function calendarDate(date: string): DateTime {
  return DateTime.fromFormat(date, 'yyyy-MM-dd', { zone: 'UTC' });
}

function formatDate(date: DateTime): string {
  return date.toFormat('yyyy-MM-dd');
}

/**
 * The instant at which the wall clock in `timeZone` shows `sendTime` on the calendar day `date`. A time
 * that does not exist that day (skipped when the clocks spring forward) moves forward as luxon does,
 * e.g. 02:30 on the Berlin spring-forward day becomes 03:30 summer time.
 */
function localInstant(date: DateTime, sendTime: string, timeZone: string): DateTime {
  const [hour, minute] = sendTime.split(':').map(Number);
  return DateTime.fromObject(
    { year: date.year, month: date.month, day: date.day, hour, minute },
    { zone: timeZone },
  );
}

// ---------------------------------------------------------------------------------------------------
// Planning

export interface TPlanRemindersInput {
  /** The assignment's due date, YYYY-MM-DD in the review's time zone. */
  dueDate: string;
  /** The review's IANA time zone. */
  timeZone: string;
  policy: TReminderPolicy;
  now: Date;
}

interface TCandidate {
  kind: TReminderKind;
  offsetDays: number;
  level: 0 | 1 | 2;
}

function candidates(policy: TReminderPolicy): TCandidate[] {
  const list: TCandidate[] = [];
  for (const d of [...policy.daysBefore].sort((a, b) => b - a)) {
    list.push({ kind: 'before', offsetDays: -d, level: 0 });
  }
  if (policy.onDueDate) list.push({ kind: 'due', offsetDays: 0, level: 0 });
  for (let i = 1; i <= policy.maxOverdueReminders; i++) {
    list.push({ kind: 'overdue', offsetDays: i * policy.overdueEveryDays, level: 0 });
  }
  list.push({ kind: 'escalation', offsetDays: policy.escalateAfterDays, level: 1 });
  list.push({ kind: 'escalation', offsetDays: 2 * policy.escalateAfterDays, level: 2 });
  return list;
}

/**
 * With skipWeekends, the working day a reminder planned for `day` goes out on: one before or on
 * the due date moves back to the working day before (it must not arrive after the date it
 * announces), the others forward to the working day after. Null when no working day is within a
 * fortnight (a policy cannot say that, but the loop stays bounded).
 */
function workingDayFor(
  kind: TReminderKind,
  day: DateTime,
  isDayOff: (day: DateTime) => boolean,
): DateTime | null {
  const step = kind === 'before' || kind === 'due' ? -1 : 1;
  let candidate = day;
  for (let moved = 0; moved <= 14; moved++) {
    if (!isDayOff(candidate)) return candidate;
    candidate = candidate.plus({ days: step });
  }
  return null;
}

function parsePolicy(policy: TReminderPolicy): TReminderPolicy {
  const parsed = ZReminderPolicy.safeParse(policy);
  if (!parsed.success) {
    throw new Error(`Invalid reminder policy: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

/**
 * Every reminder still to be sent for one assignment: those whose `sendAt` is strictly after `now`,
 * sorted by `sendAt` (ties keep the order before, due, overdue, escalation).
 *
 * - 'before': `d` calendar days before the due date for each `d` of `daysBefore`;
 * - 'due': on the due date, if `onDueDate`;
 * - 'overdue': every `overdueEveryDays` days after the due date, at most `maxOverdueReminders` times;
 * - 'escalation': to the head contact (level 1) `escalateAfterDays` after the due date and to the
 *   coordinator (level 2) twice as many days after.
 *
 * All go out at `sendTime` on the wall clock of `timeZone`. With `skipWeekends`, a reminder that falls
 * on a day off (a weekday outside `workingDays`, or one of `holidays`) moves: 'before' and 'due' back
 * to the previous working day (a Saturday due date is announced on the Friday), the others forward to
 * the next. When reminders then meet on one day, of 'before' and 'due' only the one closest to the due
 * date is kept, of the others the first of each kind and level. Keys use the original offset, so they
 * do not change as time passes.
 * Whether a reminder is still worth sending depends on the contribution: see `isReminderStillDue`.
 */
export function planReminders({ dueDate, timeZone, policy, now }: TPlanRemindersInput): TPlannedReminder[] {
  assertTimeZone(timeZone);
  assertIsoDate(dueDate, 'dueDate');
  assertInstant(now);
  const rules = parsePolicy(policy);
  if (rules.paused) return [];

  const due = calendarDate(dueDate);
  const workingDays = new Set(rules.workingDays);
  const holidays = new Set(rules.holidays);
  const isDayOff = (day: DateTime) => !workingDays.has(day.weekday) || holidays.has(formatDate(day));
  const planned: (TPlannedReminder & { day: string })[] = [];
  for (const { kind, offsetDays, level } of candidates(rules)) {
    let day: DateTime | null = due.plus({ days: offsetDays });
    if (rules.skipWeekends) {
      day = workingDayFor(kind, day, isDayOff);
      if (!day) continue;
    }
    planned.push({
      kind,
      offsetDays,
      level,
      day: formatDate(day),
      sendAt: localInstant(day, rules.sendTime, timeZone).toJSDate(),
      key: `${kind}:${offsetDays}:${dueDate}`,
    });
  }
  // Moved reminders can meet on one day: of those announcing the due date ('before', 'due') the
  // one closest to it goes out; of the others, the first of each kind and level.
  const kept = new Map<string, TPlannedReminder & { day: string }>();
  for (const reminder of planned) {
    const slot =
      reminder.kind === 'before' || reminder.kind === 'due'
        ? `announce:${reminder.day}`
        : `${reminder.kind}:${reminder.level}:${reminder.day}`;
    const other = kept.get(slot);
    const closer =
      other &&
      (reminder.kind === 'before' || reminder.kind === 'due') &&
      reminder.offsetDays > other.offsetDays;
    if (!other || closer) kept.set(slot, reminder);
  }
  const chosen = [...kept.values()].map(({ day: _day, ...reminder }) => reminder);
  return chosen
    .filter((reminder) => reminder.sendAt.getTime() > now.getTime())
    .sort((a, b) => a.sendAt.getTime() - b.sendAt.getTime());
}

const STATES_THAT_NEED_REMINDERS: ReadonlySet<TContributionState> = new Set([
  'not_started',
  'drafting',
  'changes_requested',
]);

export interface TReminderStillDueInput {
  kind: TReminderKind;
  state: TContributionState;
}

/**
 * Whether a planned reminder should still go out, judged when it is about to be sent: only while the
 * contribution still waits for the assignee (not started, drafting or changes requested), whatever the kind.
 */
export function isReminderStillDue(input: TReminderStillDueInput): boolean {
  return STATES_THAT_NEED_REMINDERS.has(input.state);
}

// ---------------------------------------------------------------------------------------------------
// Internal due dates

export interface TProposeInternalDueDateInput {
  /** The review's final due date, YYYY-MM-DD. */
  finalDueDate: string;
  /** How many weeks before the final due date the ministries' answers are due. */
  weeksBefore: number;
  /** Today in the review's time zone, YYYY-MM-DD. */
  today: string;
}

/** The final due date minus `weeksBefore` weeks, but never a day before `today` (the one rule, in weeks). */
export function proposeInternalDueDate({
  finalDueDate,
  weeksBefore,
  today,
}: TProposeInternalDueDateInput): string {
  assertIsoDate(finalDueDate, 'finalDueDate');
  assertIsoDate(today, 'today');
  if (!Number.isInteger(weeksBefore) || weeksBefore < 0) {
    throw new Error(`weeksBefore must be a whole number of weeks, zero or more, got ${weeksBefore}`);
  }
  return suggestDueDate(finalDueDate, today, weeksBefore * 7);
}

export interface TShiftDueDatesInput {
  /** The final due date before the change, YYYY-MM-DD. */
  from: string;
  /** The final due date after the change, YYYY-MM-DD. */
  to: string;
  /** The internal due dates to move along, YYYY-MM-DD. */
  dueDates: readonly string[];
}

/** Moves every internal due date by as many calendar days as the final due date moved from `from` to `to`. */
export function shiftDueDates({ from, to, dueDates }: TShiftDueDatesInput): string[] {
  assertIsoDate(from, 'from');
  assertIsoDate(to, 'to');
  for (const date of dueDates) assertIsoDate(date, 'dueDate');
  const delta = daysBetween(from, to);
  return dueDates.map((date) => addDays(date, delta));
}

// ---------------------------------------------------------------------------------------------------
// Weekly digest

export interface TWeeklyDigestAtInput {
  now: Date;
  timeZone: string;
  /** ISO weekday, 1 = Monday … 7 = Sunday. Default Monday. */
  weekday?: number;
  /** Wall-clock time in `timeZone`, 24-hour HH:MM. Default 08:00. */
  sendTime?: string;
}

/** The first instant strictly after `now` at which the wall clock in `timeZone` shows `sendTime` on `weekday`. */
export function weeklyDigestAt({
  now,
  timeZone,
  weekday = 1,
  sendTime = '08:00',
}: TWeeklyDigestAtInput): Date {
  assertInstant(now);
  assertTimeZone(timeZone);
  assertSendTime(sendTime);
  if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7) {
    throw new Error(`weekday must be 1 (Monday) to 7 (Sunday), got ${weekday}`);
  }
  const local = DateTime.fromJSDate(now, { zone: timeZone });
  const today = DateTime.fromObject(
    { year: local.year, month: local.month, day: local.day },
    { zone: 'UTC' },
  );
  // Today's slot may already have passed, so look up to a week ahead.
  for (let i = 0; i <= 7; i++) {
    const day = today.plus({ days: i });
    if (day.weekday !== weekday) continue;
    const at = localInstant(day, sendTime, timeZone);
    if (at.toMillis() > now.getTime()) return at.toJSDate();
  }
  // Unreachable: the same weekday a week later is always more than six days after now.
  throw new Error('no weekly digest slot found');
}
