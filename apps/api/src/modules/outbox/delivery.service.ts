import { hostname } from 'node:os';
import type { OutboxMessage } from '@gcm/db';
import { daysUntilDue, isReminderStillDue } from '@gcm/domain';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { Clock } from '../../infra/clock/clock';
import { MailTransport, type OutgoingMail } from '../../infra/mail/mail-transport';
import { PrismaService } from '../../infra/prisma/prisma.service';
import { MailQueue } from '../../infra/queue/mail-queue';
import { LinkTokens, sealedLinkOf } from '../../infra/secrets/link-tokens';
import { AttachmentStorage } from '../attachments/attachment-storage';
import { assignmentFacts, assignmentFactsInclude, isoDate, STATE_TEXT } from '../mail/mail-facts';
import { renderMail } from '../mail/render';
import {
  ReminderEmail,
  type ReminderFacts,
  type ReminderKind,
  reminderSubject,
} from '../mail/templates/reminder.email';
import { submissionMailAttachments } from '../report/submission-mail-attachments';
import { VoteReminderPlanner } from '../votes/vote-reminder.planner';
import { OutboxRepository } from './outbox.repository';
import { assignmentRecipients, reminderPolicyOf } from './outbox-planner.service';

export type DeliveryOutcome = 'sent' | 'skipped' | 'cancelled';

/** Exponential backoff after the `attempt`-th failed attempt (1-based): base, 2×base, 4×base… */
export function retryDelayMs(attempt: number, baseMs: number): number {
  return baseMs * 2 ** Math.max(0, attempt - 1);
}

interface ReminderPayload {
  dueDate?: string;
  level?: number;
}

/**
 * Delivers one outbox row: claim it (a guarded update — only one worker can), render a reminder
 * from the current state of its assignment, send over SMTP with a Message-ID derived from the row,
 * then record the SMTP Message-ID. A failed send is recorded on the row with the time of its next
 * attempt (the row, not the queue, counts attempts and keeps the backoff), then rethrown.
 */
@Injectable()
export class DeliveryService {
  private readonly logger = new Logger(DeliveryService.name);
  readonly workerId = `${hostname()}:${process.pid}`;

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly prisma: PrismaService,
    private readonly transport: MailTransport,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly votes: VoteReminderPlanner,
    private readonly queue: MailQueue,
    private readonly links: LinkTokens,
  ) {}

  private messageIdFor(row: Pick<OutboxMessage, 'id'>): string {
    const domain = this.config.mailFrom.match(/@([^>\s]+)/)?.[1] ?? 'gcm-review.localhost';
    return `<outbox-${row.id}@${domain}>`;
  }

  async deliver(outboxId: string): Promise<DeliveryOutcome> {
    const row = await this.outbox.claim(
      outboxId,
      this.workerId,
      this.clock.now(),
      this.config.outboxClaimLeaseMs,
    );
    if (!row) return 'skipped';
    let content = row.subject
      ? {
          toAddresses: row.toAddresses,
          ccAddresses: row.ccAddresses,
          subject: row.subject,
          text: row.text ?? '',
          html: row.html ?? '',
        }
      : null;
    try {
      if (row.kind === 'vote.reminder.auto') {
        return await this.fanOutVoteReminder(row);
      }
      if (!content) {
        const prepared = await this.prepareReminder(row);
        if ('cancel' in prepared) {
          await this.outbox.cancelClaimed(row.id, this.workerId, prepared.cancel);
          return 'cancelled';
        }
        content = prepared;
        await this.outbox.storeContent(row.id, this.workerId, content);
      }
      // A secret link (an invitation's) is put in only now: the stored row never holds it.
      const sealed = sealedLinkOf(row.payload);
      if (sealed) content = this.links.unseal(content, sealed);
      const attachments: OutgoingMail['attachments'] = (
        row.attachments as { filename: string; contentType: string; content: string }[]
      ).map((a) => ({
        filename: a.filename,
        contentType: a.contentType,
        content: Buffer.from(a.content, 'base64'),
      }));
      if (row.kind === 'report.submission') {
        // The report and its numbered attachments are read at send time, not copied into the row.
        const storage = new AttachmentStorage(this.config);
        attachments.push(...(await submissionMailAttachments(this.prisma.client, storage, row.payload)));
      }
      const sent = await this.transport.send({
        from: this.config.mailFrom,
        replyTo: this.config.mailReplyTo ?? undefined,
        to: content.toAddresses,
        cc: content.ccAddresses,
        subject: content.subject,
        text: content.text,
        html: content.html,
        messageId: this.messageIdFor(row),
        attachments,
        headers: { 'X-GCM-Outbox-Id': row.id, 'X-GCM-Kind': row.kind },
      });
      await this.outbox.markSent(row.id, this.workerId, sent.messageId, this.clock.now());
      return 'sent';
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const retryAt =
        row.attempts >= row.maxAttempts
          ? null
          : new Date(this.clock.now().getTime() + retryDelayMs(row.attempts, this.config.deliveryBackoffMs));
      await this.outbox.recordFailure(row.id, this.workerId, message, retryAt);
      // The next attempt is a job of its own (its id names the attempt); should Redis refuse it,
      // the reconciler enqueues the row once `retryAt` has passed.
      if (retryAt)
        await this.queue.enqueueAfterCommit([{ id: row.id, notBefore: retryAt, attempts: row.attempts }]);
      this.logger.warn(
        { outboxId: row.id, attempt: row.attempts, retryAt: retryAt?.toISOString() ?? null },
        `Sending failed: ${message}`,
      );
      throw error;
    }
  }

  /**
   * "Your vote is missing", when due: the votes module writes one rendered e-mail per person who
   * has not voted (no one learns who else has not); this row is then done.
   */
  private async fanOutVoteReminder(row: OutboxMessage): Promise<DeliveryOutcome> {
    const result = await this.votes.fanOutAutomatic(
      String((row.payload as { roundId?: string }).roundId ?? ''),
    );
    if ('cancel' in result) {
      await this.outbox.cancelClaimed(row.id, this.workerId, result.cancel);
      return 'cancelled';
    }
    await this.outbox.markSent(row.id, this.workerId, `fan-out:${result.queued.length}`, this.clock.now());
    await this.queue.enqueueAfterCommit(result.queued);
    return 'sent';
  }

  /** Renders a reminder from the assignment as it is now, or says why it is no longer due. */
  private async prepareReminder(
    row: OutboxMessage,
  ): Promise<
    | { cancel: string }
    | { toAddresses: string[]; ccAddresses: string[]; subject: string; text: string; html: string }
  > {
    if (!row.assignmentId) return { cancel: 'the assignment no longer exists' };
    const assignment = await this.prisma.client.assignment.findUnique({
      where: { id: row.assignmentId },
      include: assignmentFactsInclude,
    });
    if (!assignment) return { cancel: 'the assignment no longer exists' };
    const payload = row.payload as ReminderPayload;
    const kind = row.kind.replace('reminder.', '') as ReminderKind;
    if (kind !== 'manual' && payload.dueDate !== isoDate(assignment.dueDate)) {
      return { cancel: 'the due date changed' };
    }
    if (!isReminderStillDue({ kind: kind === 'manual' ? 'due' : kind, state: assignment.state })) {
      return { cancel: `the contribution is ${STATE_TEXT[assignment.state] ?? assignment.state}` };
    }
    if (kind !== 'manual' && reminderPolicyOf(assignment.review.reminderPolicy).paused) {
      return { cancel: 'reminders are paused' };
    }
    const focal = await assignmentRecipients(this.prisma.client, assignment);
    const level = payload.level ?? 0;
    let to = focal;
    let cc: string[] = [];
    let escalatedTo: string | undefined;
    if (level >= 1) {
      const link = await this.prisma.client.reviewOrganisation.findUnique({
        where: {
          reviewId_organisationId: {
            reviewId: assignment.reviewId,
            organisationId: assignment.organisationId,
          },
        },
        select: { headContact: { select: { email: true } } },
      });
      const head = link?.headContact?.email;
      if (level === 1) {
        if (!head) return { cancel: 'no head contact is recorded for the organisation' };
        to = [head];
        cc = focal;
        escalatedTo = `the head of ${assignment.organisation.name}`;
      } else {
        const coordinators = await this.prisma.client.membership.findMany({
          where: { reviewId: assignment.reviewId, role: 'coordinator' },
          select: { person: { select: { email: true } } },
        });
        to = coordinators.map((c) => c.person.email);
        cc = [...new Set([...(head ? [head] : []), ...focal])];
        escalatedTo = 'the coordinator of the review';
      }
    }
    if (to.length === 0) return { cancel: 'nobody to send it to' };
    const facts: ReminderFacts = {
      ...assignmentFacts(assignment, this.config.publicUrl),
      kind,
      daysUntilDue: daysUntilDue({
        dueDate: isoDate(assignment.dueDate),
        now: this.clock.now(),
        timeZone: assignment.review.timeZone,
      }),
      stateText: STATE_TEXT[assignment.state] ?? assignment.state,
      escalatedTo,
    };
    const rendered = await renderMail(reminderSubject(facts), ReminderEmail({ facts }));
    return { toAddresses: to, ccAddresses: cc.filter((address) => !to.includes(address)), ...rendered };
  }
}
