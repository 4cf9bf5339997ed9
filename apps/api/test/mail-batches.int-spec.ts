import { SmtpSink } from '../src/dev-mail/smtp-sink';
import { DELIVERY_BATCH } from '../src/infra/queue/jobs';
import { dueManualReminders, expectEachDeliveredOnce, faultWorker } from './support/delivery-faults';
import { bootTestApp, type TestApp } from './support/test-app';
import { waitUntil } from './support/waits';
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
    const w = faultWorker(t, sink, REDIS_URL, { WORKER_CONCURRENCY: '2', ...env });
    workers.push(w);
    return w;
  }

  /** At least `count` manual reminders spread over the seeded assignments, due now, enqueued. */
  async function dueReminders(count: number): Promise<string[]> {
    const assignments = await t.prisma.assignment.count();
    return dueManualReminders(t, Math.ceil(count / assignments));
  }

  function expectExactlyOnce(ids: string[]): Promise<void> {
    return expectEachDeliveredOnce(t, sink, ids);
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

  it('retries the rest of a batch once when the SMTP server starts refusing in the middle of it, keeping the record of each attempt', async () => {
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
    // A refused reminder keeps what it was to be (addressees, subject, text; never the HTML).
    const refused = await t.prisma.outboxMessage.findMany({
      where: { id: { in: ids }, status: 'pending', lastError: { not: null } },
    });
    for (const row of refused) {
      expect(row.subject).toMatch(/\S/);
      expect(row.text).toMatch(/\S/);
      expect(row.toAddresses.length).toBeGreaterThan(0);
      expect(row.html).toBeNull();
    }
    sink.onMessage = undefined;
    sink.accept();
    await expectExactlyOnce(ids);
    // Each sent row's record is what the server received (decision 0036: written with its outcome).
    const received = new Map(sink.received.map((mail) => [mail.outboxId, mail]));
    const rows = await t.prisma.outboxMessage.findMany({ where: { id: { in: ids } } });
    expect(rows).toHaveLength(ids.length);
    for (const row of rows) {
      const mail = received.get(row.id);
      expect(row.status).toBe('sent');
      expect(row.subject).toBe(mail?.parsed.subject);
      expect(row.text?.trim()).toBe(mail?.parsed.text?.trim());
      expect([...row.toAddresses, ...row.ccAddresses].sort()).toEqual(mail?.envelopeTo.sort());
      expect(row.html).toBeNull();
    }
    // Those refused were sent on a later attempt.
    expect(
      await t.prisma.outboxMessage.count({ where: { id: { in: ids }, attempts: { gte: 2 } } }),
    ).toBeGreaterThan(0);
  });
});
