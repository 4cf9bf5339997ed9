import type request from 'supertest';
import { createOutsiderWithReview, databaseFingerprint, demoIds } from './support/journey-fixtures';
import { bootTestApp, DEMO, type TestApp } from './support/test-app';

/**
 * No due date falls after the review's final deadline (26 December 2026 for the demo review, 28
 * days after the test clock's 28 November 2026): every write that sets one is refused with 400,
 * the field named and nothing written; the final deadline cannot move before open due dates; and
 * a final deadline that has passed may still be moved.
 */
describe('due dates within the final deadline', () => {
  let t: TestApp;
  let coordinator: request.Agent;
  let outsider: request.Agent;
  let outsiderReview: string;
  let review: string;
  let gdbp: string;
  let assignment: string;
  const LATE = 'must be on or before the final deadline, 26 December 2026';

  async function refused(
    send: () => request.Test,
    fieldErrors: { path: string; message: string }[],
    message?: string | RegExp,
  ): Promise<void> {
    const before = await databaseFingerprint(t);
    const response = await send();
    expect(response.status).toBe(400);
    expect(response.body.fieldErrors).toEqual(fieldErrors);
    if (message) expect(response.body.message).toMatch(message);
    expect(await databaseFingerprint(t)).toEqual(before);
  }

  async function reviewVersion(reviewId = t.demoReviewId ?? ''): Promise<number> {
    return (await t.prisma.review.findUniqueOrThrow({ where: { id: reviewId } })).version;
  }

  beforeAll(async () => {
    t = await bootTestApp();
    const ids = demoIds(t);
    review = `/api/reviews/${t.demoReviewId}`;
    coordinator = await t.signIn(DEMO.coordinator);
    ({ agent: outsider, reviewId: outsiderReview } = await createOutsiderWithReview(t));
    gdbp = await ids.organisation('GDBP');
    assignment = await ids.assignment('1c', 'MLSP');
    const { finalDueDate } = await t.prisma.review.findUniqueOrThrow({ where: { id: t.demoReviewId ?? '' } });
    expect(finalDueDate.toISOString().slice(0, 10)).toBe('2026-12-26');
  });

  afterAll(async () => {
    await t.close();
  });

  it('refuses a new assignment due after the final deadline', async () => {
    await refused(
      () =>
        coordinator
          .post(`${review}/assignments`)
          .send({ questionCode: '2b', organisationId: gdbp, role: 'contributing', dueDate: '2026-12-27' }),
      [{ path: 'dueDate', message: LATE }],
    );
  });

  it('takes one due on the final deadline itself', async () => {
    await coordinator
      .post(`${review}/assignments`)
      .send({ questionCode: '2b', organisationId: gdbp, role: 'contributing', dueDate: '2026-12-26' })
      .expect(201);
  });

  it('refuses a bulk assignment with one item due late, writing none of them', async () => {
    await refused(
      () =>
        coordinator.post(`${review}/assignments/bulk`).send({
          items: [
            { questionCode: '4a', organisationId: gdbp, role: 'contributing', dueDate: '2026-12-20' },
            { questionCode: '4b', organisationId: gdbp, role: 'contributing', dueDate: '2027-01-15' },
          ],
        }),
      [{ path: 'items.1.dueDate', message: LATE }],
    );
  });

  it('refuses to move an assignment after the final deadline', async () => {
    const { version } = await t.prisma.assignment.findUniqueOrThrow({ where: { id: assignment } });
    await refused(
      () => coordinator.patch(`/api/assignments/${assignment}`).send({ version, dueDate: '2026-12-31' }),
      [{ path: 'dueDate', message: LATE }],
    );
  });

  it('refuses to shift open due dates past the final deadline, moving none', async () => {
    const version = await reviewVersion();
    await refused(
      () =>
        coordinator.post(`${review}/shift-due-dates`).send({ from: '2026-12-26', to: '2027-01-26', version }),
      [{ path: 'to', message: expect.stringMatching(/^would move \d+ open due dates out of range: /) }],
      /^The due dates cannot move so far: \d+ open due dates would then be wrong \(must be on or before the final deadline, 26 December 2026\)$/,
    );
  });

  it('refuses to move the final deadline before open due dates, saying how many', async () => {
    const open = await t.prisma.assignment.count({
      where: {
        reviewId: t.demoReviewId ?? '',
        state: { in: ['not_started', 'drafting', 'changes_requested'] },
        dueDate: { gt: new Date('2026-12-01T00:00:00Z') },
      },
    });
    expect(open).toBeGreaterThan(1);
    const message = `${open} open assignments are due after 1 December 2026: move their due dates to that day or earlier first`;
    const version = await reviewVersion();
    await refused(
      () => coordinator.patch(review).send({ version, finalDueDate: '2026-12-01' }),
      [{ path: 'finalDueDate', message }],
      `The final deadline cannot move there: ${message}`,
    );
  });

  it('moves the final deadline later, and then lets due dates follow it', async () => {
    const moved = await coordinator
      .patch(review)
      .send({ version: await reviewVersion(), finalDueDate: '2027-01-26' })
      .expect(200);
    expect(moved.body.finalDueDate).toBe('2027-01-26');
    const { version } = await t.prisma.assignment.findUniqueOrThrow({ where: { id: assignment } });
    await coordinator
      .patch(`/api/assignments/${assignment}`)
      .send({ version, dueDate: '2026-12-31' })
      .expect(200);
  });

  it('moves a final deadline that has passed, later or earlier still', async () => {
    // The outsider's review closed on 31 August 2024, long before the test clock's 28 November 2026.
    const other = `/api/reviews/${outsiderReview}`;
    const later = await outsider
      .patch(other)
      .send({ version: await reviewVersion(outsiderReview), finalDueDate: '2027-02-28' })
      .expect(200);
    expect(later.body.finalDueDate).toBe('2027-02-28');
    const earlier = await outsider
      .patch(other)
      .send({ version: await reviewVersion(outsiderReview), finalDueDate: '2024-09-30' })
      .expect(200);
    expect(earlier.body.finalDueDate).toBe('2024-09-30');
  });

  it("does not let another review's coordinator move the demo review's deadline (404)", async () => {
    const before = await databaseFingerprint(t);
    await outsider
      .patch(review)
      .send({ version: await reviewVersion(), finalDueDate: '2027-03-01' })
      .expect(404);
    expect(await databaseFingerprint(t)).toEqual(before);
  });

  it.each([
    ['a due date far ahead', { dueDate: '9999-12-31' }],
    ['a due date before 2000', { dueDate: '1900-01-01' }],
    ['no such day', { dueDate: '2026-02-30' }],
    ['an empty due date', { dueDate: '' }],
  ])('answers %s with a 4xx, never 500', async (_name, change) => {
    const { version } = await t.prisma.assignment.findUniqueOrThrow({ where: { id: assignment } });
    const responses = await Promise.all([
      coordinator
        .post(`${review}/assignments`)
        .send({ questionCode: '4c', organisationId: gdbp, role: 'contributing', ...change }),
      coordinator.patch(`/api/assignments/${assignment}`).send({ version, ...change }),
      coordinator.post(`${review}/shift-due-dates`).send({
        from: '2026-12-26',
        to: change.dueDate,
        version: await reviewVersion(),
      }),
    ]);
    for (const response of responses) {
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(typeof response.body.message).toBe('string');
    }
  });
});
