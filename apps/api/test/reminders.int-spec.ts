import type { INestApplicationContext } from '@nestjs/common';
import * as ical from 'node-ical';
import { SmtpSink } from '../src/dev-mail/smtp-sink';
import { PrismaService } from '../src/infra/prisma/prisma.service';
import { MailQueue } from '../src/infra/queue/mail-queue';
import { OutboxPlanner } from '../src/modules/outbox/outbox-planner.service';
import { OutboxReconciler } from '../src/modules/outbox/reconciler.service';
import { type TestApp } from './support/test-app';
import { type AppWithWorker, bootAppWithWorker } from './support/test-worker';
import { mailSettled, waitUntil } from './support/waits';

/** The demo seed is "now" = Saturday 28 November 2026, 10:00 in Ulaanbaatar (02:00 UTC). */
describe('assignment e-mails and reminders, delivered by the worker over SMTP', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let worker: INestApplicationContext;
  let booted: AppWithWorker;

  beforeAll(async () => {
    booted = await bootAppWithWorker();
    ({ t, sink, worker } = booted);
  });

  afterAll(() => booted?.close());

  async function planFor(code: string): Promise<string> {
    const assignment = await t.prisma.assignment.findFirstOrThrow({
      where: { question: { code }, role: 'lead' },
      select: { id: true },
    });
    const planner = t.app.get(OutboxPlanner);
    const prisma = t.app.get(PrismaService).client;
    const rows = await prisma.$transaction((tx) => planner.assignmentCreated(tx, assignment.id));
    await t.app.get(MailQueue).enqueueDeliveries(rows);
    return assignment.id;
  }

  it('sends the new-assignment e-mail at once, to the focal point, with the due date as a valid iCalendar event', async () => {
    const assignmentId = await planFor('1b');
    const [mail] = await sink.waitFor(1);
    expect(mail?.envelopeTo).toEqual(['focal.point@mlsp.mn.example']);
    expect(mail?.parsed.subject).toBe(
      'Question 1b of the Voluntary GCM Review — Mongolia 2020 is assigned to Ministry of Labour and Social Protection — due Monday 30 November 2026',
    );
    expect(mail?.parsed.text).toContain('Due: Monday 30 November 2026 (end of day, Asia/Ulaanbaatar)');
    expect(mail?.parsed.text).toContain(`${t.config.publicUrl}/assignments/${assignmentId}`);
    expect(mail?.parsed.html).toContain('Open the assignment');
    const ics = mail?.parsed.attachments.find((a) => a.filename === 'deadline.ics');
    expect(ics?.contentType).toBe('text/calendar');
    const events = Object.values(ical.sync.parseICS(ics?.content.toString('utf8') ?? '')).filter(
      (entry) => entry?.type === 'VEVENT',
    ) as ical.VEvent[];
    expect(events).toHaveLength(1);
    expect(events[0]?.summary).toMatch(/^Due: question 1b/);
    expect(events[0]?.start.toISOString().slice(0, 10)).toBe('2026-11-30');
    expect(events[0]?.datetype).toBe('date');
    // The SMTP server has the e-mail a moment before the worker records it as sent.
    const row = await waitUntil(
      async () => {
        const found = await t.prisma.outboxMessage.findFirstOrThrow({
          where: { kind: 'assignment.created', assignmentId },
        });
        return found.status === 'sent' ? found : undefined;
      },
      { what: 'the assignment e-mail to be recorded as sent' },
    );
    expect(row).toMatchObject({ status: 'sent', messageId: `<outbox-${row.id}@mfa.mn.example>` });
  });

  it('plans the due-day, overdue and escalation reminders and sends each when it falls due, in the review time zone', async () => {
    const assignmentId = (
      await t.prisma.assignment.findFirstOrThrow({ where: { question: { code: '1b' }, role: 'lead' } })
    ).id;
    const planned = await t.prisma.outboxMessage.findMany({
      where: { assignmentId, kind: { startsWith: 'reminder.' } },
      orderBy: { notBefore: 'asc' },
    });
    // 7 and 2 days before are already past; due day 30 Nov 09:00 local = 01:00 UTC, then overdue every 3 days.
    expect(planned[0]).toMatchObject({ kind: 'reminder.due', status: 'pending' });
    expect(planned[0]?.notBefore.toISOString()).toBe('2026-11-30T01:00:00.000Z');
    expect(planned.map((row) => row.kind)).toEqual(
      expect.arrayContaining(['reminder.due', 'reminder.overdue', 'reminder.escalation']),
    );

    t.clock.set(new Date('2026-11-30T01:05:00Z'));
    await worker.get(OutboxReconciler).reconcile();
    const mails = await sink.waitFor(2);
    const reminder = mails[1];
    expect(reminder?.parsed.subject).toBe(
      'Due today: question 1b (Ministry of Labour and Social Protection)',
    );
    expect(reminder?.envelopeTo).toEqual(['focal.point@mlsp.mn.example']);
    expect(reminder?.parsed.text).toContain('Monday 30 November 2026 (end of day, Asia/Ulaanbaatar)');
    expect(reminder?.parsed.text).toContain(`/assignments/${assignmentId}`);
  });

  it('cancels reminders that are no longer due when the contribution is submitted', async () => {
    const assignment = await t.prisma.assignment.findFirstOrThrow({
      where: { question: { code: '1b' }, role: 'lead' },
    });
    await t.prisma.assignment.update({ where: { id: assignment.id }, data: { state: 'submitted' } });
    t.clock.set(new Date('2026-12-03T01:05:00Z'));
    await worker.get(OutboxReconciler).reconcile();
    // The worker has taken the overdue reminder and everything else that is due.
    await mailSettled(t);
    const overdue = await t.prisma.outboxMessage.findFirstOrThrow({
      where: { assignmentId: assignment.id, kind: 'reminder.overdue' },
      orderBy: { notBefore: 'asc' },
    });
    expect(overdue).toMatchObject({ status: 'cancelled', cancelledReason: 'the contribution is submitted' });
    expect(sink.received).toHaveLength(2);
  });
});
