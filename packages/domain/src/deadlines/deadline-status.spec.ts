import { ZIsoDate, ZTimeZone } from '../dates/calendar-date';
import { daysUntilDue, deadlineStatus, dueInstant } from './deadline-status';

const UB = 'Asia/Ulaanbaatar';
const at = (iso: string): Date => new Date(iso);

describe('dueInstant', () => {
  it('puts a due date in Ulaanbaatar (UTC+8) at 15:59:59.999 UTC on that day', () => {
    expect(dueInstant('2020-08-31', UB).toISOString()).toBe('2020-08-31T15:59:59.999Z');
  });

  it('ends a Berlin summer day at 21:59:59.999 UTC and a winter day at 22:59:59.999 UTC', () => {
    expect(dueInstant('2020-07-01', 'Europe/Berlin').toISOString()).toBe('2020-07-01T21:59:59.999Z');
    expect(dueInstant('2020-12-01', 'Europe/Berlin').toISOString()).toBe('2020-12-01T22:59:59.999Z');
  });

  it('ends the Berlin days on which the clocks change with the offset in force that evening', () => {
    expect(dueInstant('2020-03-29', 'Europe/Berlin').toISOString()).toBe('2020-03-29T21:59:59.999Z');
    expect(dueInstant('2020-10-25', 'Europe/Berlin').toISOString()).toBe('2020-10-25T22:59:59.999Z');
  });

  it('ends the New York days on which the clocks change with the offset in force that evening', () => {
    expect(dueInstant('2020-03-08', 'America/New_York').toISOString()).toBe('2020-03-09T03:59:59.999Z');
    expect(dueInstant('2020-11-01', 'America/New_York').toISOString()).toBe('2020-11-02T04:59:59.999Z');
  });

  it('refuses a time zone that is not in the IANA database', () => {
    expect(() => dueInstant('2020-08-31', 'Mongolia/Ulaanbaatar')).toThrow(
      '"Mongolia/Ulaanbaatar" is not an IANA time zone such as Asia/Ulaanbaatar',
    );
    expect(() => dueInstant('2020-08-31', 'UTC+8')).toThrow(/IANA time zone/);
  });

  it('refuses a date that is not a real calendar date in the form YYYY-MM-DD', () => {
    expect(() => dueInstant('2021-02-29', UB)).toThrow('"2021-02-29" is not a date in the form YYYY-MM-DD');
    expect(() => dueInstant('31/08/2020', UB)).toThrow(/YYYY-MM-DD/);
    expect(() => dueInstant('2020-8-31', UB)).toThrow(/YYYY-MM-DD/);
    expect(() => dueInstant('2020-08-31T12:00', UB)).toThrow(/YYYY-MM-DD/);
  });
});

describe('daysUntilDue', () => {
  it('is 0 on the due date itself, even in its last minute', () => {
    expect(daysUntilDue({ dueDate: '2020-08-31', now: at('2020-08-31T15:59:00Z'), timeZone: UB })).toBe(0);
  });

  it('is negative once the due date has passed in the review time zone', () => {
    expect(daysUntilDue({ dueDate: '2020-08-31', now: at('2020-08-31T16:00:00Z'), timeZone: UB })).toBe(-1);
    expect(daysUntilDue({ dueDate: '2020-08-31', now: at('2020-09-02T01:00:00Z'), timeZone: UB })).toBe(-2);
  });

  it('counts calendar days across the spring-forward night in New York', () => {
    // 7 March 2020 noon in New York; the night of 7–8 March has only 23 hours.
    const now = at('2020-03-07T17:00:00Z');
    expect(daysUntilDue({ dueDate: '2020-03-09', now, timeZone: 'America/New_York' })).toBe(2);
  });

  it('counts calendar days across the fall-back night in Berlin', () => {
    // 24 October 2020 at 23:30 in Berlin; 25 October has 25 hours.
    const now = at('2020-10-24T21:30:00Z');
    expect(daysUntilDue({ dueDate: '2020-10-26', now, timeZone: 'Europe/Berlin' })).toBe(2);
  });

  it('depends on the calendar date in the review time zone, not in UTC', () => {
    // 20:00 UTC on 30 August is already 04:00 on 31 August in Ulaanbaatar.
    const now = at('2020-08-30T20:00:00Z');
    expect(daysUntilDue({ dueDate: '2020-08-31', now, timeZone: UB })).toBe(0);
    expect(daysUntilDue({ dueDate: '2020-08-31', now, timeZone: 'UTC' })).toBe(1);
  });

  it('refuses an invalid instant', () => {
    expect(() => daysUntilDue({ dueDate: '2020-08-31', now: new Date('not a date'), timeZone: UB })).toThrow(
      '"now" must be a valid Date',
    );
  });
});

describe('deadlineStatus', () => {
  const dueDate = '2020-08-31';

  it('a due date tomorrow in Ulaanbaatar is due soon even though it is still the day before in New York', () => {
    // 20:00 UTC on 30 August: 04:00 on 31 August in Ulaanbaatar, 16:00 on 30 August in New York.
    const now = at('2020-08-30T20:00:00Z');
    const input = { dueDate: '2020-09-01', now, state: 'drafting' as const, dueSoonDays: 1 };
    expect(deadlineStatus({ ...input, timeZone: UB })).toBe('due_soon');
    expect(deadlineStatus({ ...input, timeZone: 'America/New_York' })).toBe('on_track');
  });

  it('is due soon, not overdue, in the last millisecond of the due date in Ulaanbaatar', () => {
    const now = at('2020-08-31T15:59:59.999Z');
    expect(deadlineStatus({ dueDate, now, timeZone: UB, state: 'drafting' })).toBe('due_soon');
  });

  it('is overdue from local midnight after the due date in Ulaanbaatar', () => {
    const now = at('2020-08-31T16:00:00.000Z');
    expect(deadlineStatus({ dueDate, now, timeZone: UB, state: 'drafting' })).toBe('overdue');
  });

  it('turns overdue at local midnight on the night Berlin falls back to winter time', () => {
    const input = { dueDate: '2020-10-25', timeZone: 'Europe/Berlin', state: 'changes_requested' as const };
    expect(deadlineStatus({ ...input, now: at('2020-10-25T22:59:59.999Z') })).toBe('due_soon');
    expect(deadlineStatus({ ...input, now: at('2020-10-25T23:00:00.000Z') })).toBe('overdue');
  });

  it('turns overdue at local midnight on the day New York springs forward to summer time', () => {
    const input = { dueDate: '2020-03-08', timeZone: 'America/New_York', state: 'drafting' as const };
    expect(deadlineStatus({ ...input, now: at('2020-03-09T03:59:59.999Z') })).toBe('due_soon');
    expect(deadlineStatus({ ...input, now: at('2020-03-09T04:00:00.000Z') })).toBe('overdue');
  });

  it('is done once submitted or accepted, even after the due date', () => {
    const late = at('2020-09-15T00:00:00Z');
    expect(deadlineStatus({ dueDate, now: late, timeZone: UB, state: 'submitted' })).toBe('done');
    expect(deadlineStatus({ dueDate, now: late, timeZone: UB, state: 'accepted' })).toBe('done');
  });

  it('is overdue when changes were requested and the due date has passed', () => {
    const late = at('2020-09-15T00:00:00Z');
    expect(deadlineStatus({ dueDate, now: late, timeZone: UB, state: 'changes_requested' })).toBe('overdue');
  });

  it('is overdue for a contribution never started once the due date has passed', () => {
    const late = at('2020-09-01T00:00:00Z');
    expect(deadlineStatus({ dueDate, now: late, timeZone: UB, state: 'not_started' })).toBe('overdue');
  });

  it('is due soon on the due date itself, even if nobody has started', () => {
    const now = at('2020-08-31T01:00:00Z');
    expect(deadlineStatus({ dueDate, now, timeZone: UB, state: 'not_started' })).toBe('due_soon');
  });

  it('is due soon exactly three calendar days before, but not four, by default', () => {
    // 09:00 in Ulaanbaatar on 28 and on 27 August.
    expect(
      deadlineStatus({ dueDate, now: at('2020-08-28T01:00:00Z'), timeZone: UB, state: 'drafting' }),
    ).toBe('due_soon');
    expect(
      deadlineStatus({ dueDate, now: at('2020-08-27T01:00:00Z'), timeZone: UB, state: 'drafting' }),
    ).toBe('on_track');
  });

  it('uses a custom due-soon window: with 0 days only the due date itself is due soon', () => {
    const input = { dueDate, timeZone: UB, state: 'drafting' as const, dueSoonDays: 0 };
    expect(deadlineStatus({ ...input, now: at('2020-08-30T01:00:00Z') })).toBe('on_track');
    expect(deadlineStatus({ ...input, now: at('2020-08-31T01:00:00Z') })).toBe('due_soon');
  });

  it('is not started when nobody has started and the due date is still far away', () => {
    const early = at('2020-08-01T01:00:00Z');
    expect(deadlineStatus({ dueDate, now: early, timeZone: UB, state: 'not_started' })).toBe('not_started');
  });

  it('is on track while drafting or revising with the due date still far away', () => {
    const early = at('2020-08-01T01:00:00Z');
    expect(deadlineStatus({ dueDate, now: early, timeZone: UB, state: 'drafting' })).toBe('on_track');
    expect(deadlineStatus({ dueDate, now: early, timeZone: UB, state: 'changes_requested' })).toBe(
      'on_track',
    );
  });

  it('refuses a negative or fractional due-soon window', () => {
    const input = { dueDate, now: at('2020-08-01T01:00:00Z'), timeZone: UB, state: 'drafting' as const };
    expect(() => deadlineStatus({ ...input, dueSoonDays: -1 })).toThrow(/dueSoonDays/);
    expect(() => deadlineStatus({ ...input, dueSoonDays: 1.5 })).toThrow(/dueSoonDays/);
  });

  it('refuses an invalid time zone even for a finished contribution', () => {
    const input = {
      dueDate,
      now: at('2020-08-01T01:00:00Z'),
      timeZone: 'Nowhere/Town',
      state: 'accepted' as const,
    };
    expect(() => deadlineStatus(input)).toThrow(/IANA time zone/);
  });
});

describe('ZIsoDate and ZTimeZone', () => {
  it('accept a real date and a leap day', () => {
    expect(ZIsoDate.parse('2020-08-31')).toBe('2020-08-31');
    expect(ZIsoDate.safeParse('2020-02-29').success).toBe(true);
  });

  it('reject an impossible or badly written date with a readable message', () => {
    for (const value of ['2021-02-29', '2020-13-01', '2020-8-31', '31.08.2020', '']) {
      const result = ZIsoDate.safeParse(value);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe('must be a date in the form YYYY-MM-DD');
    }
  });

  it('accept IANA time zones and reject made-up ones with a readable message', () => {
    expect(ZTimeZone.parse('Asia/Ulaanbaatar')).toBe('Asia/Ulaanbaatar');
    expect(ZTimeZone.safeParse('Europe/Berlin').success).toBe(true);
    const result = ZTimeZone.safeParse('Mongolia/Ulaanbaatar');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('must be an IANA time zone such as Asia/Ulaanbaatar');
  });

  it('reject a value that is not a string', () => {
    expect(ZTimeZone.safeParse(8).success).toBe(false);
    expect(ZIsoDate.safeParse(20200831).success).toBe(false);
  });
});
