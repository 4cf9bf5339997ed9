import { AppError, type TListOutboxQuery, type TOutboxMessage, type TOutboxPreview } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { Clock } from '../../infra/clock/clock';
import { Transactions } from '../../infra/prisma/transactions';
import { MailQueue } from '../../infra/queue/mail-queue';
import { AccessService, NO_ASSIGNMENT } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { OutboxRepository } from '../outbox/outbox.repository';
import { OutboxHandlers } from '../outbox/outbox-handlers';
import { ReminderMailHandler } from './reminder-mail.handler';
import { type OutboxMessageRow, RemindersRepository } from './reminders.repository';

const NO_EMAIL = 'There is no such e-mail';

function levelOf(row: Pick<OutboxMessageRow, 'kind' | 'payload'>): number | null {
  if (!row.kind.startsWith('reminder.')) return null;
  const level = (row.payload as { level?: unknown }).level;
  return typeof level === 'number' ? level : 0;
}

function toMessage(row: OutboxMessageRow, wouldReach: string[] | null = null): TOutboxMessage {
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
    level: levelOf(row),
    wouldReach,
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
    private readonly reminderMail: ReminderMailHandler,
    private readonly handlers: OutboxHandlers,
  ) {}

  async one(id: string): Promise<TOutboxMessage> {
    return toMessage(await this.reminders.message(id));
  }

  async list(reviewId: string, personId: string, query: TListOutboxQuery): Promise<TOutboxMessage[]> {
    await this.access.require(reviewId, personId, ['coordinator'], 'see the e-mails of the review');
    const rows = await this.reminders.messages(reviewId, query, this.clock.now());
    // A reminder still to be written shows whom it would reach now, worked out once per
    // assignment and level.
    const reach = new Map<string, Promise<string[] | null>>();
    return Promise.all(
      rows.map(async (row) => {
        if (!(row.kind.startsWith('reminder.') && row.status === 'pending' && !row.subject))
          return toMessage(row);
        const key = `${row.assignmentId}:${levelOf(row)}`;
        if (!reach.has(key)) reach.set(key, this.reminderMail.wouldReach(row));
        return toMessage(row, await reach.get(key));
      }),
    );
  }

  /**
   * The e-mail as it goes out (planned: rendered for its send time from the state of things now,
   * nothing stored or sent) or as it went (coordinator).
   */
  async preview(messageId: string, personId: string): Promise<TOutboxPreview> {
    const row = await this.reminders.messageRow(messageId);
    if (!row?.reviewId) throw new AppError('NOT_FOUND', NO_EMAIL);
    await this.access.requireForRecord(row.reviewId, personId, ['coordinator'], 'preview e-mails', NO_EMAIL);
    if (row.subject) {
      return {
        to: row.toAddresses,
        cc: row.ccAddresses,
        subject: row.subject,
        text: row.text ?? '',
        wouldNotSend: null,
      };
    }
    const handler = this.handlers.for(row.kind);
    if (!handler?.render) {
      throw new AppError(
        'CONFLICT',
        'This e-mail is written for each person only when it goes out: there is nothing to preview yet',
      );
    }
    const at = row.notBefore > this.clock.now() ? row.notBefore : this.clock.now();
    const rendered = await handler.render(row, at);
    if ('cancel' in rendered) {
      return {
        to: [],
        cc: [],
        subject: '',
        text: '',
        wouldNotSend: `It would not be sent: ${rendered.cancel}`,
      };
    }
    return {
      to: rendered.toAddresses,
      cc: rendered.ccAddresses,
      subject: rendered.subject,
      text: rendered.text,
      wouldNotSend: null,
    };
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
    return (await this.reminders.messagesOfAssignment(assignmentId)).map((row) => toMessage(row));
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
