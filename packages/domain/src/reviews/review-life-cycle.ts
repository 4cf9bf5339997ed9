import type { TReviewStatus } from './reviews.schemas';

/**
 * How a review moves along its life cycle, setup → collecting → consolidating → submitted →
 * closed → archived, and by what means: the settings form moves freely among the three working
 * statuses; only submitting the report makes it submitted (an amendment reopens questions
 * while it stays submitted); the coordinator closes a submitted review and archives a closed one.
 * Closed and archived reviews are read-only for good.
 */
export type TReviewTransitionMeans = 'settings' | 'submission' | 'close' | 'archive';

/** The statuses a review is worked in, which the settings form may set. */
export const WORKING_STATUSES = [
  'setup',
  'collecting',
  'consolidating',
] as const satisfies readonly TReviewStatus[];

/** Statuses in which nothing of the review changes any more. */
export const FINISHED_STATUSES = ['closed', 'archived'] as const satisfies readonly TReviewStatus[];

const working = {
  setup: 'settings',
  collecting: 'settings',
  consolidating: 'settings',
  submitted: 'submission',
} as const;

/** For each status, the statuses it may move to and the means that moves it there. */
export const REVIEW_TRANSITIONS: Record<
  TReviewStatus,
  Partial<Record<TReviewStatus, TReviewTransitionMeans>>
> = {
  setup: working,
  collecting: working,
  consolidating: working,
  // Submitting an amended version keeps it submitted.
  submitted: { submitted: 'submission', closed: 'close' },
  closed: { archived: 'archive' },
  archived: {},
};

/** The status as people read it in a sentence: "this review is collecting answers". */
export const REVIEW_STATUS_WORDS: Record<TReviewStatus, string> = {
  setup: 'being set up',
  collecting: 'collecting answers',
  consolidating: 'consolidating',
  submitted: 'submitted',
  closed: 'closed',
  archived: 'archived',
};

export function isWorkingStatus(status: TReviewStatus): status is (typeof WORKING_STATUSES)[number] {
  return (WORKING_STATUSES as readonly TReviewStatus[]).includes(status);
}

export function isFinishedStatus(status: TReviewStatus): status is (typeof FINISHED_STATUSES)[number] {
  return (FINISHED_STATUSES as readonly TReviewStatus[]).includes(status);
}

/** How each target status is reached, to say so when another means tries. */
const HOW_TO_REACH: Record<TReviewStatus, string> = {
  setup: 'by editing the settings while the review is being worked on',
  collecting: 'by editing the settings while the review is being worked on',
  consolidating: 'by editing the settings while the review is being worked on',
  submitted: 'by submitting the report',
  closed: 'by closing it once the report is submitted',
  archived: 'by archiving it once it is closed',
};

/**
 * Why the review cannot move from `from` to `to` by `by`, as a sentence, or null when it can.
 * A working status set to itself through the settings is no move and is allowed.
 */
export function reviewTransitionProblem(
  from: TReviewStatus,
  to: TReviewStatus,
  by: TReviewTransitionMeans = 'settings',
): string | null {
  if (REVIEW_TRANSITIONS[from][to] === by) return null;
  if (by === 'settings' && from === to && isWorkingStatus(from)) return null;
  if (from === to) return `The review is already ${REVIEW_STATUS_WORDS[to]}`;
  if (by === 'close' || by === 'archive') {
    const needed = by === 'close' ? 'submitted' : 'closed';
    return `Only a ${needed} review can be ${REVIEW_STATUS_WORDS[to]}; this review is ${REVIEW_STATUS_WORDS[from]}`;
  }
  if (REVIEW_TRANSITIONS[from][to] !== undefined) {
    return `A review becomes ${REVIEW_STATUS_WORDS[to]} ${HOW_TO_REACH[to]}`;
  }
  if (from === 'submitted') {
    return 'The report is submitted: the review can only be closed now (an amendment reopens questions for an amended version)';
  }
  if (from === 'closed') return 'The review is closed: it can only be archived now';
  if (from === 'archived') return 'The review is archived: it stays as it is';
  return `A review becomes ${REVIEW_STATUS_WORDS[to]} ${HOW_TO_REACH[to]}, not by editing its settings`;
}
