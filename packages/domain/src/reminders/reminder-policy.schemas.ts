import { z } from 'zod';
import { ZIsoDate } from '../dates/calendar-date';

const SEND_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** True for a 24-hour wall-clock time written HH:MM, such as 09:00 or 17:30. */
export function isSendTime(value: string): boolean {
  return SEND_TIME.test(value);
}

const wholeNumber = (min: number, max: number, unit: string) =>
  z
    .number({ error: `must be a number of ${unit}` })
    .int(`must be a whole number of ${unit}`)
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);

/**
 * The fields of a reminder policy, without defaults. They are kept apart so that the update request can
 * make them optional: in zod 4 an optional field that has a default is still filled with the default,
 * which would silently reset every setting a partial update leaves out.
 */
const policyFields = {
  /** Remind this many calendar days before the due date (e.g. 7 and 2). */
  daysBefore: z
    .array(wholeNumber(1, 60, 'days'), { error: 'must be a list of numbers of days' })
    .max(5, 'must have at most 5 entries')
    .refine((days) => new Set(days).size === days.length, { error: 'must not repeat a number of days' }),
  /** Remind on the due date itself. */
  onDueDate: z.boolean({ error: 'must be true or false' }),
  /** Once overdue, remind every this many calendar days … */
  overdueEveryDays: wholeNumber(1, 30, 'days'),
  /** … at most this many times (0: no overdue reminders). */
  maxOverdueReminders: wholeNumber(0, 20, 'reminders'),
  /** Escalate to the organisation's head contact this many days after the due date, to the coordinator twice as many. */
  escalateAfterDays: wholeNumber(1, 60, 'days'),
  /** Wall-clock time in the review's time zone at which reminders go out, 24-hour HH:MM. */
  sendTime: z.string({ error: 'must be a time such as 09:00' }).refine(isSendTime, {
    error: 'must be a time such as 09:00',
  }),
  /**
   * Move reminders that fall on a day off (not one of `workingDays`, or one of `holidays`) to a
   * working day: those before and on the due date to the working day before, the others to the
   * working day after.
   */
  skipWeekends: z.boolean({ error: 'must be true or false' }),
  /** The review's working days, ISO weekdays: 1 = Monday … 7 = Sunday. */
  workingDays: z
    .array(
      z
        .number({ error: 'must be a weekday number' })
        .int()
        .min(1, 'must be 1 (Monday) to 7 (Sunday)')
        .max(7, 'must be 1 (Monday) to 7 (Sunday)'),
      {
        error: 'must be a list of weekdays',
      },
    )
    .min(1, 'needs at least one working day')
    .refine((days) => new Set(days).size === days.length, { error: 'must not repeat a weekday' }),
  /** Public holidays of the country, YYYY-MM-DD: no reminder goes out on them. */
  holidays: z
    .array(ZIsoDate, { error: 'must be a list of dates' })
    .max(100, 'must have at most 100 dates')
    .refine((days) => new Set(days).size === days.length, { error: 'must not repeat a date' }),
  /** Send no reminders at all while paused. */
  paused: z.boolean({ error: 'must be true or false' }),
};

/** When and how often the product reminds ministries of their due dates, one policy per review. */
export const ZReminderPolicy = z
  .object({
    daysBefore: policyFields.daysBefore.default(() => [7, 2]),
    onDueDate: policyFields.onDueDate.default(true),
    overdueEveryDays: policyFields.overdueEveryDays.default(3),
    maxOverdueReminders: policyFields.maxOverdueReminders.default(5),
    escalateAfterDays: policyFields.escalateAfterDays.default(3),
    sendTime: policyFields.sendTime.default('09:00'),
    skipWeekends: policyFields.skipWeekends.default(false),
    workingDays: policyFields.workingDays.default(() => [1, 2, 3, 4, 5]),
    holidays: policyFields.holidays.default(() => []),
    paused: policyFields.paused.default(false),
  })
  .strict()
  .meta({ id: 'ReminderPolicy' });
export type TReminderPolicy = z.infer<typeof ZReminderPolicy>;

/** The policy of a review nobody has configured yet. Frozen: copy it before changing anything. */
export const DEFAULT_REMINDER_POLICY: Readonly<TReminderPolicy> = (() => {
  const policy = ZReminderPolicy.parse({});
  Object.freeze(policy.daysBefore);
  Object.freeze(policy.workingDays);
  Object.freeze(policy.holidays);
  return Object.freeze(policy);
})();

export const ZUpdateReminderPolicyRequest = z
  .object(policyFields)
  .partial()
  .extend({
    /** The version the edit is based on; a stale one is refused with 409. */
    version: z.number().int().min(1),
  })
  .strict()
  .meta({ id: 'UpdateReminderPolicyRequest' });
export type TUpdateReminderPolicyRequest = z.infer<typeof ZUpdateReminderPolicyRequest>;
