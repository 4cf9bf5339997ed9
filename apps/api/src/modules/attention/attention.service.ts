import { daysUntilDue, fromDateColumn, type TReviewAttention, toDateColumn, todayIn } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { Clock } from '../../infra/clock/clock';
import { AccessService } from '../access/access.service';
import { AttentionRepository } from './attention.repository';

/**
 * What needs attention first in a review (coordinator and observer): questions without a lead,
 * overdue assignments, contributions waiting for the coordinator, open votes and failed e-mails.
 * An assignment is overdue once its due date has passed in the review's time zone while it is
 * not submitted or accepted. Observers see failed e-mails as a count only.
 */
@Injectable()
export class AttentionService {
  constructor(
    private readonly repository: AttentionRepository,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  async summary(reviewId: string, personId: string): Promise<TReviewAttention> {
    const access = await this.access.require(
      reviewId,
      personId,
      ['coordinator', 'observer'],
      'see what needs attention in the review',
    );
    const now = this.clock.now();
    const timeZone = await this.repository.timeZone(reviewId);
    const today = todayIn(timeZone, now);
    // One after the other: the pool is shared and the reads are small.
    const unassigned = await this.repository.questionsWithoutLead(reviewId);
    const overdue = await this.repository.overdue(reviewId, toDateColumn(today));
    const submitted = await this.repository.submitted(reviewId);
    const votes = await this.repository.openVotes(reviewId, now);
    const failed = await this.repository.failedEmails(reviewId);
    return {
      reviewId,
      unassigned: {
        count: unassigned.total,
        withoutAnyAssignment: unassigned.withoutAny,
        items: unassigned.rows.map((row) => ({
          questionId: row.id,
          code: row.code,
          prompt: row.prompt,
          assignmentCount: row._count.assignments,
        })),
      },
      overdue: {
        count: overdue.total,
        items: overdue.rows.map((row) => {
          const dueDate = fromDateColumn(row.dueDate);
          return {
            assignmentId: row.id,
            questionCode: row.question.code,
            organisation: row.organisation,
            dueDate,
            daysOverdue: -daysUntilDue({ dueDate, now, timeZone }),
            state: row.state,
          };
        }),
      },
      awaitingCoordinator: {
        count: submitted.total,
        items: submitted.rows.map((row) => ({
          assignmentId: row.id,
          questionCode: row.question.code,
          organisation: row.organisation,
          updatedAt: row.updatedAt.toISOString(),
        })),
      },
      openVotes: {
        count: votes.total,
        items: votes.rows.map((row) => ({
          roundId: row.id,
          title: row.title,
          closesAt: row.closesAt.toISOString(),
        })),
      },
      failedEmails: {
        count: failed.total,
        items:
          access.role === 'coordinator'
            ? failed.rows.map((row) => ({
                messageId: row.id,
                subject: row.subject,
                failedAt: row.updatedAt.toISOString(),
              }))
            : [],
      },
    };
  }
}
