import request from 'supertest';
import { SmtpSink } from '../src/dev-mail/smtp-sink';
import { answerEverything, saveAnswer } from './support/report-journey';
import { bootTestApp, DEMO, type TestApp } from './support/test-app';
import { outboxSettled, ReconcilerPasses, waitUntil } from './support/waits';
import { WorkerProcess } from './support/worker-process';

const ESCAP = 'escap-sdd@un.org';

/** The report reaches ESCAP exactly once, even when the worker dies mid-send or SMTP is down. */
describe('submitting the report when things fail', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let coordinator: request.Agent;
  let workers: WorkerProcess[] = [];

  const toEscap = () => sink.received.filter((mail) => mail.envelopeTo.includes(ESCAP));

  function worker(): WorkerProcess {
    const w = new WorkerProcess({
      DATABASE_URL: t.db.url,
      REDIS_URL: t.config.redisUrl ?? '',
      QUEUE_PREFIX: t.config.queuePrefix,
      SMTP_URL: sink.url,
      STORAGE_DIR: t.config.storageDir,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
      OUTBOX_CLAIM_LEASE_MS: '1500',
      OUTBOX_RECONCILE_MS: '500',
      DELIVERY_BACKOFF_MS: '200',
    });
    workers.push(w);
    return w;
  }

  beforeAll(async () => {
    t = await bootTestApp();
    t.clock.set(new Date());
    sink = new SmtpSink();
    await sink.start();
    coordinator = await t.signIn(DEMO.coordinator);
    await answerEverything(coordinator, t.demoReviewId ?? '');
  });

  afterEach(async () => {
    await Promise.all(workers.map((w) => w.stop()));
    workers = [];
    sink.onMessage = undefined;
    sink.accept();
  });

  /**
   * Instead of giving a late duplicate time to show up: the report's outbox rows all settled
   * (sent), then two more reconciler passes, so one ran wholly after it.
   */
  async function reportSettled(): Promise<void> {
    const passes = await ReconcilerPasses.watch(t);
    try {
      await outboxSettled(t, { where: { kind: 'report.submission' }, timeoutMs: 30_000 });
      await passes.more(2);
    } finally {
      await passes.close();
    }
  }

  afterAll(async () => {
    await sink?.stop();
    await t?.close();
  });

  it('is sent once although the worker is killed (SIGKILL) while sending it', async () => {
    const first = worker();
    await first.start();
    let gate: Promise<void> | undefined;
    sink.onMessage = async () => {
      gate ??= first.kill();
      await gate;
      throw new Error('the sending worker is gone');
    };
    const submitted = await coordinator
      .post(`/api/reviews/${t.demoReviewId}/submissions`)
      .send({ to: [ESCAP], cc: ['UNRNAP-regreviews@iom.int'], confirm: true })
      .expect(201);
    await waitUntil(() => gate !== undefined, { what: 'the kill', timeoutMs: 30_000 });
    await gate;
    sink.onMessage = undefined;
    expect(toEscap()).toHaveLength(0);
    await worker().start();
    await waitUntil(() => toEscap().length >= 1, { what: 'the report to arrive', timeoutMs: 30_000 });
    await reportSettled();
    expect(toEscap()).toHaveLength(1);
    const row = await t.prisma.submission.findUniqueOrThrow({ where: { id: submitted.body.id } });
    const outbox = await t.prisma.outboxMessage.findUniqueOrThrow({ where: { id: row.outboxId ?? '' } });
    expect(outbox).toMatchObject({ status: 'sent' });
    expect(outbox.attempts).toBeGreaterThanOrEqual(2);
  });

  it('waits out an SMTP server that refuses connections, then sends the amended version once', async () => {
    await coordinator
      .post(`/api/reviews/${t.demoReviewId}/amendments`)
      .send({ questionCodes: ['2b'], note: 'Updated figures' })
      .expect(201);
    await saveAnswer(coordinator, t.demoReviewId ?? '', '2b', {
      body: 'A total of 6,767,687 travellers from 183 countries were registered at 26 border checkpoints.',
      status: 'final',
    });
    sink.refuse();
    await worker().start();
    const before = toEscap().length;
    await coordinator
      .post(`/api/reviews/${t.demoReviewId}/submissions`)
      .send({ to: [ESCAP], cc: ['UNRNAP-regreviews@iom.int'], confirm: true })
      .expect(201);
    await waitUntil(
      async () =>
        (await t.prisma.outboxMessage.count({
          where: { kind: 'report.submission', lastError: { not: null } },
        })) > 0,
      { what: 'a failed attempt', timeoutMs: 30_000 },
    );
    sink.accept();
    await waitUntil(() => toEscap().length > before, { what: 'the amended report', timeoutMs: 30_000 });
    await reportSettled();
    expect(toEscap().length - before).toBe(1);
    expect(toEscap().at(-1)?.parsed.subject).toMatch(/amended version 2/i);
  });
});
