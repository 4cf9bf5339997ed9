import type { TContributionState, TReportQuestionStatus } from '@gcm/domain';

export const ANSWER_STATUS_LABELS: Record<TReportQuestionStatus, string> = {
  draft: 'Draft',
  final: 'Final',
  not_applicable: 'Not applicable',
};

export const ANSWER_STATUS_OPTIONS = Object.entries(ANSWER_STATUS_LABELS) as [
  TReportQuestionStatus,
  string,
][];

export function isAccepted(state: TContributionState): boolean {
  return state === 'accepted';
}
