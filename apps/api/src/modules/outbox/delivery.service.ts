import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { OutboxMessage } from '@gcm/db';
import { reviewMailIdentity } from '@gcm/domain';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { Clock } from '../../infra/clock/clock';
import { MailTransport, type OutgoingMail } from '../../infra/mail/mail-transport';
import { SENDS_PER_BATCH } from '../../infra/mail/smtp-transport';
import { type DeliveryRequest, MailQueue } from '../../infra/queue/mail-queue';
import { LinkTokens, sealedLinkOf } from '../../infra/secrets/link-tokens';
import { type ClaimedRow, type MailRecord, OutboxRepository, type SentRow } from './outbox.repository';
import {
  htmlOf,
  type NoLongerDue,
  OutboxHandlers,
  type OutboxKindHandler,
  type RenderedMail,
  type RowToRender,
} from './outbox-handlers';
import { SendSlots, SentRecorder } from './send-pacing';

export type DeliveryOutcome = 'sent' | 'skipped' | 'cancelled';

/** The address of a From setting such as "GCM Review Tracker <no-reply@example.org>". */
export function addressOf(from: string): string {
  return from.match(/<([^>]+)>/)?.[1]?.trim() ?? from.trim();
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Exponential backoff after the `attempt`-th failed attempt (1-based): base, 2×base, 4×base… */
export function retryDelayMs(attempt: number, baseMs: number): number {
  return baseMs * 2 ** Math.max(0, attempt - 1);
}

/** A claimed row whose content is known, waiting for its turn on SMTP. */
interface ReadyMail {
  row: ClaimedRow;
  content: RenderedMail;
  handler: OutboxKindHandler | undefined;
  /** For a row rendered at this attempt: what is kept of it, with its outcome. */
  record?: MailRecord;
}

/**
 * Delivers outbox rows in batches (decision 0028): claim those that are due in one statement (a
 * guarded update — only one worker can take a row — that also returns what their messages need),
 * let the handler of each kind render them, add files or fan them out (see OutboxHandlers), send
 * over SMTP with a Message-ID derived from each row on the connections all batches share, and
 * record the SMTP Message-IDs as the sends complete, a few rows per statement. A failed send is
 * recorded on its row with the time of its next attempt (the row, not the queue, counts attempts
 * and keeps the backoff).
 */
@Injectable()
export class DeliveryService {
  private readonly logger = new Logger(DeliveryService.name);
  private readonly workerId = `${hostname()}:${process.pid}`;
  /** The pool's connections, shared by the batches this worker runs at once. */
  private readonly slots: SendSlots;
  /** Sent rows of every batch, recorded a statement at a time. */
  private readonly recorder: SentRecorder<SentRow>;

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly handlers: OutboxHandlers,
    private readonly transport: MailTransport,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queue: MailQueue,
    private readonly links: LinkTokens,
  ) {
    this.slots = new SendSlots(config.workerConcurrency * SENDS_PER_BATCH);
    this.recorder = new SentRecorder((rows) => this.outbox.markSent(rows, this.clock.now()));
  }

  private messageIdFor(row: Pick<OutboxMessage, 'id'>): string {
    const domain = this.config.mailFrom.match(/@([^>\s]+)/)?.[1] ?? 'gcm-review.localhost';
    return `<outbox-${row.id}@${domain}>`;
  }

  /**
   * From and Reply-To: a review's e-mails carry its sender name and reply address (decision
   * 0022) with the installation's own From address, so SPF and DKIM still hold; e-mails of no
   * review (account links) are the installation's.
   */
  private senderOf(row: ClaimedRow): Pick<OutgoingMail, 'from' | 'replyTo'> {
    const installation = { from: this.config.mailFrom, replyTo: this.config.mailReplyTo ?? undefined };
    // The claim read the review's settings with the row.
    const settings = row.mailSettings;
    if (!settings) return installation;
    const identity = reviewMailIdentity(settings);
    return {
      from: { name: identity.senderName, address: addressOf(this.config.mailFrom) },
      replyTo: identity.replyTo ?? installation.replyTo,
    };
  }

  /** Delivers one row (a batch of one); rejects with the error of a failed attempt. */
  async deliver(outboxId: string): Promise<DeliveryOutcome> {
    return (await this.deliverBatch([outboxId])).get(outboxId) ?? 'skipped';
  }

  /**
   * Delivers the rows of one job. Rows someone else holds, or that are sent, cancelled or not due,
   * are skipped. When any row failed, rejects once the batch is done (each failed row already has
   * its retry planned): with that row's error, or a summary when several failed.
   */
  async deliverBatch(ids: readonly string[]): Promise<Map<string, DeliveryOutcome>> {
    const outcomes = new Map<string, DeliveryOutcome>(ids.map((id) => [id, 'skipped']));
    const leaseMs = this.config.outboxClaimLeaseMs;
    const claimedAt = this.clock.now();
    // Each batch claims under a name of its own: should its lease run out and another batch of
    // the same process retake a row, the first batch no longer holds it (see keepLease).
    const claimant = `${this.workerId}:${randomUUID().slice(0, 8)}`;
    const rows = await this.outbox.claim(ids, claimant, claimedAt, leaseMs);
    if (rows.length === 0) return outcomes;
    const failures: { row: OutboxMessage; error: unknown }[] = [];
    const retries: DeliveryRequest[] = [];
    const fail = async (row: OutboxMessage, error: unknown, record?: MailRecord) => {
      failures.push({ row, error });
      const retry = await this.recordFailure(row, claimant, error, record);
      if (retry) retries.push(retry);
    };

    const ready = await this.prepare(rows, claimant, outcomes, fail);

    // The lease covers the batch, not one e-mail: renewed whenever a quarter of it has passed, and
    // only for rows this worker still holds — a row another worker took over is not sent. It is
    // checked before each send and on a timer while the batch runs: a send the SMTP server is
    // slow to answer (or a batch waiting for connections) must not outlast the lease, or another
    // worker would take the row over and send it too.
    const held = new Set(ready.map((mail) => mail.row.id));
    let renewedAt = claimedAt.getTime();
    let renewing: Promise<void> | undefined;
    const keepLease = async () => {
      if (this.clock.now().getTime() - renewedAt < leaseMs / 4) return;
      renewing ??= (async () => {
        const now = this.clock.now().getTime();
        const still = await this.outbox.renewLease([...held], claimant, new Date(now + leaseMs));
        for (const id of held) if (!still.has(id)) held.delete(id);
        renewedAt = now;
      })().finally(() => {
        renewing = undefined;
      });
      await renewing;
    };
    const renewer = setInterval(() => {
      keepLease().catch((error: unknown) => {
        this.logger.warn({ claimant }, `Renewing the lease of a batch failed: ${messageOf(error)}`);
      });
    }, leaseMs / 4);
    renewer.unref();

    // Sends take the worker's SMTP connections as they come free, whichever batch they are of, and
    // each sent row is recorded as soon as its send completes (see SentRecorder): what the SMTP
    // server accepted is on record within one statement (decision 0006's window).
    const recorded: Promise<void>[] = [];
    let recordError: unknown;
    try {
      await Promise.all(
        ready.map((mail) =>
          this.slots.run(async () => {
            const { row } = mail;
            try {
              await keepLease();
              if (!held.has(row.id)) return;
              const sent = await this.transport.send(await this.outgoing(mail, this.senderOf(mail.row)));
              outcomes.set(row.id, 'sent');
              recorded.push(
                this.recorder
                  .add({ id: row.id, claimant, messageId: sent.messageId, record: mail.record })
                  .catch((error: unknown) => {
                    recordError ??= error;
                  }),
              );
            } catch (error) {
              held.delete(row.id);
              await fail(row, error, mail.record);
            }
          }),
        ),
      );
      // Until the sent rows are on record: a row retaken in between would go out again.
      await Promise.all(recorded);
    } finally {
      clearInterval(renewer);
    }

    // The next attempts are jobs of their own (their ids name the attempt); should Redis refuse
    // them, the reconciler enqueues the rows once their `retryAt` has passed.
    await this.queue.enqueueAfterCommit(retries);
    if (recordError) throw recordError;
    const [first] = failures;
    if (first && failures.length === 1) throw first.error;
    if (first) {
      throw new Error(
        `${failures.length} of ${rows.length} e-mails failed, first: ${messageOf(first.error)}`,
      );
    }
    return outcomes;
  }

  /**
   * The claimed rows with their content: content planned with the row as it is; rows planned
   * without it rendered by their handler (kind by kind, a batch at a time), at every attempt, their
   * record (without the HTML: decision 0034) kept with the attempt's outcome; fan-outs done and
   * cancellations recorded here.
   */
  private async prepare(
    rows: ClaimedRow[],
    claimant: string,
    outcomes: Map<string, DeliveryOutcome>,
    fail: (row: OutboxMessage, error: unknown, record?: MailRecord) => Promise<void>,
  ): Promise<ReadyMail[]> {
    const ready: ReadyMail[] = [];
    const toRender = new Map<OutboxKindHandler, ClaimedRow[]>();
    for (const row of rows) {
      const handler = this.handlers.for(row.kind);
      try {
        if (handler?.fanOut) {
          outcomes.set(row.id, await this.fannedOut(row, claimant, await handler.fanOut(row)));
        } else if (row.html !== null && row.subject) {
          // Planned with its content (an invitation, an event's e-mail): sent as it was written.
          const content = {
            toAddresses: row.toAddresses,
            ccAddresses: row.ccAddresses,
            subject: row.subject,
            text: row.text ?? '',
            html: row.html,
          };
          ready.push({ row, handler, content });
        } else if (handler?.render) {
          toRender.set(handler, [...(toRender.get(handler) ?? []), row]);
        } else {
          throw new Error(`Nothing renders e-mails of kind "${row.kind}"`);
        }
      } catch (error) {
        await fail(row, error);
      }
    }
    for (const [handler, group] of toRender) {
      try {
        const results = handler.renderMany
          ? await handler.renderMany(group)
          : new Map(
              await Promise.all(group.map(async (row) => [row.id, await handler.render?.(row)] as const)),
            );
        for (const row of group) {
          const result = results.get(row.id);
          if (!result) {
            await fail(row, new Error(`The handler of "${row.kind}" rendered nothing for the row`));
          } else if ('cancel' in result) {
            await this.outbox.cancelClaimed(row.id, claimant, result.cancel);
            outcomes.set(row.id, 'cancelled');
          } else {
            const { html: _html, ...record } = result;
            ready.push({ row, handler, content: result, record });
          }
          // What the claim read to render the row is not needed to send it: let it go now rather
          // than when the batch is done (a batch's rows can wait a while for a connection).
          (row as RowToRender).reminderContext = undefined;
        }
      } catch (error) {
        for (const row of group) await fail(row, error);
      }
    }
    return ready;
  }

  /** The e-mail of a row: its secret link put in, its files, its thread, its sender. */
  private async outgoing(
    { row, content: stored, handler }: ReadyMail,
    sender: Pick<OutgoingMail, 'from' | 'replyTo'>,
  ): Promise<OutgoingMail> {
    // A secret link (an invitation's) is put in only now: the stored row never holds it.
    const sealed = sealedLinkOf(row.payload);
    const written = { ...stored, html: htmlOf(stored) };
    const content = sealed ? this.links.unseal(written, sealed) : written;
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
    return {
      ...sender,
      to: content.toAddresses,
      cc: content.ccAddresses,
      subject: content.subject,
      text: content.text,
      html: content.html,
      messageId: this.messageIdFor(row),
      attachments,
      headers: { 'X-GCM-Outbox-Id': row.id, 'X-GCM-Kind': row.kind, ...threading },
    };
  }

  /**
   * A failed attempt: the row pending again after its backoff (or failed for good after its last
   * attempt); returns its next attempt for the queue, if any.
   */
  private async recordFailure(
    row: OutboxMessage,
    claimant: string,
    error: unknown,
    record?: MailRecord,
  ): Promise<DeliveryRequest | null> {
    const message = messageOf(error);
    const retryAt =
      row.attempts >= row.maxAttempts
        ? null
        : new Date(this.clock.now().getTime() + retryDelayMs(row.attempts, this.config.deliveryBackoffMs));
    await this.outbox.recordFailure(row.id, claimant, message, retryAt, record);
    this.logger.warn(
      { outboxId: row.id, attempt: row.attempts, retryAt: retryAt?.toISOString() ?? null },
      `Sending failed: ${message}`,
    );
    return retryAt ? { id: row.id, notBefore: retryAt, attempts: row.attempts } : null;
  }

  /** A row that stands for many e-mails: the handler plans them, and this row is then done. */
  private async fannedOut(
    row: OutboxMessage,
    claimant: string,
    result: { queued: DeliveryRequest[] } | NoLongerDue,
  ): Promise<DeliveryOutcome> {
    if ('cancel' in result) {
      await this.outbox.cancelClaimed(row.id, claimant, result.cancel);
      return 'cancelled';
    }
    await this.outbox.markSent(
      [{ id: row.id, claimant, messageId: `fan-out:${result.queued.length}` }],
      this.clock.now(),
    );
    await this.queue.enqueueAfterCommit(result.queued);
    return 'sent';
  }
}
