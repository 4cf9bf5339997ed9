import type { INestApplicationContext } from '@nestjs/common';
import request from 'supertest';
import { SmtpSink } from '../src/dev-mail/smtp-sink';
import { OutboxReconciler } from '../src/modules/outbox/reconciler.service';
import { DEMO, type TestApp } from './support/test-app';
import { type AppWithWorker, bootAppWithWorker } from './support/test-worker';
import { mailSettled } from './support/waits';

/** Through the API, as people use it: every change that should tell someone does, once. */
describe('e-mails caused by the assignment journey', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let worker: INestApplicationContext;
  let booted: AppWithWorker;
  let coordinator: request.Agent;
  let gdbpId: string;
  let focalId: string;
  let bulkIds: string[] = [];

  beforeAll(async () => {
    booted = await bootAppWithWorker();
    ({ t, sink, worker } = booted);
    coordinator = await t.signIn(DEMO.coordinator);
    gdbpId = (await t.prisma.organisation.findFirstOrThrow({ where: { shortName: 'GDBP' } })).id;
    focalId = (await t.prisma.person.findUniqueOrThrow({ where: { email: DEMO.borderContributor } })).id;
  });

  afterAll(() => booted?.close());

  async function reconcileAt(iso: string): Promise<void> {
    t.clock.set(new Date(iso));
    await worker.get(OutboxReconciler).reconcile();
  }

  const subjects = () => sink.received.map((m) => m.parsed.subject ?? '');

  it('assigning 2b e-mails the focal point once, with the deadline attached', async () => {
    const created = await coordinator
      .post(`/api/reviews/${t.demoReviewId}/assignments`)
      .send({
        questionCode: '2b',
        organisationId: gdbpId,
        role: 'lead',
        dueDate: '2026-12-18',
        focalPointIds: [focalId],
      })
      .expect(201);
    const [mail] = await sink.waitFor(1);
    expect(mail?.envelopeTo).toEqual([DEMO.borderContributor]);
    expect(mail?.parsed.subject).toMatch(/^Question 2b .* due Friday 18 December 2026$/);
    expect(mail?.parsed.text).toContain(`/assignments/${created.body.id}`);
    expect(mail?.parsed.attachments.map((a) => a.filename)).toEqual(['deadline.ics']);
  });

  it('moving the due date while a reminder is queued: the old one is never sent, the new one is', async () => {
    const assignment = await t.prisma.assignment.findFirstOrThrow({
      where: { question: { code: '2b' }, role: 'lead' },
    });
    const oldReminder = await t.prisma.outboxMessage.findFirstOrThrow({
      where: { assignmentId: assignment.id, kind: 'reminder.before', status: 'pending' },
      orderBy: { notBefore: 'asc' },
    });
    // 7 days before 18 December: Friday 11 December, 09:00 in Ulaanbaatar.
    expect(oldReminder.notBefore.toISOString()).toBe('2026-12-11T01:00:00.000Z');
    const moved = await coordinator
      .patch(`/api/assignments/${assignment.id}`)
      .send({ version: assignment.version, dueDate: '2026-12-23' })
      .expect(200);
    expect(moved.body.dueDate).toBe('2026-12-23');
    await sink.waitFor(2);
    expect(subjects()[1]).toBe('New due date for question 2b: Wednesday 23 December 2026');
    expect(await t.prisma.outboxMessage.findUniqueOrThrow({ where: { id: oldReminder.id } })).toMatchObject({
      status: 'cancelled',
      cancelledReason: 'the due date changed',
    });
    await reconcileAt('2026-12-11T01:05:00Z');
    await mailSettled(t);
    expect(sink.received).toHaveLength(2);
    await reconcileAt('2026-12-16T01:05:00Z');
    await sink.waitFor(3);
    expect(subjects()[2]).toBe(
      'Reminder: question 2b (General Department for Border Protection) is due in 7 days, on Wednesday 23 December 2026',
    );
    expect(sink.countsByOutboxId().get(oldReminder.id)).toBeUndefined();
  });

  it('a change request and an acceptance are each e-mailed; submitted work gets no reminders', async () => {
    const assignment = await t.prisma.assignment.findFirstOrThrow({
      where: { question: { code: '2b' }, role: 'lead' },
    });
    // The clock has moved on past the earlier sessions' lifetime.
    coordinator = await t.signIn(DEMO.coordinator);
    const contributor = await t.signIn(DEMO.borderContributor);
    const saved = await contributor
      .put(`/api/assignments/${assignment.id}/contribution`)
      .send({ baseVersion: 0, body: 'Mongolia acceded to the Palermo Protocol in 2008.', references: [] })
      .expect(200);
    const submitted = await contributor
      .post(`/api/assignments/${assignment.id}/transitions`)
      .send({ action: 'submit', version: saved.body.assignment.version })
      .expect(200);
    expect(
      await t.prisma.outboxMessage.count({
        where: { assignmentId: assignment.id, kind: { startsWith: 'reminder.' }, status: 'pending' },
      }),
    ).toBe(0);
    const returned = await coordinator
      .post(`/api/assignments/${assignment.id}/transitions`)
      .send({
        action: 'request_changes',
        comment: 'Please add the 2019 figures.',
        version: submitted.body.assignment.version,
      })
      .expect(200);
    await sink.waitFor(4);
    expect(subjects()[3]).toBe('Changes requested on question 2b (General Department for Border Protection)');
    expect(sink.received[3]?.parsed.text).toContain('Please add the 2019 figures.');
    const resubmitted = await contributor
      .post(`/api/assignments/${assignment.id}/transitions`)
      .send({ action: 'submit', version: returned.body.assignment.version })
      .expect(200);
    await coordinator
      .post(`/api/assignments/${assignment.id}/transitions`)
      .send({ action: 'accept', version: resubmitted.body.assignment.version })
      .expect(200);
    await sink.waitFor(5);
    expect(subjects()[4]).toBe(
      'Contribution to question 2b accepted (General Department for Border Protection)',
    );
    await mailSettled(t);
    expect(sink.received).toHaveLength(5);
  });

  it('assigning 8 questions to one focal point at once sends one e-mail listing all 8, with every deadline', async () => {
    const reviewId = String(t.demoReviewId);
    const taken = await t.prisma.assignment.findMany({
      where: { reviewId, organisationId: gdbpId },
      select: { question: { select: { code: true } } },
    });
    const takenCodes = new Set(taken.map((row) => row.question.code));
    const free = await t.prisma.question.findMany({
      where: { reviewId, answerKind: 'narrative' },
      orderBy: { order: 'asc' },
    });
    const codes = free
      .map((question) => question.code)
      .filter((code) => !takenCodes.has(code))
      .slice(0, 8);
    expect(codes).toHaveLength(8);
    const before = sink.received.length;
    const created = await coordinator
      .post(`/api/reviews/${t.demoReviewId}/assignments/bulk`)
      .send({
        items: codes.map((questionCode, index) => ({
          questionCode,
          organisationId: gdbpId,
          role: 'contributing',
          dueDate: index < 4 ? '2026-12-21' : '2026-12-18',
          focalPointIds: [focalId],
        })),
      })
      .expect(201);
    expect(created.body.assignments).toHaveLength(8);
    bulkIds = (created.body.assignments as { id: string }[]).map((a) => a.id);
    await sink.waitFor(before + 1);
    await mailSettled(t);
    const mails = sink.received.slice(before);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail?.envelopeTo).toEqual([DEMO.borderContributor]);
    expect(mail?.parsed.subject).toMatch(
      /^8 questions of the .+ are assigned to you — the first due Friday 18 December 2026$/,
    );
    for (const code of codes) expect(mail?.parsed.text).toContain(`Question ${code}`);
    // Earliest due first.
    const order = codes.map((code) => mail?.parsed.text?.indexOf(`Question ${code}\n`) ?? -1);
    expect(order.every((at) => at > 0)).toBe(true);
    expect(order.slice(4).every((at) => at < (order[0] ?? 0))).toBe(true);
    const [calendar] = mail?.parsed.attachments ?? [];
    expect(calendar?.filename).toBe('deadlines.ics');
    const ics = calendar?.content.toString('utf8') ?? '';
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(8);
    for (const assignment of created.body.assignments as { id: string }[]) {
      expect(ics).toContain(`UID:assignment-${assignment.id}@gcm-review-tracker`);
    }
    // Each assignment keeps its own reminders.
    const reminders = await t.prisma.outboxMessage.groupBy({
      by: ['assignmentId'],
      where: {
        assignmentId: { in: (created.body.assignments as { id: string }[]).map((a) => a.id) },
        kind: { startsWith: 'reminder.' },
        status: 'pending',
      },
      _count: true,
    });
    expect(reminders).toHaveLength(8);
  });

  it('removing an assignment tells its focal point and cancels the deadline in their calendar', async () => {
    const [removedId] = bulkIds;
    const removed = await t.prisma.assignment.findUniqueOrThrow({
      where: { id: removedId },
      include: { question: true },
    });
    const before = sink.received.length;
    await coordinator.delete(`/api/assignments/${removedId}`).expect(204);
    await sink.waitFor(before + 1);
    await mailSettled(t);
    const mails = sink.received.slice(before);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail?.envelopeTo).toEqual([DEMO.borderContributor]);
    expect(mail?.parsed.subject).toBe(
      `Question ${removed.question.code} is no longer assigned to General Department for Border Protection`,
    );
    const ics = mail?.parsed.attachments[0]?.content.toString('utf8') ?? '';
    expect(ics).toContain(`UID:assignment-${removedId}@gcm-review-tracker`);
    expect(ics).toContain('STATUS:CANCELLED');
    expect(ics).toMatch(/SEQUENCE:2\r?\n/);
    // Its reminders are gone with it.
    expect(
      await t.prisma.outboxMessage.count({
        where: {
          kind: { startsWith: 'reminder.' },
          status: 'pending',
          payload: { path: ['dueDate'], not: 'x' },
          assignmentId: removedId,
        },
      }),
    ).toBe(0);
  });
});
