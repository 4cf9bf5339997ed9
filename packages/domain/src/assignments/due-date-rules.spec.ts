import { todayIn } from '../dates/calendar-date';
import {
  dueDateProblem,
  finalDeadlineProblem,
  latestDueDate,
  SUGGESTED_LEAD_DAYS,
  suggestDueDate,
} from './due-date-rules';

describe('suggested due date', () => {
  it('is three weeks before the final deadline', () => {
    expect(SUGGESTED_LEAD_DAYS).toBe(21);
    expect(suggestDueDate('2020-08-31', '2020-06-01')).toBe('2020-08-10');
  });

  it('is never in the past: today when three weeks before has gone by', () => {
    expect(suggestDueDate('2020-08-31', '2020-08-20')).toBe('2020-08-20');
    expect(suggestDueDate('2020-08-31', '2020-08-10')).toBe('2020-08-10');
  });

  it("counts today in the review's time zone, not the browser's", () => {
    // 20:00 UTC on 19 August is already 20 August in Ulaanbaatar (UTC+8).
    const today = todayIn('Asia/Ulaanbaatar', new Date('2020-08-19T20:00:00Z'));
    expect(suggestDueDate('2020-08-31', today)).toBe('2020-08-20');
  });

  it('takes another lead time', () => {
    expect(suggestDueDate('2026-12-31', '2026-09-01', 28)).toBe('2026-12-03');
    expect(suggestDueDate('2026-12-31', '2026-09-01', 0)).toBe('2026-12-31');
  });

  it('moves across month and leap-year ends', () => {
    expect(suggestDueDate('2020-03-21', '2020-01-01')).toBe('2020-02-29');
    expect(suggestDueDate('2021-01-10', '2020-01-01')).toBe('2020-12-20');
  });
});

describe('due date range', () => {
  const now = new Date('2026-11-28T02:00:00Z');

  it('accepts dates from 2000 up to five years ahead, both ends included', () => {
    expect(dueDateProblem('2000-01-01', now)).toBeNull();
    expect(dueDateProblem('2020-08-31', now)).toBeNull();
    expect(dueDateProblem('2031-11-28', now)).toBeNull();
  });

  it('refuses dates before 2000 or more than five years ahead, saying the range', () => {
    expect(dueDateProblem('1999-12-31', now)).toBe('must be between 2000-01-01 and 2031-11-28');
    expect(dueDateProblem('2031-11-29', now)).toBe('must be between 2000-01-01 and 2031-11-28');
    expect(dueDateProblem('3000-01-01', now)).toBe('must be between 2000-01-01 and 2031-11-28');
  });

  it('moves a 29 February "now" to 1 March five years later', () => {
    expect(latestDueDate(new Date('2028-02-29T12:00:00Z'))).toBe('2033-03-01');
  });

  it('counts five years from the day in UTC', () => {
    expect(latestDueDate(new Date('2026-12-31T23:30:00Z'))).toBe('2031-12-31');
    expect(latestDueDate(new Date('2027-01-01T00:30:00Z'))).toBe('2032-01-01');
  });
});

describe('due dates and the final deadline', () => {
  const now = new Date('2020-06-01T02:00:00Z');

  it('accepts a due date on or before the final deadline', () => {
    expect(dueDateProblem('2020-08-10', now, '2020-08-31')).toBeNull();
    expect(dueDateProblem('2020-08-31', now, '2020-08-31')).toBeNull();
  });

  it('refuses a due date after the final deadline, naming it', () => {
    expect(dueDateProblem('2020-09-01', now, '2020-08-31')).toBe(
      'must be on or before the final deadline, 31 August 2020',
    );
  });

  it('says the range first when the date is out of it', () => {
    expect(dueDateProblem('1999-12-31', now, '2020-08-31')).toBe('must be between 2000-01-01 and 2025-06-01');
  });

  it('checks the range alone without a final deadline', () => {
    expect(dueDateProblem('2024-09-01', now)).toBeNull();
  });

  it('refuses to move the final deadline before open due dates, saying how many', () => {
    expect(finalDeadlineProblem('2020-08-15', 0)).toBeNull();
    expect(finalDeadlineProblem('2020-08-15', 1)).toBe(
      '1 open assignment is due after 15 August 2020: move its due date to that day or earlier first',
    );
    expect(finalDeadlineProblem('2020-08-15', 3)).toBe(
      '3 open assignments are due after 15 August 2020: move their due dates to that day or earlier first',
    );
  });
});
