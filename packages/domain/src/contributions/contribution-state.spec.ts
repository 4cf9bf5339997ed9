import fc from 'fast-check';
import { AppError } from '../errors/app-error';
import { CONTRIBUTION_STATES, REVIEW_ROLES, type TContributionState } from '../shared/primitives.schemas';
import {
  allowedActions,
  assertTransition,
  CONTRIBUTION_ACTIONS,
  canEditText,
  canPerform,
  nextState,
  requiresComment,
} from './contribution-state';

function thrown(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('contribution workflow scenarios', () => {
  it('a contributor starts, drafts and submits, and the coordinator accepts', () => {
    let state: TContributionState = 'not_started';
    state = assertTransition(state, 'start', 'contributor');
    expect(state).toBe('drafting');
    state = assertTransition(state, 'save', 'contributor');
    expect(state).toBe('drafting');
    state = assertTransition(state, 'submit', 'contributor');
    expect(state).toBe('submitted');
    state = assertTransition(state, 'accept', 'coordinator');
    expect(state).toBe('accepted');
  });

  it('saving text on a contribution nobody has started moves it to drafting', () => {
    expect(nextState('not_started', 'save')).toBe('drafting');
  });

  it('the coordinator sends a submission back with a comment, the contributor revises and resubmits', () => {
    let state: TContributionState = 'submitted';
    state = assertTransition(state, 'request_changes', 'coordinator', 'Please add 2019 figures.');
    expect(state).toBe('changes_requested');
    state = assertTransition(state, 'save', 'contributor');
    expect(state).toBe('changes_requested');
    state = assertTransition(state, 'submit', 'contributor');
    expect(state).toBe('submitted');
  });

  it('the coordinator reopens an accepted contribution with a comment', () => {
    expect(assertTransition('accepted', 'reopen', 'coordinator', 'The census results are out.')).toBe(
      'changes_requested',
    );
  });

  it('an accepted contribution cannot be submitted again', () => {
    const error = thrown(() => assertTransition('accepted', 'submit', 'contributor'));
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.message).toBe('A contribution that is accepted cannot be submitted');
  });

  it('a contribution that was never started cannot be submitted empty', () => {
    const error = thrown(() => assertTransition('not_started', 'submit', 'coordinator'));
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.message).toBe('A contribution that is not started cannot be submitted');
  });

  it('a draft cannot be accepted before it is submitted', () => {
    const error = thrown(() => assertTransition('drafting', 'accept', 'coordinator'));
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.message).toBe('A contribution that is being drafted cannot be accepted');
  });

  it('a contributor cannot accept their own submission', () => {
    const error = thrown(() => assertTransition('submitted', 'accept', 'contributor'));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toBe('Only the coordinator can accept a contribution');
  });

  it('a contributor cannot request changes or reopen', () => {
    expect(thrown(() => assertTransition('submitted', 'request_changes', 'contributor', 'x')).message).toBe(
      'Only the coordinator can request changes to a contribution',
    );
    expect(thrown(() => assertTransition('accepted', 'reopen', 'contributor', 'x')).code).toBe('FORBIDDEN');
  });

  it('a stakeholder or an observer cannot even start a contribution', () => {
    for (const role of ['stakeholder', 'observer'] as const) {
      const error = thrown(() => assertTransition('not_started', 'start', role));
      expect(error.code).toBe('FORBIDDEN');
      expect(error.message).toBe('Only the contributor or the coordinator can start a contribution');
    }
  });

  it('requesting changes without a comment, or with only spaces, is a validation error', () => {
    for (const comment of [undefined, null, '', '   \n ']) {
      const error = thrown(() => assertTransition('submitted', 'request_changes', 'coordinator', comment));
      expect(error.code).toBe('VALIDATION');
      expect(error.message).toBe('A comment is required to request changes');
    }
  });

  it('reopening without a comment is a validation error', () => {
    const error = thrown(() => assertTransition('accepted', 'reopen', 'coordinator'));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toBe('A comment is required to reopen a contribution');
  });

  it('only asking for changes and reopening need a comment', () => {
    expect(CONTRIBUTION_ACTIONS.filter(requiresComment)).toEqual(['request_changes', 'reopen']);
  });

  it('lists what each role may do in each state', () => {
    expect(allowedActions('not_started', 'contributor')).toEqual(['start', 'save']);
    expect(allowedActions('drafting', 'contributor')).toEqual(['save', 'submit']);
    expect(allowedActions('submitted', 'contributor')).toEqual([]);
    expect(allowedActions('submitted', 'coordinator')).toEqual(['request_changes', 'accept']);
    expect(allowedActions('changes_requested', 'coordinator')).toEqual(['save', 'submit']);
    expect(allowedActions('accepted', 'coordinator')).toEqual(['reopen']);
    expect(allowedActions('accepted', 'contributor')).toEqual([]);
  });

  it('stakeholders and observers can do nothing in any state', () => {
    for (const state of CONTRIBUTION_STATES) {
      expect(allowedActions(state, 'stakeholder')).toEqual([]);
      expect(allowedActions(state, 'observer')).toEqual([]);
      expect(canEditText(state, 'stakeholder')).toBe(false);
      expect(canEditText(state, 'observer')).toBe(false);
    }
  });

  it('contributors and coordinators can edit text until it is submitted, and nobody edits submitted or accepted text', () => {
    for (const role of ['contributor', 'coordinator'] as const) {
      expect(canEditText('not_started', role)).toBe(true);
      expect(canEditText('drafting', role)).toBe(true);
      expect(canEditText('changes_requested', role)).toBe(true);
      expect(canEditText('submitted', role)).toBe(false);
      expect(canEditText('accepted', role)).toBe(false);
    }
  });

  it('nextState returns null for an action that is not possible from a state', () => {
    expect(nextState('accepted', 'accept')).toBeNull();
    expect(nextState('submitted', 'save')).toBeNull();
    expect(nextState('drafting', 'reopen')).toBeNull();
  });
});

describe('contribution workflow properties', () => {
  const arbState = fc.constantFrom(...CONTRIBUTION_STATES);
  const arbAction = fc.constantFrom(...CONTRIBUTION_ACTIONS);
  const arbRole = fc.constantFrom(...REVIEW_ROLES);
  const arbStep = fc.record({ action: arbAction, role: arbRole });

  it('every sequence of allowed actions stays within the states, and accepted is only entered from submitted', () => {
    fc.assert(
      fc.property(fc.array(arbStep, { maxLength: 40 }), (steps) => {
        let state: TContributionState = 'not_started';
        for (const { action, role } of steps) {
          if (!canPerform(state, action, role)) continue;
          const next = assertTransition(state, action, role, 'A comment');
          expect(CONTRIBUTION_STATES).toContain(next);
          if (next === 'accepted') expect(state).toBe('submitted');
          state = next;
        }
      }),
    );
  });

  it('allowedActions, canPerform and assertTransition agree for every state, action and role', () => {
    fc.assert(
      fc.property(arbState, arbAction, arbRole, (state, action, role) => {
        const allowed = allowedActions(state, role).includes(action);
        expect(canPerform(state, action, role)).toBe(allowed);
        if (allowed) {
          expect(assertTransition(state, action, role, 'A comment')).toBe(nextState(state, action));
        } else {
          const error = thrown(() => assertTransition(state, action, role, 'A comment'));
          expect(['FORBIDDEN', 'INVALID_TRANSITION']).toContain(error.code);
        }
      }),
    );
  });

  it('text can be changed exactly when the role may save', () => {
    fc.assert(
      fc.property(arbState, arbRole, (state, role) => {
        expect(canEditText(state, role)).toBe(canPerform(state, 'save', role));
      }),
    );
  });

  it('the only way into accepted is the accept action from submitted', () => {
    fc.assert(
      fc.property(arbState, arbAction, (state, action) => {
        if (nextState(state, action) === 'accepted') {
          expect([state, action]).toEqual(['submitted', 'accept']);
        }
      }),
    );
  });

  it('contributors acting alone can never get a contribution accepted', () => {
    fc.assert(
      fc.property(fc.array(arbAction, { maxLength: 40 }), (actions) => {
        let state: TContributionState = 'not_started';
        for (const action of actions) {
          if (canPerform(state, action, 'contributor'))
            state = assertTransition(state, action, 'contributor');
        }
        expect(state).not.toBe('accepted');
        expect(state).not.toBe('changes_requested');
      }),
    );
  });
});
