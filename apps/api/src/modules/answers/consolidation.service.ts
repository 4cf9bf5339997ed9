import {
  AppError,
  answerDifference,
  type TConsolidation,
  type TListAnswerRevisionsResponse,
} from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { AccessService, type ReviewAccess } from '../access/access.service';
import { NumberedAttachmentsRepository } from '../report/numbered-attachments.repository';
import { ReviewWritability } from '../review-state/review-writability';
import { toAnswer, toAnswerRevision, toConsolidationContribution } from './answer.mapper';
import { AnswersRepository, type ContributionRow, type QuestionRow } from './answers.repository';

/** Contributions a member may see: coordinators and observers all, contributors their organisation's. */
function visible(access: ReviewAccess, row: ContributionRow): boolean {
  if (access.role === 'coordinator' || access.role === 'observer') return true;
  return access.role === 'contributor' && access.organisationId === row.organisationId;
}

/** The coordinator's consolidation screen: a question, its answer and the contributions to merge. */
@Injectable()
export class ConsolidationService {
  constructor(
    private readonly writability: ReviewWritability,
    private readonly access: AccessService,
    private readonly answers: AnswersRepository,
    private readonly numberedAttachments: NumberedAttachmentsRepository,
  ) {}

  /** The question of a review by code, or 404. */
  async question(reviewId: string, code: string): Promise<QuestionRow> {
    const question = await this.answers.question(reviewId, code);
    if (!question) throw new AppError('NOT_FOUND', `There is no question ${code} in this review`);
    return question;
  }

  async view(reviewId: string, code: string, personId: string): Promise<TConsolidation> {
    const access = await this.access.forReview(reviewId, personId);
    const question = await this.question(reviewId, code);
    const [answer, rows, numbered, reason] = await Promise.all([
      this.answer(question),
      this.answers.contributions(question.id),
      this.numberedAttachments.list(reviewId),
      this.writability.readOnlyReason(this.answers.client, reviewId, { code }),
    ]);
    const numberOf = new Map(numbered.map((attachment) => [attachment.id, attachment.number]));
    const contributions = rows
      .filter((row) => visible(access, row))
      .sort((a, b) => Number(b.state === 'accepted') - Number(a.state === 'accepted'))
      .map((row) => toConsolidationContribution(row, numberOf));
    const difference = answer.origin ? answerDifference(answer.origin.body, answer.body) : null;
    const { review, ...asked } = question;
    return {
      question: asked,
      answer,
      templateLanguage: review.templateLanguage,
      difference,
      contributions,
      readOnlyReason: reason,
    };
  }

  async answer(question: QuestionRow) {
    const stored = await this.answers.findAnswer(question.id);
    const updatedBy = stored ? await this.answers.lastAuthor(stored.id) : null;
    return toAnswer(question.code, stored, updatedBy);
  }

  async revisions(reviewId: string, code: string, personId: string): Promise<TListAnswerRevisionsResponse> {
    await this.access.forReview(reviewId, personId);
    const question = await this.question(reviewId, code);
    return { revisions: (await this.answers.revisions(question.id)).map(toAnswerRevision) };
  }
}
