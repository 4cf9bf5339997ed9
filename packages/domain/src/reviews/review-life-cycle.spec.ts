import { REVIEW_TRANSITIONS, reviewTransitionProblem, WORKING_STATUSES } from './review-life-cycle';
import { REVIEW_STATUSES } from './reviews.schemas';

describe('review life cycle', () => {
  it('lets the settings move a review freely among the working statuses', () => {
    for (const from of WORKING_STATUSES) {
      for (const to of WORKING_STATUSES) {
        expect(reviewTransitionProblem(from, to, 'settings')).toBeNull();
      }
    }
  });

  it('makes a review submitted only by submitting its report', () => {
    expect(reviewTransitionProblem('consolidating', 'submitted', 'submission')).toBeNull();
    expect(reviewTransitionProblem('setup', 'submitted', 'submission')).toBeNull();
    expect(reviewTransitionProblem('collecting', 'submitted', 'settings')).toBe(
      'A review becomes submitted by submitting the report',
    );
  });

  it('keeps an amended report submitted', () => {
    expect(reviewTransitionProblem('submitted', 'submitted', 'submission')).toBeNull();
  });

  it('refuses closed and archived through the settings, saying how they are reached', () => {
    expect(reviewTransitionProblem('collecting', 'closed', 'settings')).toBe(
      'A review becomes closed by closing it once the report is submitted, not by editing its settings',
    );
    expect(reviewTransitionProblem('setup', 'archived', 'settings')).toBe(
      'A review becomes archived by archiving it once it is closed, not by editing its settings',
    );
  });

  it('closes only a submitted review', () => {
    expect(reviewTransitionProblem('submitted', 'closed', 'close')).toBeNull();
    expect(reviewTransitionProblem('consolidating', 'closed', 'close')).toBe(
      'Only a submitted review can be closed; this review is consolidating',
    );
    expect(reviewTransitionProblem('closed', 'closed', 'close')).toBe('The review is already closed');
    expect(reviewTransitionProblem('archived', 'closed', 'close')).toBe(
      'Only a submitted review can be closed; this review is archived',
    );
  });

  it('archives only a closed review', () => {
    expect(reviewTransitionProblem('closed', 'archived', 'archive')).toBeNull();
    expect(reviewTransitionProblem('submitted', 'archived', 'archive')).toBe(
      'Only a closed review can be archived; this review is submitted',
    );
    expect(reviewTransitionProblem('archived', 'archived', 'archive')).toBe('The review is already archived');
  });

  it('never leaves a submitted, closed or archived review back to work through the settings', () => {
    expect(reviewTransitionProblem('submitted', 'collecting', 'settings')).toMatch(/can only be closed now/);
    expect(reviewTransitionProblem('closed', 'consolidating', 'settings')).toBe(
      'The review is closed: it can only be archived now',
    );
    expect(reviewTransitionProblem('archived', 'setup', 'settings')).toBe(
      'The review is archived: it stays as it is',
    );
    expect(reviewTransitionProblem('closed', 'archived', 'settings')).toBe(
      'A review becomes archived by archiving it once it is closed',
    );
  });

  it('gives every status a row and moves nothing out of archived', () => {
    expect(Object.keys(REVIEW_TRANSITIONS).sort()).toEqual([...REVIEW_STATUSES].sort());
    expect(REVIEW_TRANSITIONS.archived).toEqual({});
  });

  it('accepts exactly the moves of the table, each by its own means', () => {
    const means = ['settings', 'submission', 'close', 'archive'] as const;
    for (const from of REVIEW_STATUSES) {
      for (const to of REVIEW_STATUSES) {
        for (const by of means) {
          const listed = REVIEW_TRANSITIONS[from][to] === by;
          const noMove =
            by === 'settings' && from === to && (WORKING_STATUSES as readonly string[]).includes(from);
          expect(reviewTransitionProblem(from, to, by) === null).toBe(listed || noMove);
        }
      }
    }
  });
});
