import { ATTENTION_ITEM_LIMIT, type TReviewAttention, ZReviewAttention } from '@gcm/domain';
import type request from 'supertest';
import { createOutsiderWithReview, type DemoIds, demoIds } from './support/journey-fixtures';
import { bootTestApp, DEMO, type TestApp } from './support/test-app';

/** The seeded clock (2026-11-28 10:00 in Ulaanbaatar): the demo's question 1a was due two days ago. */
describe('what needs attention in a review', () => {
  let t: TestApp;
  let ids: DemoIds;
  let coordinator: request.Agent;
  let observer: request.Agent;
  let contributor: request.Agent;
  let stakeholder: request.Agent;
  let other: { agent: request.Agent; reviewId: string };

  beforeAll(async () => {
    t = await bootTestApp();
    ids = demoIds(t);
    [coordinator, observer, contributor, stakeholder] = await Promise.all([
      t.signIn(DEMO.coordinator),
      t.signIn(DEMO.observer),
      t.signIn(DEMO.contributor),
      t.signIn(DEMO.stakeholder),
    ]);
    other = await createOutsiderWithReview(t);
  });

  afterAll(async () => {
    await t.close();
  });

  async function attentionOf(agent: request.Agent, reviewId: string): Promise<TReviewAttention> {
    const response = await agent.get(`/api/reviews/${reviewId}/attention`).expect(200);
    return ZReviewAttention.parse(response.body);
  }

  it('the demo review: 2b has no lead, 1a is two days overdue for its three organisations, nothing else', async () => {
    const attention = await attentionOf(coordinator, ids.reviewId);
    const noLead = await t.prisma.question.findMany({
      where: { reviewId: ids.reviewId, assignments: { none: { role: 'lead' } } },
      orderBy: { order: 'asc' },
      select: { code: true },
    });
    expect(noLead.map((q) => q.code)).toContain('2b');
    expect(attention.unassigned.count).toBe(noLead.length);
    expect(attention.unassigned.items.map((item) => item.code)).toEqual(
      noLead.slice(0, ATTENTION_ITEM_LIMIT).map((q) => q.code),
    );
    expect(attention.unassigned.withoutAnyAssignment).toBe(
      await t.prisma.question.count({ where: { reviewId: ids.reviewId, assignments: { none: {} } } }),
    );

    expect(attention.overdue.count).toBe(3);
    expect(attention.overdue.items.map((item) => [item.questionCode, item.organisation.shortName])).toEqual([
      ['1a', 'IOM'],
      ['1a', 'MLSP'],
      ['1a', 'NDA'],
    ]);
    for (const item of attention.overdue.items) {
      expect(item.daysOverdue).toBe(2);
      expect(item.assignmentId).toBe(await ids.assignment('1a', item.organisation.shortName ?? ''));
    }
    expect(attention.awaitingCoordinator).toEqual({ count: 0, items: [] });
    expect(attention.openVotes).toEqual({ count: 0, items: [] });
    expect(attention.failedEmails).toEqual({ count: 0, items: [] });
  });

  it('follows the data: a submission leaves the overdue list for the coordinator’s, a failed e-mail and an open vote appear', async () => {
    const mlsp1a = await ids.assignment('1a', 'MLSP');
    await t.prisma.assignment.update({ where: { id: mlsp1a }, data: { state: 'submitted' } });
    // Due yesterday (27 November in Ulaanbaatar).
    const nda1b = await ids.assignment('1b', 'NDA');
    await t.prisma.assignment.update({
      where: { id: nda1b },
      data: { dueDate: new Date('2026-11-27T00:00:00Z'), state: 'drafting' },
    });
    const failed = await t.prisma.outboxMessage.create({
      data: {
        dedupeKey: 'attention-test:failed',
        kind: 'assignment.created',
        reviewId: ids.reviewId,
        notBefore: t.clock.now(),
        status: 'failed',
        attempts: 8,
        lastError: 'connect ECONNREFUSED',
        toAddresses: ['focal.point@nda.mn.example'],
        ccAddresses: [],
        subject: 'A message that failed',
      },
    });
    const round = await t.prisma.voteRound.create({
      data: {
        reviewId: ids.reviewId,
        title: 'Priorities for the next cycle',
        method: 'approval',
        rules: { method: 'approval', maxPicks: 3 },
        options: [1, 2, 3],
        opensAt: new Date('2026-11-27T00:00:00Z'),
        closesAt: new Date('2026-12-05T00:00:00Z'),
      },
    });
    // Neither closed early nor already past its closing time counts.
    await t.prisma.voteRound.createMany({
      data: [
        {
          reviewId: ids.reviewId,
          title: 'Closed early',
          method: 'approval',
          rules: { method: 'approval', maxPicks: 3 },
          options: [1, 2],
          opensAt: new Date('2026-11-20T00:00:00Z'),
          closesAt: new Date('2026-12-05T00:00:00Z'),
          closedAt: new Date('2026-11-27T00:00:00Z'),
        },
        {
          reviewId: ids.reviewId,
          title: 'Not open yet',
          method: 'approval',
          rules: { method: 'approval', maxPicks: 3 },
          options: [1, 2],
          opensAt: new Date('2026-12-01T00:00:00Z'),
          closesAt: new Date('2026-12-05T00:00:00Z'),
        },
      ],
    });

    const attention = await attentionOf(coordinator, ids.reviewId);
    expect(attention.overdue.count).toBe(3);
    expect(
      attention.overdue.items.map((item) => [
        item.questionCode,
        item.organisation.shortName,
        item.daysOverdue,
      ]),
    ).toEqual([
      ['1a', 'IOM', 2],
      ['1a', 'NDA', 2],
      ['1b', 'NDA', 1],
    ]);
    expect(attention.awaitingCoordinator.count).toBe(1);
    expect(attention.awaitingCoordinator.items).toEqual([
      expect.objectContaining({ assignmentId: mlsp1a, questionCode: '1a' }),
    ]);
    expect(attention.openVotes).toEqual({
      count: 1,
      items: [
        { roundId: round.id, title: 'Priorities for the next cycle', closesAt: '2026-12-05T00:00:00.000Z' },
      ],
    });
    expect(attention.failedEmails.count).toBe(1);
    expect(attention.failedEmails.items).toEqual([expect.objectContaining({ messageId: failed.id })]);
  });

  it('counts days in the review’s time zone: just after midnight in Ulaanbaatar, still the 27th in UTC', async () => {
    t.clock.set(new Date('2026-11-27T16:30:00Z'));
    try {
      const attention = await attentionOf(coordinator, ids.reviewId);
      expect(attention.overdue.items.map((item) => [item.questionCode, item.daysOverdue])).toEqual([
        ['1a', 2],
        ['1a', 2],
        ['1b', 1],
      ]);
    } finally {
      t.clock.set(new Date('2026-11-28T02:00:00Z'));
    }
  });

  it('the observer sees the same counts, failed e-mails without the e-mails', async () => {
    const forCoordinator = await attentionOf(coordinator, ids.reviewId);
    const forObserver = await attentionOf(observer, ids.reviewId);
    expect(forObserver).toEqual({ ...forCoordinator, failedEmails: { count: 1, items: [] } });
  });

  it('contributors and stakeholders are refused with what they would need', async () => {
    for (const agent of [contributor, stakeholder]) {
      const response = await agent.get(`/api/reviews/${ids.reviewId}/attention`).expect(403);
      expect(response.body.message).toMatch(/coordinator or an observer/);
    }
  });

  it('nothing of one review is in the other’s, and each coordinator hears 404 for the other review', async () => {
    const own = await attentionOf(other.agent, other.reviewId);
    expect(own.reviewId).toBe(other.reviewId);
    // A fresh review: every question without a lead, nothing overdue, waiting, open or failed.
    const questions = await t.prisma.question.count({ where: { reviewId: other.reviewId } });
    expect(own.unassigned).toMatchObject({ count: questions, withoutAnyAssignment: questions });
    const demoQuestionIds = new Set(
      (await t.prisma.question.findMany({ where: { reviewId: ids.reviewId }, select: { id: true } })).map(
        (q) => q.id,
      ),
    );
    expect(own.unassigned.items.some((item) => demoQuestionIds.has(item.questionId))).toBe(false);
    expect(own.overdue).toEqual({ count: 0, items: [] });
    expect(own.awaitingCoordinator).toEqual({ count: 0, items: [] });
    expect(own.openVotes).toEqual({ count: 0, items: [] });
    expect(own.failedEmails).toEqual({ count: 0, items: [] });

    const across = await other.agent.get(`/api/reviews/${ids.reviewId}/attention`).expect(404);
    expect(across.body.message).toBe('There is no review with this id');
    await coordinator.get(`/api/reviews/${other.reviewId}/attention`).expect(404);
  });

  it('a malformed review id is a 400 with a message', async () => {
    const response = await coordinator.get('/api/reviews/not-a-uuid/attention').expect(400);
    expect(response.body.message).toEqual(expect.any(String));
  });
});
