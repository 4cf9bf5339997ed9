import type { INestApplicationContext } from '@nestjs/common';
import type request from 'supertest';
import { SmtpSink } from '../src/dev-mail/smtp-sink';
import { OutboxReconciler } from '../src/modules/outbox/reconciler.service';
import { DEMO, type TestApp } from './support/test-app';
import { type AppWithWorker, bootAppWithWorker } from './support/test-worker';
import { mailSettled } from './support/waits';

/** The automatic "your vote is missing" e-mail, a day before the close, through the worker. */
describe('vote reminders delivered by the worker', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let worker: INestApplicationContext;
  let booted: AppWithWorker;
  let coordinator: request.Agent;

  beforeAll(async () => {
    booted = await bootAppWithWorker();
    ({ t, sink, worker } = booted);
    coordinator = await t.signIn(DEMO.coordinator);
  });

  afterAll(() => booted?.close());

  it('reminds, one by one, only the voters who have not voted yet, once', async () => {
    const voters = await t.prisma.person.findMany({
      where: {
        email: { in: [DEMO.stakeholder, 'focal.point@undp.mn.example', 'focal.point@ngo.mn.example'] },
      },
      select: { id: true, email: true },
    });
    const round = await coordinator
      .post(`/api/reviews/${t.demoReviewId}/votes`)
      .send({
        title: 'Priority GCM objectives for Mongolia',
        rules: { method: 'approval', maxPicks: 12 },
        voterIds: voters.map((v) => v.id),
        secret: true,
        opensAt: '2026-11-28T01:00:00Z',
        closesAt: '2026-11-30T10:00:00Z',
      })
      .expect(201);
    const stakeholder = await t.signIn(DEMO.stakeholder);
    await stakeholder
      .put(`/api/votes/${round.body.id}/ballot`)
      .send({ content: { picks: [1, 2, 7, 10] } })
      .expect(200);

    // The round was open when it was made: each voter has had the opening e-mail.
    await sink.waitFor(3);
    await mailSettled(t);
    const opened = sink.received.length;
    t.clock.set(new Date('2026-11-29T10:05:00Z'));
    await worker.get(OutboxReconciler).reconcile();
    await sink.waitFor(opened + 2);
    await mailSettled(t);
    const mails = sink.received.slice(opened);
    // Reconciling again finds nothing left to send: once the worker has done all it was given,
    // no third e-mail can come.
    await worker.get(OutboxReconciler).reconcile();
    await mailSettled(t);
    const reminded = sink.received.filter((m) => /^Your vote is awaited/.test(m.parsed.subject ?? ''));
    expect(reminded.map((m) => m.envelopeTo).sort()).toEqual([
      ['focal.point@ngo.mn.example'],
      ['focal.point@undp.mn.example'],
    ]);
    expect(mails.every((m) => m.envelopeTo.length === 1)).toBe(true);
    expect(reminded[0]?.parsed.text).toContain(`/votes/${round.body.id}`);
  });
});
