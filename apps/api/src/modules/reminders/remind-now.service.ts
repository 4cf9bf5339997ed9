import { AppError, type TOutboxMessage } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { Clock } from '../../infra/clock/clock';
import { Transactions } from '../../infra/prisma/transactions';
import { MailQueue } from '../../infra/queue/mail-queue';
import { AccessService, NO_ASSIGNMENT } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { OutboxRepository } from '../outbox/outbox.repository';
import { ReviewWritability } from '../review-state/review-writability';
import { OutboxViewService } from './outbox-view.service';
import { RemindersRepository } from './reminders.repository';

/** One manual reminder per assignment per hour: enough to chase, not enough to spam. */
export const REMIND_NOW_INTERVAL_MS = 60 * 60 * 1000;

@Injectable()
export class RemindNowService {
  constructor(
    private readonly writability: ReviewWritability,
    private readonly reminders: RemindersRepository,
    private readonly transactions: Transactions,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxRepository,
    private readonly queue: MailQueue,
    private readonly clock: Clock,
    private readonly view: OutboxViewService,
  ) {}

  async remind(assignmentId: string, actorId: string): Promise<TOutboxMessage> {
    const reviewId = await this.access.reviewOfAssignment(assignmentId);
    await this.access.requireForRecord(
      reviewId,
      actorId,
      ['coordinator'],
      'send a reminder now',
      NO_ASSIGNMENT,
    );
    const now = this.clock.now();
    const assignment = await this.reminders.stateOf(assignmentId);
    if (!['not_started', 'drafting', 'changes_requested'].includes(assignment.state)) {
      throw new AppError(
        'INVALID_TRANSITION',
        `Nothing to remind: the contribution is ${assignment.state.replace('_', ' ')}`,
      );
    }
    const recent = await this.reminders.lastManualReminderSince(
      assignmentId,
      new Date(now.getTime() - REMIND_NOW_INTERVAL_MS),
    );
    if (recent) {
      const minutes = Math.max(1, Math.round((now.getTime() - recent.createdAt.getTime()) / 60_000));
      throw new AppError(
        'RATE_LIMITED',
        `A reminder for this assignment went out ${minutes} minute(s) ago. Try again in an hour.`,
        {
          retryAfterSeconds: Math.ceil(
            (recent.createdAt.getTime() + REMIND_NOW_INTERVAL_MS - now.getTime()) / 1000,
          ),
        },
      );
    }
    const [row] = await this.transactions.run(async (tx) => {
      // Once the report is submitted the review is read-only until an amendment reopens it.
      await this.writability.assertWritable(tx, reviewId);
      const inserted = await this.outbox.insert(tx, [
        {
          dedupeKey: `reminder:${assignmentId}:manual:${now.toISOString()}`,
          kind: 'reminder.manual',
          reviewId,
          assignmentId,
          notBefore: now,
          createdAt: now,
          payload: { requestedBy: actorId },
          toAddresses: [],
          ccAddresses: [],
        },
      ]);
      await this.audit.record(tx, {
        reviewId,
        actorId,
        action: 'reminder.sent_now',
        targetType: 'assignment',
        targetId: assignmentId,
        questionId: assignment.questionId,
        after: { outboxId: inserted[0]?.id ?? null },
      });
      return inserted;
    });
    if (!row) throw new AppError('CONFLICT', 'A reminder is already on its way');
    await this.queue.enqueueAfterCommit([row]);
    return this.view.one(row.id);
  }
}
