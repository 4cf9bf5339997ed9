import { AppError } from '../errors/app-error';
import type { TContributionState, TReviewRole } from '../shared/primitives.schemas';

/**
 * What can happen to a contribution (the answer to one survey question by one assignee):
 *
 *   not_started --start/save--> drafting --submit--> submitted --accept--> accepted
 *                                                       |  ^                  |
 *                                       request_changes v  | submit           | reopen
 *                                                  changes_requested <--------+
 *
 * 'save' stores the text: it moves a not started contribution to drafting and keeps a drafting or
 * changes-requested one where it is.
 */
export const CONTRIBUTION_ACTIONS = [
  'start',
  'save',
  'submit',
  'request_changes',
  'accept',
  'reopen',
] as const;
export type TContributionAction = (typeof CONTRIBUTION_ACTIONS)[number];

type TEditorRole = Extract<TReviewRole, 'contributor' | 'coordinator'>;

interface ActionRule {
  transitions: Partial<Record<TContributionState, TContributionState>>;
  roles: readonly TEditorRole[];
  requiresComment: boolean;
  /** "A contribution that is accepted cannot be <pastTense>". */
  pastTense: string;
  /** "Only the coordinator can <verb> a contribution". */
  verb: string;
}

const EDITORS: readonly TEditorRole[] = ['contributor', 'coordinator'];
const COORDINATOR: readonly TEditorRole[] = ['coordinator'];

const RULES: Record<TContributionAction, ActionRule> = {
  start: {
    transitions: { not_started: 'drafting' },
    roles: EDITORS,
    requiresComment: false,
    pastTense: 'started',
    verb: 'start',
  },
  save: {
    transitions: { not_started: 'drafting', drafting: 'drafting', changes_requested: 'changes_requested' },
    roles: EDITORS,
    requiresComment: false,
    pastTense: 'edited',
    verb: 'edit',
  },
  submit: {
    transitions: { drafting: 'submitted', changes_requested: 'submitted' },
    roles: EDITORS,
    requiresComment: false,
    pastTense: 'submitted',
    verb: 'submit',
  },
  request_changes: {
    transitions: { submitted: 'changes_requested' },
    roles: COORDINATOR,
    requiresComment: true,
    pastTense: 'sent back for changes',
    verb: 'request changes to',
  },
  accept: {
    transitions: { submitted: 'accepted' },
    roles: COORDINATOR,
    requiresComment: false,
    pastTense: 'accepted',
    verb: 'accept',
  },
  reopen: {
    transitions: { accepted: 'changes_requested' },
    roles: COORDINATOR,
    requiresComment: true,
    pastTense: 'reopened',
    verb: 'reopen',
  },
};

const STATE_LABELS: Record<TContributionState, string> = {
  not_started: 'not started',
  drafting: 'being drafted',
  submitted: 'submitted',
  changes_requested: 'waiting for changes',
  accepted: 'accepted',
};

const EDITABLE_STATES: readonly TContributionState[] = ['not_started', 'drafting', 'changes_requested'];

function roleMayAct(action: TContributionAction, role: TReviewRole): boolean {
  return (RULES[action].roles as readonly TReviewRole[]).includes(role);
}

/** The state after `action`, or null when the action is not possible from `from` (roles aside). */
export function nextState(from: TContributionState, action: TContributionAction): TContributionState | null {
  return RULES[action].transitions[from] ?? null;
}

/** Whether `role` may perform `action` on a contribution in `state` (a required comment aside). */
export function canPerform(
  state: TContributionState,
  action: TContributionAction,
  role: TReviewRole,
): boolean {
  return roleMayAct(action, role) && nextState(state, action) !== null;
}

/** The actions `role` may perform on a contribution in `state`, in the order of CONTRIBUTION_ACTIONS. */
export function allowedActions(state: TContributionState, role: TReviewRole): TContributionAction[] {
  return CONTRIBUTION_ACTIONS.filter((action) => canPerform(state, action, role));
}

/** Whether the action needs a non-empty comment (asking for changes, reopening). */
export function requiresComment(action: TContributionAction): boolean {
  return RULES[action].requiresComment;
}

/**
 * Checks that `role` may perform `action` on a contribution in `state` and returns the new state.
 * Throws AppError FORBIDDEN (the role may never do this), INVALID_TRANSITION (not from this state)
 * or VALIDATION (a required comment is missing).
 */
export function assertTransition(
  state: TContributionState,
  action: TContributionAction,
  role: TReviewRole,
  comment?: string | null,
): TContributionState {
  const rule = RULES[action];
  if (!roleMayAct(action, role)) {
    const who = rule.roles.length === 1 ? 'the coordinator' : 'the contributor or the coordinator';
    throw new AppError('FORBIDDEN', `Only ${who} can ${rule.verb} a contribution`, { state, action, role });
  }
  const next = nextState(state, action);
  if (next === null) {
    throw new AppError(
      'INVALID_TRANSITION',
      `A contribution that is ${STATE_LABELS[state]} cannot be ${rule.pastTense}`,
      { state, action, allowed: allowedActions(state, role) },
    );
  }
  if (rule.requiresComment && (comment ?? '').trim() === '') {
    const purpose = action === 'request_changes' ? 'request changes' : `${rule.verb} a contribution`;
    throw new AppError('VALIDATION', `A comment is required to ${purpose}`, { state, action });
  }
  return next;
}

/** Whether `role` may change the text of a contribution in `state`; submitted and accepted text is frozen. */
export function canEditText(state: TContributionState, role: TReviewRole): boolean {
  return roleMayAct('save', role) && EDITABLE_STATES.includes(state);
}
