import type { TCurrentPerson } from '@gcm/domain';
import type { QueryClient } from '@tanstack/react-query';

/**
 * Every query key of the app in one place, so a feature can refresh what another one shows
 * (assigning a question refreshes the review page) without importing that feature.
 * Keys nest: invalidating `review(id)` also refreshes its members, progress, assignments, audit.
 */
export const queryKeys = {
  session: ['session'] as const,
  reviews: ['reviews'] as const,
  review: (reviewId: string) => ['reviews', reviewId] as const,
  reviewProgress: (reviewId: string) => ['reviews', reviewId, 'progress'] as const,
  /** The overview's "needs attention" summary. */
  reviewAttention: (reviewId: string) => ['reviews', reviewId, 'attention'] as const,
  reviewMembers: (reviewId: string) => ['reviews', reviewId, 'members'] as const,
  reviewOrganisations: (reviewId: string) => ['reviews', reviewId, 'organisations'] as const,
  reviewAssignments: (reviewId: string) => ['reviews', reviewId, 'assignments'] as const,
  reviewAudit: (reviewId: string, questionId: string | null) =>
    ['reviews', reviewId, 'audit', { questionId }] as const,
  reminderPolicy: (reviewId: string) => ['reviews', reviewId, 'reminder-policy'] as const,
  /** Every outbox listing of a review, whatever the filter: invalidate this after any e-mail change. */
  reviewOutboxAll: (reviewId: string) => ['reviews', reviewId, 'outbox'] as const,
  reviewOutbox: (
    reviewId: string,
    filter: {
      status?: string;
      assignmentId?: string;
      limit?: number;
      window?: string;
      organisationId?: string;
      kind?: string;
    },
  ) => ['reviews', reviewId, 'outbox', filter] as const,
  /** One e-mail as it goes (or went) out, under its review's outbox so that changes refresh it. */
  outboxPreview: (reviewId: string, messageId: string) =>
    ['reviews', reviewId, 'outbox', 'preview', messageId] as const,
  reviewCompliance: (reviewId: string) => ['reviews', reviewId, 'compliance'] as const,
  reviewTimeline: (reviewId: string) => ['reviews', reviewId, 'timeline'] as const,
  reviewWorkshops: (reviewId: string) => ['reviews', reviewId, 'workshops'] as const,
  methodologyDraft: (reviewId: string) => ['reviews', reviewId, 'methodology-draft'] as const,
  /** The vote rounds of a review (the Votes tab, and question 7 on the review page). */
  reviewVotes: (reviewId: string) => ['reviews', reviewId, 'votes'] as const,
  /** A question's consolidation screen (its answer and the contributions to merge). */
  consolidation: (reviewId: string, code: string) =>
    ['reviews', reviewId, 'questions', code, 'consolidation'] as const,
  answerRevisions: (reviewId: string, code: string) =>
    ['reviews', reviewId, 'questions', code, 'revisions'] as const,
  /** Everything the report page shows: invalidate this after saving an answer or submitting. */
  reportAll: (reviewId: string) => ['reviews', reviewId, 'report'] as const,
  completeness: (reviewId: string) => ['reviews', reviewId, 'report', 'completeness'] as const,
  reportPreview: (reviewId: string) => ['reviews', reviewId, 'report', 'preview'] as const,
  submissions: (reviewId: string) => ['reviews', reviewId, 'report', 'submissions'] as const,
  /** Published reports (no session): the index and each report's public page. */
  publicReports: ['public-reports'] as const,
  publicReport: (reviewId: string) => ['public-reports', reviewId] as const,
  /** The questionnaires reviews can follow (built in and imported). */
  questionnaires: ['questionnaires'] as const,
  workshop: (workshopId: string) => ['workshops', workshopId] as const,
  /** A vote round; its ballot, results and priority list nest under it. */
  vote: (voteId: string) => ['votes', voteId] as const,
  myBallot: (voteId: string) => ['votes', voteId, 'ballot'] as const,
  voteResults: (voteId: string) => ['votes', voteId, 'results'] as const,
  voteNonVoters: (voteId: string) => ['votes', voteId, 'non-voters'] as const,
  votePriorities: (voteId: string) => ['votes', voteId, 'priorities'] as const,
  /** The country workspaces I coordinate a review of; a workspace's directory lists nest under it. */
  workspaces: ['workspaces'] as const,
  workspace: (workspaceId: string) => ['workspaces', workspaceId] as const,
  workspaceOrganisations: (workspaceId: string, archived: boolean) =>
    ['workspaces', workspaceId, 'organisations', { archived }] as const,
  workspacePeople: (workspaceId: string, archived: boolean) =>
    ['workspaces', workspaceId, 'people', { archived }] as const,
  myAssignments: ['my-assignments'] as const,
  assignments: ['assignments'] as const,
  contribution: (assignmentId: string) => ['assignments', assignmentId, 'contribution'] as const,
  revisions: (assignmentId: string) => ['assignments', assignmentId, 'revisions'] as const,
  assignmentReminders: (assignmentId: string) => ['assignments', assignmentId, 'reminders'] as const,
  invitation: (token: string) => ['invitations', token] as const,
  accountLink: (token: string) => ['account-links', token] as const,
  /** What the administrator of the installation sees: every review, every account, the audit trail. */
  instance: ['instance'] as const,
  instanceReviews: ['instance', 'reviews'] as const,
  instanceAccounts: ['instance', 'accounts'] as const,
  instanceAudit: ['instance', 'audit'] as const,
};

/**
 * Forgets every cached answer but the session itself (which the app shell keeps observing), then
 * records who is signed in now: used on sign-in, invitation acceptance and sign-out, so nothing one
 * person loaded is shown to the next person on the same computer.
 */
export function resetCacheForSession(queryClient: QueryClient, person: TCurrentPerson | null): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.session[0] });
  queryClient.setQueryData(queryKeys.session, person);
}
