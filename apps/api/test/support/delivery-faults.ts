import { randomUUID } from 'node:crypto';
import type { SmtpSink } from '../../src/dev-mail/smtp-sink';
import { MailQueue } from '../../src/infra/queue/mail-queue';
import type { TestApp } from './test-app';
import { ReconcilerPasses, waitUntil } from './waits';
import { WorkerProcess } from './worker-process';

/**
 * What the exactly-once fault tests share (reminders-faults, mail-batches): worker processes with
 * short leases, due manual reminders written straight into the outbox, and the check that each
 * went out once.
 */

/** A worker process on the test's database, Redis and SMTP sink, with short leases and backoff. */
export function faultWorker(
  t: TestApp,
  sink: SmtpSink,
  redisUrl: string,
  env: Record<string, string> = {},
): WorkerProcess {
  return new WorkerProcess({
    DATABASE_URL: t.db.url,
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: t.config.queuePrefix,
    SMTP_URL: sink.url,
    LOG_LEVEL: 'warn',
    NODE_ENV: 'test',
    WORKER_CONCURRENCY: '4',
    OUTBOX_CLAIM_LEASE_MS: '1500',
    OUTBOX_RECONCILE_MS: '500',
    DELIVERY_BACKOFF_MS: '200',
    ...env,
  });
}

/** `perAssignment` manual reminders for every seeded assignment, due at `notBefore`, enqueued unless told not to. */
export async function dueManualReminders(
  t: TestApp,
  perAssignment: number,
  options: { notBefore?: Date; enqueue?: boolean } = {},
): Promise<string[]> {
  const notBefore = options.notBefore ?? t.clock.now();
  const assignments = await t.prisma.assignment.findMany({ select: { id: true, reviewId: true } });
  const batch = randomUUID().slice(0, 8);
  const rows = await t.prisma.outboxMessage.createManyAndReturn({
    data: assignments.flatMap((a) =>
      Array.from({ length: perAssignment }, (_, i) => ({
        dedupeKey: `test:${batch}:${a.id}:${i}`,
        kind: 'reminder.manual',
        reviewId: a.reviewId,
        assignmentId: a.id,
        notBefore,
        toAddresses: [],
        ccAddresses: [],
      })),
    ),
    select: { id: true, notBefore: true },
  });
  if (options.enqueue ?? true) await t.app.get(MailQueue).enqueueDeliveries(rows);
  return rows.map((r) => r.id);
}

/**
 * Every e-mail of `ids` reached the sink exactly once and is recorded as sent, and two more
 * reconciler passes (one wholly after) sent none again: a row retaken from a dead worker or a
 * refused send would have gone out again by then.
 */
export async function expectEachDeliveredOnce(t: TestApp, sink: SmtpSink, ids: string[]): Promise<void> {
  const passes = await ReconcilerPasses.watch(t);
  try {
    // A job a killed worker had taken but not yet claimed its row for stays "active" in BullMQ
    // until its lock expires (30 s) and the next stalled check (every 30 s) puts it back: the
    // reconciler cannot add it again under the same id. So recovery may take up to a minute.
    await waitUntil(() => ids.every((id) => sink.countsByOutboxId().has(id)), {
      what: `${ids.length} e-mails`,
      timeoutMs: 90_000,
    });
    await waitUntil(
      async () =>
        (await t.prisma.outboxMessage.count({ where: { id: { in: ids }, status: 'sent' } })) === ids.length,
      { what: `${ids.length} e-mails recorded as sent`, timeoutMs: 20_000 },
    );
    await passes.more(2);
  } finally {
    await passes.close();
  }
  const counts = sink.countsByOutboxId();
  const lost = ids.filter((id) => !counts.has(id));
  const doubled = ids.filter((id) => (counts.get(id) ?? 0) > 1);
  expect({ lost, doubled }).toEqual({ lost: [], doubled: [] });
}
