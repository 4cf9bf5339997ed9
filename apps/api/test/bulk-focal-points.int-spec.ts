import request from 'supertest';
import type { SmtpSink } from '../src/dev-mail/smtp-sink';
import { createOutsiderWithReview, demoIds } from './support/journey-fixtures';
import { DEMO, type TestApp } from './support/test-app';
import { type AppWithWorker, bootAppWithWorker } from './support/test-worker';
import { mailSettled } from './support/waits';

interface Assignment {
  id: string;
  version: number;
  question: { code: string };
  focalPoints: { id: string }[];
}

/**
 * The matrix's bulk change of focal points: many assignments of an organisation get their focal
 * point at once, all or nothing, the person hears of it in one e-mail, and nothing crosses from one
 * review to another.
 */
describe('focal points given to many assignments at once', () => {
  let booted: AppWithWorker;
  let t: TestApp;
  let sink: SmtpSink;
  let coordinator: request.Agent;
  let reviewId: string;
  let gdbpId: string;
  /** A second contributor of GDBP, made focal point of its assignments below. */
  let batId: string;
  const batEmail = 'bat.focal@gdbp.mn.example';
  let made: Assignment[] = [];
  let codes: string[] = [];
  /** A review of another coordinator, with one assignment and one contributor of its own. */
  let other: { agent: request.Agent; reviewId: string; assignmentId: string; contributorId: string };

  /** A bulk request; `items` is always sent (an empty list when only focal points change). */
  const bulk = (agent: request.Agent, id: string, body: object) =>
    agent.post(`/api/reviews/${id}/assignments/bulk`).send({ items: [], ...body });
  const versionsOf = async (ids: string[]) =>
    (await t.prisma.assignment.findMany({ where: { id: { in: ids } }, orderBy: { id: 'asc' } })).map(
      (row) => `${row.id}:${row.version}`,
    );

  beforeAll(async () => {
    booted = await bootAppWithWorker();
    ({ t, sink } = booted);
    const ids = demoIds(t);
    reviewId = ids.reviewId;
    coordinator = await t.signIn(DEMO.coordinator);
    gdbpId = await ids.organisation('GDBP');
    const invited = await coordinator
      .post(`/api/reviews/${reviewId}/members`)
      .send({ email: batEmail, name: 'Bat Focal', role: 'contributor', organisationId: gdbpId })
      .expect(201);
    batId = invited.body.member.personId;

    // Four questions GDBP has no part in yet, assigned without focal points.
    const taken = new Set(
      (
        await t.prisma.assignment.findMany({
          where: { reviewId, organisationId: gdbpId },
          select: { question: { select: { code: true } } },
        })
      ).map((row) => row.question.code),
    );
    codes = (
      await t.prisma.question.findMany({
        where: { reviewId, answerKind: 'narrative' },
        orderBy: { order: 'asc' },
      })
    )
      .map((question) => question.code)
      .filter((code) => !taken.has(code))
      .slice(0, 5);
    expect(codes).toHaveLength(5);
    const created = await bulk(coordinator, reviewId, {
      items: codes.slice(0, 4).map((questionCode) => ({
        questionCode,
        organisationId: gdbpId,
        role: 'contributing',
        dueDate: '2026-12-21',
      })),
    }).expect(201);
    made = created.body.assignments;
    expect(made).toHaveLength(4);
    await mailSettled(t);

    const outsider = await createOutsiderWithReview(t, 'other.coordinator@example.org');
    const review = `/api/reviews/${outsider.reviewId}`;
    const organisationId = (
      await outsider.agent
        .post(`${review}/organisations`)
        .send({ name: 'Ministry of Interior of Outsideland', type: 'ministry_agency' })
        .expect(201)
    ).body.id;
    const member = await outsider.agent
      .post(`${review}/members`)
      .send({ email: 'focal@interior.example', name: 'Other Focal', role: 'contributor', organisationId })
      .expect(201);
    const assignment = await outsider.agent
      .post(`${review}/assignments`)
      .send({ questionCode: '1a', organisationId, role: 'lead', dueDate: '2024-08-01' })
      .expect(201);
    other = {
      agent: outsider.agent,
      reviewId: outsider.reviewId,
      assignmentId: assignment.body.id,
      contributorId: member.body.member.personId,
    };
    await mailSettled(t);
  });

  afterAll(() => booted?.close());

  it('a stale version anywhere changes nothing, not even the new assignment sent with it', async () => {
    const before = await versionsOf(made.map((a) => a.id));
    const assignmentsBefore = await t.prisma.assignment.count({ where: { reviewId } });
    const mailsBefore = sink.received.length;
    const [first, second] = made;
    const response = await bulk(coordinator, reviewId, {
      items: [
        { questionCode: codes[4], organisationId: gdbpId, role: 'contributing', dueDate: '2026-12-21' },
      ],
      focalPoints: [
        { assignmentId: first?.id, version: first?.version, focalPointIds: [batId] },
        { assignmentId: second?.id, version: (second?.version ?? 0) + 1, focalPointIds: [batId] },
      ],
    }).expect(409);
    expect(response.body.message).toMatch(
      new RegExp(
        `^Nothing was changed: someone changed question ${codes[1]} for GDBP \\(you saw version 2, it is now version 1\\)`,
      ),
    );
    expect(await versionsOf(made.map((a) => a.id))).toEqual(before);
    expect(await t.prisma.assignment.count({ where: { reviewId } })).toBe(assignmentsBefore);
    expect(await t.prisma.assignmentFocalPoint.count({ where: { personId: batId } })).toBe(0);
    await mailSettled(t);
    expect(sink.received.length).toBe(mailsBefore);
  });

  it('a focal point of another organisation, or of another review, is refused with the reason', async () => {
    const before = await versionsOf(made.map((a) => a.id));
    const [first] = made;
    const mlspFocal = await demoIds(t).person(DEMO.contributor);
    const response = await bulk(coordinator, reviewId, {
      focalPoints: [
        { assignmentId: first?.id, version: first?.version, focalPointIds: [mlspFocal] },
        { assignmentId: made[1]?.id, version: made[1]?.version, focalPointIds: [other.contributorId] },
      ],
    }).expect(400);
    expect(response.body.fieldErrors).toEqual(
      expect.arrayContaining([
        { path: 'focalPoints.0.focalPointIds.0', message: 'is not a contributor for GDBP' },
        { path: 'focalPoints.1.focalPointIds.0', message: 'is not a contributor in this review' },
      ]),
    );
    expect(await versionsOf(made.map((a) => a.id))).toEqual(before);
  });

  it("another review's assignment is not one of this review, whichever side asks", async () => {
    const otherBefore = await versionsOf([other.assignmentId]);
    const [first] = made;
    // The demo coordinator names the other review's assignment in the demo review.
    const mine = await bulk(coordinator, reviewId, {
      focalPoints: [{ assignmentId: other.assignmentId, version: 1, focalPointIds: [] }],
    }).expect(400);
    expect(mine.body.fieldErrors).toEqual([
      { path: 'focalPoints.0.assignmentId', message: 'is not an assignment of this review' },
    ]);
    // An id that exists nowhere gets the same answer: the refusal tells nothing of other reviews.
    const unknown = await bulk(coordinator, reviewId, {
      focalPoints: [{ assignmentId: '00000000-0000-4000-8000-000000000000', version: 1, focalPointIds: [] }],
    }).expect(400);
    expect(unknown.body.fieldErrors).toEqual(mine.body.fieldErrors);
    // The other coordinator names a demo assignment in their own review, then writes to the demo review.
    const theirs = await bulk(other.agent, other.reviewId, {
      focalPoints: [{ assignmentId: first?.id, version: first?.version, focalPointIds: [] }],
    }).expect(400);
    expect(theirs.body.fieldErrors).toEqual(mine.body.fieldErrors);
    const body = {
      focalPoints: [
        { assignmentId: first?.id, version: first?.version, focalPointIds: [other.contributorId] },
      ],
    };
    const into = await bulk(other.agent, reviewId, body);
    const nowhere = await bulk(other.agent, '00000000-0000-4000-8000-000000000000', body);
    expect(into.status).toBe(404);
    expect({ status: into.status, message: into.body.message }).toEqual({
      status: nowhere.status,
      message: nowhere.body.message,
    });
    expect(await versionsOf([other.assignmentId])).toEqual(otherBefore);
    expect(await versionsOf([first?.id ?? ''])).toEqual([`${first?.id}:${first?.version}`]);
  });

  it('one request makes Bat focal point of four assignments and gives a fifth: one e-mail lists all five', async () => {
    const mailsBefore = sink.received.length;
    const response = await bulk(coordinator, reviewId, {
      items: [
        {
          questionCode: codes[4],
          organisationId: gdbpId,
          role: 'contributing',
          dueDate: '2026-12-18',
          focalPointIds: [batId],
        },
      ],
      focalPoints: made.map((assignment) => ({
        assignmentId: assignment.id,
        version: assignment.version,
        focalPointIds: [batId],
      })),
    }).expect(201);
    const changed: Assignment[] = response.body.assignments;
    expect(changed.map((a) => a.question.code).sort()).toEqual([...codes].sort());
    for (const assignment of changed) expect(assignment.focalPoints.map((p) => p.id)).toEqual([batId]);
    for (const assignment of made) {
      expect(changed.find((a) => a.id === assignment.id)?.version).toBe(assignment.version + 1);
    }

    await mailSettled(t);
    const mails = sink.received.slice(mailsBefore);
    expect(mails.map((mail) => mail.envelopeTo)).toEqual([[batEmail]]);
    const [mail] = mails;
    expect(mail?.parsed.subject).toMatch(
      /^5 questions of the .+ are assigned to you — the first due Friday 18 December 2026$/,
    );
    for (const code of codes) expect(mail?.parsed.text).toContain(`Question ${code}`);
    const ics = mail?.parsed.attachments[0]?.content.toString('utf8') ?? '';
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(5);

    // Each change is in the activity, with the focal points before and after.
    const events = await t.prisma.auditEvent.findMany({
      where: { reviewId, action: 'assignment.updated', targetId: { in: made.map((a) => a.id) } },
    });
    expect(events).toHaveLength(4);
    for (const event of events) {
      expect(event.before).toMatchObject({ focalPointIds: [] });
      expect(event.after).toMatchObject({ focalPointIds: [batId] });
    }
    // The reminders now go to Bat, the focal point, rather than to every GDBP contributor.
    const pending = await t.prisma.outboxMessage.findMany({
      where: { assignmentId: { in: made.map((a) => a.id) }, kind: 'reminder.before', status: 'pending' },
    });
    expect(pending.length).toBeGreaterThanOrEqual(4);

    // The same request again changes nothing and sends nothing.
    const again = await bulk(coordinator, reviewId, {
      focalPoints: changed
        .filter((a) => made.some((m) => m.id === a.id))
        .map((a) => ({ assignmentId: a.id, version: a.version, focalPointIds: [batId] })),
    }).expect(201);
    expect(again.body.assignments).toEqual([]);
    await mailSettled(t);
    expect(sink.received.length).toBe(mailsBefore + 1);
  });

  it('one more focal point on one assignment: the newcomer is told, the focal point already there is not', async () => {
    const [first] = made;
    const current = await t.prisma.assignment.findUniqueOrThrow({ where: { id: first?.id } });
    const border = await demoIds(t).person(DEMO.borderContributor);
    const mailsBefore = sink.received.length;
    await coordinator
      .patch(`/api/assignments/${current.id}`)
      .send({ version: current.version, focalPointIds: [batId, border] })
      .expect(200);
    await mailSettled(t);
    const mails = sink.received.slice(mailsBefore);
    expect(mails.map((mail) => mail.envelopeTo)).toEqual([[DEMO.borderContributor]]);
    expect(mails[0]?.parsed.subject).toMatch(
      new RegExp(`^Question ${codes[0]} of the .+ is assigned to General Department for Border Protection`),
    );
  });

  it('an empty request, or one naming an assignment twice, is a 400 that says so', async () => {
    const empty = await bulk(coordinator, reviewId, { items: [], focalPoints: [] }).expect(400);
    expect(empty.body.message).toMatch(/items: needs at least one assignment/);
    const [first] = made;
    const twice = await bulk(coordinator, reviewId, {
      focalPoints: [
        { assignmentId: first?.id, version: 2, focalPointIds: [] },
        { assignmentId: first?.id, version: 2, focalPointIds: [batId] },
      ],
    }).expect(400);
    expect(twice.body.message).toMatch(
      /focalPoints\.1\.assignmentId: lists the same assignment as focalPoints\.0/,
    );
  });
});
