import {
  deadlineStatus,
  GCM_OBJECTIVES,
  headedSections,
  reviewMailIdentity,
  type TContributionState,
  type TProgress,
  type TQuestionnaire,
  type TReviewCluster,
  type TReviewDetail,
  type TReviewQuestion,
  type TReviewSummary,
  ZQuestionnaireAnswer,
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
    answer: ZQuestionnaireAnswer.parse(question.answerConfig),
    sectionKey: question.sectionKey,
    targetWords: question.targetWords,
    guidance: question.guidance,
    objectives: question.objectives,
    national: question.national,
    draftFrom: question.draftFrom === 'methodology' ? 'methodology' : null,
    version: question.version,
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
  questionnaire: TQuestionnaire,
  now: Date,
  viewer: TReviewDetail['viewer'],
): TReviewDetail {
  const questions = row.questions.map((question) => toQuestion(question, row.timeZone, now));
  const sections = headedSections(questionnaire);
  const headed = new Set(sections.map((section) => section.key));
  const clusters: TReviewCluster[] = sections.map((section) => ({
    number: section.number,
    title: section.title,
    objectives: GCM_OBJECTIVES.filter((objective) => section.objectives.includes(objective.number)),
    questions: questions.filter((question) => question.sectionKey === section.key),
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
    mail: {
      senderName: row.mailSenderName,
      replyTo: row.mailReplyTo,
      effective: reviewMailIdentity({
        senderName: row.mailSenderName,
        replyTo: row.mailReplyTo,
        contactEmail: row.contactEmail,
        coordinatingOffice: row.coordinatingOrganisation?.name ?? null,
        country: row.country,
        coordinatorEmail: row.memberships[0]?.person.email ?? null,
      }),
    },
    clusters,
    carriedForwardFrom: row.carriedForwardFrom && {
      reviewId: row.carriedForwardFrom.id,
      cycle: row.carriedForwardFrom.cycle,
      title: row.carriedForwardFrom.title,
    },
    generalQuestions: questions.filter((question) => !headed.has(question.sectionKey)),
    questionnaire: { key: questionnaire.key, version: questionnaire.version, title: questionnaire.title },
    viewer,
  };
}
