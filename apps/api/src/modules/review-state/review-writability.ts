import { AppError, formatInstant } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import type { Tx } from '../../infra/prisma/transactions';
import { ReviewWritabilityRepository } from './review-writability.repository';

/** The question a write concerns, by id or by code; none for writes that concern no one question. */
export type QuestionRef = { id: string } | { code: string };

/**
 * Whether the review's answers, contributions and assignments can be changed now: once the report
 * is submitted it is read-only until an amendment is opened, and an amendment reopens only the
 * questions it names.
 */
@Injectable()
export class ReviewWritability {
  constructor(private readonly reviews: ReviewWritabilityRepository) {}

  /**
   * Why the review cannot be written to now, or null when it can. Holds the review row (FOR SHARE)
   * until the transaction ends. The queries run one after the other: inside a transaction they
   * share one connection.
   */
  async readOnlyReason(db: Tx, reviewId: string, question?: QuestionRef): Promise<string | null> {
    const review = await this.reviews.shareLock(db, reviewId);
    if (review?.status !== 'submitted') return null;
    const submittedAt = await this.reviews.lastSubmittedAt(db, reviewId);
    const reopened = await this.reviews.openAmendmentQuestions(db, reviewId);
    const submitted = submittedAt
      ? `The report was submitted on ${formatInstant(submittedAt, review.timeZone, 'date')}`
      : 'The report was submitted';
    if (!reopened) return `${submitted}; open an amendment to change it`;
    if (!question) return null;
    const code = 'code' in question ? question.code : await this.reviews.questionCode(db, question.id);
    if (code !== undefined && reopened.includes(code)) return null;
    return `${submitted}; the open amendment reopens only question${reopened.length === 1 ? '' : 's'} ${reopened.join(', ')}, not question ${code ?? '(unknown)'}`;
  }

  /**
   * Refuses (409) a write to the review's answers, contributions or assignments while the submitted
   * report is read-only. Call it first in the write's transaction (before locking other rows, so
   * locks are always taken review first), naming the question written to.
   */
  async assertWritable(db: Tx, reviewId: string, question?: QuestionRef): Promise<void> {
    const reason = await this.readOnlyReason(db, reviewId, question);
    if (reason) throw new AppError('CONFLICT', reason, { reason: 'report_submitted' });
  }
}
