import { randomUUID } from 'node:crypto';
import { SmtpSink } from '../src/dev-mail/smtp-sink';
import { DELIVERY_BATCH } from '../src/infra/queue/jobs';
import { MailQueue } from '../src/infra/queue/mail-queue';
import { bootTestApp, type TestApp } from './support/test-app';
import { ReconcilerPasses, waitUntil } from './support/waits';
import { WorkerProcess } from './support/worker-process';

// A Redis database of its own (reminders-faults uses 7), so nothing here meets another file's jobs.
const REDIS_URL = `${process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'}/8`;

// A limit, not a measure: starting, killing and restarting worker processes can take long on a busy 2-core machine.
jest.setTimeout(180_000);

/** Decision 0028: workers claim, render, send and record e-mails in batches; each still goes exactly once. */
describe('e-mails delivered in batches, each exactly once', () => {
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

  function worker(env: Record<string, string> = {}): WorkerProcess {
    const w = new WorkerProcess({
      DATABASE_URL: t.db.url,
      REDIS_URL,
      QUEUE_PREFIX: t.config.queuePrefix,
      SMTP_URL: sink.url,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
      WORKER_CONCURRENCY: '2',
      OUTBOX_CLAIM_LEASE_MS: '1500',
      OUTBOX_RECONCILE_MS: '500',
      DELIVERY_BACKOFF_MS: '200',
      ...env,
    });
    workers.push(w);
    return w;
  }

  /** At least `count` manual reminders spread over the seeded assignments, due now, enqueued. */
  async function dueReminders(count: number): Promise<string[]> {
    const assignments = await t.prisma.assignment.findMany({ select: { id: true, reviewId: true } });
    const batch = randomUUID().slice(0, 8);
    const perAssignment = Math.ceil(count / assignments.length);
    const rows = await t.prisma.outboxMessage.createManyAndReturn({
      data: assignments.flatMap((a) =>
        Array.from({ length: perAssignment }, (_, i) => ({
          dedupeKey: `test:${batch}:${a.id}:${i}`,
          kind: 'reminder.manual',
          reviewId: a.reviewId,
          assignmentId: a.id,
          notBefore: t.clock.now(),
          toAddresses: [],
          ccAddresses: [],
        })),
      ),
      select: { id: true, notBefore: true },
    });
    await t.app.get(MailQueue).enqueueDeliveries(rows);
    return rows.map((r) => r.id);
  }

  async function expectExactlyOnce(ids: string[]): Promise<void> {
    const passes = await ReconcilerPasses.watch(t);
    try {
      await waitUntil(() => ids.every((id) => sink.countsByOutboxId().has(id)), {
        what: `${ids.length} e-mails`,
        timeoutMs: 90_000,
      });
      await waitUntil(
        async () =>
          (await t.prisma.outboxMessage.count({ where: { id: { in: ids }, status: 'sent' } })) === ids.length,
        { what: `${ids.length} e-mails recorded as sent`, timeoutMs: 20_000 },
      );
      // Two more reconciler passes (one wholly after): a row retaken from a dead worker or a
      // refused send would have gone out again by then.
      await passes.more(2);
    } finally {
      await passes.close();
    }
    const counts = sink.countsByOutboxId();
    const lost = ids.filter((id) => !counts.has(id));
    const doubled = ids.filter((id) => (counts.get(id) ?? 0) > 1);
    expect({ lost, doubled }).toEqual({ lost: [], doubled: [] });
  }

  it('shares the batches of a bulk of reminders between two worker processes', async () => {
    // One after the other: two boots at once can outlast the start limit on a busy machine.
    await worker().start();
    await worker().start();
    const ids = await dueReminders(6 * DELIVERY_BATCH);
    await expectExactlyOnce(ids);
    // Both workers claimed batches: the claim records who took a row, as host:pid:batch.
    const claims = await t.prisma.outboxMessage.findMany({
      where: { id: { in: ids } },
      select: { claimedBy: true },
    });
    const processes = new Set(claims.map((row) => row.claimedBy?.split(':').slice(0, 2).join(':')));
    expect(processes.size).toBe(2);
  });

  it('delivers the rest of a batch once when its worker is killed (SIGKILL) in the middle of it', async () => {
    // One batch at a time, so the kill falls inside a batch the worker has claimed whole.
    const first = worker({ WORKER_CONCURRENCY: '1' });
    await first.start();
    let gate: Promise<void> | undefined;
    let heldByTheDead = 0;
    sink.onMessage = async (count) => {
      if (!gate && count >= 10) {
        gate = (async () => {
          const accepted = sink.received.map((m) => m.outboxId ?? '');
          await waitUntil(
            async () =>
              (await t.prisma.outboxMessage.count({ where: { id: { in: accepted }, status: 'sent' } })) ===
              accepted.length,
            { what: 'accepted e-mails recorded as sent', timeoutMs: 10_000 },
          );
          heldByTheDead = await t.prisma.outboxMessage.count({ where: { status: 'sending' } });
          await first.kill();
        })();
      }
      if (gate) {
        await gate;
        throw new Error('the sending worker is gone');
      }
    };
    const ids = await dueReminders(2 * DELIVERY_BATCH);
    await waitUntil(() => gate !== undefined, { what: 'the kill', timeoutMs: 30_000 });
    await gate;
    sink.onMessage = undefined;
    // The dead worker held rows of its batch it had not sent yet.
    expect(heldByTheDead).toBeGreaterThan(0);
    expect(sink.received.length).toBeLessThan(DELIVERY_BATCH);
    await worker().start();
    await expectExactlyOnce(ids);
  });

  it('retries the rest of a batch once when the SMTP server starts refusing in the middle of it', async () => {
    let refusing = false;
    sink.onMessage = (count) => {
      if (count >= 15) {
        // From here on: new connections are refused, and messages on open ones too.
        refusing = true;
        sink.refuse();
      }
      if (refusing) {
        throw Object.assign(new Error('Service not available, try again later'), { responseCode: 451 });
      }
    };
    await worker({ WORKER_CONCURRENCY: '1' }).start();
    const ids = await dueReminders(DELIVERY_BATCH);
    await waitUntil(
      async () =>
        (await t.prisma.outboxMessage.count({
          where: { id: { in: ids }, status: 'pending', lastError: { not: null } },
        })) > 0,
      { what: 'refused sends waiting for their retry', timeoutMs: 30_000 },
    );
    sink.onMessage = undefined;
    sink.accept();
    await expectExactlyOnce(ids);
    // Those refused were sent on a later attempt.
    expect(
      await t.prisma.outboxMessage.count({ where: { id: { in: ids }, attempts: { gte: 2 } } }),
    ).toBeGreaterThan(0);
  });
});
