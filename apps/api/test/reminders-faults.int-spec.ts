import Redis from 'ioredis';
import { SmtpSink } from '../src/dev-mail/smtp-sink';
import { dueManualReminders, expectEachDeliveredOnce, faultWorker } from './support/delivery-faults';
import { bootTestApp, type TestApp } from './support/test-app';
import { waitUntil } from './support/waits';
import { WorkerProcess } from './support/worker-process';

// A Redis database of its own, so flushing it touches no other test file.
const REDIS_URL = `${process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'}/7`;

// A limit, not a measure: starting, killing and restarting worker processes can take longer than 30 s on a busy 2-core machine.
jest.setTimeout(180_000);

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
    const w = faultWorker(t, sink, REDIS_URL);
    workers.push(w);
    return w;
  }

  /** `perAssignment` manual reminders for every seeded assignment, due now, enqueued. */
  function dueReminders(perAssignment: number, notBefore = t.clock.now(), enqueue = true): Promise<string[]> {
    return dueManualReminders(t, perAssignment, { notBefore, enqueue });
  }

  async function expectExactlyOnce(ids: string[]): Promise<void> {
    await expectEachDeliveredOnce(t, sink, ids);
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
          await waitUntil(
            async () =>
              (await t.prisma.outboxMessage.count({ where: { id: { in: accepted }, status: 'sent' } })) ===
              accepted.length,
            { what: 'accepted e-mails recorded as sent', timeoutMs: 10_000 },
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
    await waitUntil(() => gate !== undefined, { what: 'the kill', timeoutMs: 30_000 });
    await gate;
    sink.onMessage = undefined;
    expect(sink.received.length).toBeLessThan(ids.length);
    await worker().start();
    await expectExactlyOnce(ids);
  });

  it('sends once when the SMTP server answers more slowly than the lease lasts', async () => {
    // The first 8 messages wait 3 leases for their answer. A lease renewed only when a send starts
    // runs out meanwhile, and the other worker (or another batch) takes the rows over and sends
    // them too.
    const slowAnswers: Promise<void>[] = [];
    sink.onMessage = () => {
      if (slowAnswers.length >= 8) return;
      const answer = new Promise<void>((resolve) => setTimeout(resolve, 4_500));
      slowAnswers.push(answer);
      return answer;
    };
    await Promise.all([worker().start(), worker().start()]);
    const ids = await dueReminders(1);
    await waitUntil(() => slowAnswers.length === 8, { what: '8 slow answers', timeoutMs: 30_000 });
    await Promise.all(slowAnswers);
    await expectExactlyOnce(ids);
  });

  it('retries while the SMTP server refuses connections, and delivers once it is back', async () => {
    sink.refuse();
    await worker().start();
    const ids = await dueReminders(1);
    await waitUntil(
      async () =>
        (await t.prisma.outboxMessage.count({ where: { id: { in: ids }, lastError: { not: null } } })) > 0,
      { what: 'failed attempts', timeoutMs: 20_000 },
    );
    expect(sink.received).toHaveLength(0);
    // Refused again on a retry: a second attempt failed and the row is waiting for the next one.
    await waitUntil(
      async () =>
        (await t.prisma.outboxMessage.count({
          where: { id: { in: ids }, attempts: { gte: 2 }, status: 'pending', lastError: { not: null } },
        })) > 0,
      { what: 'a retry refused too', timeoutMs: 20_000 },
    );
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
