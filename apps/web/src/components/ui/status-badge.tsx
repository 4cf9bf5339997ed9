import type { TContributionState, TDeadlineStatus, TReviewStatus } from '@gcm/domain';
import { Badge, type BadgeTone } from './badge';

interface Look {
  label: string;
  tone: BadgeTone;
  icon: string;
}

export const REVIEW_STATUS_LOOK: Record<TReviewStatus, Look> = {
  setup: { label: 'Setting up', tone: 'muted', icon: '○' },
  collecting: { label: 'Collecting answers', tone: 'info', icon: '◐' },
  consolidating: { label: 'Consolidating', tone: 'warning', icon: '◑' },
  submitted: { label: 'Submitted', tone: 'success', icon: '✓' },
  closed: { label: 'Closed', tone: 'neutral', icon: '■' },
  archived: { label: 'Archived', tone: 'muted', icon: '▣' },
};

export const DEADLINE_STATUS_LOOK: Record<TDeadlineStatus, Look> = {
  not_started: { label: 'Not started', tone: 'muted', icon: '○' },
  on_track: { label: 'On track', tone: 'info', icon: '→' },
  due_soon: { label: 'Due soon', tone: 'warning', icon: '!' },
  overdue: { label: 'Overdue', tone: 'danger', icon: '✕' },
  done: { label: 'Done', tone: 'success', icon: '✓' },
};

export const CONTRIBUTION_STATE_LABELS: Record<TContributionState, string> = {
  not_started: 'Not started',
  drafting: 'Drafting',
  submitted: 'Submitted',
  changes_requested: 'Changes requested',
  accepted: 'Accepted',
};

export const CONTRIBUTION_STATE_LOOK: Record<TContributionState, Look> = {
  not_started: { label: CONTRIBUTION_STATE_LABELS.not_started, tone: 'muted', icon: '○' },
  drafting: { label: CONTRIBUTION_STATE_LABELS.drafting, tone: 'info', icon: '✎' },
  submitted: { label: CONTRIBUTION_STATE_LABELS.submitted, tone: 'warning', icon: '↑' },
  changes_requested: { label: CONTRIBUTION_STATE_LABELS.changes_requested, tone: 'danger', icon: '↺' },
  accepted: { label: CONTRIBUTION_STATE_LABELS.accepted, tone: 'success', icon: '✓' },
};

export function ReviewStatusBadge({ status }: { status: TReviewStatus }) {
  const look = REVIEW_STATUS_LOOK[status];
  return (
    <Badge tone={look.tone} icon={look.icon} testId="review-status">
      {look.label}
    </Badge>
  );
}

export function DeadlineBadge({ status }: { status: TDeadlineStatus }) {
  const look = DEADLINE_STATUS_LOOK[status];
  return (
    <Badge tone={look.tone} icon={look.icon} testId="deadline-status">
      {look.label}
    </Badge>
  );
}

export function ContributionStateBadge({ state }: { state: TContributionState }) {
  const look = CONTRIBUTION_STATE_LOOK[state];
  return (
    <Badge tone={look.tone} icon={look.icon} testId="contribution-state">
      {look.label}
    </Badge>
  );
}

/** A person in a review: invited (the link is not used yet) or active. */
export function MemberStatusBadge({ active }: { active: boolean }) {
  return active ? (
    <Badge tone="success" icon="✓">
      Active
    </Badge>
  ) : (
    <Badge tone="warning" icon="✉">
      Invited
    </Badge>
  );
}
