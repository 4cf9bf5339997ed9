import { AppError, type TListOutboxQuery, type TOutboxMessage } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { Clock } from '../../infra/clock/clock';
import { Transactions } from '../../infra/prisma/transactions';
import { MailQueue } from '../../infra/queue/mail-queue';
import { AccessService, NO_ASSIGNMENT } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { OutboxRepository } from '../outbox/outbox.repository';
import { type OutboxMessageRow, RemindersRepository } from './reminders.repository';

const NO_EMAIL = 'There is no such e-mail';

function toMessage(row: OutboxMessageRow): TOutboxMessage {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    assignmentId: row.assignmentId,
    questionCode: row.assignment?.question.code ?? null,
    organisationName: row.assignment?.organisation.name ?? null,
    to: row.toAddresses,
    cc: row.ccAddresses,
    subject: row.subject,
    notBefore: row.notBefore.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
    attempts: row.attempts,
    lastError: row.lastError,
    cancelledReason: row.cancelledReason,
    messageId: row.messageId,
  };
}

/** What was sent, what is planned and what failed — for the coordinator, with a retry for failures. */
@Injectable()
export class OutboxViewService {
  constructor(
    private readonly reminders: RemindersRepository,
    private readonly transactions: Transactions,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxRepository,
    private readonly queue: MailQueue,
    private readonly clock: Clock,
  ) {}

  async one(id: string): Promise<TOutboxMessage> {
    return toMessage(await this.reminders.message(id));
  }

  async list(reviewId: string, personId: string, query: TListOutboxQuery): Promise<TOutboxMessage[]> {
    await this.access.require(reviewId, personId, ['coordinator'], 'see the e-mails of the review');
    return (await this.reminders.messages(reviewId, query)).map(toMessage);
  }

  /** The reminders sent and planned for one assignment (coordinator, or the assigned organisation). */
  async forAssignment(assignmentId: string, personId: string): Promise<TOutboxMessage[]> {
    const reviewId = await this.access.reviewOfAssignment(assignmentId);
    const access = await this.access.forRecord(reviewId, personId, NO_ASSIGNMENT);
    const assignment = await this.reminders.stateOf(assignmentId);
    const own = access.role === 'contributor' && access.organisationId === assignment.organisationId;
    if (access.role !== 'coordinator' && !own) {
      throw new AppError(
        'FORBIDDEN',
        "Only the coordinator or the assigned organisation's focal points can see its reminders",
      );
    }
    return (await this.reminders.messagesOfAssignment(assignmentId)).map(toMessage);
  }

  async retry(messageId: string, actorId: string): Promise<TOutboxMessage> {
    const row = await this.reminders.reviewOfMessage(messageId);
    if (!row?.reviewId) throw new AppError('NOT_FOUND', NO_EMAIL);
    await this.access.requireForRecord(row.reviewId, actorId, ['coordinator'], 'retry e-mails', NO_EMAIL);
    const now = this.clock.now();
    const retried = await this.transactions.run(async (tx) => {
      const again = await this.outbox.retryFailed(tx, messageId, now);
      if (!again) throw new AppError('CONFLICT', 'Only an e-mail that failed can be retried');
      await this.audit.record(tx, {
        reviewId: row.reviewId,
        actorId,
        action: 'email.retried',
        targetType: 'outbox_message',
        targetId: messageId,
      });
      return again;
    });
    await this.queue.enqueueAfterCommit([retried]);
    return this.one(messageId);
  }
}
