import type request from 'supertest';
import { createOutsiderWithReview } from './support/journey-fixtures';
import { answerEverything, firstParagraph, saveAnswer } from './support/report-journey';
import { bootTestApp, DEMO, type TestApp } from './support/test-app';

const ESCAP = 'escap-sdd@un.org';

/**
 * A submission is late once the final deadline has passed in the review's zone: at its local time
 * on that day (the 2020 survey: 31 August 2020, 17:00), or at the end of the day without a time.
 */
describe('late submissions and the final deadline’s local time', () => {
  let t: TestApp;
  let coordinator: request.Agent;
  let review: string;

  async function version(reviewId: string): Promise<number> {
    return (await t.prisma.review.findUniqueOrThrow({ where: { id: reviewId } })).version;
  }

  async function submit(agent: request.Agent, path: string): Promise<boolean> {
    const sent = await agent
      .post(`${path}/submissions`)
      .send({ to: [ESCAP], cc: [], confirm: true })
      .expect(201);
    return sent.body.late;
  }

  beforeAll(async () => {
    t = await bootTestApp();
    review = `/api/reviews/${t.demoReviewId}`;
    coordinator = await t.signIn(DEMO.coordinator);
  });

  afterAll(async () => {
    await t.close();
  });

  it('stores the local time of the final deadline and shows it back', async () => {
    const reviewId = t.demoReviewId ?? '';
    const saved = await coordinator
      .patch(review)
      .send({ version: await version(reviewId), finalDueDate: '2026-12-26', finalDueTime: '17:00' })
      .expect(200);
    expect({ date: saved.body.finalDueDate, time: saved.body.finalDueTime }).toEqual({
      date: '2026-12-26',
      time: '17:00',
    });
    expect((await t.prisma.review.findUniqueOrThrow({ where: { id: reviewId } })).finalDueTime).toBe('17:00');
    const event = await t.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'review.updated', reviewId },
      orderBy: { createdAt: 'desc' },
    });
    expect(event.after).toMatchObject({ finalDueTime: '17:00' });
  });

  it('refuses a time that is not a time of day (400), nothing changed', async () => {
    const reviewId = t.demoReviewId ?? '';
    const before = await t.prisma.review.findUniqueOrThrow({ where: { id: reviewId } });
    const response = await coordinator.patch(review).send({ version: before.version, finalDueTime: '25:00' });
    expect(response.status).toBe(400);
    expect(response.body.fieldErrors).toEqual([
      { path: 'finalDueTime', message: 'must be a time of day such as 17:00' },
    ]);
    expect(await t.prisma.review.findUniqueOrThrow({ where: { id: reviewId } })).toEqual(before);
  });

  it('is on time at 16:59 local on the final date with a deadline at 17:00', async () => {
    await answerEverything(coordinator, t.demoReviewId ?? '');
    // Ulaanbaatar is UTC+8: 16:59 there is 08:59 UTC.
    t.clock.set(new Date('2026-12-26T08:59:00Z'));
    // A month on, the first session has expired.
    coordinator = await t.signIn(DEMO.coordinator);
    expect(await submit(coordinator, review)).toBe(false);
  });

  it('is late at 17:01 local on the final date with a deadline at 17:00', async () => {
    await coordinator
      .post(`${review}/amendments`)
      .send({ questionCodes: ['1a'], note: 'Corrections' })
      .expect(201);
    await saveAnswer(coordinator, t.demoReviewId ?? '', '1a', {
      body: `${firstParagraph('1a')} (amended)`,
      status: 'final',
    });
    t.clock.set(new Date('2026-12-26T09:01:00Z'));
    expect(await submit(coordinator, review)).toBe(true);
    const audit = await t.prisma.auditEvent.findMany({
      where: { action: 'report.submitted', reviewId: t.demoReviewId },
      orderBy: { createdAt: 'asc' },
    });
    expect(audit.map((event) => (event.after as { late: boolean }).late)).toEqual([false, true]);
  });

  it('is on time at 23:59 local on the final date without a time', async () => {
    // The outsider's review: Asia/Bangkok (UTC+7), final deadline 31 August 2024, no time.
    const { agent, reviewId } = await createOutsiderWithReview(t);
    const other = `/api/reviews/${reviewId}`;
    await agent
      .patch(other)
      .send({
        version: await version(reviewId),
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
    await answerEverything(agent, reviewId);
    t.clock.set(new Date('2024-08-31T16:59:00Z'));
    expect(await submit(agent, other)).toBe(false);
  });
});
