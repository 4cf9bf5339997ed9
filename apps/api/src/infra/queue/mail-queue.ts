import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { Clock } from '../clock/clock';
import { deliveryJobId, JobName, type JobPayload, MAIL_QUEUE } from './jobs';

export interface DeliveryRequest {
  id: string;
  notBefore: Date;
  /** Attempts already made on the row (0 for a new one). */
  attempts?: number;
}

/**
 * The queue port: asks for an outbox row to be delivered at its time. Adding the same row twice
 * is harmless (the job id is derived from the row id and its attempt), and losing a job is harmless too (the
 * reconciler finds due rows in PostgreSQL).
 */
@Injectable()
export class MailQueue {
  private readonly logger = new Logger(MailQueue.name);

  constructor(
    @InjectQueue(MAIL_QUEUE) private readonly queue: Queue,
    private readonly clock: Clock,
  ) {}

  async enqueueDeliveries(rows: DeliveryRequest[]): Promise<void> {
    if (rows.length === 0) return;
    const now = this.clock.now().getTime();
    await this.queue.addBulk(
      rows.map((row) => ({
        name: JobName.DeliverOutbox,
        data: { outboxId: row.id } satisfies JobPayload<JobName.DeliverOutbox>,
        opts: {
          jobId: deliveryJobId(row.id, row.attempts),
          delay: Math.max(0, row.notBefore.getTime() - now),
          // One job per attempt: the outbox row counts attempts and sets the time of the next one.
          attempts: 1,
          removeOnComplete: true,
          removeOnFail: 1000,
        },
      })),
    );
  }

  /**
   * For rows already due: enqueue them, and promote a job still waiting out a delay that no
   * longer applies (the due time moved earlier, or the clock was ahead when it was planned).
   */
  async ensureDue(rows: DeliveryRequest[]): Promise<void> {
    await this.enqueueDeliveries(rows);
    for (const row of rows) {
      const job = await this.queue.getJob(deliveryJobId(row.id, row.attempts));
      if (job && (await job.isDelayed())) {
        await job.promote();
      }
    }
  }

  /** After a commit: enqueue, but never fail the request for it — the reconciler is the safety net. */
  async enqueueAfterCommit(rows: DeliveryRequest[]): Promise<void> {
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
