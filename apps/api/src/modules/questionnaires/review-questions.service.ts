import {
  AppError,
  type TAddNationalQuestionRequest,
  type TTailoredQuestion,
  type TTailorQuestionRequest,
  ZQuestionnaireAnswer,
} from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { Transactions } from '../../infra/prisma/transactions';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { ReviewWritability } from '../review-state/review-writability';
import { ReviewQuestionsRepository, type TailoredQuestionRow } from './review-questions.repository';

function toTailored(row: TailoredQuestionRow): TTailoredQuestion {
  return {
    id: row.id,
    code: row.code,
    order: row.order,
    sectionKey: row.sectionKey,
    prompt: row.prompt,
    guidance: row.guidance,
    targetWords: row.targetWords,
    answer: ZQuestionnaireAnswer.parse(row.answerConfig),
    national: row.national,
    version: row.version,
  };
}

/**
 * The coordinator tailors the review's own copy of the questionnaire: adds national questions,
 * rewords guidance (and the prompt of national questions). Marking a question not applicable is an
 * answer status (PUT …/answers/:code with status not_applicable). The questionnaire file itself is
 * never changed.
 */
@Injectable()
export class ReviewQuestionsService {
  constructor(
    private readonly access: AccessService,
    private readonly writability: ReviewWritability,
    private readonly transactions: Transactions,
    private readonly questions: ReviewQuestionsRepository,
    private readonly audit: AuditService,
  ) {}

  async add(
    reviewId: string,
    actorId: string,
    input: TAddNationalQuestionRequest,
  ): Promise<TTailoredQuestion> {
    await this.access.require(reviewId, actorId, ['coordinator'], 'add questions to the review');
    return this.transactions.run(async (tx) => {
      await this.writability.assertWritable(tx, reviewId);
      if (await this.questions.find(tx, reviewId, input.code)) {
        throw new AppError('VALIDATION', `The review already has a question ${input.code}`, {
          fieldErrors: [{ path: 'code', message: `is already used by a question of this review` }],
        });
      }
      const after = await this.questions.find(tx, reviewId, input.afterCode);
      if (!after) {
        throw new AppError('VALIDATION', `The review has no question ${input.afterCode}`, {
          fieldErrors: [{ path: 'afterCode', message: 'is not a question of this review' }],
        });
      }
      await this.questions.shiftAfter(tx, reviewId, after.order);
      const added = await this.questions.insert(tx, {
        reviewId,
        code: input.code,
        order: after.order + 1,
        clusterNumber: after.clusterNumber,
        sectionKey: after.sectionKey,
        prompt: input.prompt,
        answerKind: input.answer.kind,
        answerConfig: input.answer,
        targetWords: input.targetWords,
        guidance: input.guidance,
        national: true,
      });
      await this.audit.record(tx, {
        reviewId,
        actorId,
        action: 'question.added',
        targetType: 'question',
        targetId: added.id,
        questionId: added.id,
        after: { code: added.code, afterCode: after.code, prompt: added.prompt, answer: input.answer },
      });
      return toTailored(added);
    });
  }

  async tailor(
    reviewId: string,
    code: string,
    actorId: string,
    input: TTailorQuestionRequest,
  ): Promise<TTailoredQuestion> {
    await this.access.require(reviewId, actorId, ['coordinator'], 'tailor the review’s questions');
    return this.transactions.run(async (tx) => {
      const question = await this.questions.find(tx, reviewId, code);
      if (!question) throw new AppError('NOT_FOUND', `The review has no question ${code}`);
      await this.writability.assertWritable(tx, reviewId, { code: question.code });
      if (input.prompt !== undefined && !question.national && input.prompt !== question.prompt) {
        throw new AppError(
          'VALIDATION',
          `Question ${question.code} is the questionnaire's own: its wording stays as asked; reword its guidance instead`,
          { fieldErrors: [{ path: 'prompt', message: 'can be changed for national questions only' }] },
        );
      }
      const change = {
        ...(input.prompt === undefined ? {} : { prompt: input.prompt }),
        ...(input.guidance === undefined ? {} : { guidance: input.guidance }),
        ...(input.targetWords === undefined ? {} : { targetWords: input.targetWords }),
      };
      const updated = await this.questions.updateIfVersion(tx, question.id, input.version, change);
      if (!updated) {
        throw new AppError(
          'CONFLICT',
          `Question ${question.code} was changed by someone else: you edited version ${input.version}, it is now version ${question.version}. Reload it and try again.`,
          { current: toTailored(question) },
        );
      }
      await this.audit.record(tx, {
        reviewId,
        actorId,
        action: 'question.tailored',
        targetType: 'question',
        targetId: question.id,
        questionId: question.id,
        before: { prompt: question.prompt, guidance: question.guidance, targetWords: question.targetWords },
        after: { prompt: updated.prompt, guidance: updated.guidance, targetWords: updated.targetWords },
      });
      return toTailored(updated);
    });
  }
}
