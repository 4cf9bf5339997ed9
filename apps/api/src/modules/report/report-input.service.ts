import {
  fromDateColumn,
  type TReportInput,
  type TReportQuestion,
  type TReportRecipients,
  todayIn,
  ZAnswerData,
  ZQuestionnaireAnswer,
  ZReportQuestionStatus,
} from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { Clock } from '../../infra/clock/clock';
import { QuestionnaireCatalogue } from '../questionnaires/questionnaire-catalogue.service';
import { VoteResultsService } from '../votes/vote-results.service';
import { NumberedAttachmentsRepository } from './numbered-attachments.repository';
import { type AmendmentRow, type Db, ReportRepository, type ReviewForReport } from './report.repository';
import type { NumberedAttachmentRow } from './report-attachments';

export interface ReportDraft {
  review: ReviewForReport;
  input: TReportInput;
  attachments: NumberedAttachmentRow[];
  amendment: AmendmentRow | null;
}

export interface DraftOptions {
  /** The version about to be sent (previous + 1), whatever the review's status. */
  nextVersion?: boolean;
  /** Recipients of the submission being prepared; default: the review's. */
  recipients?: TReportRecipients;
}

export type QuestionRow = Awaited<ReturnType<ReportRepository['questionsWithAnswers']>>[number];

/** A question row with its answer, as the report compiles it. */
export function toReportQuestion(row: QuestionRow): TReportQuestion {
  const data = ZAnswerData.safeParse(row.answer?.data ?? {});
  const status = ZReportQuestionStatus.safeParse(row.answer?.status);
  return {
    code: row.code,
    order: row.order,
    sectionKey: row.sectionKey,
    prompt: row.prompt,
    clusterNumber: row.clusterNumber,
    answerKind: row.answerKind,
    answer: ZQuestionnaireAnswer.parse(row.answerConfig),
    targetWords: row.targetWords,
    status: status.success ? status.data : 'draft',
    body: row.answer?.body ?? '',
    ...(row.answer?.language ? { language: row.answer.language } : {}),
    ...(row.answerKind === 'principles_checklist' && data.success && data.data.principles
      ? { principles: data.data.principles }
      : {}),
    ...(row.answerKind === 'priority_objectives' && data.success && data.data.priorities
      ? { priorities: data.data.priorities }
      : {}),
    ...(row.answerKind === 'table' && data.success && data.data.rows ? { rows: data.data.rows } : {}),
  };
}

/** Assembles the report's input (ZReportInput) from the review as it is stored now. */
@Injectable()
export class ReportInputService {
  constructor(
    private readonly report: ReportRepository,
    private readonly numbered: NumberedAttachmentsRepository,
    private readonly clock: Clock,
    private readonly questionnaires: QuestionnaireCatalogue,
    private readonly votes: VoteResultsService,
  ) {}

  async draft(db: Db, reviewId: string, options: DraftOptions = {}): Promise<ReportDraft> {
    const review = await this.report.review(db, reviewId);
    const questions = await this.report.questionsWithAnswers(db, reviewId);
    const attachments = await this.numbered.list(reviewId, db);
    const openChangeRequests = await this.report.openChangeRequests(db, reviewId);
    const amendment = await this.report.openAmendment(db, reviewId);
    const last = await this.report.lastSubmissionVersion(db, reviewId);
    // A submitted report with no amendment open is shown as it was sent; otherwise as the next version.
    const asSent = review.status === 'submitted' && !amendment && last > 0;
    const version = options.nextVersion || !asSent ? last + 1 : last;
    const input: TReportInput = {
      templateKey: review.templateKey,
      questionnaire: await this.questionnaires.ofReview(review),
      title: review.title,
      country: review.country,
      cycle: review.cycle,
      contact: {
        country: review.country,
        office: review.contactOffice,
        name: review.contactName,
        title: review.contactTitle,
        email: review.contactEmail,
        telephone: review.contactPhone,
        mailingAddress: review.contactMailingAddress,
      },
      consentToPublish: review.consentToPublish,
      recipients: options.recipients ?? { to: review.recipientsTo, cc: review.recipientsCc },
      finalDueDate: fromDateColumn(review.finalDueDate),
      questions: questions.map(toReportQuestion),
      attachments: attachments.map(({ number, fileName, questionCode, description }) => ({
        number,
        fileName,
        questionCode,
        description,
      })),
      version,
      ...(version > 1 && amendment ? { amendmentNote: amendment.note } : {}),
      issuedOn: todayIn(review.timeZone, this.clock.now()),
      openChangeRequests,
      ballotSets: (await this.votes.ballotSetDigests(reviewId, db)).map(({ title, ballotsCast, sha256 }) => ({
        title,
        ballotsCast,
        sha256,
      })),
    };
    return { review, input, attachments, amendment };
  }
}
