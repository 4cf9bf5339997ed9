import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, type OnApplicationBootstrap } from '@nestjs/common';
import type { Job } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '../../../config/config';
import { JOB_PAYLOADS, JobName, MAIL_QUEUE } from '../../../infra/queue/jobs';
import { DELIVERY_ATTEMPTS } from '../../../infra/queue/mail-queue';
import { DeliveryService } from '../delivery.service';
import { OutboxReconciler } from '../reconciler.service';

/** Parses each job and hands it to the service that owns the rule; holds no rules itself. */
@Processor(MAIL_QUEUE)
export class MailProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly delivery: DeliveryService,
    private readonly reconciler: OutboxReconciler,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.workerConcurrency;
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name as JobName) {
      case JobName.DeliverOutbox: {
        const { outboxId } = JOB_PAYLOADS[JobName.DeliverOutbox].parse(job.data);
        const final = job.attemptsMade + 1 >= (job.opts.attempts ?? DELIVERY_ATTEMPTS);
        return this.delivery.deliver(outboxId, final);
      }
      case JobName.ReconcileOutbox:
        JOB_PAYLOADS[JobName.ReconcileOutbox].parse(job.data);
        return this.reconciler.reconcile();
      default:
        throw new Error(`No processor for job "${job.name}"`);
    }
  }
}
