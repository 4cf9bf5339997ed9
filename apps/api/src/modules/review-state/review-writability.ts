import { AppError, formatInstant, isFinishedStatus, type TReviewStatus } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import type { Tx } from '../../infra/prisma/transactions';
import { ReviewWritabilityRepository } from './review-writability.repository';

/** The question a write concerns, by id or by code; none for writes that concern no one question. */
export type QuestionRef = { id: string } | { code: string };

interface Refusal {
  message: string;
  /** For the web app to act on: report_submitted (an amendment may reopen it), review_closed, review_archived. */
  reason: 'report_submitted' | 'review_closed' | 'review_archived';
}

/**
 * Whether the review's answers, contributions and assignments can be changed now: once the report
 * is submitted it is read-only until an amendment is opened, and an amendment reopens only the
 * questions it names. A closed or archived review is read-only for good.
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
    return (await this.refusal(db, reviewId, question))?.message ?? null;
  }

  /**
   * Refuses (409) a write to the review's answers, contributions or assignments while the submitted
   * report is read-only, or for good once the review is closed or archived. Call it first in the
   * write's transaction (before locking other rows, so locks are always taken review first),
   * naming the question written to.
   */
  async assertWritable(db: Tx, reviewId: string, question?: QuestionRef): Promise<void> {
    const refusal = await this.refusal(db, reviewId, question);
    if (refusal) throw new AppError('CONFLICT', refusal.message, { reason: refusal.reason });
  }

  private async refusal(db: Tx, reviewId: string, question?: QuestionRef): Promise<Refusal | null> {
    const review = await this.reviews.shareLock(db, reviewId);
    const status = review?.status as TReviewStatus | undefined;
    if (status && isFinishedStatus(status)) {
      return { message: finishedReason(status), reason: `review_${status}` };
    }
    if (!review || status !== 'submitted') return null;
    const message = await this.submittedReason(db, reviewId, review.timeZone, question);
    return message ? { message, reason: 'report_submitted' } : null;
  }

  private async submittedReason(
    db: Tx,
    reviewId: string,
    timeZone: string,
    question?: QuestionRef,
  ): Promise<string | null> {
    const submittedAt = await this.reviews.lastSubmittedAt(db, reviewId);
    const reopened = await this.reviews.openAmendmentQuestions(db, reviewId);
    const submitted = submittedAt
      ? `The report was submitted on ${formatInstant(submittedAt, timeZone, 'date')}`
      : 'The report was submitted';
    if (!reopened) return `${submitted}; open an amendment to change it`;
    if (!question) return null;
    const code = 'code' in question ? question.code : await this.reviews.questionCode(db, question.id);
    if (code !== undefined && reopened.includes(code)) return null;
    return `${submitted}; the open amendment reopens only question${reopened.length === 1 ? '' : 's'} ${reopened.join(', ')}, not question ${code ?? '(unknown)'}`;
  }
}

/** Why a closed or archived review takes no more writes, naming its status. */
export function finishedReason(status: 'closed' | 'archived'): string {
  return status === 'closed'
    ? 'The review is closed: nothing in it can be changed any more'
    : 'The review is archived: it can be read, but nothing in it can be changed any more';
}
