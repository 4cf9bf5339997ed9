import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { Clock } from '../clock/clock';
import { deliveryJobId, JobName, type JobPayload, MAIL_QUEUE } from './jobs';

export const DELIVERY_ATTEMPTS = 8;

/**
 * The queue port: asks for an outbox row to be delivered at its time. Adding the same row twice
 * is harmless (the job id is derived from the row id), and losing a job is harmless too (the
 * reconciler finds due rows in PostgreSQL).
 */
@Injectable()
export class MailQueue {
  private readonly logger = new Logger(MailQueue.name);

  constructor(
    @InjectQueue(MAIL_QUEUE) private readonly queue: Queue,
    private readonly clock: Clock,
  ) {}

  async enqueueDeliveries(rows: { id: string; notBefore: Date }[]): Promise<void> {
    if (rows.length === 0) return;
    const now = this.clock.now().getTime();
    await this.queue.addBulk(
      rows.map((row) => ({
        name: JobName.DeliverOutbox,
        data: { outboxId: row.id } satisfies JobPayload<JobName.DeliverOutbox>,
        opts: {
          jobId: deliveryJobId(row.id),
          delay: Math.max(0, row.notBefore.getTime() - now),
          attempts: DELIVERY_ATTEMPTS,
          backoff: { type: 'exponential', delay: 5_000 },
          removeOnComplete: true,
          removeOnFail: 1000,
        },
      })),
    );
  }

  /** After a commit: enqueue, but never fail the request for it — the reconciler is the safety net. */
  async enqueueAfterCommit(rows: { id: string; notBefore: Date }[]): Promise<void> {
    try {
      await this.enqueueDeliveries(rows);
    } catch (error) {
      this.logger.warn(
        { err: error, count: rows.length },
        'Could not enqueue e-mails now; the reconciler will',
      );
    }
  }
}
