import {
  DEFAULT_REMINDER_POLICY,
  isSendTime,
  ZReminderPolicy,
  ZUpdateReminderPolicyRequest,
} from './reminder-policy.schemas';

const messages = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('ZReminderPolicy', () => {
  it('an empty policy gets the defaults: 7 and 2 days before, on the due date, every 3 days after, at 09:00', () => {
    expect(ZReminderPolicy.parse({})).toEqual({
      daysBefore: [7, 2],
      onDueDate: true,
      overdueEveryDays: 3,
      maxOverdueReminders: 5,
      escalateAfterDays: 3,
      sendTime: '09:00',
      skipWeekends: false,
      workingDays: [1, 2, 3, 4, 5],
      holidays: [],
      paused: false,
    });
    expect(DEFAULT_REMINDER_POLICY).toEqual(ZReminderPolicy.parse({}));
  });

  it('the default policy cannot be changed by accident, and every parse gets its own list of days', () => {
    expect(Object.isFrozen(DEFAULT_REMINDER_POLICY)).toBe(true);
    expect(Object.isFrozen(DEFAULT_REMINDER_POLICY.daysBefore)).toBe(true);
    const first = ZReminderPolicy.parse({});
    first.daysBefore.push(1);
    expect(ZReminderPolicy.parse({}).daysBefore).toEqual([7, 2]);
  });

  it('keeps the values a coordinator chose', () => {
    const policy = {
      daysBefore: [14, 7, 1],
      onDueDate: false,
      overdueEveryDays: 1,
      maxOverdueReminders: 0,
      escalateAfterDays: 10,
      sendTime: '17:30',
      skipWeekends: true,
      workingDays: [7, 1, 2, 3, 4],
      holidays: ['2027-07-11', '2027-07-12'],
      paused: true,
    };
    expect(ZReminderPolicy.parse(policy)).toEqual(policy);
    expect(ZReminderPolicy.parse({ daysBefore: [] }).daysBefore).toEqual([]);
  });

  it('refuses working weeks and holidays a person could not mean, naming the field', () => {
    expect(messages(ZReminderPolicy.safeParse({ workingDays: [] }))).toEqual([
      'workingDays: needs at least one working day',
    ]);
    expect(messages(ZReminderPolicy.safeParse({ workingDays: [1, 1, 8] }))).toEqual([
      'workingDays.2: must be 1 (Monday) to 7 (Sunday)',
      'workingDays: must not repeat a weekday',
    ]);
    expect(messages(ZReminderPolicy.safeParse({ holidays: ['2027-02-30'] }))).toEqual([
      'holidays.0: must be a date in the form YYYY-MM-DD',
    ]);
  });

  it('refuses days before the due date that repeat, are out of range, fractional or too many', () => {
    expect(messages(ZReminderPolicy.safeParse({ daysBefore: [7, 7] }))).toEqual([
      'daysBefore: must not repeat a number of days',
    ]);
    expect(messages(ZReminderPolicy.safeParse({ daysBefore: [0, 61, 2.5] }))).toEqual([
      'daysBefore.0: must be at least 1',
      'daysBefore.1: must be at most 60',
      'daysBefore.2: must be a whole number of days',
    ]);
    expect(messages(ZReminderPolicy.safeParse({ daysBefore: [1, 2, 3, 4, 5, 6] }))).toEqual([
      'daysBefore: must have at most 5 entries',
    ]);
  });

  it('refuses intervals and counts outside their limits', () => {
    expect(ZReminderPolicy.safeParse({ overdueEveryDays: 0 }).success).toBe(false);
    expect(ZReminderPolicy.safeParse({ overdueEveryDays: 31 }).success).toBe(false);
    expect(ZReminderPolicy.safeParse({ maxOverdueReminders: -1 }).success).toBe(false);
    expect(ZReminderPolicy.safeParse({ maxOverdueReminders: 21 }).success).toBe(false);
    expect(ZReminderPolicy.safeParse({ escalateAfterDays: 0 }).success).toBe(false);
    expect(ZReminderPolicy.safeParse({ escalateAfterDays: 61 }).success).toBe(false);
    expect(ZReminderPolicy.safeParse({ overdueEveryDays: 30, maxOverdueReminders: 20 }).success).toBe(true);
  });

  it('accepts a 24-hour time such as 00:00, 09:00 or 23:59 and refuses anything else', () => {
    for (const ok of ['00:00', '09:00', '23:59']) expect(isSendTime(ok)).toBe(true);
    for (const bad of ['9:00', '24:00', '12:60', '09:00:00', '9am', '']) {
      expect(messages(ZReminderPolicy.safeParse({ sendTime: bad }))).toEqual([
        'sendTime: must be a time such as 09:00',
      ]);
    }
  });

  it('refuses unknown fields', () => {
    expect(ZReminderPolicy.safeParse({ daysBefore: [7], channel: 'sms' }).success).toBe(false);
  });
});

describe('ZUpdateReminderPolicyRequest', () => {
  it('changes only the fields that are sent and does not fill in defaults for the others', () => {
    expect(ZUpdateReminderPolicyRequest.parse({ version: 3, paused: true })).toEqual({
      version: 3,
      paused: true,
    });
  });

  it('needs the version the edit is based on', () => {
    expect(ZUpdateReminderPolicyRequest.safeParse({ paused: true }).success).toBe(false);
    expect(ZUpdateReminderPolicyRequest.safeParse({ version: 0, paused: true }).success).toBe(false);
  });

  it('checks the fields it is given as strictly as the policy', () => {
    expect(messages(ZUpdateReminderPolicyRequest.safeParse({ version: 1, sendTime: '25:00' }))).toEqual([
      'sendTime: must be a time such as 09:00',
    ]);
    expect(ZUpdateReminderPolicyRequest.safeParse({ version: 1, daysBefore: [2, 2] }).success).toBe(false);
    expect(ZUpdateReminderPolicyRequest.safeParse({ version: 1, extra: true }).success).toBe(false);
  });
});
