import { dueDateProblem, latestDueDate } from './due-date-range';

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
});
