import type { Prisma } from '@gcm/db';
import { Injectable } from '@nestjs/common';
import type { Tx } from '../../infra/prisma/transactions';

const tailoredSelect = {
  id: true,
  code: true,
  order: true,
  sectionKey: true,
  clusterNumber: true,
  prompt: true,
  guidance: true,
  targetWords: true,
  answerConfig: true,
  national: true,
  version: true,
} satisfies Prisma.QuestionSelect;
export type TailoredQuestionRow = Prisma.QuestionGetPayload<{ select: typeof tailoredSelect }>;

/** A review's own copy of its questionnaire, as its coordinator tailors it. */
@Injectable()
export class ReviewQuestionsRepository {
  find(tx: Tx, reviewId: string, code: string): Promise<TailoredQuestionRow | null> {
    return tx.question.findFirst({
      where: { reviewId, code: { equals: code, mode: 'insensitive' } },
      select: tailoredSelect,
    });
  }

  /**
   * Makes room after `order`: every later question moves one down. In two steps through negative
   * positions, because the (review, order) unique index is checked row by row.
   */
  async shiftAfter(tx: Tx, reviewId: string, order: number): Promise<void> {
    await tx.$executeRaw`UPDATE question SET "order" = -("order" + 1) WHERE review_id = ${reviewId}::uuid AND "order" > ${order}`;
    await tx.$executeRaw`UPDATE question SET "order" = -"order" WHERE review_id = ${reviewId}::uuid AND "order" < 0`;
  }

  insert(tx: Tx, data: Prisma.QuestionUncheckedCreateInput): Promise<TailoredQuestionRow> {
    return tx.question.create({ data, select: tailoredSelect });
  }

  /** The change if the question is still at `version`; null when it changed meanwhile. */
  async updateIfVersion(
    tx: Tx,
    id: string,
    version: number,
    data: { prompt?: string; guidance?: string; targetWords?: number },
  ): Promise<TailoredQuestionRow | null> {
    const { count } = await tx.question.updateMany({
      where: { id, version },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) return null;
    return tx.question.findUnique({ where: { id }, select: tailoredSelect });
  }
}
