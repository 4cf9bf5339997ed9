import type { INestApplicationContext } from '@nestjs/common';
import { SmtpSink } from '../src/dev-mail/smtp-sink';
import { PrismaService } from '../src/infra/prisma/prisma.service';
import { MailQueue } from '../src/infra/queue/mail-queue';
import { OutboxPlanner } from '../src/modules/outbox/outbox-planner.service';
import { OutboxReconciler } from '../src/modules/outbox/reconciler.service';
import { type TestApp } from './support/test-app';
import { type AppWithWorker, bootAppWithWorker } from './support/test-worker';
import { waitUntil } from './support/waits';

/** Without REDIS_URL the queues run on BullMQ's PostgreSQL backend, as `npm start` does. */
describe('reminders on the PostgreSQL queue backend (no Redis)', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let worker: INestApplicationContext;
  let booted: AppWithWorker;

  beforeAll(async () => {
    booted = await bootAppWithWorker({ app: { env: { REDIS_URL: '' } }, workerEnv: { REDIS_URL: '' } });
    ({ t, sink, worker } = booted);
  });

  afterAll(() => booted?.close());

  it('runs BullMQ inside the application database', async () => {
    expect(t.config.redisUrl).toBeNull();
    const schemas = await t.prisma.$queryRaw<
      { nspname: string }[]
    >`select nspname from pg_namespace where nspname = 'bullmq'`;
    expect(schemas).toHaveLength(1);
  });

  it('delivers the assignment e-mail and then the due-day reminder end to end', async () => {
    const assignment = await t.prisma.assignment.findFirstOrThrow({
      where: { question: { code: '2a' }, role: 'lead' },
    });
    const prisma = t.app.get(PrismaService).client;
    const rows = await prisma.$transaction((tx) =>
      t.app.get(OutboxPlanner).assignmentCreated(tx, assignment.id),
    );
    await t.app.get(MailQueue).enqueueDeliveries(rows);
    const [created] = await sink.waitFor(1);
    expect(created?.envelopeTo).toEqual(['focal.point@gdbp.mn.example']);
    expect(created?.parsed.subject).toMatch(
      /^Question 2a .* General Department for Border Protection — due Monday 30 November 2026$/,
    );

    t.clock.set(new Date('2026-11-30T01:05:00Z'));
    await worker.get(OutboxReconciler).reconcile();
    const mails = await sink.waitFor(2);
    expect(mails[1]?.parsed.subject).toBe(
      'Due today: question 2a (General Department for Border Protection)',
    );
    // The SMTP server has the e-mail a moment before the worker records it as sent.
    await waitUntil(
      async () =>
        (await t.prisma.outboxMessage.count({ where: { assignmentId: assignment.id, status: 'sent' } })) ===
        2,
      { what: 'both e-mails recorded as sent', timeoutMs: 10_000 },
    );
  });
});
