import {
  AppError,
  type TReminderPolicyResponse,
  type TReminderWarning,
  type TUpdateReminderPolicyRequest,
  ZReminderPolicy,
} from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { Transactions } from '../../infra/prisma/transactions';
import { MailQueue } from '../../infra/queue/mail-queue';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { type Enqueue, OutboxPlanner, reminderPolicyOf } from '../outbox/outbox-planner.service';
import { ReviewWritability } from '../review-state/review-writability';
import { RemindersRepository } from './reminders.repository';

/** The review's reminder policy; changing it re-plans every open assignment's reminders. */
@Injectable()
export class ReminderPolicyService {
  constructor(
    private readonly writability: ReviewWritability,
    private readonly reminders: RemindersRepository,
    private readonly transactions: Transactions,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly planner: OutboxPlanner,
    private readonly queue: MailQueue,
  ) {}

  async get(reviewId: string, personId: string): Promise<TReminderPolicyResponse> {
    await this.access.forReview(reviewId, personId);
    const review = await this.reminders.policyOf(reviewId);
    return {
      policy: reminderPolicyOf(review.reminderPolicy),
      version: review.version,
      warnings: await this.warnings(reviewId),
    };
  }

  /** Reminders that would reach nobody, by organisation, in words the coordinator can act on. */
  async warnings(reviewId: string): Promise<TReminderWarning[]> {
    const warnings: TReminderWarning[] = [];
    for (const row of await this.reminders.reminderReach(reviewId)) {
      const name = row.organisation.name;
      if (row.unreachable > 0) {
        warnings.push({
          organisation: row.organisation,
          problem: 'no_recipient',
          assignments: row.unreachable,
          message: `${name}: ${row.unreachable} open assignment${row.unreachable === 1 ? ' has' : 's have'} no focal point and the organisation has no contributor in this review, so no reminder is planned. Name a focal point or invite a contributor.`,
        });
      }
      if (!row.hasHeadContact) {
        warnings.push({
          organisation: row.organisation,
          problem: 'no_head_contact',
          assignments: row.open,
          message: `${name} has no head contact, so its overdue work is not escalated to the head of the organisation (only to the coordinator, later). Choose a head contact on the People page.`,
        });
      }
    }
    return warnings;
  }

  async update(
    reviewId: string,
    actorId: string,
    input: TUpdateReminderPolicyRequest,
  ): Promise<TReminderPolicyResponse> {
    await this.access.require(reviewId, actorId, ['coordinator'], 'change the reminder policy');
    const { version, ...changes } = input;
    const enqueue: Enqueue = [];
    const result = await this.transactions.run(async (tx) => {
      // Once the report is submitted the review is read-only until an amendment reopens it.
      await this.writability.assertWritable(tx, reviewId);
      const review = await this.reminders.policyOf(reviewId, tx);
      const before = reminderPolicyOf(review.reminderPolicy);
      const policy = ZReminderPolicy.parse({ ...before, ...changes });
      if (!(await this.reminders.updatePolicyIfVersion(tx, reviewId, version, policy))) {
        throw new AppError(
          'CONFLICT',
          'Someone else changed the review settings meanwhile. Reload to see their changes.',
          {
            currentVersion: review.version,
          },
        );
      }
      const open = await this.reminders.openAssignments(tx, reviewId);
      // Planned reminders follow the policy: drop what is pending and plan afresh.
      await this.reminders.cancelPlannedReminders(tx, reviewId, 'the reminder policy changed');
      for (const assignment of open) {
        enqueue.push(...(await this.planner.replanReminders(tx, assignment.id)));
      }
      await this.audit.record(tx, {
        reviewId,
        actorId,
        action: 'reminder_policy.updated',
        targetType: 'review',
        targetId: reviewId,
        before,
        after: policy,
      });
      return { policy, version: review.version + 1 };
    });
    await this.queue.enqueueAfterCommit(enqueue);
    return { ...result, warnings: await this.warnings(reviewId) };
  }
}
