import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { Clock } from '../clock/clock';
import { DELIVERY_BATCH, deliveryJobId, JobName, type JobPayload, MAIL_QUEUE } from './jobs';

export interface DeliveryRequest {
  id: string;
  notBefore: Date;
  /** Attempts already made on the row (0 for a new one). */
  attempts?: number;
}

/**
 * The queue port: asks for outbox rows to be delivered at their time, in jobs of up to
 * DELIVERY_BATCH rows. Adding the same rows twice is harmless (the job id is derived from the rows
 * and their attempts), and losing a job is harmless too (the reconciler finds due rows in
 * PostgreSQL).
 */
@Injectable()
export class MailQueue {
  private readonly logger = new Logger(MailQueue.name);

  constructor(
    @InjectQueue(MAIL_QUEUE) private readonly queue: Queue,
    private readonly clock: Clock,
  ) {}

  /** Returns the ids of the jobs (new, or already there for the same rows). */
  async enqueueDeliveries(rows: DeliveryRequest[]): Promise<string[]> {
    if (rows.length === 0) return [];
    const now = this.clock.now().getTime();
    const batches = deliveryBatches(rows, now);
    await this.queue.addBulk(
      batches.map((batch) => ({
        name: JobName.DeliverOutbox,
        data: { outboxIds: batch.map((row) => row.id) } satisfies JobPayload<JobName.DeliverOutbox>,
        opts: {
          jobId: deliveryJobId(batch),
          // Not before the last of them is due (they are at most BATCH_SPREAD_MS apart).
          delay: Math.max(0, ...batch.map((row) => row.notBefore.getTime() - now)),
          // One job per attempt: the outbox row counts attempts and sets the time of the next one.
          attempts: 1,
          removeOnComplete: true,
          removeOnFail: 1000,
        },
      })),
    );
    return batches.map((batch) => deliveryJobId(batch));
  }

  /**
   * For rows already due: enqueue them, and promote a job still waiting out a delay that no
   * longer applies (the due time moved earlier, or the clock was ahead when it was planned).
   */
  async ensureDue(rows: DeliveryRequest[]): Promise<void> {
    for (const jobId of await this.enqueueDeliveries(rows)) {
      const job = await this.queue.getJob(jobId);
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

/** Rows due within this much of each other share a job (it waits for the last of them). */
const BATCH_SPREAD_MS = 1000;

/**
 * The rows in delivery jobs of up to DELIVERY_BATCH rows each, by due time: those already due
 * together, later ones with the rows due within BATCH_SPREAD_MS of the first.
 */
export function deliveryBatches(rows: readonly DeliveryRequest[], now: number): DeliveryRequest[][] {
  const dueAt = (row: DeliveryRequest) => Math.max(now, row.notBefore.getTime());
  const sorted = [...rows].sort((a, b) => dueAt(a) - dueAt(b));
  const batches: DeliveryRequest[][] = [];
  let current: DeliveryRequest[] = [];
  for (const row of sorted) {
    const first = current[0];
    if (first && (current.length >= DELIVERY_BATCH || dueAt(row) - dueAt(first) > BATCH_SPREAD_MS)) {
      batches.push(current);
      current = [];
    }
    current.push(row);
  }
  if (current.length) batches.push(current);
  return batches;
}
