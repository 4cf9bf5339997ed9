import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '../../infra/clock/clock';
import { MailQueue } from '../../infra/queue/mail-queue';
import { OutboxRepository } from './outbox.repository';

/**
 * The safety net under the queue: rows that are due (or abandoned by a dead worker) but have no
 * job — Redis flushed, an enqueue that failed after a commit — are enqueued again. Enqueueing a
 * row that still has its job is a no-op (same job id).
 */
@Injectable()
export class OutboxReconciler {
  private readonly logger = new Logger(OutboxReconciler.name);

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly queue: MailQueue,
    private readonly clock: Clock,
  ) {}

  async reconcile(batch = 1000): Promise<number> {
    let total = 0;
    for (;;) {
      const rows = await this.outbox.dueRows(this.clock.now(), batch);
      if (rows.length === 0) break;
      await this.queue.ensureDue(rows);
      total += rows.length;
      if (rows.length < batch) break;
    }
    if (total) this.logger.log(`Re-enqueued ${total} due e-mail(s)`);
    return total;
  }
}
