import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { SmtpSink } from '../src/dev-mail/smtp-sink';
import { MailQueue } from '../src/infra/queue/mail-queue';
import { bootTestApp, type TestApp } from './support/test-app';
import { WorkerProcess } from './support/worker-process';

// A Redis database of its own, so flushing it touches no other test file.
const REDIS_URL = `${process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'}/7`;

async function until(
  condition: () => Promise<boolean> | boolean,
  timeoutMs = 30_000,
  what = 'condition',
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('every due reminder is delivered exactly once, whatever fails', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let workers: WorkerProcess[] = [];

  beforeAll(async () => {
    t = await bootTestApp({ env: { REDIS_URL } });
    t.clock.set(new Date());
    sink = new SmtpSink();
    await sink.start();
  });

  afterEach(async () => {
    await Promise.all(workers.map((w) => w.stop()));
    workers = [];
    sink.onMessage = undefined;
    sink.accept();
    sink.received.length = 0;
  });

  afterAll(async () => {
    await sink?.stop();
    await t?.close();
  });

  function worker(): WorkerProcess {
    const w = new WorkerProcess({
      DATABASE_URL: t.db.url,
      REDIS_URL,
      QUEUE_PREFIX: t.config.queuePrefix,
      SMTP_URL: sink.url,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
      WORKER_CONCURRENCY: '4',
      OUTBOX_CLAIM_LEASE_MS: '1500',
      OUTBOX_RECONCILE_MS: '500',
      DELIVERY_BACKOFF_MS: '200',
    });
    workers.push(w);
    return w;
  }

  /** `perAssignment` manual reminders for every seeded assignment, due now, enqueued. */
  async function dueReminders(
    perAssignment: number,
    notBefore = t.clock.now(),
    enqueue = true,
  ): Promise<string[]> {
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
    if (enqueue) await t.app.get(MailQueue).enqueueDeliveries(rows);
    return rows.map((r) => r.id);
  }

  async function expectExactlyOnce(ids: string[]): Promise<void> {
    await until(() => ids.every((id) => sink.countsByOutboxId().has(id)), 45_000, `${ids.length} e-mails`);
    // Give late duplicates a chance to show up before counting.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const counts = sink.countsByOutboxId();
    const lost = ids.filter((id) => !counts.has(id));
    const doubled = ids.filter((id) => (counts.get(id) ?? 0) > 1);
    expect({ lost, doubled }).toEqual({ lost: [], doubled: [] });
    const sent = await t.prisma.outboxMessage.count({ where: { id: { in: ids }, status: 'sent' } });
    expect(sent).toBe(ids.length);
  }

  it('survives the worker being killed (SIGKILL) mid-batch and restarted', async () => {
    const first = worker();
    await first.start();
    let gate: Promise<void> | undefined;
    sink.onMessage = async (count) => {
      if (!gate && count >= 25) {
        // Hold every answer, let what was already accepted be recorded as sent, then kill.
        gate = (async () => {
          const accepted = sink.received.map((m) => m.outboxId ?? '');
          await until(
            async () =>
              (await t.prisma.outboxMessage.count({ where: { id: { in: accepted }, status: 'sent' } })) ===
              accepted.length,
            10_000,
            'accepted e-mails recorded as sent',
          );
          await first.kill();
        })();
      }
      if (gate) {
        await gate;
        throw new Error('the sending worker is gone');
      }
    };
    const ids = await dueReminders(3);
    await until(() => gate !== undefined, 30_000, 'the kill');
    await gate;
    sink.onMessage = undefined;
    expect(sink.received.length).toBeLessThan(ids.length);
    await worker().start();
    await expectExactlyOnce(ids);
  });

  it('retries while the SMTP server refuses connections, and delivers once it is back', async () => {
    sink.refuse();
    await worker().start();
    const ids = await dueReminders(1);
    await until(
      async () =>
        (await t.prisma.outboxMessage.count({ where: { id: { in: ids }, lastError: { not: null } } })) > 0,
      20_000,
      'failed attempts',
    );
    expect(sink.received).toHaveLength(0);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    sink.accept();
    await expectExactlyOnce(ids);
  });

  it('recovers reminders from PostgreSQL when Redis is flushed while they are pending', async () => {
    const soon = new Date(Date.now() + 2000);
    const ids = await dueReminders(1, soon);
    const redis = new Redis(REDIS_URL);
    expect(await redis.dbsize()).toBeGreaterThan(0);
    await redis.flushdb();
    await redis.quit();
    await worker().start();
    await expectExactlyOnce(ids);
  });

  it('lets two workers run at once without sending anything twice', async () => {
    await Promise.all([worker().start(), worker().start()]);
    const ids = await dueReminders(3);
    await expectExactlyOnce(ids);
  });
});
