/**
 * `npm run bench:reminders` — not part of the tests. Delivers N due reminders through the whole
 * pipeline (outbox rows → BullMQ → worker → SMTP) to a local SMTP sink, for each queue backend,
 * and compares with plain pooled nodemailer sending the same number of messages to the same sink
 * in the same run. Prints rates, their ratio, and lost/duplicated counts (both must be 0).
 */
import 'reflect-metadata';
import path from 'node:path';
import { createPrismaClient, seedDemo } from '@gcm/db';
import { createTestDatabase, ensureTestServer } from '@gcm/db/testing';
import Redis from 'ioredis';
import nodemailer from 'nodemailer';
import { loadConfig, REPO_ROOT } from '../config/config';
import { SmtpSink } from '../dev-mail/smtp-sink';
import { smtpOptions } from '../infra/mail/smtp-transport';
import { MailQueue } from '../infra/queue/mail-queue';
import { startWorker } from '../worker';

const COUNT = Number(process.env.BENCH_COUNT ?? 10_000);
const CONCURRENCY = process.env.BENCH_CONCURRENCY ?? '16';

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Plain pooled nodemailer, one message per outbox row's worth of text, to the same sink. */
async function baseline(sink: SmtpSink): Promise<number> {
  const transporter = nodemailer.createTransport(smtpOptions(sink.url));
  const started = performance.now();
  const inFlight = new Set<Promise<unknown>>();
  for (let i = 0; i < COUNT; i += 1) {
    const sending = transporter
      .sendMail({
        from: 'bench@localhost',
        to: 'someone@localhost',
        subject: `Baseline ${i}`,
        text: 'Reminder body',
        headers: { 'X-GCM-Outbox-Id': `baseline-${i}` },
      })
      .finally(() => inFlight.delete(sending));
    inFlight.add(sending);
    if (inFlight.size >= 50) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  const seconds = (performance.now() - started) / 1000;
  transporter.close();
  return COUNT / seconds;
}

async function pipeline(
  backend: 'redis' | 'postgres',
  sink: SmtpSink,
): Promise<{ rate: number; lost: number; duplicated: number }> {
  const db = await createTestDatabase();
  const prisma = createPrismaClient(db.url, { max: 4 });
  try {
    await seedDemo(prisma);
    const config = loadConfig({
      DATABASE_URL: db.url,
      LOG_LEVEL: 'error',
      SECRET_KEY: 'benchmark-secret-key-0123456789abcdefghij',
      SMTP_URL: sink.url,
      REDIS_URL: backend === 'redis' ? (process.env.REDIS_URL ?? 'redis://127.0.0.1:6379') : '',
      QUEUE_PREFIX: `bench${Date.now()}`,
      WORKER_CONCURRENCY: CONCURRENCY,
      STORAGE_DIR: path.join(REPO_ROOT, '.data', 'bench'),
    });
    const assignments = await prisma.assignment.findMany({ select: { id: true, reviewId: true } });
    sink.received.length = 0;
    const worker = await startWorker(config);
    // Timed from here: writing the outbox rows is part of the pipeline's cost.
    const started = performance.now();
    const now = new Date();
    const rows = await prisma.outboxMessage.createManyAndReturn({
      data: Array.from({ length: COUNT }, (_, i) => {
        const assignment = assignments[i % assignments.length];
        return {
          dedupeKey: `bench:${i}`,
          kind: 'reminder.manual',
          reviewId: assignment?.reviewId,
          assignmentId: assignment?.id,
          notBefore: now,
          toAddresses: [],
          ccAddresses: [],
        };
      }),
      select: { id: true, notBefore: true },
    });
    await worker.get(MailQueue).enqueueDeliveries(rows);
    const ids = new Set(rows.map((row) => row.id));
    await until(() => sink.countsByOutboxId().size >= COUNT, 15 * 60_000);
    const seconds = (performance.now() - started) / 1000;
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await worker.close();
    const counts = sink.countsByOutboxId();
    let lost = 0;
    let duplicated = 0;
    for (const id of ids) {
      const n = counts.get(id) ?? 0;
      if (n === 0) lost += 1;
      if (n > 1) duplicated += n - 1;
    }
    if (backend === 'redis') {
      const redis = new Redis(config.redisUrl ?? '');
      const keys = await redis.keys(`${config.queuePrefix}:*`);
      if (keys.length) await redis.del(...keys);
      await redis.quit();
    }
    return { rate: (COUNT - lost) / seconds, lost, duplicated };
  } finally {
    await prisma.$disconnect();
    await db.drop();
  }
}

async function main(): Promise<void> {
  const stopServer = await ensureTestServer(REPO_ROOT);
  const sink = new SmtpSink({ parse: false });
  await sink.start();
  const backends: ('redis' | 'postgres')[] = [];
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
  });
  try {
    await redis.connect();
    await redis.ping();
    backends.push('redis');
  } catch {
    console.info('Redis does not answer: benchmarking the PostgreSQL backend only.');
  } finally {
    redis.disconnect();
  }
  backends.push('postgres');
  const lines: string[] = [];
  const results: {
    backend: string;
    base: number;
    result: { rate: number; lost: number; duplicated: number };
  }[] = [];
  for (const backend of backends) {
    sink.received.length = 0;
    const base = await baseline(sink);
    sink.received.length = 0;
    const result = await pipeline(backend, sink);
    lines.push(
      `reminders (${backend} queue): ${COUNT - result.lost} delivered, lost=${result.lost}, duplicated=${result.duplicated}, ` +
        `rate=${result.rate.toFixed(0)}/s, baseline=${base.toFixed(0)}/s, ratio=${(result.rate / base).toFixed(3)}`,
    );
    console.info(lines.at(-1));
    results.push({ backend, base, result });
  }
  await sink.stop();
  await stopServer();
  const worst = results.reduce((a, b) => (a.result.rate / a.base <= b.result.rate / b.base ? a : b));
  const lost = results.reduce((sum, r) => sum + r.result.lost, 0);
  const duplicated = results.reduce((sum, r) => sum + r.result.duplicated, 0);
  console.info(
    `reminders: ${COUNT * results.length - lost} delivered, lost=${lost}, duplicated=${duplicated}, ` +
      `rate=${worst.result.rate.toFixed(0)}/s, baseline=${worst.base.toFixed(0)}/s, ratio=${(worst.result.rate / worst.base).toFixed(3)}` +
      ` (slowest of: ${results.map((r) => r.backend).join(', ')})`,
  );
  const failed = lost > 0 || duplicated > 0;
  process.exit(failed ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
