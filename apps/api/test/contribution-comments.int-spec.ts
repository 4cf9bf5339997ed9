import { randomUUID } from 'node:crypto';
import { type TContribution, ZComment, ZContribution } from '@gcm/domain';
import type { AddressObject } from 'mailparser';
import type request from 'supertest';
import type { ReceivedMail, SmtpSink } from '../src/dev-mail/smtp-sink';
import { createOutsiderWithReview, databaseFingerprint, demoIds } from './support/journey-fixtures';
import { DEMO, type TestApp } from './support/test-app';
import { type AppWithWorker, bootAppWithWorker } from './support/test-worker';
import { mailArrives, mailSettled } from './support/waits';

/** Review A's mail identity, as its coordinator set it. */
const MONGOLIA = { senderName: 'Consular Department, MFA of Mongolia', replyTo: 'gcm.review@mfa.mn.example' };
const B_COORDINATOR = 'coordinator@outsideland.example';
const B_FOCAL_POINT = 'focal.point@labour.outsideland.example';
const CHANGE_REQUEST = 'Please add the 2019 figures by province.';
const ANSWER =
  'The provincial figures are not published yet; the NSO expects them in January.\n\nShall we use the 2018 ones?';

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const objects = Array.isArray(field) ? field : field ? [field] : [];
  return objects.flatMap((object) => object.value.map((entry) => (entry.address ?? '').toLowerCase()));
}

function commentMails(sink: SmtpSink): ReceivedMail[] {
  return sink.received.filter((mail) => mail.parsed.headers.get('x-gcm-kind') === 'contribution.comment');
}

/**
 * Comments both ways on a contribution: the coordinator asks for changes, the focal point answers,
 * each side hears of the other's comment by e-mail, and review B's people can neither read nor
 * write anything of review A.
 */
describe('comments on a contribution, both ways', () => {
  let booted: AppWithWorker;
  let t: TestApp;
  let sink: SmtpSink;
  let coordinator: request.Agent;
  let mlsp: request.Agent;
  let gdbp: request.Agent;
  let observer: request.Agent;
  let bCoordinator: request.Agent;
  let bFocalPoint: request.Agent;
  let assignmentA: string;
  let assignmentB: string;
  let url: string;

  async function read(agent: request.Agent, id = assignmentA): Promise<TContribution> {
    return ZContribution.parse((await agent.get(`/api/assignments/${id}/contribution`).expect(200)).body);
  }

  async function act(agent: request.Agent, action: string, comment?: string): Promise<void> {
    const { assignment } = await read(coordinator);
    await agent.post(`${url}/transitions`).send({ action, version: assignment.version, comment }).expect(200);
  }

  beforeAll(async () => {
    booted = await bootAppWithWorker();
    ({ t, sink } = booted);
    const ids = demoIds(t);
    [coordinator, mlsp, gdbp, observer] = await Promise.all([
      t.signIn(DEMO.coordinator),
      t.signIn(DEMO.contributor),
      t.signIn(DEMO.borderContributor),
      t.signIn(DEMO.observer),
    ]);
    assignmentA = await ids.assignment('1b', 'MLSP');
    url = `/api/assignments/${assignmentA}`;
    const review = await coordinator.get(`/api/reviews/${ids.reviewId}`).expect(200);
    await coordinator
      .patch(`/api/reviews/${ids.reviewId}`)
      .send({ version: review.body.version, mail: MONGOLIA })
      .expect(200);

    // Review B, started by another coordinator, with a focal point and an assignment of its own.
    const b = await createOutsiderWithReview(t, B_COORDINATOR);
    bCoordinator = b.agent;
    const labour = await bCoordinator
      .post(`/api/reviews/${b.reviewId}/organisations`)
      .send({ name: 'Ministry of Labour of Outsideland', type: 'ministry_agency' })
      .expect(201);
    const someone = await t.prisma.person.findUniqueOrThrow({ where: { email: DEMO.observer } });
    const focal = await t.prisma.person.create({
      data: { email: B_FOCAL_POINT, name: 'B. Focal', passwordHash: someone.passwordHash },
    });
    await t.prisma.membership.create({
      data: { reviewId: b.reviewId, personId: focal.id, role: 'contributor', organisationId: labour.body.id },
    });
    bFocalPoint = await t.signIn(B_FOCAL_POINT);
    const created = await bCoordinator
      .post(`/api/reviews/${b.reviewId}/assignments`)
      .send({
        questionCode: '1b',
        organisationId: labour.body.id,
        role: 'lead',
        dueDate: '2024-06-28',
        focalPointIds: [focal.id],
      })
      .expect(201);
    assignmentB = created.body.id;

    // The focal point drafts and submits; the coordinator asks for changes.
    await mlsp
      .put(`${url}/contribution`)
      .send({ baseVersion: 0, body: 'In 2019, 6,767,687 crossings.' })
      .expect(200);
    await act(mlsp, 'submit');
    await act(coordinator, 'request_changes', CHANGE_REQUEST);
    await mailSettled(t);
  });

  afterAll(() => booted?.close());

  it('the focal point answers the change request; the coordinator sees the answer under it', async () => {
    const request = (await read(mlsp)).comments.find((comment) => comment.kind === 'change_request');
    expect(request).toMatchObject({ body: CHANGE_REQUEST, authorRole: 'coordinator', replyToId: null });
    expect((await read(mlsp)).canComment).toBe(true);

    const response = await mlsp.post(`${url}/comments`).send({ body: `  ${ANSWER}  `, replyTo: request?.id });
    expect(response.status).toBe(201);
    const answer = ZComment.parse(response.body);
    expect(answer).toMatchObject({
      kind: 'note',
      body: ANSWER,
      author: { email: DEMO.contributor },
      authorRole: 'focal_point',
      replyToId: request?.id,
    });

    const seen = await read(coordinator);
    expect(seen.assignment.state).toBe('changes_requested');
    expect(seen.canComment).toBe(true);
    expect(seen.comments.map((comment) => [comment.kind, comment.authorRole, comment.replyToId])).toEqual([
      ['change_request', 'coordinator', null],
      ['note', 'focal_point', request?.id],
    ]);

    const event = await t.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'contribution.commented', targetId: assignmentA },
    });
    expect(event).toMatchObject({
      actorId: (await t.prisma.person.findUniqueOrThrow({ where: { email: DEMO.contributor } })).id,
      targetType: 'assignment',
      after: { commentId: answer.id, replyToId: request?.id, body: ANSWER },
    });
  });

  it('the coordinator who asked for changes gets one e-mail quoting it, from the review, not the author', async () => {
    const mail = await mailArrives(
      sink,
      (received) => received.parsed.headers.get('x-gcm-kind') === 'contribution.comment',
      "the focal point's comment e-mail",
    );
    await mailSettled(t);
    expect(commentMails(sink)).toHaveLength(1);
    expect(mail.envelopeTo).toEqual([DEMO.coordinator]);
    expect(mail.parsed.from?.value[0]).toEqual({ name: MONGOLIA.senderName, address: expect.any(String) });
    expect(addresses(mail.parsed.replyTo)).toEqual([MONGOLIA.replyTo]);
    expect(mail.parsed.subject).toMatch(/commented on question 1b \(Ministry of Labour/);
    expect(mail.parsed.text).toContain('The provincial figures are not published yet');
    expect(mail.parsed.text).toContain(CHANGE_REQUEST);
    expect(mail.parsed.text).toContain(`${t.config.publicUrl}/assignments/${assignmentA}`);
  });

  it("the coordinator's reply goes to the focal points, in the same thread, and to no one else", async () => {
    const answer = (await read(coordinator)).comments.find((comment) => comment.authorRole === 'focal_point');
    await coordinator
      .post(`${url}/comments`)
      .send({ body: 'Yes, the 2018 figures will do; say so in a footnote.', replyTo: answer?.id })
      .expect(201);
    await waitForComments(2);
    const [first, second] = commentMails(sink);
    expect(second?.envelopeTo).toEqual([DEMO.contributor]);
    expect(second?.parsed.inReplyTo).toBe(first?.parsed.messageId);
    expect(second?.parsed.text).toContain('Yes, the 2018 figures will do');
  });

  it('a plain comment (no reply) is allowed in any state while the review takes writes', async () => {
    await mlsp.post(`${url}/comments`).send({ body: 'Sent the revised table to the NSO.' }).expect(201);
    await waitForComments(3);
    // No one asked for changes on B's assignment: there a focal point's comment reaches all its coordinators.
    await bFocalPoint.post(`/api/assignments/${assignmentB}/comments`).send({ body: 'Started.' }).expect(201);
    await waitForComments(4);
    expect(commentMails(sink)[3]?.envelopeTo).toEqual([B_COORDINATOR]);
  });

  async function waitForComments(count: number): Promise<void> {
    await mailArrives(sink, () => commentMails(sink).length >= count, `${count} comment e-mails`);
    await mailSettled(t);
  }

  it("review B's coordinator and focal point get the same answer for A's assignment as for no assignment", async () => {
    const before = await databaseFingerprint(t);
    for (const agent of [bCoordinator, bFocalPoint]) {
      const other = await agent.post(`${url}/comments`).send({ body: 'Hello from B' });
      const none = await agent
        .post(`/api/assignments/${randomUUID()}/comments`)
        .send({ body: 'Hello from B' });
      expect(other.status).toBe(404);
      expect({ status: other.status, body: other.body }).toEqual({ status: none.status, body: none.body });
      await agent.get(`${url}/contribution`).expect(404);
    }
    // Nor the other way round, and a reply cannot point across reviews.
    await coordinator
      .post(`/api/assignments/${assignmentB}/comments`)
      .send({ body: 'Hello from A' })
      .expect(404);
    expect(await databaseFingerprint(t)).toEqual(before);
  });

  it('observers and other organisations’ focal points are refused; nothing is stored', async () => {
    const before = await databaseFingerprint(t);
    const refused = await observer.post(`${url}/comments`).send({ body: 'An observer remarks' });
    expect(refused.status).toBe(403);
    expect(refused.body.message).toMatch(/comment on this contribution/);
    expect((await read(observer)).canComment).toBe(false);
    expect((await gdbp.post(`${url}/comments`).send({ body: 'Another ministry' })).status).toBe(403);
    expect(await databaseFingerprint(t)).toEqual(before);
  });

  it('blank, too long, or answering a comment of another assignment: 400 with a message, nothing stored', async () => {
    const before = await databaseFingerprint(t);
    const otherComment = (await read(bFocalPoint, assignmentB)).comments[0]?.id;
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ body: '   \n  ' }, /body: is required/],
      [{ body: 'x'.repeat(5001) }, /at most 5000 characters/],
      [{}, /body/],
      [{ body: 'Fine', replyTo: 'not-a-uuid' }, /replyTo: must be the id of a comment/],
      [{ body: 'Fine', replyTo: otherComment }, /not one of this assignment/],
      [{ body: 'Fine', replyTo: randomUUID() }, /not one of this assignment/],
      [{ body: 'Fine', extra: true }, /extra/],
    ];
    for (const [body, message] of cases) {
      const response = await mlsp.post(`${url}/comments`).send(body);
      expect({ body, status: response.status }).toEqual({ body, status: 400 });
      expect(response.body.message).toMatch(message);
    }
    expect(await databaseFingerprint(t)).toEqual(before);
  });

  it('a closed review takes no more comments, and says why', async () => {
    const reviewId = (await read(coordinator)).assignment.reviewId;
    const { status } = await t.prisma.review.findUniqueOrThrow({ where: { id: reviewId } });
    await t.prisma.review.update({ where: { id: reviewId }, data: { status: 'closed' } });
    try {
      const before = await databaseFingerprint(t);
      const refused = await mlsp.post(`${url}/comments`).send({ body: 'Too late?' });
      expect(refused.status).toBe(409);
      expect(refused.body.message).toBe('The review is closed: nothing in it can be changed any more');
      expect((await read(mlsp)).canComment).toBe(false);
      expect(await databaseFingerprint(t)).toEqual(before);
    } finally {
      await t.prisma.review.update({ where: { id: reviewId }, data: { status } });
    }
  });
});
