import { addDays, isoToZonedInput, suggestDueDate, todayIn, zonedInputToIso, zoneOffsetLabel } from './dates';

describe('suggestDueDate', () => {
  it('is three weeks before the final deadline', () => {
    expect(suggestDueDate('2020-08-31', 'Asia/Ulaanbaatar', new Date('2020-06-01T00:00:00Z'))).toBe(
      '2020-08-10',
    );
  });

  it('is never in the past: today when three weeks before has gone by', () => {
    expect(suggestDueDate('2020-08-31', 'Asia/Ulaanbaatar', new Date('2020-08-20T12:00:00Z'))).toBe(
      '2020-08-20',
    );
  });

  it("counts today in the review's time zone, not the browser's", () => {
    // 20:00 UTC on 19 August is already 20 August in Ulaanbaatar (UTC+8).
    const now = new Date('2020-08-19T20:00:00Z');
    expect(todayIn('Asia/Ulaanbaatar', now)).toBe('2020-08-20');
    expect(suggestDueDate('2020-08-31', 'Asia/Ulaanbaatar', now)).toBe('2020-08-20');
  });

  it('moves across month and leap-year ends', () => {
    expect(addDays('2020-03-01', -1)).toBe('2020-02-29');
    expect(addDays('2020-12-20', 21)).toBe('2021-01-10');
  });
});

describe('date-times in the review time zone', () => {
  it('reads a datetime-local value as a wall-clock time in the zone and adds its offset', () => {
    expect(zonedInputToIso('2020-10-19T09:00', 'Asia/Ulaanbaatar')).toBe('2020-10-19T09:00:00+08:00');
    expect(zonedInputToIso('2020-10-19T09:00', 'UTC')).toBe('2020-10-19T09:00:00+00:00');
    expect(zonedInputToIso('2020-07-01T09:00', 'America/New_York')).toBe('2020-07-01T09:00:00-04:00');
    expect(zonedInputToIso('2020-12-01T09:00', 'America/New_York')).toBe('2020-12-01T09:00:00-05:00');
    expect(zonedInputToIso('2020-10-19T09:00', 'Asia/Kathmandu')).toBe('2020-10-19T09:00:00+05:45');
    expect(zonedInputToIso('', 'Asia/Ulaanbaatar')).toBe('');
  });

  it('shows an instant as the wall-clock time of the zone', () => {
    expect(isoToZonedInput('2020-10-19T01:00:00.000Z', 'Asia/Ulaanbaatar')).toBe('2020-10-19T09:00');
    // 20:00 UTC is already the next day in Ulaanbaatar.
    expect(isoToZonedInput('2020-10-19T20:30:00Z', 'Asia/Ulaanbaatar')).toBe('2020-10-20T04:30');
    expect(isoToZonedInput('2020-10-19T09:00:00+08:00', 'UTC')).toBe('2020-10-19T01:00');
  });

  it('names the offset of a zone', () => {
    expect(zoneOffsetLabel('Asia/Ulaanbaatar', new Date('2020-10-19T00:00:00Z'))).toBe('UTC+08:00');
  });
});
