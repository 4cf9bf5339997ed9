import { ZCastBallotRequest } from '@gcm/domain';
import type request from 'supertest';
import { sampleOf } from './support/contract-bodies';
import { createOutsiderWithReview, databaseFingerprint, demoIds } from './support/journey-fixtures';
import { answerEverything } from './support/report-journey';
import { bootTestApp, DEMO, type TestApp } from './support/test-app';
import { openRoundRequest } from './support/vote-rounds';

const ESCAP = 'escap-sdd@un.org';

/**
 * Once the report is submitted, the review's work is read-only: not only answers and assignments,
 * but workshops, votes, organisations, people and reminders. Pending reminders are cancelled with
 * the reason. Another review (started by another person) is untouched by it.
 */
describe('a submitted review refuses every write to its work', () => {
  let t: TestApp;
  let coordinator: request.Agent;
  let outsider: request.Agent;
  let outsiderReview: string;
  let review: string;
  const made: Record<string, string> = {};

  beforeAll(async () => {
    t = await bootTestApp();
    const ids = demoIds(t);
    review = `/api/reviews/${t.demoReviewId}`;
    coordinator = await t.signIn(DEMO.coordinator);
    ({ agent: outsider, reviewId: outsiderReview } = await createOutsiderWithReview(t));
    const voters = [await ids.person(DEMO.coordinator), await ids.person(DEMO.stakeholder)];
    made.workshop = (
      await coordinator
        .post(`${review}/workshops`)
        .send({ title: 'Validation', startsAt: '2026-12-01T09:00:00+08:00' })
    ).body.id;
    made.round = (
      await coordinator
        .post(`${review}/votes`)
        .send(openRoundRequest('Before submission', voters))
        .expect(201)
    ).body.id;
    made.unicef = await ids.organisation('UNICEF');
    made.membership = (
      await coordinator
        .post(`${review}/members`)
        .send({ email: 'late@example.org', name: 'Late Person', role: 'observer' })
    ).body.member.membershipId;
    made.assignment = await ids.assignment('1c', 'MLSP');
    made.voters = voters.join(',');
    // An assignment made now has its reminders waiting in the outbox.
    await coordinator
      .post(`${review}/assignments`)
      .send({ questionCode: '2b', organisationId: made.unicef, role: 'contributing', dueDate: '2026-12-20' })
      .expect(201);
    const pending = await t.prisma.outboxMessage.count({
      where: { reviewId: t.demoReviewId, status: 'pending', kind: { startsWith: 'reminder.' } },
    });
    expect(pending).toBeGreaterThan(0);
    await answerEverything(coordinator, t.demoReviewId ?? '');
    await coordinator
      .post(`${review}/submissions`)
      .send({ to: [ESCAP], cc: ['UNRNAP-regreviews@iom.int'], confirm: true })
      .expect(201);
  });

  afterAll(async () => {
    await t.close();
  });

  it('cancels every pending reminder of the review, saying why, and keeps the submission e-mail', async () => {
    const rows = await t.prisma.outboxMessage.findMany({
      where: {
        reviewId: t.demoReviewId,
        OR: [{ kind: { startsWith: 'reminder.' } }, { kind: { startsWith: 'vote.reminder.' } }],
      },
      select: { status: true, cancelledReason: true },
    });
    expect(rows.filter((row) => row.status === 'pending')).toEqual([]);
    const cancelled = rows.filter((row) => row.cancelledReason?.startsWith('the report was submitted on'));
    expect(cancelled.length).toBeGreaterThan(0);
    expect(
      await t.prisma.outboxMessage.count({ where: { reviewId: t.demoReviewId, kind: 'report.submission' } }),
    ).toBe(1);
    const audit = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: 'report.submitted' } });
    expect((audit.after as { remindersCancelled: number }).remindersCancelled).toBe(cancelled.length);
    // Sent before the final deadline: on time.
    const listed = (await coordinator.get(`${review}/submissions`).expect(200)).body.submissions;
    expect(listed.map((submission: { late: boolean }) => submission.late)).toEqual([false]);
  });

  const WRITES: [string, (agent: request.Agent) => request.Test][] = [
    [
      'POST workshops',
      (a) => a.post(`${review}/workshops`).send({ title: 'After', startsAt: '2026-12-02T09:00:00+08:00' }),
    ],
    [
      'PATCH workshop',
      (a) => a.patch(`/api/workshops/${made.workshop}`).send({ version: 1, place: 'Elsewhere' }),
    ],
    [
      'PUT participants',
      (a) =>
        a.put(`/api/workshops/${made.workshop}/participants`).send({
          version: 1,
          participants: [{ organisationId: made.unicef, name: 'Guest', attended: true }],
        }),
    ],
    [
      'POST action item',
      (a) => a.post(`/api/workshops/${made.workshop}/action-items`).send({ text: 'Follow up' }),
    ],
    [
      'POST vote round',
      (a) =>
        a.post(`${review}/votes`).send(openRoundRequest('After submission', made.voters?.split(',') ?? [])),
    ],
    [
      'PUT ballot',
      (a) => a.put(`/api/votes/${made.round}/ballot`).send(sampleOf(ZCastBallotRequest, {}) as object),
    ],
    ['POST vote reminder', (a) => a.post(`/api/votes/${made.round}/remind`)],
    ['POST close round', (a) => a.post(`/api/votes/${made.round}/close`)],
    [
      'POST organisation',
      (a) => a.post(`${review}/organisations`).send({ name: 'Added after', type: 'other' }),
    ],
    [
      'PATCH organisation',
      (a) => a.patch(`${review}/organisations/${made.unicef}`).send({ shortName: 'UNICEF after' }),
    ],
    [
      'POST member',
      (a) =>
        a.post(`${review}/members`).send({ email: 'after@example.org', name: 'After', role: 'observer' }),
    ],
    ['PATCH member', (a) => a.patch(`${review}/members/${made.membership}`).send({ role: 'stakeholder' })],
    ['DELETE member', (a) => a.delete(`${review}/members/${made.membership}`)],
    [
      'PUT reminder policy',
      (a) => a.put(`${review}/reminder-policy`).send({ version: 1, sendTime: '09:30' }),
    ],
    ['POST remind now', (a) => a.post(`/api/assignments/${made.assignment}/remind`)],
  ];

  it.each(WRITES)('%s: 409 with the reason, nothing written', async (_name, send) => {
    const before = await databaseFingerprint(t);
    const response = await send(coordinator);
    expect({ status: response.status, message: response.body.message }).toEqual({
      status: 409,
      message: expect.stringMatching(/^The report was submitted on .*; open an amendment to change it$/),
    });
    expect(await databaseFingerprint(t)).toEqual(before);
  });

  it("leaves the other person's review as writable as before", async () => {
    const other = `/api/reviews/${outsiderReview}`;
    await outsider.post(`${other}/organisations`).send({ name: 'Added after', type: 'other' }).expect(201);
    await outsider
      .post(`${other}/workshops`)
      .send({ title: 'After', startsAt: '2026-12-02T09:00:00+08:00' })
      .expect(201);
    await outsider
      .post(`${other}/members`)
      .send({ email: 'after@example.org', name: 'After', role: 'observer' })
      .expect(201);
    // …and the demo review's people still cannot reach it.
    await coordinator.post(`${other}/organisations`).send({ name: 'Intruder', type: 'other' }).expect(404);
  });

  it('records a report sent after the final deadline as late, and still takes it', async () => {
    // The outsider's review closed on 31 August 2024; in 2020 answers were still taken months later.
    const other = `/api/reviews/${outsiderReview}`;
    const settings = (await outsider.get(other).expect(200)).body;
    await outsider
      .patch(other)
      .send({
        version: settings.version,
        contact: {
          office: 'Ministry of Foreign Affairs',
          name: 'A. Outsider',
          title: 'Director',
          email: 'outsider@example.org',
          telephone: '+1 555 0100',
          mailingAddress: '1 Main Street',
        },
        consentToPublish: true,
      })
      .expect(200);
    await answerEverything(outsider, outsiderReview);
    const sent = await outsider
      .post(`${other}/submissions`)
      .send({ to: [ESCAP], cc: [], confirm: true })
      .expect(201);
    expect(sent.body.late).toBe(true);
    const audit = await t.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'report.submitted', reviewId: outsiderReview },
    });
    expect((audit.after as { late: boolean }).late).toBe(true);
  });
});
