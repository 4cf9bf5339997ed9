import fc from 'fast-check';
import { DateTime } from 'luxon';
import { dueInstant } from '../deadlines/deadline-status';
import { CONTRIBUTION_STATES } from '../shared/primitives.schemas';
import { DEFAULT_REMINDER_POLICY, type TReminderPolicy } from './reminder-policy.schemas';
import {
  isReminderStillDue,
  planReminders,
  proposeInternalDueDate,
  REMINDER_KINDS,
  shiftDueDates,
  type TPlannedReminder,
  weeklyDigestAt,
} from './reminder-schedule';

const UB = 'Asia/Ulaanbaatar';
const BERLIN = 'Europe/Berlin';
const at = (iso: string): Date => new Date(iso);
const policyWith = (changes: Partial<TReminderPolicy>): TReminderPolicy => ({
  ...DEFAULT_REMINDER_POLICY,
  ...changes,
});

/** A compact, readable view of a plan: "kind offset level @ ISO instant". */
const describePlan = (plan: TPlannedReminder[]): string[] =>
  plan.map((r) => `${r.kind} ${r.offsetDays} ${r.level} @ ${r.sendAt.toISOString()}`);

/** The local calendar date and weekday on which a reminder goes out. */
const localDay = (reminder: TPlannedReminder, timeZone: string): string =>
  DateTime.fromJSDate(reminder.sendAt, { zone: timeZone }).toFormat('ccc yyyy-MM-dd HH:mm');

// Friday 11 December 2026; Ulaanbaatar is UTC+8 all year round.
const dueDate = '2026-12-11';
const longBefore = at('2026-11-01T00:00:00Z');

describe('planReminders', () => {
  it('with the default policy an assignment due on Friday 11 December in Ulaanbaatar is reminded on 4 Dec, 9 Dec and 11 Dec at 09:00 local (01:00 UTC)', () => {
    const plan = planReminders({ dueDate, timeZone: UB, policy: DEFAULT_REMINDER_POLICY, now: longBefore });
    expect(describePlan(plan.filter((r) => r.kind === 'before' || r.kind === 'due'))).toEqual([
      'before -7 0 @ 2026-12-04T01:00:00.000Z',
      'before -2 0 @ 2026-12-09T01:00:00.000Z',
      'due 0 0 @ 2026-12-11T01:00:00.000Z',
    ]);
    expect(plan.map((r) => r.key).slice(0, 3)).toEqual([
      'before:-7:2026-12-11',
      'before:-2:2026-12-11',
      'due:0:2026-12-11',
    ]);
  });

  it('the full default plan: two reminders before, one on the day, five overdue and two escalations', () => {
    const plan = planReminders({ dueDate, timeZone: UB, policy: DEFAULT_REMINDER_POLICY, now: longBefore });
    expect(describePlan(plan)).toEqual([
      'before -7 0 @ 2026-12-04T01:00:00.000Z',
      'before -2 0 @ 2026-12-09T01:00:00.000Z',
      'due 0 0 @ 2026-12-11T01:00:00.000Z',
      'overdue 3 0 @ 2026-12-14T01:00:00.000Z',
      'escalation 3 1 @ 2026-12-14T01:00:00.000Z',
      'overdue 6 0 @ 2026-12-17T01:00:00.000Z',
      'escalation 6 2 @ 2026-12-17T01:00:00.000Z',
      'overdue 9 0 @ 2026-12-20T01:00:00.000Z',
      'overdue 12 0 @ 2026-12-23T01:00:00.000Z',
      'overdue 15 0 @ 2026-12-26T01:00:00.000Z',
    ]);
  });

  it('reminders already in the past are not planned', () => {
    // 10 December 12:00 in Ulaanbaatar: both reminders before the due date have gone out.
    const plan = planReminders({
      dueDate,
      timeZone: UB,
      policy: DEFAULT_REMINDER_POLICY,
      now: at('2026-12-10T04:00:00Z'),
    });
    expect(plan[0]?.key).toBe('due:0:2026-12-11');
    expect(plan.some((r) => r.kind === 'before')).toBe(false);
  });

  it('a reminder is planned until the very instant it is due, and not at that instant', () => {
    const policy = DEFAULT_REMINDER_POLICY;
    const justBefore = planReminders({ dueDate, timeZone: UB, policy, now: at('2026-12-11T00:59:59.999Z') });
    const onTheDot = planReminders({ dueDate, timeZone: UB, policy, now: at('2026-12-11T01:00:00.000Z') });
    expect(justBefore[0]?.key).toBe('due:0:2026-12-11');
    expect(onTheDot[0]?.key).toBe('overdue:3:2026-12-11');
  });

  it('nothing is left to plan once the last escalation and overdue reminder have gone out', () => {
    const now = at('2026-12-26T01:00:00Z');
    expect(planReminders({ dueDate, timeZone: UB, policy: DEFAULT_REMINDER_POLICY, now })).toEqual([]);
  });

  it('overdue reminders every 3 days up to the maximum', () => {
    const policy = policyWith({
      daysBefore: [],
      onDueDate: false,
      maxOverdueReminders: 3,
      escalateAfterDays: 60,
    });
    const overdue = planReminders({ dueDate, timeZone: UB, policy, now: longBefore }).filter(
      (r) => r.kind === 'overdue',
    );
    expect(describePlan(overdue)).toEqual([
      'overdue 3 0 @ 2026-12-14T01:00:00.000Z',
      'overdue 6 0 @ 2026-12-17T01:00:00.000Z',
      'overdue 9 0 @ 2026-12-20T01:00:00.000Z',
    ]);
  });

  it('no overdue reminders when the maximum is 0, and no reminder on the day when switched off', () => {
    const policy = policyWith({ onDueDate: false, maxOverdueReminders: 0 });
    const kinds = planReminders({ dueDate, timeZone: UB, policy, now: longBefore }).map((r) => r.kind);
    expect(kinds).toEqual(['before', 'before', 'escalation', 'escalation']);
  });

  it('escalation goes to the head contact after 3 days and to the coordinator after 6', () => {
    const escalations = planReminders({
      dueDate,
      timeZone: UB,
      policy: DEFAULT_REMINDER_POLICY,
      now: longBefore,
    }).filter((r) => r.kind === 'escalation');
    expect(escalations).toEqual([
      {
        kind: 'escalation',
        offsetDays: 3,
        level: 1,
        sendAt: at('2026-12-14T01:00:00Z'),
        key: 'escalation:3:2026-12-11',
      },
      {
        kind: 'escalation',
        offsetDays: 6,
        level: 2,
        sendAt: at('2026-12-17T01:00:00Z'),
        key: 'escalation:6:2026-12-11',
      },
    ]);
  });

  it('skip weekends moves a Saturday before-reminder to Friday and a Sunday overdue reminder to Monday', () => {
    // Six days before Friday 11 December is Saturday 5 December; two days after is Sunday 13 December.
    const policy = policyWith({
      daysBefore: [6],
      overdueEveryDays: 2,
      maxOverdueReminders: 2,
      escalateAfterDays: 5,
      skipWeekends: true,
    });
    const plan = planReminders({ dueDate, timeZone: UB, policy, now: longBefore });
    expect(plan.map((r) => `${r.key} -> ${localDay(r, UB)}`)).toEqual([
      'before:-6:2026-12-11 -> Fri 2026-12-04 09:00',
      'due:0:2026-12-11 -> Fri 2026-12-11 09:00',
      'overdue:2:2026-12-11 -> Mon 2026-12-14 09:00',
      'overdue:4:2026-12-11 -> Tue 2026-12-15 09:00',
      'escalation:5:2026-12-11 -> Wed 2026-12-16 09:00',
      // Ten days after is Monday 21 December; the coordinator is not disturbed on a weekend either.
      'escalation:10:2026-12-11 -> Mon 2026-12-21 09:00',
    ]);
    expect(plan[0]?.offsetDays).toBe(-6);
  });

  it('skip weekends announces a Saturday due date on the Friday, never on the Monday after it', () => {
    const policy = policyWith({ daysBefore: [1], maxOverdueReminders: 0, skipWeekends: true });
    // Saturday 12 December 2026: the day-before and the due-date reminders both fall on Friday 11,
    // and only the one closest to the due date goes out.
    const plan = planReminders({ dueDate: '2026-12-12', timeZone: UB, policy, now: longBefore });
    expect(plan.slice(0, 2).map((r) => `${r.key} -> ${localDay(r, UB)}`)).toEqual([
      'due:0:2026-12-12 -> Fri 2026-12-11 09:00',
      'escalation:3:2026-12-12 -> Tue 2026-12-15 09:00',
    ]);
  });

  it('skips public holidays like weekends: a due date on a holiday is announced the working day before', () => {
    // Naadam: 11 to 15 July are public holidays in Mongolia. Due Tuesday 13 July 2027.
    const policy = policyWith({
      daysBefore: [2],
      maxOverdueReminders: 1,
      overdueEveryDays: 1,
      escalateAfterDays: 30,
      skipWeekends: true,
      holidays: ['2027-07-11', '2027-07-12', '2027-07-13', '2027-07-14', '2027-07-15'],
    });
    // Two days before (Sunday 11) and the due date both go back to Friday 9: one reminder, the
    // due-date one; the first overdue day (Wednesday 14) is a holiday too, so Friday 16.
    const plan = planReminders({ dueDate: '2027-07-13', timeZone: UB, policy, now: longBefore });
    expect(plan.slice(0, 2).map((r) => `${r.key} -> ${localDay(r, UB)}`)).toEqual([
      'due:0:2027-07-13 -> Fri 2027-07-09 09:00',
      'overdue:1:2027-07-13 -> Fri 2027-07-16 09:00',
    ]);
  });

  it('follows the review’s own working week (Sunday to Thursday)', () => {
    const policy = policyWith({
      daysBefore: [1],
      onDueDate: true,
      maxOverdueReminders: 1,
      overdueEveryDays: 1,
      escalateAfterDays: 30,
      skipWeekends: true,
      workingDays: [7, 1, 2, 3, 4],
    });
    // Due Saturday 12 December: Friday and Saturday are days off there; Thursday 10 announces it,
    // and the first overdue reminder (Sunday 13) is a working day.
    const plan = planReminders({ dueDate: '2026-12-12', timeZone: UB, policy, now: longBefore });
    expect(plan.slice(0, 2).map((r) => `${r.key} -> ${localDay(r, UB)}`)).toEqual([
      'due:0:2026-12-12 -> Thu 2026-12-10 09:00',
      'overdue:1:2026-12-12 -> Sun 2026-12-13 09:00',
    ]);
  });

  it('skip weekends sends one reminder, not three, when daily overdue reminders pile up on the Monday', () => {
    const policy = policyWith({
      daysBefore: [],
      onDueDate: false,
      overdueEveryDays: 1,
      maxOverdueReminders: 4,
      escalateAfterDays: 60,
      skipWeekends: true,
    });
    const overdue = planReminders({ dueDate, timeZone: UB, policy, now: longBefore }).filter(
      (r) => r.kind === 'overdue',
    );
    // Saturday 12 and Sunday 13 both move onto Monday 14, which already has its own reminder.
    expect(overdue.map((r) => `${r.key} -> ${localDay(r, UB)}`)).toEqual([
      'overdue:1:2026-12-11 -> Mon 2026-12-14 09:00',
      'overdue:4:2026-12-11 -> Tue 2026-12-15 09:00',
    ]);
  });

  it('skip weekends keeps the closer of two before-reminders that both land on the Friday', () => {
    // Due Wednesday 16 December: 4 days before is Saturday 12, 3 days before is Sunday 13.
    const policy = policyWith({ daysBefore: [3, 4], skipWeekends: true });
    const before = planReminders({ dueDate: '2026-12-16', timeZone: UB, policy, now: longBefore }).filter(
      (r) => r.kind === 'before',
    );
    expect(before.map((r) => `${r.key} -> ${localDay(r, UB)}`)).toEqual([
      'before:-3:2026-12-16 -> Fri 2026-12-11 09:00',
    ]);
  });

  it('skip weekends never merges the two escalation levels, even when both fall on one weekend', () => {
    // Due Friday 11 December: level 1 on Saturday 12, level 2 on Sunday 13, both moved to Monday 14.
    const policy = policyWith({ escalateAfterDays: 1, maxOverdueReminders: 0, skipWeekends: true });
    const escalations = planReminders({ dueDate, timeZone: UB, policy, now: longBefore }).filter(
      (r) => r.kind === 'escalation',
    );
    expect(escalations.map((r) => `${r.level} ${r.key} -> ${localDay(r, UB)}`)).toEqual([
      '1 escalation:1:2026-12-11 -> Mon 2026-12-14 09:00',
      '2 escalation:2:2026-12-11 -> Mon 2026-12-14 09:00',
    ]);
  });

  it('without skip weekends reminders go out on Saturdays and Sundays too', () => {
    const policy = policyWith({ daysBefore: [6] });
    const plan = planReminders({ dueDate, timeZone: UB, policy, now: longBefore });
    expect(localDay(plan[0] as TPlannedReminder, UB)).toBe('Sat 2026-12-05 09:00');
  });

  it('a paused policy plans nothing', () => {
    const policy = policyWith({ paused: true });
    expect(planReminders({ dueDate, timeZone: UB, policy, now: longBefore })).toEqual([]);
  });

  it('keys do not change as time passes', () => {
    const plan = (now: Date) =>
      planReminders({ dueDate, timeZone: UB, policy: policyWith({ skipWeekends: true }), now });
    const early = plan(longBefore);
    const later = plan(at('2026-12-12T00:00:00Z'));
    expect(later.length).toBeGreaterThan(0);
    expect(later.length).toBeLessThan(early.length);
    expect(early.slice(early.length - later.length)).toEqual(later);
  });

  it('sends at 09:00 Berlin time on both sides of the October change to winter time', () => {
    // Due Wednesday 28 October 2026; Berlin falls back from UTC+2 to UTC+1 on Sunday 25 October.
    const plan = planReminders({
      dueDate: '2026-10-28',
      timeZone: BERLIN,
      policy: DEFAULT_REMINDER_POLICY,
      now: at('2026-10-01T00:00:00Z'),
    });
    expect(describePlan(plan.slice(0, 3))).toEqual([
      'before -7 0 @ 2026-10-21T07:00:00.000Z',
      'before -2 0 @ 2026-10-26T08:00:00.000Z',
      'due 0 0 @ 2026-10-28T08:00:00.000Z',
    ]);
    for (const r of plan) expect(localDay(r, BERLIN)).toMatch(/ 09:00$/);
  });

  it('a send time that does not exist on the March change in Berlin moves forward by the lost hour', () => {
    // On Sunday 29 March 2026 Berlin clocks jump from 02:00 to 03:00, so 02:30 becomes 03:30 summer time.
    const policy = policyWith({ daysBefore: [1], sendTime: '02:30' });
    const plan = planReminders({
      dueDate: '2026-03-29',
      timeZone: BERLIN,
      policy,
      now: at('2026-03-01T00:00:00Z'),
    });
    expect(describePlan(plan.slice(0, 2))).toEqual([
      'before -1 0 @ 2026-03-28T01:30:00.000Z',
      'due 0 0 @ 2026-03-29T01:30:00.000Z',
    ]);
  });

  it('uses the calendar of the review time zone: 09:00 on 11 December is a different instant in New York', () => {
    const policy = policyWith({ daysBefore: [] });
    const [due] = planReminders({ dueDate, timeZone: 'America/New_York', policy, now: longBefore });
    expect(due?.sendAt.toISOString()).toBe('2026-12-11T14:00:00.000Z');
  });

  it('refuses an invalid due date, time zone, instant or policy', () => {
    const input = { dueDate, timeZone: UB, policy: DEFAULT_REMINDER_POLICY, now: longBefore };
    expect(() => planReminders({ ...input, dueDate: '2026-02-30' })).toThrow(/YYYY-MM-DD/);
    expect(() => planReminders({ ...input, timeZone: 'UTC+8' })).toThrow(/IANA time zone/);
    expect(() => planReminders({ ...input, now: new Date('nope') })).toThrow('"now" must be a valid Date');
    expect(() => planReminders({ ...input, policy: policyWith({ daysBefore: [7, 7] }) })).toThrow(
      /Invalid reminder policy/,
    );
    expect(() => planReminders({ ...input, policy: policyWith({ sendTime: '9:00' }) })).toThrow(/09:00/);
  });
});

describe('isReminderStillDue', () => {
  it('reminders matter while the contribution is not started, drafting or sent back for changes', () => {
    for (const kind of REMINDER_KINDS) {
      expect(isReminderStillDue({ kind, state: 'not_started' })).toBe(true);
      expect(isReminderStillDue({ kind, state: 'drafting' })).toBe(true);
      expect(isReminderStillDue({ kind, state: 'changes_requested' })).toBe(true);
    }
  });

  it('no reminder or escalation once the contribution is submitted or accepted', () => {
    for (const kind of REMINDER_KINDS) {
      expect(isReminderStillDue({ kind, state: 'submitted' })).toBe(false);
      expect(isReminderStillDue({ kind, state: 'accepted' })).toBe(false);
    }
    expect(CONTRIBUTION_STATES.filter((state) => isReminderStillDue({ kind: 'due', state }))).toHaveLength(3);
  });
});

describe('proposeInternalDueDate', () => {
  it('proposes the final due date minus the given number of weeks', () => {
    expect(proposeInternalDueDate({ finalDueDate: '2026-12-31', weeksBefore: 4, today: '2026-09-01' })).toBe(
      '2026-12-03',
    );
  });

  it('counts calendar weeks across a leap day and a year boundary', () => {
    expect(proposeInternalDueDate({ finalDueDate: '2028-03-07', weeksBefore: 1, today: '2028-01-01' })).toBe(
      '2028-02-29',
    );
    expect(proposeInternalDueDate({ finalDueDate: '2027-01-10', weeksBefore: 2, today: '2026-12-01' })).toBe(
      '2026-12-27',
    );
  });

  it('never proposes a date before today', () => {
    expect(proposeInternalDueDate({ finalDueDate: '2026-12-31', weeksBefore: 4, today: '2026-12-20' })).toBe(
      '2026-12-20',
    );
    expect(proposeInternalDueDate({ finalDueDate: '2026-12-31', weeksBefore: 4, today: '2026-12-03' })).toBe(
      '2026-12-03',
    );
  });

  it('with zero weeks proposes the final due date itself', () => {
    expect(proposeInternalDueDate({ finalDueDate: '2026-12-31', weeksBefore: 0, today: '2026-12-01' })).toBe(
      '2026-12-31',
    );
  });

  it('refuses invalid dates and a number of weeks that is negative or fractional', () => {
    const input = { finalDueDate: '2026-12-31', weeksBefore: 2, today: '2026-12-01' };
    expect(() => proposeInternalDueDate({ ...input, finalDueDate: '31/12/2026' })).toThrow(/YYYY-MM-DD/);
    expect(() => proposeInternalDueDate({ ...input, today: '2026-13-01' })).toThrow(/YYYY-MM-DD/);
    expect(() => proposeInternalDueDate({ ...input, weeksBefore: -1 })).toThrow(/weeksBefore/);
    expect(() => proposeInternalDueDate({ ...input, weeksBefore: 1.5 })).toThrow(/weeksBefore/);
  });
});

describe('shiftDueDates', () => {
  it('moving the final deadline a week later moves every internal due date a week later', () => {
    expect(
      shiftDueDates({ from: '2026-12-31', to: '2027-01-07', dueDates: ['2026-12-03', '2026-12-28'] }),
    ).toEqual(['2026-12-10', '2027-01-04']);
  });

  it('moving it earlier moves them earlier by the same number of calendar days, across a leap day', () => {
    expect(shiftDueDates({ from: '2028-03-15', to: '2028-03-01', dueDates: ['2028-03-10'] })).toEqual([
      '2028-02-25',
    ]);
    expect(shiftDueDates({ from: '2028-03-30', to: '2028-03-29', dueDates: ['2028-03-01'] })).toEqual([
      '2028-02-29',
    ]);
  });

  it('leaves the dates alone when the deadline does not move, and copes with no dates', () => {
    expect(shiftDueDates({ from: '2026-12-31', to: '2026-12-31', dueDates: ['2026-12-03'] })).toEqual([
      '2026-12-03',
    ]);
    expect(shiftDueDates({ from: '2026-12-31', to: '2027-01-31', dueDates: [] })).toEqual([]);
  });

  it('counts calendar days, not hours, over the spring daylight-saving change', () => {
    expect(shiftDueDates({ from: '2026-03-28', to: '2026-03-30', dueDates: ['2026-03-27'] })).toEqual([
      '2026-03-29',
    ]);
  });

  it('refuses dates that are not YYYY-MM-DD', () => {
    expect(() => shiftDueDates({ from: '2026-12-31', to: '2027-1-7', dueDates: [] })).toThrow(/YYYY-MM-DD/);
    expect(() => shiftDueDates({ from: '2026-12-31', to: '2027-01-07', dueDates: ['soon'] })).toThrow(
      /YYYY-MM-DD/,
    );
  });
});

describe('weeklyDigestAt', () => {
  it('on a Thursday the digest goes out the next Monday at 08:00 local time', () => {
    // Thursday 10 December 2026, 12:00 in Ulaanbaatar.
    expect(weeklyDigestAt({ now: at('2026-12-10T04:00:00Z'), timeZone: UB }).toISOString()).toBe(
      '2026-12-14T00:00:00.000Z',
    );
  });

  it('early on a Monday it goes out the same morning; at 08:00 sharp or later, a week later', () => {
    expect(weeklyDigestAt({ now: at('2026-12-13T23:59:59.999Z'), timeZone: UB }).toISOString()).toBe(
      '2026-12-14T00:00:00.000Z',
    );
    expect(weeklyDigestAt({ now: at('2026-12-14T00:00:00.000Z'), timeZone: UB }).toISOString()).toBe(
      '2026-12-21T00:00:00.000Z',
    );
  });

  it('uses the weekday in the review time zone, not in UTC', () => {
    // 20:00 UTC on Sunday 13 December is already Monday 04:00 in Ulaanbaatar.
    expect(weeklyDigestAt({ now: at('2026-12-13T20:00:00Z'), timeZone: UB }).toISOString()).toBe(
      '2026-12-14T00:00:00.000Z',
    );
  });

  it('takes another weekday and time, such as Friday at 16:30', () => {
    const digest = weeklyDigestAt({
      now: at('2026-12-10T04:00:00Z'),
      timeZone: UB,
      weekday: 5,
      sendTime: '16:30',
    });
    expect(digest.toISOString()).toBe('2026-12-11T08:30:00.000Z');
  });

  it('keeps 08:00 Berlin time over the October change to winter time', () => {
    // Friday 23 October 2026 at 12:00 summer time; the next Monday is in winter time.
    expect(weeklyDigestAt({ now: at('2026-10-23T10:00:00Z'), timeZone: BERLIN }).toISOString()).toBe(
      '2026-10-26T07:00:00.000Z',
    );
  });

  it('refuses an invalid weekday, send time, time zone or instant', () => {
    const input = { now: at('2026-12-10T04:00:00Z'), timeZone: UB };
    expect(() => weeklyDigestAt({ ...input, weekday: 0 })).toThrow(/weekday/);
    expect(() => weeklyDigestAt({ ...input, weekday: 8 })).toThrow(/weekday/);
    expect(() => weeklyDigestAt({ ...input, sendTime: '8:00' })).toThrow(/09:00/);
    expect(() => weeklyDigestAt({ ...input, timeZone: 'Mongolia/Ulaanbaatar' })).toThrow(/IANA/);
    expect(() => weeklyDigestAt({ now: new Date(Number.NaN), timeZone: UB })).toThrow(/valid Date/);
  });
});

describe('reminder schedule properties', () => {
  const ZONES = [
    'UTC',
    UB,
    BERLIN,
    'America/New_York',
    'America/Santiago', // clocks change at midnight
    'Australia/Lord_Howe', // a half-hour change
    'Pacific/Auckland',
    'Asia/Kolkata',
  ];
  const arbZone = fc.constantFrom(...ZONES);
  const arbDueDate = fc
    .date({
      min: new Date('2020-01-01T00:00:00Z'),
      max: new Date('2035-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));
  const two = (n: number) => String(n).padStart(2, '0');
  const arbIsoDay = fc
    .date({
      min: new Date('2019-12-01T00:00:00Z'),
      max: new Date('2036-03-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));
  const arbPolicy: fc.Arbitrary<TReminderPolicy> = fc.record({
    daysBefore: fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { maxLength: 5 }),
    onDueDate: fc.boolean(),
    overdueEveryDays: fc.integer({ min: 1, max: 30 }),
    maxOverdueReminders: fc.integer({ min: 0, max: 20 }),
    escalateAfterDays: fc.integer({ min: 1, max: 60 }),
    sendTime: fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${two(h)}:${two(m)}`),
    skipWeekends: fc.boolean(),
    workingDays: fc.constantFrom([1, 2, 3, 4, 5], [7, 1, 2, 3, 4], [1, 2, 3, 4, 5, 6], [3]),
    holidays: fc.uniqueArray(arbIsoDay, { maxLength: 8 }),
    paused: fc.constant(false),
  });
  /** An instant between 70 days before and 130 days after the end of the due day. */
  const arbNowFor = (dueDate: string, timeZone: string) =>
    fc
      .integer({ min: -70 * 86_400_000, max: 130 * 86_400_000 })
      .map((ms) => new Date(dueInstant(dueDate, timeZone).getTime() + ms));
  const arbInput = fc
    .record({ dueDate: arbDueDate, timeZone: arbZone, policy: arbPolicy })
    .chain((base) => arbNowFor(base.dueDate, base.timeZone).map((now) => ({ ...base, now })));

  it('every planned reminder is strictly after now, and the plan is sorted by send time', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const plan = planReminders(input);
        for (const r of plan) expect(r.sendAt.getTime()).toBeGreaterThan(input.now.getTime());
        for (let i = 1; i < plan.length; i++) {
          expect(plan[i]?.sendAt.getTime()).toBeGreaterThanOrEqual(plan[i - 1]?.sendAt.getTime() ?? 0);
        }
      }),
    );
  });

  it('keys are unique and name the kind, the original offset and the due date', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const plan = planReminders(input);
        expect(new Set(plan.map((r) => r.key)).size).toBe(plan.length);
        for (const r of plan) expect(r.key).toBe(`${r.kind}:${r.offsetDays}:${input.dueDate}`);
      }),
    );
  });

  it("'before' and 'due' reminders go out before the due day ends; overdue ones and escalations after it starts", () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const end = dueInstant(input.dueDate, input.timeZone).getTime();
        for (const r of planReminders(input)) {
          const sentOn = DateTime.fromJSDate(r.sendAt, { zone: input.timeZone }).toISODate() ?? '';
          if (r.kind === 'before' || r.kind === 'due') {
            expect(r.sendAt.getTime()).toBeLessThan(end);
            expect(r.offsetDays).toBeLessThanOrEqual(0);
            expect(r.offsetDays === 0).toBe(r.kind === 'due');
            // A 'due' reminder is on the due date itself unless that is a day off.
            if (r.kind === 'due' && !input.policy.skipWeekends) expect(sentOn).toBe(input.dueDate);
          } else {
            expect(r.offsetDays).toBeGreaterThan(0);
            expect(sentOn > input.dueDate).toBe(true);
          }
          expect(r.level === 0).toBe(r.kind !== 'escalation');
        }
      }),
    );
  });

  it('as time passes the plan only loses reminders: the later plan is the tail of the earlier one', () => {
    fc.assert(
      fc.property(arbInput, fc.integer({ min: 0, max: 60 * 86_400_000 }), (input, later) => {
        const early = planReminders(input);
        const late = planReminders({ ...input, now: new Date(input.now.getTime() + later) });
        expect(early.slice(early.length - late.length)).toEqual(late);
      }),
    );
  });

  it('with skip weekends no reminder goes out on a day off (outside the working week, or a holiday) in the review time zone', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const plan = planReminders({ ...input, policy: { ...input.policy, skipWeekends: true } });
        for (const r of plan) {
          const local = DateTime.fromJSDate(r.sendAt, { zone: input.timeZone });
          expect(input.policy.workingDays).toContain(local.weekday);
          expect(input.policy.holidays).not.toContain(local.toISODate());
        }
      }),
    );
  });

  it('the weekly digest is the first matching slot after now, at most a week away', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2020-01-01T00:00:00Z'),
          max: new Date('2035-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        arbZone,
        fc.integer({ min: 1, max: 7 }),
        (now, timeZone, weekday) => {
          const digest = weeklyDigestAt({ now, timeZone, weekday });
          const local = DateTime.fromJSDate(digest, { zone: timeZone });
          expect(digest.getTime()).toBeGreaterThan(now.getTime());
          expect(digest.getTime() - now.getTime()).toBeLessThanOrEqual(8 * 86_400_000);
          expect(local.weekday).toBe(weekday);
          expect(local.toFormat('HH:mm')).toBe('08:00');
        },
      ),
    );
  });
});
