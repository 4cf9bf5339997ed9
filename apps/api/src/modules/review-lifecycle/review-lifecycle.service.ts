import {
  AppError,
  reviewTransitionProblem,
  type TReviewStatusChange,
  type TReviewTransitionMeans,
} from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { Transactions, type Tx } from '../../infra/prisma/transactions';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { ReviewLifecycleRepository } from './review-lifecycle.repository';

/**
 * The end of a review's life cycle: the coordinator closes it once the report is submitted (and no
 * amendment is open), then the coordinator or an instance administrator archives it. Both are
 * read-only for good (ReviewWritability refuses every write).
 */
@Injectable()
export class ReviewLifecycleService {
  constructor(
    private readonly access: AccessService,
    private readonly lifecycle: ReviewLifecycleRepository,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
  ) {}

  async close(reviewId: string, actorId: string): Promise<TReviewStatusChange> {
    await this.access.require(reviewId, actorId, ['coordinator'], 'close the review');
    return this.move(reviewId, actorId, 'close', async (tx) => {
      const open = await this.lifecycle.openAmendmentQuestions(tx, reviewId);
      if (open) {
        throw new AppError(
          'CONFLICT',
          `An amendment is open (question${open.length === 1 ? '' : 's'} ${open.join(', ')}): submit the amended report before closing the review`,
        );
      }
    });
  }

  /** The coordinator, or an instance administrator (who need not be a member of the review). */
  async archive(reviewId: string, actorId: string): Promise<TReviewStatusChange> {
    if (!(await this.lifecycle.isAdministrator(actorId))) {
      await this.access.require(reviewId, actorId, ['coordinator'], 'archive the review');
    }
    return this.move(reviewId, actorId, 'archive');
  }

  private async move(
    reviewId: string,
    actorId: string,
    by: Extract<TReviewTransitionMeans, 'close' | 'archive'>,
    check?: (tx: Tx) => Promise<void>,
  ): Promise<TReviewStatusChange> {
    const to = by === 'close' ? 'closed' : 'archived';
    return this.transactions.run(async (tx) => {
      const before = await this.lifecycle.lockStatus(tx, reviewId);
      const problem = reviewTransitionProblem(before.status, to, by);
      if (problem) throw new AppError('CONFLICT', problem, { status: before.status });
      await check?.(tx);
      const { version } = await this.lifecycle.setStatus(tx, reviewId, to);
      await this.audit.record(tx, {
        reviewId,
        actorId,
        action: `review.${to}`,
        targetType: 'review',
        targetId: reviewId,
        before: { status: before.status },
        after: { status: to },
      });
      return { id: reviewId, status: to, version };
    });
  }
}
