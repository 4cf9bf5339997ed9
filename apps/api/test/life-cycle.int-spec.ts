import type request from 'supertest';
import { createOutsiderWithReview, databaseFingerprint, demoIds } from './support/journey-fixtures';
import { answerEverything, firstParagraph, saveAnswer } from './support/report-journey';
import { bootTestApp, DEMO, type TestApp } from './support/test-app';

const ESCAP = 'escap-sdd@un.org';

/**
 * A review's life cycle, setup → collecting → consolidating → submitted → closed → archived: each
 * allowed move changes the status and records its audit event; each refused one says why and
 * changes nothing. Closed and archived reviews take no writes. The demo review and another
 * person's review never reach each other.
 */
describe("a review's life cycle", () => {
  let t: TestApp;
  let coordinator: request.Agent;
  let contributor: request.Agent;
  let administrator: request.Agent;
  let outsider: request.Agent;
  let outsiderReview: string;
  let review: string;
  let assignment: string;
  let mlsp: string;

  async function status(reviewId = t.demoReviewId ?? ''): Promise<{ status: string; version: number }> {
    return t.prisma.review.findUniqueOrThrow({
      where: { id: reviewId },
      select: { status: true, version: true },
    });
  }

  async function version(): Promise<number> {
    return (await status()).version;
  }

  async function auditCount(action: string, reviewId = t.demoReviewId ?? ''): Promise<number> {
    return t.prisma.auditEvent.count({ where: { action, reviewId } });
  }

  /** The request refused with `code` and a message matching `message`, the database as it was. */
  async function refused(send: () => request.Test, code: number, message: RegExp | string): Promise<void> {
    const before = await databaseFingerprint(t);
    const reviewBefore = await status();
    const response = await send();
    expect({ status: response.status, message: response.body.message }).toEqual({
      status: code,
      message: typeof message === 'string' ? message : expect.stringMatching(message),
    });
    expect(await databaseFingerprint(t)).toEqual(before);
    expect(await status()).toEqual(reviewBefore);
  }

  beforeAll(async () => {
    t = await bootTestApp();
    const ids = demoIds(t);
    review = `/api/reviews/${t.demoReviewId}`;
    coordinator = await t.signIn(DEMO.coordinator);
    contributor = await t.signIn(DEMO.contributor);
    administrator = await t.signIn(DEMO.administrator);
    ({ agent: outsider, reviewId: outsiderReview } = await createOutsiderWithReview(t));
    assignment = await ids.assignment('1c', 'MLSP');
    mlsp = await ids.organisation('MLSP');
  });

  afterAll(async () => {
    await t.close();
  });

  describe('while it is worked on', () => {
    it.each([
      ['collecting', 'consolidating'],
      ['consolidating', 'setup'],
      ['setup', 'collecting'],
      ['collecting', 'setup'],
      ['setup', 'consolidating'],
      ['consolidating', 'collecting'],
    ])('moves from %s to %s through the settings, with its audit event', async (from, to) => {
      expect((await status()).status).toBe(from);
      const events = await auditCount('review.updated');
      const response = await coordinator.patch(review).send({ version: await version(), status: to });
      expect(response.status).toBe(200);
      expect(response.body.status).toBe(to);
      expect((await status()).status).toBe(to);
      expect(await auditCount('review.updated')).toBe(events + 1);
      const event = await t.prisma.auditEvent.findFirstOrThrow({
        where: { action: 'review.updated', reviewId: t.demoReviewId },
        orderBy: { createdAt: 'desc' },
      });
      expect({ before: event.before, after: event.after }).toEqual({
        before: { status: from },
        after: { status: to },
      });
    });

    it.each([
      ['submitted', 'A review becomes submitted by submitting the report'],
      [
        'closed',
        'A review becomes closed by closing it once the report is submitted, not by editing its settings',
      ],
      [
        'archived',
        'A review becomes archived by archiving it once it is closed, not by editing its settings',
      ],
    ])('refuses %s through the settings (400), nothing changed', async (to, message) => {
      const v = await version();
      await refused(() => coordinator.patch(review).send({ version: v, status: to }), 400, message);
    });

    it('refuses to close a review whose report is not submitted (409), nothing changed', async () => {
      await refused(
        () => coordinator.post(`${review}/close`),
        409,
        'Only a submitted review can be closed; this review is collecting answers',
      );
    });

    it('refuses to archive a review that is not closed (409), nothing changed', async () => {
      await refused(
        () => coordinator.post(`${review}/archive`),
        409,
        'Only a closed review can be archived; this review is collecting answers',
      );
    });
  });

  describe('once submitted', () => {
    beforeAll(async () => {
      await answerEverything(coordinator, t.demoReviewId ?? '');
      await coordinator
        .post(`${review}/submissions`)
        .send({ to: [ESCAP], cc: [], confirm: true })
        .expect(201);
    });

    it('is submitted, by the submission alone', async () => {
      expect((await status()).status).toBe('submitted');
    });

    it('refuses to go back to work through the settings (409), nothing changed', async () => {
      const v = await version();
      await refused(
        () => coordinator.patch(review).send({ version: v, status: 'collecting' }),
        409,
        /^The report was submitted on .*; open an amendment to change it$/,
      );
    });

    it('refuses to archive before closing (409), nothing changed', async () => {
      await refused(
        () => coordinator.post(`${review}/archive`),
        409,
        'Only a closed review can be archived; this review is submitted',
      );
    });

    it('stays submitted while an amendment is open, and cannot be closed then (409)', async () => {
      await coordinator
        .post(`${review}/amendments`)
        .send({ questionCodes: ['1a'], note: 'Corrections' })
        .expect(201);
      expect((await status()).status).toBe('submitted');
      await refused(
        () => coordinator.post(`${review}/close`),
        409,
        'An amendment is open (question 1a): submit the amended report before closing the review',
      );
      await saveAnswer(coordinator, t.demoReviewId ?? '', '1a', {
        body: `${firstParagraph('1a')} (amended)`,
        status: 'final',
      });
      await coordinator
        .post(`${review}/submissions`)
        .send({ to: [ESCAP], cc: [], confirm: true })
        .expect(201);
      expect((await status()).status).toBe('submitted');
    });

    it('is not closed by a contributor (403), nothing changed', async () => {
      await refused(() => contributor.post(`${review}/close`), 403, /^Only .* can close the review$/);
    });

    it("cannot be closed or archived by another review's coordinator (404), nor can theirs by ours", async () => {
      const theirs = await status(outsiderReview);
      await refused(() => outsider.post(`${review}/close`), 404, 'There is no review with this id');
      await refused(() => outsider.post(`${review}/archive`), 404, 'There is no review with this id');
      const other = `/api/reviews/${outsiderReview}`;
      expect((await coordinator.post(`${other}/close`)).status).toBe(404);
      expect((await coordinator.post(`${other}/archive`)).status).toBe(404);
      expect(await status(outsiderReview)).toEqual(theirs);
      expect((await status()).status).toBe('submitted');
    });

    it('closes, with its audit event, and says so', async () => {
      const before = await version();
      const response = await coordinator.post(`${review}/close`).expect(200);
      expect(response.body).toEqual({ id: t.demoReviewId, status: 'closed', version: before + 1 });
      expect((await status()).status).toBe('closed');
      const event = await t.prisma.auditEvent.findFirstOrThrow({
        where: { action: 'review.closed', reviewId: t.demoReviewId },
      });
      expect({ before: event.before, after: event.after, targetType: event.targetType }).toEqual({
        before: { status: 'submitted' },
        after: { status: 'closed' },
        targetType: 'review',
      });
      // The other review is as it was.
      expect((await status(outsiderReview)).status).toBe('setup');
    });
  });

  /** A handful of writes across the review's work, each of which a closed or archived review refuses. */
  function writes(): [string, () => request.Test][] {
    return [
      ['PATCH settings', () => coordinator.patch(review).send({ version: 99, title: 'After the end' })],
      ['PATCH status', () => coordinator.patch(review).send({ version: 99, status: 'collecting' })],
      [
        'POST assignment',
        () =>
          coordinator
            .post(`${review}/assignments`)
            .send({ questionCode: '2d', organisationId: mlsp, role: 'contributing', dueDate: '2026-12-20' }),
      ],
      [
        'PATCH assignment',
        () => coordinator.patch(`/api/assignments/${assignment}`).send({ version: 1, dueDate: '2026-12-21' }),
      ],
      [
        'PUT answer',
        () => coordinator.put(`${review}/questions/1a/answer`).send({ baseVersion: 99, body: 'Late change' }),
      ],
      [
        'POST workshop',
        () =>
          coordinator
            .post(`${review}/workshops`)
            .send({ title: 'After', startsAt: '2026-12-02T09:00:00+08:00' }),
      ],
      [
        'POST organisation',
        () => coordinator.post(`${review}/organisations`).send({ name: 'Added after', type: 'other' }),
      ],
      [
        'PUT reminder policy',
        () => coordinator.put(`${review}/reminder-policy`).send({ version: 1, sendTime: '09:30' }),
      ],
    ];
  }

  describe('once closed', () => {
    it.each(writes())('%s: 409 naming the status, nothing written', async (_name, send) => {
      await refused(send, 409, 'The review is closed: nothing in it can be changed any more');
    });

    it('takes no amendment and no new submission (409), nothing changed', async () => {
      await refused(
        () => coordinator.post(`${review}/amendments`).send({ questionCodes: ['1a'], note: 'Too late' }),
        409,
        'Only a submitted report can be amended; this review is closed',
      );
      await refused(
        () => coordinator.post(`${review}/submissions`).send({ to: [ESCAP], cc: [], confirm: true }),
        409,
        'The review is closed: its report can no longer be sent',
      );
    });

    it('refuses to be closed again (409)', async () => {
      await refused(() => coordinator.post(`${review}/close`), 409, 'The review is already closed');
    });

    it('is still read', async () => {
      const response = await coordinator.get(review).expect(200);
      expect(response.body.status).toBe('closed');
    });

    it("cannot be archived by another review's coordinator (404) nor by a contributor (403)", async () => {
      await refused(() => outsider.post(`${review}/archive`), 404, 'There is no review with this id');
      await refused(() => contributor.post(`${review}/archive`), 403, /^Only .* can archive the review$/);
    });

    it('archives, with its audit event', async () => {
      const before = await version();
      const response = await coordinator.post(`${review}/archive`).expect(200);
      expect(response.body).toEqual({ id: t.demoReviewId, status: 'archived', version: before + 1 });
      const event = await t.prisma.auditEvent.findFirstOrThrow({
        where: { action: 'review.archived', reviewId: t.demoReviewId },
      });
      expect({ before: event.before, after: event.after }).toEqual({
        before: { status: 'closed' },
        after: { status: 'archived' },
      });
    });
  });

  describe('once archived', () => {
    it.each(writes())('%s: 409 naming the status, nothing written', async (_name, send) => {
      await refused(
        send,
        409,
        'The review is archived: it can be read, but nothing in it can be changed any more',
      );
    });

    it('refuses every further move (409 or 400), nothing changed', async () => {
      await refused(() => coordinator.post(`${review}/archive`), 409, 'The review is already archived');
      await refused(
        () => coordinator.post(`${review}/close`),
        409,
        'Only a submitted review can be closed; this review is archived',
      );
      await refused(
        () => coordinator.post(`${review}/amendments`).send({ questionCodes: ['1a'], note: 'Too late' }),
        409,
        'Only a submitted report can be amended; this review is archived',
      );
    });

    it('is still read by its id, but leaves the list unless asked for', async () => {
      await coordinator.get(review).expect(200);
      await coordinator.get(`${review}/assignments`).expect(200);
      const listed = (await coordinator.get('/api/reviews').expect(200)).body.reviews;
      expect(listed.map((row: { id: string }) => row.id)).not.toContain(t.demoReviewId);
      const archived = (await coordinator.get('/api/reviews?status=archived').expect(200)).body.reviews;
      expect(archived.map((row: { id: string }) => row.id)).toEqual([t.demoReviewId]);
    });
  });

  describe('archived by the instance administrator', () => {
    it('refuses a review that is not closed (409), nothing changed', async () => {
      const before = await status(outsiderReview);
      const response = await administrator.post(`/api/reviews/${outsiderReview}/archive`);
      expect({ status: response.status, message: response.body.message }).toEqual({
        status: 409,
        message: 'Only a closed review can be archived; this review is being set up',
      });
      expect(await status(outsiderReview)).toEqual(before);
    });

    it('archives a closed review the administrator takes no part in, with its audit event', async () => {
      // Arranged directly: the outsider's report is not the subject here.
      await t.prisma.review.update({ where: { id: outsiderReview }, data: { status: 'closed' } });
      await administrator.post(`/api/reviews/${outsiderReview}/archive`).expect(200);
      expect((await status(outsiderReview)).status).toBe('archived');
      const event = await t.prisma.auditEvent.findFirstOrThrow({
        where: { action: 'review.archived', reviewId: outsiderReview },
        include: { actor: { select: { email: true } } },
      });
      expect(event.actor?.email).toBe(DEMO.administrator);
    });

    it('cannot close a review it takes no part in (404)', async () => {
      expect((await administrator.post(`${review}/close`)).status).toBe(404);
    });
  });
});
