import { deadlineInstant, formatDeadline, isAfterDeadline } from './calendar-date';

describe('the final deadline as an instant', () => {
  const zone = 'Asia/Ulaanbaatar'; // UTC+8, no daylight saving

  it('falls at the local time on that day in the review zone (the 2020 survey: 31 August 2020, 17:00)', () => {
    expect(deadlineInstant('2020-08-31', '17:00', zone).toISOString()).toBe('2020-08-31T09:00:00.000Z');
  });

  it('falls at the end of the day without a time', () => {
    expect(deadlineInstant('2020-08-31', null, zone).toISOString()).toBe('2020-08-31T15:59:59.999Z');
  });

  it('counts 17:01 local as late and 16:59 as on time', () => {
    expect(isAfterDeadline(new Date('2020-08-31T09:01:00Z'), '2020-08-31', '17:00', zone)).toBe(true);
    expect(isAfterDeadline(new Date('2020-08-31T08:59:00Z'), '2020-08-31', '17:00', zone)).toBe(false);
    expect(isAfterDeadline(new Date('2020-08-31T09:00:00Z'), '2020-08-31', '17:00', zone)).toBe(false);
  });

  it('counts 23:59 local as on time and the next day as late without a time', () => {
    expect(isAfterDeadline(new Date('2020-08-31T15:59:00Z'), '2020-08-31', null, zone)).toBe(false);
    expect(isAfterDeadline(new Date('2020-08-31T16:00:00Z'), '2020-08-31', null, zone)).toBe(true);
  });

  it('follows daylight saving in zones that have it', () => {
    // Berlin is UTC+2 in summer, UTC+1 in winter.
    expect(deadlineInstant('2020-08-31', '17:00', 'Europe/Berlin').toISOString()).toBe(
      '2020-08-31T15:00:00.000Z',
    );
    expect(deadlineInstant('2020-12-31', '17:00', 'Europe/Berlin').toISOString()).toBe(
      '2020-12-31T16:00:00.000Z',
    );
  });

  it('refuses what is not a date, a time or a zone', () => {
    expect(() => deadlineInstant('2020-02-30', null, zone)).toThrow(RangeError);
    expect(() => deadlineInstant('2020-08-31', '24:00', zone)).toThrow(RangeError);
    expect(() => deadlineInstant('2020-08-31', '17:00', 'Mars/Olympus')).toThrow(RangeError);
  });

  it('reads as people write it', () => {
    expect(formatDeadline('2020-08-31', '17:00', zone)).toBe('31 August 2020, 17:00 (Asia/Ulaanbaatar)');
    expect(formatDeadline('2020-08-31', null, zone)).toBe('31 August 2020 (Asia/Ulaanbaatar)');
  });
});
