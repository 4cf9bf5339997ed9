import type { INestApplicationContext } from '@nestjs/common';
import * as ical from 'node-ical';
import request from 'supertest';
import { SmtpSink } from '../src/dev-mail/smtp-sink';
import { DeliveryService } from '../src/modules/outbox/delivery.service';
import { DigestService } from '../src/modules/outbox/digest.service';
import { OutboxRepository } from '../src/modules/outbox/outbox.repository';
import { OutboxHandlers } from '../src/modules/outbox/outbox-handlers';
import { OutboxReconciler } from '../src/modules/outbox/reconciler.service';
import { invitationTokenFor } from './support/invitations';
import { bootTestApp, DEMO, type TestApp } from './support/test-app';
import { type AppWithWorker, bootAppWithWorker } from './support/test-worker';
import { mailArrives, waitUntil } from './support/waits';

/** Saturday 28 November 2026, 10:00 in Ulaanbaatar. */
describe('the coordinator steering reminders', () => {
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

  async function leadOf(code: string): Promise<string> {
    return (await t.prisma.assignment.findFirstOrThrow({ where: { question: { code }, role: 'lead' } })).id;
  }

  it('sends an invitation e-mail with the single-use link', async () => {
    const invited = await coordinator
      .post(`/api/reviews/${t.demoReviewId}/members`)
      .send({ email: 'analyst@nso.mn.example', name: 'B. Saruul', role: 'observer' })
      .expect(201);
    const mails = await sink.waitFor(1);
    const mail = mails.find((m) => m.envelopeTo.includes('analyst@nso.mn.example'));
    expect(mail?.parsed.subject).toBe(
      'L. Munkhtushig invites you to the Voluntary GCM Review — Mongolia 2020',
    );
    expect(invited.body).not.toHaveProperty('invitationUrl');
    const token = await invitationTokenFor(t, 'analyst@nso.mn.example');
    expect(mail?.parsed.text).toContain(`${t.config.publicUrl}/invitations/${token}`);
    expect(mail?.parsed.text).toMatch(/Dear B\. Saruul/);
    // The row keeps a placeholder: the outbox never holds a working link.
    const row = await t.prisma.outboxMessage.findFirstOrThrow({ where: { kind: 'invitation' } });
    expect(`${row.text}${row.html}`).not.toContain(token);
    expect(row.text).toContain('https://sealed-link.invalid/');
  });

  it('sends a reminder now, once an hour at most, and logs it', async () => {
    const assignmentId = await leadOf('1c');
    const before = sink.received.length;
    const sent = await coordinator.post(`/api/assignments/${assignmentId}/remind`).expect(202);
    expect(sent.body).toMatchObject({ kind: 'reminder.manual', questionCode: '1c' });
    const mails = await sink.waitFor(before + 1);
    expect(mails.at(-1)?.parsed.subject).toBe(
      'Reminder: question 1c (Ministry of Labour and Social Protection) is due in 7 days, on Saturday 5 December 2026',
    );
    const again = await coordinator.post(`/api/assignments/${assignmentId}/remind`).expect(429);
    expect(again.body.message).toMatch(/went out 1 minute\(s\) ago/);
    const contributor = await t.signIn(DEMO.contributor);
    await contributor.post(`/api/assignments/${assignmentId}/remind`).expect(403);
    expect(
      await t.prisma.auditEvent.count({ where: { action: 'reminder.sent_now', targetId: assignmentId } }),
    ).toBe(1);
    // The SMTP server has the e-mail a moment before the worker records it as sent.
    await waitUntil(
      async () =>
        (await t.prisma.outboxMessage.count({
          where: { assignmentId, kind: 'reminder.manual', status: 'sent' },
        })) === 1,
      { what: 'the manual reminder to be recorded as sent' },
    );
    const listed = await coordinator.get(`/api/assignments/${assignmentId}/reminders`).expect(200);
    expect(listed.body.messages).toEqual(
      expect.arrayContaining([expect.objectContaining({ status: 'sent', kind: 'reminder.manual' })]),
    );
  });

  it('changes the policy with its version, and the planned reminders follow', async () => {
    const current = (await coordinator.get(`/api/reviews/${t.demoReviewId}/reminder-policy`).expect(200))
      .body;
    expect(current.policy).toMatchObject({ daysBefore: [7, 2], sendTime: '09:00', overdueEveryDays: 3 });
    const assignmentId = await leadOf('3a');
    await t.prisma.outboxMessage.create({
      data: {
        dedupeKey: `reminder:${assignmentId}:before:-2:2026-12-12`,
        kind: 'reminder.before',
        reviewId: t.demoReviewId,
        assignmentId,
        notBefore: new Date('2026-12-10T01:00:00Z'),
        payload: { dueDate: '2026-12-12', level: 0 },
        toAddresses: [],
        ccAddresses: [],
      },
    });
    const updated = await coordinator
      .put(`/api/reviews/${t.demoReviewId}/reminder-policy`)
      .send({ version: current.version, daysBefore: [10], sendTime: '14:30' })
      .expect(200);
    expect(updated.body.policy).toMatchObject({ daysBefore: [10], sendTime: '14:30', onDueDate: true });
    const planned = await t.prisma.outboxMessage.findMany({
      where: { assignmentId, status: 'pending' },
      orderBy: { notBefore: 'asc' },
    });
    // 3a is due Saturday 12 December: 10 days before is 2 December, 14:30 in Ulaanbaatar = 06:30 UTC.
    expect(planned[0]).toMatchObject({ kind: 'reminder.before' });
    expect(planned[0]?.notBefore.toISOString()).toBe('2026-12-02T06:30:00.000Z');
    const old = await t.prisma.outboxMessage.findFirstOrThrow({
      where: { dedupeKey: `reminder:${assignmentId}:before:-2:2026-12-12` },
    });
    expect(old).toMatchObject({ status: 'cancelled', cancelledReason: 'the reminder policy changed' });
    await coordinator
      .put(`/api/reviews/${t.demoReviewId}/reminder-policy`)
      .send({ version: current.version, paused: true })
      .expect(409);
    await coordinator
      .put(`/api/reviews/${t.demoReviewId}/reminder-policy`)
      .send({ version: updated.body.version, sendTime: '25:00' })
      .expect(400);
  });

  it('shows failed e-mails and retries one when asked', async () => {
    const row = await t.prisma.outboxMessage.create({
      data: {
        dedupeKey: 'test:failed',
        kind: 'assignment.created',
        reviewId: t.demoReviewId,
        notBefore: t.clock.now(),
        status: 'failed',
        attempts: 8,
        lastError: 'connect ECONNREFUSED',
        toAddresses: ['focal.point@nda.mn.example'],
        ccAddresses: [],
        subject: 'A message that failed',
        text: 'Body',
        html: '<p>Body</p>',
      },
    });
    const failed = await coordinator.get(`/api/reviews/${t.demoReviewId}/outbox?status=failed`).expect(200);
    expect(failed.body.messages.map((m: { id: string }) => m.id)).toContain(row.id);
    const before = sink.received.length;
    await coordinator.post(`/api/outbox/${row.id}/retry`).expect(202);
    const mails = await sink.waitFor(before + 1);
    expect(mails.at(-1)?.parsed.subject).toBe('A message that failed');
    await coordinator.post(`/api/outbox/${row.id}/retry`).expect(409);
  });

  it('keeps a failed send waiting out its backoff: no one retakes it early, and the last attempt fails it', async () => {
    const start = t.clock.now();
    const message = (dedupeKey: string, attempts: number) =>
      t.prisma.outboxMessage.create({
        data: {
          dedupeKey,
          kind: 'assignment.created',
          reviewId: t.demoReviewId,
          notBefore: start,
          attempts,
          toAddresses: ['focal.point@nda.mn.example'],
          ccAddresses: [],
          subject: `Backoff ${dedupeKey}`,
          text: 'Body',
          html: '<p>Body</p>',
        },
      });
    const row = await message('test:backoff', 0);
    const lastTry = await message('test:backoff-last', 7);
    const delivery = worker.get(DeliveryService);
    const outbox = worker.get(OutboxRepository);
    // The server takes the connection (the pool may hold one already) and refuses the message.
    sink.onMessage = () => {
      throw new Error('451 Try again later');
    };
    try {
      await expect(delivery.deliver(row.id)).rejects.toThrow();
      await expect(delivery.deliver(lastTry.id)).rejects.toThrow();
    } finally {
      sink.onMessage = undefined;
    }
    const failedOnce = await t.prisma.outboxMessage.findUniqueOrThrow({ where: { id: row.id } });
    expect(failedOnce).toMatchObject({ status: 'pending', attempts: 1 });
    expect(failedOnce.notBefore.getTime()).toBe(start.getTime() + 5_000);
    expect(await t.prisma.outboxMessage.findUniqueOrThrow({ where: { id: lastTry.id } })).toMatchObject({
      status: 'failed',
      attempts: 8,
    });
    // Within the backoff, neither the reconciler nor another job takes it again.
    expect((await outbox.dueRows(start, 1000)).map((r) => r.id)).not.toContain(row.id);
    await expect(delivery.deliver(row.id)).resolves.toBe('skipped');
    try {
      t.clock.set(new Date(start.getTime() + 5_000));
      expect((await outbox.dueRows(t.clock.now(), 1000)).map((r) => r.id)).toContain(row.id);
      const outcome = await delivery.deliver(row.id);
      // The retry job enqueued with the failure may have been quicker: either way, sent once.
      expect(['sent', 'skipped']).toContain(outcome);
      await waitUntil(
        async () =>
          (await t.prisma.outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).status === 'sent',
        { what: 'the retried e-mail recorded as sent' },
      );
      expect(sink.received.filter((m) => m.outboxId === row.id)).toHaveLength(1);
    } finally {
      t.clock.set(start);
    }
  });

  it('boots the worker with the handlers each feature registers, and fails a row nothing can render', async () => {
    expect(worker.get(OutboxHandlers).kinds()).toEqual([
      'assignment.due_date_changed',
      'contribution.comment',
      'reminder.',
      'report.submission',
      'vote.announce.closed',
      'vote.announce.opened',
      'vote.reminder.auto',
    ]);
    const row = await t.prisma.outboxMessage.create({
      data: {
        dedupeKey: 'test:no-handler',
        kind: 'survey.unknown',
        reviewId: t.demoReviewId,
        notBefore: t.clock.now(),
        toAddresses: [],
        ccAddresses: [],
      },
    });
    await expect(worker.get(DeliveryService).deliver(row.id)).rejects.toThrow(
      'Nothing renders e-mails of kind "survey.unknown"',
    );
    expect(await t.prisma.outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: 'pending',
      lastError: 'Nothing renders e-mails of kind "survey.unknown"',
    });
    await t.prisma.outboxMessage.update({ where: { id: row.id }, data: { status: 'cancelled' } });
  });

  it('publishes a private calendar feed that can be revoked', async () => {
    const contributor = await t.signIn(DEMO.contributor);
    const feed = await contributor.post('/api/me/calendar-feed').expect(201);
    const path = new URL(feed.body.url).pathname;
    const ics = await request(t.app.getHttpServer()).get(path).expect(200);
    expect(ics.headers['content-type']).toMatch(/text\/calendar/);
    const events = Object.values(ical.sync.parseICS(ics.text)).filter(
      (e) => e?.type === 'VEVENT',
    ) as ical.VEvent[];
    expect(events.map((e) => e.summary)).toEqual(
      expect.arrayContaining(['Due: question 1a — Ministry of Labour and Social Protection']),
    );
    await contributor.delete('/api/me/calendar-feed').expect(204);
    const trail = await t.prisma.auditEvent.findMany({
      where: { action: { startsWith: 'calendar_feed.' } },
      orderBy: { id: 'asc' },
    });
    expect(trail.map((e) => e.action)).toEqual(['calendar_feed.created', 'calendar_feed.revoked']);
    await request(t.app.getHttpServer()).get(path).expect(404);
  });

  it('sends the weekly digest to the coordinator on Monday morning in the review time zone, once', async () => {
    t.clock.set(new Date('2026-11-29T23:30:00Z')); // Monday 07:30 in Ulaanbaatar
    expect(await worker.get(DigestService).planDue()).toBe(0);
    t.clock.set(new Date('2026-11-30T00:15:00Z')); // Monday 08:15
    expect(await worker.get(DigestService).planDue()).toBe(1);
    expect(await worker.get(DigestService).planDue()).toBe(0);
    await worker.get(OutboxReconciler).reconcile();
    const found = await mailArrives(
      sink,
      (m) => m.parsed.subject?.startsWith('Weekly digest') ?? false,
      'the weekly digest',
    );
    expect(found?.envelopeTo).toEqual([DEMO.coordinator]);
    expect(found?.parsed.text).toMatch(/Overdue \(3\)/);
  });

  it('reports compliance per organisation and a timeline', async () => {
    const compliance = await coordinator.get(`/api/reviews/${t.demoReviewId}/compliance`).expect(200);
    const mlsp = compliance.body.organisations.find(
      (o: { organisation: { shortName: string } }) => o.organisation.shortName === 'MLSP',
    );
    expect(mlsp).toMatchObject({
      overdue: expect.any(Number),
      submitted: 0,
      remindersSent: expect.any(Number),
    });
    const timeline = await coordinator.get(`/api/reviews/${t.demoReviewId}/timeline`).expect(200);
    expect(timeline.body.entries[0]).toMatchObject({ kind: 'assignment_due' });
    expect(timeline.body.entries.some((e: { kind: string }) => e.kind === 'final_deadline')).toBe(true);
    const contributor = await t.signIn(DEMO.contributor);
    await contributor.get(`/api/reviews/${t.demoReviewId}/compliance`).expect(403);
  });
});

describe('internal due dates worked back from the final deadline', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await bootTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('proposes a due date three weeks before the final deadline, and moves open due dates with it', async () => {
    const coordinator = await t.signIn(DEMO.coordinator);
    // The demo's final deadline is 26 December 2026.
    const proposal = await coordinator.get(`/api/reviews/${t.demoReviewId}/internal-due-date`).expect(200);
    expect(proposal.body).toEqual({ dueDate: '2026-12-05' });
    await coordinator.get(`/api/reviews/${t.demoReviewId}/internal-due-date?weeksBefore=99`).expect(400);

    const review = (await coordinator.get(`/api/reviews/${t.demoReviewId}`).expect(200)).body;
    const moved = await coordinator
      .patch(`/api/reviews/${t.demoReviewId}`)
      .send({ version: review.version, finalDueDate: '2027-01-09' })
      .expect(200);
    const before = await t.prisma.assignment.findFirstOrThrow({
      where: { question: { code: '3a' }, role: 'lead' },
    });
    const shifted = await coordinator
      .post(`/api/reviews/${t.demoReviewId}/shift-due-dates`)
      .send({ from: '2026-12-26', to: '2027-01-09', version: moved.body.version })
      .expect(200);
    expect(shifted.body.shifted).toBe(
      await t.prisma.assignment.count({ where: { reviewId: t.demoReviewId ?? '' } }),
    );
    const after = await t.prisma.assignment.findUniqueOrThrow({ where: { id: before.id } });
    expect(after.dueDate.toISOString().slice(0, 10)).toBe('2026-12-26');
    expect(after.version).toBe(before.version + 1);
    expect(
      await t.prisma.outboxMessage.count({
        where: { assignmentId: before.id, kind: 'assignment.due_date_changed' },
      }),
    ).toBe(1);
    await coordinator
      .post(`/api/reviews/${t.demoReviewId}/shift-due-dates`)
      .send({ from: '2026-12-26', to: '2027-01-09', version: moved.body.version })
      .expect(409);
  });
});
