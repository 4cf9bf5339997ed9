import { addDays, suggestDueDate, todayIn } from './dates';

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
