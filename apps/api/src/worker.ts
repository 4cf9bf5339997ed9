import 'reflect-metadata';
import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Queue } from 'bullmq';
import { Logger } from 'nestjs-pino';
import { type AppConfig, ConfigError, configOrExit } from './config/config';
import { JobName, MAIL_QUEUE } from './infra/queue/jobs';
import { prepareQueueBackend } from './infra/queue/queue-backend';
import { releaseMemoryAtRest } from './memory-at-rest';
import { OutboxReconciler } from './modules/outbox/reconciler.service';
import { WorkerModule, type WorkerOptions } from './worker.module';
import { startHeartbeat } from './worker-heartbeat';

/**
 * Boots the worker: BullMQ processors for e-mail delivery, the reconciler at start and then every
 * minute (a BullMQ job scheduler, upserted — so N workers still mean one schedule).
 */
export async function startWorker(
  config: AppConfig,
  options: WorkerOptions = {},
): Promise<INestApplicationContext> {
  if (!config.smtpUrl) {
    throw new ConfigError(['SMTP_URL is required by the worker (e.g. smtp://mail.example.gov:587)']);
  }
  await prepareQueueBackend(config);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, options), {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  const queue = app.get<Queue>(getQueueToken(MAIL_QUEUE));
  await queue.upsertJobScheduler(
    'outbox-reconcile',
    { every: config.outboxReconcileMs },
    { name: JobName.ReconcileOutbox, data: {}, opts: { removeOnComplete: true, removeOnFail: 100 } },
  );
  await queue.upsertJobScheduler(
    'weekly-digest',
    { every: 3_600_000 },
    { name: JobName.WeeklyDigest, data: {}, opts: { removeOnComplete: true, removeOnFail: 100 } },
  );
  await app.get(OutboxReconciler).reconcile();
  if (config.workerHeartbeatFile) {
    const stopHeartbeat = startHeartbeat(app, queue, config.workerHeartbeatFile);
    const close = app.close.bind(app);
    app.close = async () => {
      stopHeartbeat();
      await close();
    };
  }
  return app;
}

/** Reads the environment, starts the worker, and exits with a clear message if it cannot. */
export function runWorkerCli(): void {
  const config = configOrExit();
  startWorker(config).then(
    () => {
      // Here, not in startWorker: npm start's one process runs it from startServer already.
      releaseMemoryAtRest();
      console.info('GCM Review Tracker worker started');
    },
    (error: unknown) => {
      console.error('The worker could not start:', error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}

if (require.main === module) {
  runWorkerCli();
}
