import fc from 'fast-check';
import {
  addDays,
  dateIn,
  daysBetween,
  formatCalendarDate,
  formatInstant,
  fromDateColumn,
  isoToZonedInput,
  monthStartsBetween,
  toDateColumn,
  todayIn,
  weekIn,
  zonedInputToIso,
  zoneOffsetLabel,
} from './calendar-date';

describe('calendar dates', () => {
  it('adds days across months, years and the leap day', () => {
    expect(addDays('2020-08-31', 1)).toBe('2020-09-01');
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2021-02-28', 1)).toBe('2021-03-01');
    expect(addDays('2020-01-01', -1)).toBe('2019-12-31');
    expect(addDays('2020-09-21', -21)).toBe('2020-08-31');
    expect(addDays('2020-03-01', -1)).toBe('2020-02-29');
    expect(addDays('2020-12-20', 21)).toBe('2021-01-10');
  });

  it('counts the days between two dates, negative when the second is earlier', () => {
    expect(daysBetween('2020-08-31', '2020-09-21')).toBe(21);
    expect(daysBetween('2020-09-21', '2020-08-31')).toBe(-21);
    expect(daysBetween('2020-03-01', '2020-03-01')).toBe(0);
    // A daylight-saving change in between changes nothing: these are days, not hours.
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
  });

  it('adding the days between two dates gives the second (property)', () => {
    const dates = fc
      .date({
        min: new Date('1990-01-01T00:00:00Z'),
        max: new Date('2099-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(fc.property(dates, dates, (from, to) => addDays(from, daysBetween(from, to)) === to));
  });

  it('lists the first days of the months after one date up to another, across a year', () => {
    expect(monthStartsBetween('2026-11-20', '2027-02-01')).toEqual([
      '2026-12-01',
      '2027-01-01',
      '2027-02-01',
    ]);
    expect(monthStartsBetween('2026-12-01', '2026-12-31')).toEqual([]);
    expect(monthStartsBetween('2027-01-31', '2027-03-15')).toEqual(['2027-02-01', '2027-03-01']);
  });

  it('refuses what is not a calendar date', () => {
    expect(() => addDays('2021-02-29', 1)).toThrow(RangeError);
    expect(() => daysBetween('31/08/2020', '2020-09-01')).toThrow('is not a date in the form YYYY-MM-DD');
  });

  it('knows today in the review’s zone, not the machine’s', () => {
    const lateEveningUtc = new Date('2020-08-31T18:30:00Z');
    expect(todayIn('Asia/Ulaanbaatar', lateEveningUtc)).toBe('2020-09-01');
    expect(todayIn('UTC', lateEveningUtc)).toBe('2020-08-31');
    expect(dateIn('America/New_York', new Date('2020-09-01T03:00:00Z'))).toBe('2020-08-31');
    // 20:00 UTC on 19 August is already 20 August in Ulaanbaatar (UTC+8).
    expect(todayIn('Asia/Ulaanbaatar', new Date('2020-08-19T20:00:00Z'))).toBe('2020-08-20');
    expect(() => todayIn('Mars/Olympus', lateEveningUtc)).toThrow(RangeError);
  });

  it('places an instant in the week of the review’s zone', () => {
    // Monday 07:30 in Ulaanbaatar is still Sunday in UTC.
    const at = new Date('2026-11-29T23:30:00Z');
    expect(weekIn('Asia/Ulaanbaatar', at)).toEqual({
      weekday: 1,
      hour: 7,
      isoWeek: '2026-W49',
      monday: '2026-11-30',
    });
    expect(weekIn('UTC', at)).toEqual({ weekday: 7, hour: 23, isoWeek: '2026-W48', monday: '2026-11-23' });
    // 1 January 2027 is a Friday of the last ISO week of 2026.
    expect(weekIn('UTC', new Date('2027-01-01T12:00:00Z'))).toMatchObject({
      isoWeek: '2026-W53',
      monday: '2026-12-28',
    });
  });

  it('turns date columns into strings and back', () => {
    expect(fromDateColumn(new Date('2020-08-31T00:00:00Z'))).toBe('2020-08-31');
    expect(toDateColumn('2020-08-31').toISOString()).toBe('2020-08-31T00:00:00.000Z');
  });
});

describe('wall-clock times in a zone', () => {
  it('reads a datetime-local value in the review’s zone', () => {
    expect(zonedInputToIso('2020-10-19T09:00', 'Asia/Ulaanbaatar')).toBe('2020-10-19T09:00:00+08:00');
    expect(zonedInputToIso('2026-07-01T09:00', 'America/New_York')).toBe('2026-07-01T09:00:00-04:00');
    expect(zonedInputToIso('2026-01-15T09:00', 'America/New_York')).toBe('2026-01-15T09:00:00-05:00');
    expect(zonedInputToIso('2026-01-15T09:00', 'Asia/Kolkata')).toBe('2026-01-15T09:00:00+05:30');
    expect(zonedInputToIso('2020-10-19T09:00', 'Asia/Kathmandu')).toBe('2020-10-19T09:00:00+05:45');
    expect(zonedInputToIso('2020-07-01T09:00', 'America/New_York')).toBe('2020-07-01T09:00:00-04:00');
    expect(zonedInputToIso('2020-12-01T09:00', 'America/New_York')).toBe('2020-12-01T09:00:00-05:00');
    // UTC keeps a numeric offset, as the other zones do.
    expect(zonedInputToIso('2020-10-19T09:00', 'UTC')).toBe('2020-10-19T09:00:00+00:00');
    expect(zonedInputToIso('', 'Asia/Ulaanbaatar')).toBe('');
    expect(zonedInputToIso('2020-10-19 09:00', 'Asia/Ulaanbaatar')).toBe('');
  });

  it('round-trips an input through an instant (property, every whole minute of a year in New York)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 24 * 60 - 1 }), (minute) => {
        const local = new Date(Date.UTC(2026, 0, 1) + minute * 60_000).toISOString().slice(0, 16);
        const iso = zonedInputToIso(local, 'America/New_York');
        // 02:00–02:59 on the day clocks go forward does not exist there; it moves an hour on.
        const back = isoToZonedInput(iso, 'America/New_York');
        return (
          back === local || (local.startsWith('2026-03-08T02') && back === `2026-03-08T03${local.slice(13)}`)
        );
      }),
    );
  });

  it('shows an instant as a wall-clock time in the zone', () => {
    expect(isoToZonedInput('2020-10-19T01:00:00Z', 'Asia/Ulaanbaatar')).toBe('2020-10-19T09:00');
    expect(isoToZonedInput('2020-10-19T01:00:00.000Z', 'Asia/Ulaanbaatar')).toBe('2020-10-19T09:00');
    // 20:00 UTC is already the next day in Ulaanbaatar.
    expect(isoToZonedInput('2020-10-19T20:30:00Z', 'Asia/Ulaanbaatar')).toBe('2020-10-20T04:30');
    expect(isoToZonedInput('2020-10-19T09:00:00+08:00', 'UTC')).toBe('2020-10-19T01:00');
    expect(isoToZonedInput('not a time', 'Asia/Ulaanbaatar')).toBe('');
    expect(zoneOffsetLabel('Asia/Ulaanbaatar', new Date('2020-10-19T01:00:00Z'))).toBe('UTC+08:00');
    expect(zoneOffsetLabel('Asia/Kolkata', new Date('2020-10-19T01:00:00Z'))).toBe('UTC+05:30');
  });
});

describe('formatting for people', () => {
  it('writes calendar dates in the survey’s style', () => {
    expect(formatCalendarDate('2020-08-31')).toBe('31 August 2020');
    expect(formatCalendarDate('2020-08-31', 'short')).toBe('31 Aug 2020');
    expect(formatCalendarDate('2020-08-31', 'weekday')).toBe('Monday 31 August 2020');
    expect(formatCalendarDate('2020-08-31', 'month')).toBe('Aug');
    expect(formatCalendarDate('2020-08-31', 'monthYear')).toBe('Aug 2020');
    expect(formatCalendarDate('someday')).toBe('someday');
  });

  it('writes instants in the review’s zone', () => {
    const at = new Date('2020-10-19T01:00:00Z');
    expect(formatInstant(at, 'Asia/Ulaanbaatar', 'date')).toBe('19 October 2020');
    expect(formatInstant(at, 'Asia/Ulaanbaatar', 'dateTime')).toBe('19 Oct 2020, 09:00');
    expect(formatInstant(at, 'Asia/Ulaanbaatar', 'dateTimeZone')).toBe('19 October 2020 at 09:00');
    expect(formatInstant('2020-10-19T01:00:00Z', 'UTC', 'dateTime')).toBe('19 Oct 2020, 01:00');
  });
});

describe('dates in the languages of the tool', () => {
  it('keeps the English patterns and writes each other language its own way', () => {
    expect(formatCalendarDate('2020-08-31', 'weekday', 'en')).toBe('Monday 31 August 2020');
    expect(formatCalendarDate('2020-08-31', 'long', 'fr')).toBe('31 août 2020');
    expect(formatCalendarDate('2020-08-31', 'long', 'es')).toBe('31 de agosto de 2020');
    expect(formatCalendarDate('2020-08-31', 'long', 'ru')).toMatch(/^31 августа 2020\s?г\.$/u);
    expect(formatCalendarDate('2020-08-31', 'long', 'zh')).toBe('2020年8月31日');
    expect(formatCalendarDate('2020-08-31', 'long', 'ar')).toMatch(/٣١ أغسطس ٢٠٢٠|31 أغسطس 2020/);
  });

  it('writes an instant on the review’s wall clock, in the reader’s language', () => {
    // 01:00 UTC is 09:00 in Ulaanbaatar.
    expect(formatInstant('2026-12-11T01:00:00Z', 'Asia/Ulaanbaatar', 'dateTimeZone', 'en')).toBe(
      '11 December 2026 at 09:00',
    );
    expect(formatInstant('2026-12-11T01:00:00Z', 'Asia/Ulaanbaatar', 'dateTimeZone', 'ru')).toMatch(
      /^11 декабря 2026 г\.,? (в )?09:00$/,
    );
  });
});
