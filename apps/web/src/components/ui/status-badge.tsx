import type { TContributionState, TDeadlineStatus, TReviewStatus } from '@gcm/domain';
import { useT } from '../../lib/i18n/use-t';
import { Badge, type BadgeTone } from './badge';

interface Look {
  /** In English, for code that is not translated yet; screens show `t(…LabelId(…))`. */
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

/** The message of a review's status on screen: `t(reviewStatusLabelId('collecting'))`. */
export function reviewStatusLabelId(status: TReviewStatus) {
  return `ui.reviewStatus.${status}` as const;
}

/** The message of a deadline status on screen: `t(deadlineStatusLabelId('overdue'))`. */
export function deadlineStatusLabelId(status: TDeadlineStatus) {
  return `ui.deadlineStatus.${status}` as const;
}

/** The message of a contribution's state on screen: `t(contributionStateLabelId('accepted'))`. */
export function contributionStateLabelId(state: TContributionState) {
  return `ui.contributionState.${state}` as const;
}

export function ReviewStatusBadge({ status }: { status: TReviewStatus }) {
  const t = useT();
  const look = REVIEW_STATUS_LOOK[status];
  return (
    <Badge tone={look.tone} icon={look.icon} testId="review-status">
      {t(reviewStatusLabelId(status))}
    </Badge>
  );
}

export function DeadlineBadge({ status }: { status: TDeadlineStatus }) {
  const t = useT();
  const look = DEADLINE_STATUS_LOOK[status];
  return (
    <Badge tone={look.tone} icon={look.icon} testId="deadline-status">
      {t(deadlineStatusLabelId(status))}
    </Badge>
  );
}

export function ContributionStateBadge({ state }: { state: TContributionState }) {
  const t = useT();
  const look = CONTRIBUTION_STATE_LOOK[state];
  return (
    <Badge tone={look.tone} icon={look.icon} testId="contribution-state">
      {t(contributionStateLabelId(state))}
    </Badge>
  );
}

/** A person in a review: invited (the link is not used yet) or active. */
export function MemberStatusBadge({ active }: { active: boolean }) {
  const t = useT();
  return active ? (
    <Badge tone="success" icon="✓">
      {t('ui.member.active')}
    </Badge>
  ) : (
    <Badge tone="warning" icon="✉">
      {t('ui.member.invited')}
    </Badge>
  );
}
