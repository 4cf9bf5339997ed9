import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, type OnApplicationBootstrap } from '@nestjs/common';
import type { Job } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '../../../config/config';
import { JOB_PAYLOADS, JobName, MAIL_QUEUE } from '../../../infra/queue/jobs';
import { DeliveryService } from '../delivery.service';
import { DigestService } from '../digest.service';
import { OutboxReconciler } from '../reconciler.service';

/** Parses each job and hands it to the service that owns the rule; holds no rules itself. */
@Processor(MAIL_QUEUE)
export class MailProcessor extends WorkerHost implements OnApplicationBootstrap {
  /** Exactly one handler per job name: the type demands it, and boot checks it again. */
  readonly handlers: Record<JobName, (job: Job) => Promise<unknown>> = {
    [JobName.DeliverOutbox]: (job) => {
      const { outboxIds } = JOB_PAYLOADS[JobName.DeliverOutbox].parse(job.data);
      return this.delivery.deliverBatch(outboxIds);
    },
    [JobName.ReconcileOutbox]: (job) => {
      JOB_PAYLOADS[JobName.ReconcileOutbox].parse(job.data);
      return this.reconciler.reconcile();
    },
    [JobName.WeeklyDigest]: (job) => {
      JOB_PAYLOADS[JobName.WeeklyDigest].parse(job.data);
      return this.digest.planDue();
    },
  };

  constructor(
    private readonly delivery: DeliveryService,
    private readonly reconciler: OutboxReconciler,
    private readonly digest: DigestService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    const missing = Object.values(JobName).filter((name) => typeof this.handlers[name] !== 'function');
    if (missing.length) {
      throw new Error(`No processor for job(s): ${missing.join(', ')}`);
    }
    this.worker.concurrency = this.config.workerConcurrency;
  }

  async process(job: Job): Promise<unknown> {
    const handler = this.handlers[job.name as JobName];
    if (!handler) throw new Error(`No processor for job "${job.name}"`);
    return handler(job);
  }
}
