import { REPORT_QUESTION_STATUSES, type TContributionState, type TReportQuestionStatus } from '@gcm/domain';

/** The message of an answer's status on screen: `t(answerStatusLabelId('final'))`. */
export function answerStatusLabelId(status: TReportQuestionStatus) {
  return `answers.status.${status}` as const;
}

/** The statuses a coordinator can give an answer, in the order of the select. */
export const ANSWER_STATUS_OPTIONS: readonly TReportQuestionStatus[] = REPORT_QUESTION_STATUSES;

export function isAccepted(state: TContributionState): boolean {
  return state === 'accepted';
}
