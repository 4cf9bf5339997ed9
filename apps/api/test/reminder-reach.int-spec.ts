import { ZListOutboxResponse, ZOutboxPreview, ZReminderPolicyResponse, ZReviewDetail } from '@gcm/domain';
import { DateTime } from 'luxon';
import type request from 'supertest';
import { OutboxRepository } from '../src/modules/outbox/outbox.repository';
import { ReminderMailHandler } from '../src/modules/reminders/reminder-mail.handler';
import { createOutsiderWithReview } from './support/journey-fixtures';
import { bootTestApp, DEMO, type TestApp } from './support/test-app';

const UB = 'Asia/Ulaanbaatar';

/**
 * Reminders that would reach nobody are not planned and the policy page says why; once someone
 * can receive them they are planned. Days off and holidays move reminders to working days.
 */
describe('reminders reach someone, on working days', () => {
  let t: TestApp;
  let mongolia: request.Agent;
  let outsider: { agent: request.Agent; reviewId: string };
  let reviewId: string;
  let officeId: string;
  let assignmentId: string;

  const policy = async (agent = mongolia, id = reviewId) =>
    ZReminderPolicyResponse.parse((await agent.get(`/api/reviews/${id}/reminder-policy`).expect(200)).body);
  const pending = (where: object = {}) =>
    t.prisma.outboxMessage.findMany({
      where: { assignmentId, kind: { startsWith: 'reminder.' }, status: 'pending', ...where },
      orderBy: { notBefore: 'asc' },
    });

  beforeAll(async () => {
    t = await bootTestApp();
    reviewId = String(t.demoReviewId);
    mongolia = await t.signIn(DEMO.coordinator);
    outsider = await createOutsiderWithReview(t, 'coordinator@outsideland.example');
  });

  afterAll(() => t.close());

  it('plans no reminder for an assignment nobody would receive, and warns instead', async () => {
    const review = ZReviewDetail.parse((await mongolia.get(`/api/reviews/${reviewId}`).expect(200)).body);
    await mongolia
      .patch(`/api/reviews/${reviewId}`)
      .send({ version: review.version, finalDueDate: '2027-06-30' })
      .expect(200);
    const office = await mongolia
      .post(`/api/reviews/${reviewId}/organisations`)
      .send({ name: 'National Statistics Office of Mongolia', shortName: 'NSO', type: 'ministry_agency' })
      .expect(201);
    officeId = office.body.id;
    const created = await mongolia
      .post(`/api/reviews/${reviewId}/assignments`)
      .send({
        questionCode: '4d',
        organisationId: officeId,
        role: 'contributing',
        dueDate: '2027-02-12',
        focalPointIds: [],
      })
      .expect(201);
    assignmentId = created.body.id;
    // Only the coordinator's escalation (level 2) can reach anyone.
    expect(new Set((await pending()).map((row) => (row.payload as { level: number }).level))).toEqual(
      new Set([2]),
    );
    const { warnings } = await policy();
    expect(warnings.filter((warning) => warning.organisation.id === officeId)).toEqual([
      expect.objectContaining({
        problem: 'no_recipient',
        assignments: 1,
        message: expect.stringMatching(
          /^National Statistics Office of Mongolia: 1 open assignment has no focal point/,
        ),
      }),
      expect.objectContaining({ problem: 'no_head_contact', assignments: 1 }),
    ]);
    // The other country's coordinator sees none of it, and their own review has no such warning.
    await outsider.agent.get(`/api/reviews/${reviewId}/reminder-policy`).expect(404);
    const theirs = await policy(outsider.agent, outsider.reviewId);
    expect(JSON.stringify(theirs)).not.toContain('Statistics Office');
  });

  it('plans them once a contributor of the organisation is invited, and the escalation once it has a head contact', async () => {
    await mongolia
      .post(`/api/reviews/${reviewId}/members`)
      .send({
        email: 'focal@nso.mn.example',
        name: 'NSO Focal Point',
        role: 'contributor',
        organisationId: officeId,
      })
      .expect(201);
    const levels = new Set((await pending()).map((row) => (row.payload as { level: number }).level));
    expect(levels).toEqual(new Set([0, 2]));
    expect(
      (await policy()).warnings.filter((w) => w.organisation.id === officeId).map((w) => w.problem),
    ).toEqual(['no_head_contact']);
    const member = await t.prisma.person.findUniqueOrThrow({ where: { email: 'focal@nso.mn.example' } });
    await mongolia
      .patch(`/api/reviews/${reviewId}/organisations/${officeId}`)
      .send({ headContactId: member.id })
      .expect(200);
    expect(new Set((await pending()).map((row) => (row.payload as { level: number }).level))).toEqual(
      new Set([0, 1, 2]),
    );
    expect((await policy()).warnings.filter((w) => w.organisation.id === officeId)).toEqual([]);
  });

  it('announces a Saturday due date on the Friday, skips public holidays, and sends overdue ones on working days', async () => {
    const review = ZReviewDetail.parse((await mongolia.get(`/api/reviews/${reviewId}`).expect(200)).body);
    expect(review.timeZone).toBe(UB);
    const current = await policy();
    await mongolia
      .put(`/api/reviews/${reviewId}/reminder-policy`)
      .send({
        version: current.version,
        daysBefore: [3],
        onDueDate: true,
        overdueEveryDays: 1,
        maxOverdueReminders: 3,
        skipWeekends: true,
        // Tsagaan Sar 2027: Monday 8 to Wednesday 10 February are public holidays.
        holidays: ['2027-02-08', '2027-02-09', '2027-02-10'],
      })
      .expect(200);
    const assignment = await t.prisma.assignment.findUniqueOrThrow({ where: { id: assignmentId } });
    // Due Saturday 13 February 2027.
    await mongolia
      .patch(`/api/assignments/${assignmentId}`)
      .send({ version: assignment.version, dueDate: '2027-02-13' })
      .expect(200);
    const days = (await pending({ payload: { path: ['level'], equals: 0 } })).map(
      (row) =>
        `${row.kind} ${DateTime.fromJSDate(row.notBefore, { zone: UB }).toFormat('ccc yyyy-MM-dd HH:mm')}`,
    );
    expect(days).toEqual([
      // 3 days before is Wednesday 10, a holiday: Friday 5 (Saturday 6 and Sunday 7 are off, 8 and 9 holidays).
      'reminder.before Fri 2027-02-05 09:00',
      // The Saturday due date is announced on Friday 12, not on the Monday after.
      'reminder.due Fri 2027-02-12 09:00',
      // Overdue from Sunday 14 and Monday 15: both on Monday 15, sent once; then Tuesday 16.
      'reminder.overdue Mon 2027-02-15 09:00',
      'reminder.overdue Tue 2027-02-16 09:00',
    ]);
  });

  it('shows what goes out in the next 7 days, filtered, with each escalation’s level and recipient, and previews it', async () => {
    t.clock.set(new Date('2027-02-10T00:00:00Z'));
    // Sessions from November have expired by then: sign in again.
    mongolia = await t.signIn(DEMO.coordinator);
    const outsiderNow = await t.signIn('coordinator@outsideland.example');
    const url = `/api/reviews/${reviewId}/outbox?window=next_7_days&organisationId=${officeId}`;
    const next = ZListOutboxResponse.parse((await mongolia.get(url).expect(200)).body).messages;
    const limit = new Date('2027-02-17T00:00:00Z').getTime();
    expect(next.length).toBeGreaterThan(2);
    expect(next.every((m) => m.status === 'pending' && new Date(m.notBefore).getTime() <= limit)).toBe(true);
    expect(next.map((m) => m.notBefore)).toEqual([...next.map((m) => m.notBefore)].sort());
    const escalation = next.find((m) => m.kind === 'reminder.escalation' && m.level === 1);
    expect(escalation).toMatchObject({
      to: [],
      wouldReach: ['focal@nso.mn.example'],
      organisationName: 'National Statistics Office of Mongolia',
    });
    const escalations = ZListOutboxResponse.parse(
      (await mongolia.get(`${url}&kind=reminder.escalation`).expect(200)).body,
    ).messages;
    expect(new Set(escalations.map((m) => m.kind))).toEqual(new Set(['reminder.escalation']));
    const mlsp = await t.prisma.organisation.findFirstOrThrow({ where: { shortName: 'MLSP' } });
    const others = ZListOutboxResponse.parse(
      (
        await mongolia
          .get(`/api/reviews/${reviewId}/outbox?window=next_7_days&organisationId=${mlsp.id}`)
          .expect(200)
      ).body,
    ).messages;
    expect(others.some((m) => m.assignmentId === assignmentId)).toBe(false);
    await mongolia.get(`/api/reviews/${reviewId}/outbox?kind=Reminder;DROP`).expect(400);

    // The escalation as its head will read it on Tuesday 16 February.
    const preview = ZOutboxPreview.parse(
      (await mongolia.get(`/api/outbox/${escalation?.id}/preview`).expect(200)).body,
    );
    expect(preview).toMatchObject({ to: ['focal@nso.mn.example'], wouldNotSend: null });
    expect(preview.subject).toMatch(
      /^Escalation: question 4d \(National Statistics Office of Mongolia\) is overdue by 3 days$/,
    );
    expect(preview.text).toContain('You receive this as the head of National Statistics Office of Mongolia');
    // Previewing sends and stores nothing.
    expect(await t.prisma.outboxMessage.findUniqueOrThrow({ where: { id: escalation?.id } })).toMatchObject({
      status: 'pending',
      subject: null,
    });
    await outsiderNow.get(`/api/outbox/${escalation?.id}/preview`).expect(404);
  });

  it('says in an escalation whether earlier reminders were sent, as they were', async () => {
    const [escalation] = await pending({
      kind: 'reminder.escalation',
      payload: { path: ['level'], equals: 1 },
    });
    if (!escalation) throw new Error('the first escalation is planned');
    const handler = t.app.get(ReminderMailHandler);
    t.clock.set(escalation.notBefore);
    const before = await handler.render(escalation);
    expect('text' in before && before.text).toMatch(
      /after its due date\. No earlier reminder about it was sent\./,
    );
    const [first] = await pending({ payload: { path: ['level'], equals: 0 } });
    await t.prisma.outboxMessage.update({
      where: { id: first?.id },
      data: { status: 'sent', sentAt: new Date() },
    });
    const after = await handler.render(escalation);
    expect('text' in after && after.text).toMatch(/after its due date, despite 1 earlier reminder\./);
    expect('toAddresses' in after && after.toAddresses).toEqual(['focal@nso.mn.example']);
  });

  it('counts the earlier reminders when it claims an escalation, for its assignment only', async () => {
    const [escalation] = await pending({
      kind: 'reminder.escalation',
      payload: { path: ['level'], equals: 1 },
    });
    const [plain] = await pending({ payload: { path: ['level'], equals: 0 } });
    // A reminder to the focal points of another assignment, with no escalation in the batch.
    const other = await t.prisma.outboxMessage.findFirst({
      where: {
        assignmentId: { not: assignmentId },
        kind: { startsWith: 'reminder.' },
        status: 'pending',
        payload: { path: ['level'], equals: 0 },
      },
      orderBy: { notBefore: 'asc' },
    });
    if (!escalation || !plain || !other) throw new Error('reminders of two assignments are planned');
    // One batch, as a worker claims it.
    const batch = [escalation, plain, other];
    const now = new Date(Math.max(...batch.map((row) => row.notBefore.getTime())));
    const claimed = await t.app.get(OutboxRepository).claim(
      batch.map((row) => row.id),
      'test-worker',
      now,
      60_000,
    );
    expect(claimed).toHaveLength(3);
    const contextOf = (id: string) => claimed.find((row) => row.id === id)?.reminderContext;
    expect(contextOf(escalation.id)?.sentReminders).toBe(1);
    expect(contextOf(plain.id)?.sentReminders).toBe(1);
    expect(contextOf(other.id)).toMatchObject({
      assignment: { id: other.assignmentId },
      sentReminders: null,
    });
    const rendered = await t.app.get(ReminderMailHandler).renderMany(claimed, now);
    const textOf = (id: string) => {
      const mail = rendered.get(id);
      return mail && 'text' in mail ? mail.text : `not rendered: ${JSON.stringify(mail)}`;
    };
    expect(textOf(escalation.id)).toMatch(/despite 1 earlier reminder\./);
    expect(textOf(plain.id)).not.toMatch(/earlier reminder/);
    expect(textOf(other.id)).not.toMatch(/earlier reminder|not rendered/);
  });
});
