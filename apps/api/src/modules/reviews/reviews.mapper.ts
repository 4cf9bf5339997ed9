import {
  CLUSTERS,
  deadlineStatus,
  GCM_OBJECTIVES,
  type TContributionState,
  type TProgress,
  type TReviewCluster,
  type TReviewDetail,
  type TReviewQuestion,
  type TReviewSummary,
} from '@gcm/domain';
import type { AssignmentStateRow, ReviewDetailRow, ReviewSummaryRow } from './reviews.repository';

const PROGRESS_KEY: Record<TContributionState, keyof Omit<TProgress, 'total' | 'overdue'>> = {
  not_started: 'notStarted',
  drafting: 'drafting',
  submitted: 'submitted',
  changes_requested: 'changesRequested',
  accepted: 'accepted',
};

export function progressOf(
  rows: Pick<AssignmentStateRow, 'state' | 'dueDate'>[],
  timeZone: string,
  now: Date,
): TProgress {
  const progress: TProgress = {
    total: rows.length,
    notStarted: 0,
    drafting: 0,
    submitted: 0,
    changesRequested: 0,
    accepted: 0,
    overdue: 0,
  };
  for (const row of rows) {
    progress[PROGRESS_KEY[row.state]] += 1;
    if (deadlineStatus({ dueDate: row.dueDate, now, timeZone, state: row.state }) === 'overdue') {
      progress.overdue += 1;
    }
  }
  return progress;
}

export function toReviewSummary(
  row: ReviewSummaryRow,
  assignments: Pick<AssignmentStateRow, 'state' | 'dueDate'>[],
  now: Date,
): TReviewSummary {
  return {
    id: row.id,
    title: row.title,
    country: row.country,
    cycle: row.cycle,
    templateKey: row.templateKey,
    status: row.status,
    timeZone: row.timeZone,
    finalDueDate: row.finalDueDate,
    finalDueTime: row.finalDueTime,
    workspaceId: row.workspaceId,
    coordinatingOrganisation: row.coordinatingOrganisation,
    questionCount: row._count.questions,
    progress: progressOf(assignments, row.timeZone, now),
  };
}

function toQuestion(
  question: ReviewDetailRow['questions'][number],
  timeZone: string,
  now: Date,
): TReviewQuestion {
  return {
    id: question.id,
    code: question.code,
    order: question.order,
    clusterNumber: question.clusterNumber,
    prompt: question.prompt,
    answerKind: question.answerKind,
    targetWords: question.targetWords,
    guidance: question.guidance,
    assignments: question.assignments.map((assignment) => ({
      id: assignment.id,
      organisation: assignment.organisation,
      role: assignment.role,
      dueDate: assignment.dueDate,
      state: assignment.state,
      deadlineStatus: deadlineStatus({
        dueDate: assignment.dueDate,
        now,
        timeZone,
        state: assignment.state,
      }),
    })),
  };
}

export function toReviewDetail(
  row: ReviewDetailRow,
  now: Date,
  viewer: TReviewDetail['viewer'],
): TReviewDetail {
  const questions = row.questions.map((question) => toQuestion(question, row.timeZone, now));
  const clusters: TReviewCluster[] = CLUSTERS.map((cluster) => ({
    number: cluster.number,
    title: cluster.title,
    objectives: GCM_OBJECTIVES.filter((objective) => cluster.objectiveNumbers.includes(objective.number)),
    questions: questions.filter((question) => question.clusterNumber === cluster.number),
  }));
  const allAssignments = row.questions.flatMap((question) => question.assignments);
  return {
    ...toReviewSummary(row, allAssignments, now),
    version: row.version,
    contact: {
      country: row.country,
      office: row.contactOffice,
      name: row.contactName,
      title: row.contactTitle,
      email: row.contactEmail,
      telephone: row.contactPhone,
      mailingAddress: row.contactMailingAddress,
    },
    recipients: { to: row.recipientsTo, cc: row.recipientsCc },
    consentToPublish: row.consentToPublish,
    clusters,
    generalQuestions: questions.filter((question) => question.clusterNumber === null),
    viewer,
  };
}
