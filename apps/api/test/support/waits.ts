import type { Prisma } from '@gcm/db';
import { waitUntil } from '@gcm/domain/testing';
import { getQueueToken } from '@nestjs/bullmq';
import { type Queue, QueueEvents } from 'bullmq';
import type { ReceivedMail, SmtpSink } from '../../src/dev-mail/smtp-sink';
import { MAIL_QUEUE } from '../../src/infra/queue/jobs';
import { queueConnection } from '../../src/infra/queue/queue-backend';
import type { TestApp } from './test-app';

/**
 * Waiting on the thing itself instead of sleeping: the SMTP sink, the outbox rows, the mail
 * queue and the reconciler's passes. Every wait fails with what it was waiting for.
 */
export { waitUntil };

/** The first e-mail the sink has received that matches `matches`, as soon as it arrives. */
export function mailArrives(
  sink: SmtpSink,
  matches: (mail: ReceivedMail) => boolean,
  what: string,
  timeoutMs = 20_000,
): Promise<ReceivedMail> {
  return waitUntil(() => sink.received.find(matches), {
    what,
    timeoutMs,
    describe: () => `received: ${sink.received.map((m) => m.parsed.subject ?? m.outboxId).join(' | ')}`,
  });
}

/**
 * Until no outbox row that is due by the app's clock (and matches `where`) is pending or being
 * sent: everything due has been sent, cancelled or has failed for good.
 */
export async function outboxSettled(
  t: TestApp,
  options: { where?: Prisma.OutboxMessageWhereInput; timeoutMs?: number } = {},
): Promise<void> {
  const where: Prisma.OutboxMessageWhereInput = {
    AND: [
      options.where ?? {},
      { notBefore: { lte: t.clock.now() } },
      { status: { in: ['pending', 'sending'] } },
    ],
  };
  await waitUntil(async () => (await t.prisma.outboxMessage.count({ where })) === 0, {
    what: `the due outbox rows${options.where ? ` matching ${JSON.stringify(options.where)}` : ''} to settle`,
    timeoutMs: options.timeoutMs ?? 20_000,
    describe: async () => {
      const rows = await t.prisma.outboxMessage.findMany({ where, select: { kind: true, status: true } });
      return `still ${rows.map((r) => `${r.kind} ${r.status}`).join(', ')}`;
    },
  });
}

/**
 * Until the mail queue holds no job waiting or running. Delayed jobs (reminders due later by the
 * real clock, the schedulers' next runs) do not count.
 */
export async function mailQueueIdle(t: TestApp, timeoutMs = 20_000): Promise<void> {
  const queue = t.app.get<Queue>(getQueueToken(MAIL_QUEUE));
  const busy = async () => {
    const counts = await queue.getJobCounts('waiting', 'active', 'prioritized');
    return Object.values(counts).reduce((sum, n) => sum + n, 0);
  };
  await waitUntil(async () => (await busy()) === 0, {
    what: 'the mail queue to have no job waiting or active',
    timeoutMs,
    describe: async () => JSON.stringify(await queue.getJobCounts('waiting', 'active', 'prioritized')),
  });
}

/**
 * The in-process worker has done everything it was given: no job waiting or running, and no due
 * outbox row (matching `where`) left pending or sending. Use it after a reconcile pass, before
 * checking that something did not happen.
 */
export async function mailSettled(
  t: TestApp,
  options: { where?: Prisma.OutboxMessageWhereInput; timeoutMs?: number } = {},
): Promise<void> {
  await mailQueueIdle(t, options.timeoutMs);
  await outboxSettled(t, options);
}

/**
 * Counts the reconciler passes that the workers (in this process or in worker processes) finish,
 * from the queue's event stream: the scheduled job `outbox-reconcile` (see src/worker.ts).
 */
export class ReconcilerPasses {
  private count = 0;

  private constructor(private readonly events: QueueEvents) {
    events.on('completed', ({ jobId }) => {
      if (jobId.startsWith('repeat:outbox-reconcile:')) this.count += 1;
    });
  }

  static async watch(t: TestApp): Promise<ReconcilerPasses> {
    const events = new QueueEvents(MAIL_QUEUE, {
      connection: queueConnection(t.config) as never,
      prefix: t.config.queuePrefix,
    });
    await events.waitUntilReady();
    return new ReconcilerPasses(events);
  }

  /**
   * Until `passes` more passes have finished from now. Two passes mean at least one pass started
   * after this call and ran to its end.
   */
  async more(passes: number, timeoutMs = 20_000): Promise<void> {
    const target = this.count + passes;
    await waitUntil(() => this.count >= target, {
      what: `${passes} more reconciler pass(es)`,
      timeoutMs,
      describe: () => `${this.count - (target - passes)} finished`,
    });
  }

  async close(): Promise<void> {
    await this.events.close();
  }
}
