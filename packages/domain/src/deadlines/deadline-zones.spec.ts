import { DateTime } from 'luxon';
import { addDays } from '../dates/calendar-date';
import { daysUntilDue, deadlineStatus, dueInstant } from './deadline-status';

/**
 * The deadline rules resolve a zone once and remember due dates (deadline-status.ts). These
 * scenarios hold them to what luxon computes from scratch for each call (the implementation
 * before the cache), over the days on which clocks change, in zones where that is unusual.
 */

function luxonDueInstant(dueDate: string, timeZone: string): Date {
  return DateTime.fromFormat(dueDate, 'yyyy-MM-dd', { zone: timeZone })
    .startOf('day')
    .endOf('day')
    .toJSDate();
}

function luxonDaysUntilDue(dueDate: string, now: Date, timeZone: string): number {
  const due = DateTime.fromFormat(dueDate, 'yyyy-MM-dd', { zone: timeZone }).startOf('day');
  const today = DateTime.fromJSDate(now, { zone: timeZone });
  const dayNumber = (date: DateTime) => Date.UTC(date.year, date.month - 1, date.day) / 86_400_000;
  return dayNumber(due) - dayNumber(today);
}

/** Every day from `from` to `to`, and instants every 30 minutes over the same span. */
function span(from: string, to: string): { days: string[]; instants: Date[] } {
  const days: string[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) days.push(date);
  const instants: Date[] = [];
  const end = Date.parse(`${addDays(to, 1)}T12:00:00Z`);
  for (let ms = Date.parse(`${addDays(from, -1)}T12:00:00Z`); ms <= end; ms += 30 * 60_000) {
    instants.push(new Date(ms));
  }
  return { days, instants };
}

const cases: { zone: string; why: string; from: string; to: string }[] = [
  { zone: 'America/Santiago', why: 'clocks change at midnight', from: '2022-04-01', to: '2022-04-05' },
  { zone: 'America/Santiago', why: 'midnight does not exist', from: '2022-09-09', to: '2022-09-13' },
  { zone: 'Pacific/Apia', why: 'the whole of 2011-12-30 was skipped', from: '2011-12-27', to: '2012-01-02' },
  { zone: 'Pacific/Apia', why: 'summer time began, UTC+14', from: '2020-09-25', to: '2020-09-29' },
  { zone: 'Asia/Ulaanbaatar', why: 'summer time of 2015', from: '2015-03-26', to: '2015-03-30' },
  { zone: 'Asia/Ulaanbaatar', why: 'end of the summer time of 2016', from: '2016-09-22', to: '2016-09-27' },
  { zone: 'Asia/Beirut', why: 'clocks change at midnight', from: '2022-10-28', to: '2022-11-01' },
  { zone: 'Australia/Lord_Howe', why: 'a half-hour change', from: '2022-04-01', to: '2022-04-05' },
  { zone: 'Europe/Berlin', why: 'the usual changes', from: '2020-10-23', to: '2020-10-27' },
];

describe.each(cases)(
  'deadlines in $zone ($why), as luxon computes them from scratch',
  ({ zone, from, to }) => {
    const { days, instants } = span(from, to);

    it('gives the same due instants', () => {
      for (const day of days) {
        expect(dueInstant(day, zone).toISOString()).toBe(luxonDueInstant(day, zone).toISOString());
      }
    });

    it('gives the same days until due at every half hour around the change', () => {
      const actual: string[] = [];
      const expected: string[] = [];
      for (const day of days) {
        for (const now of instants) {
          actual.push(
            `${day} at ${now.toISOString()}: ${daysUntilDue({ dueDate: day, now, timeZone: zone })}`,
          );
          expected.push(`${day} at ${now.toISOString()}: ${luxonDaysUntilDue(day, now, zone)}`);
        }
      }
      expect(actual).toEqual(expected);
    });

    it('gives the same status at every half hour around the change', () => {
      const actual: string[] = [];
      const expected: string[] = [];
      for (const day of days) {
        const end = luxonDueInstant(day, zone).getTime();
        for (const now of instants) {
          const status = deadlineStatus({ dueDate: day, now, timeZone: zone, state: 'not_started' });
          const left = luxonDaysUntilDue(day, now, zone);
          const luxonStatus = now.getTime() > end ? 'overdue' : left <= 3 ? 'due_soon' : 'not_started';
          actual.push(`${day} at ${now.toISOString()}: ${status}`);
          expected.push(`${day} at ${now.toISOString()}: ${luxonStatus}`);
        }
      }
      expect(actual).toEqual(expected);
    });
  },
);

describe('a zone resolved once', () => {
  it('still refuses a name that is not a zone, each time it is asked', () => {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      expect(() => dueInstant('2020-08-31', 'Mars/Olympus')).toThrow(/IANA time zone/);
    }
  });

  it('still refuses a date that is not a date once the zone is known', () => {
    dueInstant('2020-08-31', 'Asia/Ulaanbaatar');
    expect(() => dueInstant('2021-02-29', 'Asia/Ulaanbaatar')).toThrow(/YYYY-MM-DD/);
  });
});
