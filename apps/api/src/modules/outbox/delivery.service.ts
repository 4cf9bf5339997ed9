import { hostname } from 'node:os';
import type { OutboxMessage } from '@gcm/db';
import { reviewMailIdentity } from '@gcm/domain';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { Clock } from '../../infra/clock/clock';
import { MailTransport, type OutgoingMail } from '../../infra/mail/mail-transport';
import { type DeliveryRequest, MailQueue } from '../../infra/queue/mail-queue';
import { LinkTokens, sealedLinkOf } from '../../infra/secrets/link-tokens';
import { OutboxRepository } from './outbox.repository';
import { type NoLongerDue, OutboxHandlers, type RenderedMail } from './outbox-handlers';

export type DeliveryOutcome = 'sent' | 'skipped' | 'cancelled';

/** The address of a From setting such as "GCM Review Tracker <no-reply@example.org>". */
export function addressOf(from: string): string {
  return from.match(/<([^>]+)>/)?.[1]?.trim() ?? from.trim();
}

/** Exponential backoff after the `attempt`-th failed attempt (1-based): base, 2×base, 4×base… */
export function retryDelayMs(attempt: number, baseMs: number): number {
  return baseMs * 2 ** Math.max(0, attempt - 1);
}

/**
 * Delivers one outbox row: claim it (a guarded update — only one worker can), let the handler of
 * its kind render it, add files or fan it out (see OutboxHandlers), send over SMTP with a
 * Message-ID derived from the row, then record the SMTP Message-ID. A failed send is recorded on
 * the row with the time of its next attempt (the row, not the queue, counts attempts and keeps the
 * backoff), then rethrown.
 */
@Injectable()
export class DeliveryService {
  private readonly logger = new Logger(DeliveryService.name);
  readonly workerId = `${hostname()}:${process.pid}`;

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly handlers: OutboxHandlers,
    private readonly transport: MailTransport,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queue: MailQueue,
    private readonly links: LinkTokens,
  ) {}

  private messageIdFor(row: Pick<OutboxMessage, 'id'>): string {
    const domain = this.config.mailFrom.match(/@([^>\s]+)/)?.[1] ?? 'gcm-review.localhost';
    return `<outbox-${row.id}@${domain}>`;
  }

  /**
   * From and Reply-To: a review's e-mails carry its sender name and reply address (decision
   * 0022) with the installation's own From address, so SPF and DKIM still hold; e-mails of no
   * review (account links) are the installation's.
   */
  private async senderOf(
    row: Pick<OutboxMessage, 'reviewId'>,
  ): Promise<Pick<OutgoingMail, 'from' | 'replyTo'>> {
    const installation = { from: this.config.mailFrom, replyTo: this.config.mailReplyTo ?? undefined };
    const settings = row.reviewId ? await this.outbox.mailSettings(row.reviewId) : null;
    if (!settings) return installation;
    const identity = reviewMailIdentity(settings);
    return {
      from: { name: identity.senderName, address: addressOf(this.config.mailFrom) },
      replyTo: identity.replyTo ?? installation.replyTo,
    };
  }

  async deliver(outboxId: string): Promise<DeliveryOutcome> {
    const row = await this.outbox.claim(
      outboxId,
      this.workerId,
      this.clock.now(),
      this.config.outboxClaimLeaseMs,
    );
    if (!row) return 'skipped';
    const handler = this.handlers.for(row.kind);
    let content: RenderedMail | null = row.subject
      ? {
          toAddresses: row.toAddresses,
          ccAddresses: row.ccAddresses,
          subject: row.subject,
          text: row.text ?? '',
          html: row.html ?? '',
        }
      : null;
    try {
      if (handler?.fanOut) {
        return await this.fannedOut(row, await handler.fanOut(row));
      }
      if (!content) {
        if (!handler?.render) throw new Error(`Nothing renders e-mails of kind "${row.kind}"`);
        const prepared = await handler.render(row);
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
      if (handler?.attachments) attachments.push(...(await handler.attachments(row)));
      const thread = handler?.threadOf ? await handler.threadOf(row) : null;
      const threading: Record<string, string> = thread
        ? { 'In-Reply-To': this.messageIdFor({ id: thread }), References: this.messageIdFor({ id: thread }) }
        : {};
      const sender = await this.senderOf(row);
      const sent = await this.transport.send({
        ...sender,
        to: content.toAddresses,
        cc: content.ccAddresses,
        subject: content.subject,
        text: content.text,
        html: content.html,
        messageId: this.messageIdFor(row),
        attachments,
        headers: { 'X-GCM-Outbox-Id': row.id, 'X-GCM-Kind': row.kind, ...threading },
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

  /** A row that stands for many e-mails: the handler plans them, and this row is then done. */
  private async fannedOut(
    row: OutboxMessage,
    result: { queued: DeliveryRequest[] } | NoLongerDue,
  ): Promise<DeliveryOutcome> {
    if ('cancel' in result) {
      await this.outbox.cancelClaimed(row.id, this.workerId, result.cancel);
      return 'cancelled';
    }
    await this.outbox.markSent(row.id, this.workerId, `fan-out:${result.queued.length}`, this.clock.now());
    await this.queue.enqueueAfterCommit(result.queued);
    return 'sent';
  }
}
