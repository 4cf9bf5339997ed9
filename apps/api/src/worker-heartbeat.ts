import { rename, writeFile } from 'node:fs/promises';
import type { INestApplicationContext } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { HealthRepository } from './modules/health/health.repository';
import { MailProcessor } from './modules/outbox/jobs/mail.processor';

/** How often a healthy worker proves it: the container health check allows three missed beats. */
export const HEARTBEAT_INTERVAL_MS = 10_000;

/** What the heartbeat file holds; apps/worker/src/healthcheck.ts reads it. */
export interface Heartbeat {
  at: string;
  pid: number;
  intervalMs: number;
}

/**
 * The worker has no HTTP port, so its health signal is a file: every HEARTBEAT_INTERVAL_MS it
 * checks that PostgreSQL answers, that the queue's store answers and that the BullMQ worker is
 * still consuming, and only then rewrites the file (atomically, by rename). A worker whose
 * database, queue or event loop is stuck stops beating, and the file goes stale.
 */
export function startHeartbeat(
  app: INestApplicationContext,
  queue: Queue,
  file: string,
  intervalMs = HEARTBEAT_INTERVAL_MS,
): () => void {
  const database = app.get(HealthRepository, { strict: false });
  const processor = app.get(MailProcessor, { strict: false });
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const beat = async () => {
    try {
      await database.ping();
      await queue.count();
      if (!processor.worker.isRunning()) throw new Error('the mail queue consumer is not running');
      const heartbeat: Heartbeat = { at: new Date().toISOString(), pid: process.pid, intervalMs };
      await writeFile(`${file}.tmp`, `${JSON.stringify(heartbeat)}\n`);
      await rename(`${file}.tmp`, file);
    } catch (error) {
      console.warn('Worker heartbeat skipped:', error instanceof Error ? error.message : error);
    } finally {
      if (!stopped) timer = setTimeout(beat, intervalMs).unref();
    }
  };
  void beat();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
