import { randomUUID } from 'node:crypto';
import { SECOND_COUNTRY, seedSecondCountry } from '@gcm/db';
import {
  type TAssignment,
  ZAssignment,
  ZListAssignmentsResponse,
  ZReviewProgressResponse,
} from '@gcm/domain';
import type request from 'supertest';
import { type DemoIds, databaseFingerprint, demoIds } from './support/journey-fixtures';
import { bootTestApp, DEMO, type TestApp } from './support/test-app';

describe('assignments: the division of labour', () => {
  let t: TestApp;
  let ids: DemoIds;
  let coordinator: request.Agent;
  let mlsp: request.Agent;
  let gdbp: request.Agent;
  let observer: request.Agent;
  let reviewUrl: string;

  beforeAll(async () => {
    t = await bootTestApp();
    ids = demoIds(t);
    reviewUrl = `/api/reviews/${ids.reviewId}`;
    [coordinator, mlsp, gdbp, observer] = await Promise.all([
      t.signIn(DEMO.coordinator),
      t.signIn(DEMO.contributor),
      t.signIn(DEMO.borderContributor),
      t.signIn(DEMO.observer),
    ]);
  });

  afterAll(async () => {
    await t.close();
  });

  async function auditOf(targetId: string) {
    return t.prisma.auditEvent.findMany({
      where: { targetId },
      orderBy: { id: 'asc' },
      include: { actor: { select: { email: true } } },
    });
  }

  describe('assigning question 2b, which the demo leaves unassigned', () => {
    let assigned: TAssignment;

    it('the coordinator gives 2b to GDBP as lead with a due date and a focal point', async () => {
      const gdbpId = await ids.organisation('GDBP');
      const focalPoint = await ids.person(DEMO.borderContributor);
      const response = await coordinator
        .post(`${reviewUrl}/assignments`)
        .send({
          questionCode: '2b',
          organisationId: gdbpId,
          role: 'lead',
          dueDate: '2026-12-15',
          focalPointIds: [focalPoint],
        })
        .expect(201);
      assigned = ZAssignment.parse(response.body);
      expect(assigned).toMatchObject({
        reviewId: ids.reviewId,
        reviewTitle: 'Voluntary GCM Review — Mongolia 2020',
        timeZone: 'Asia/Ulaanbaatar',
        question: { code: '2b', clusterNumber: 2 },
        organisation: { id: gdbpId, shortName: 'GDBP' },
        role: 'lead',
        dueDate: '2026-12-15',
        state: 'not_started',
        deadlineStatus: 'not_started',
        focalPoints: [{ id: focalPoint, email: DEMO.borderContributor }],
        wordCount: 0,
        version: 1,
      });
      const row = await t.prisma.assignment.findUniqueOrThrow({
        where: { id: assigned.id },
        include: { focalPoints: true },
      });
      expect(row.dueDate.toISOString()).toBe('2026-12-15T00:00:00.000Z');
      expect(row.focalPoints.map((f) => f.personId)).toEqual([focalPoint]);
    });

    it('records who assigned it, with the question, in the audit trail', async () => {
      const [event, ...others] = await auditOf(assigned.id);
      expect(others).toEqual([]);
      expect(event).toMatchObject({
        action: 'assignment.created',
        targetType: 'assignment',
        reviewId: ids.reviewId,
        questionId: await ids.question('2b'),
        actor: { email: DEMO.coordinator },
        after: {
          questionCode: '2b',
          role: 'lead',
          dueDate: '2026-12-15',
          organisationId: assigned.organisation.id,
        },
      });
    });

    it('shows 2b on the review page and in GDBP’s own list', async () => {
      const review = await coordinator.get(reviewUrl).expect(200);
      const q2b = review.body.clusters[1].questions[1];
      expect(q2b.assignments.map((a: TAssignment) => a.organisation.shortName)).toEqual(['GDBP']);
      const mine = ZListAssignmentsResponse.parse((await gdbp.get('/api/me/assignments').expect(200)).body);
      expect(mine.assignments.map((a) => a.question.code)).toEqual(['2a', '2b', '2c']);
    });

    it('refuses a second lead for 2b with 409 naming the current lead, writing nothing', async () => {
      const before = await databaseFingerprint(t);
      const response = await coordinator
        .post(`${reviewUrl}/assignments`)
        .send({
          questionCode: '2b',
          organisationId: await ids.organisation('NPA'),
          role: 'lead',
          dueDate: '2026-12-15',
        })
        .expect(409);
      expect(response.body).toMatchObject({
        code: 'CONFLICT',
        message:
          'Nothing was assigned: role: question 2b already has a lead organisation (GDBP); a question has one lead',
      });
      expect(await databaseFingerprint(t)).toEqual(before);
    });

    it('refuses to assign 2b to GDBP a second time', async () => {
      const response = await coordinator
        .post(`${reviewUrl}/assignments`)
        .send({
          questionCode: '2b',
          organisationId: assigned.organisation.id,
          role: 'contributing',
          dueDate: '2026-12-15',
        })
        .expect(409);
      expect(response.body.message).toBe(
        'Nothing was assigned: organisationId: question 2b is already assigned to GDBP',
      );
    });

    it('refuses a focal point who works for another organisation', async () => {
      const response = await coordinator
        .post(`${reviewUrl}/assignments`)
        .send({
          questionCode: '2b',
          organisationId: await ids.organisation('NPA'),
          role: 'contributing',
          dueDate: '2026-12-15',
          focalPointIds: [await ids.person(DEMO.contributor)],
        })
        .expect(400);
      expect(response.body.message).toBe(
        'The request is not valid: focalPointIds.0: is not a contributor for NPA',
      );
      expect(response.body.fieldErrors).toEqual([
        { path: 'focalPointIds.0', message: 'is not a contributor for NPA' },
      ]);
    });
  });

  describe('bulk assignment from the matrix is all or nothing', () => {
    const contributing = (questionCode: string, organisationId: string, dueDate = '2026-12-20') => ({
      questionCode,
      organisationId,
      role: 'contributing',
      dueDate,
    });

    /** Sends a batch the API must refuse, and checks that it wrote nothing at all. */
    async function refusedBatch(items: object[], status: number): Promise<request.Response> {
      const before = await databaseFingerprint(t);
      const response = await coordinator.post(`${reviewUrl}/assignments/bulk`).send({ items }).expect(status);
      expect(await databaseFingerprint(t)).toEqual(before);
      return response;
    }

    it('assigns several questions in one go', async () => {
      const [iom, npa] = await Promise.all([ids.organisation('IOM'), ids.organisation('NPA')]);
      const response = await coordinator
        .post(`${reviewUrl}/assignments/bulk`)
        .send({
          items: [contributing('2b', iom), contributing('2d', npa), contributing('1c', iom, '2026-12-21')],
        })
        .expect(201);
      const body = ZListAssignmentsResponse.parse(response.body);
      expect(body.assignments.map((a) => [a.question.code, a.organisation.shortName, a.role])).toEqual([
        ['1c', 'IOM', 'contributing'],
        ['2b', 'IOM', 'contributing'],
        ['2d', 'NPA', 'contributing'],
      ]);
      const events = await t.prisma.auditEvent.count({
        where: { action: 'assignment.created', targetId: { in: body.assignments.map((a) => a.id) } },
      });
      expect(events).toBe(3);
    });

    it('writes nothing when one item duplicates an existing assignment, and says which', async () => {
      const [unicef, iom] = await Promise.all([ids.organisation('UNICEF'), ids.organisation('IOM')]);
      const response = await refusedBatch([contributing('3c', unicef), contributing('2b', iom)], 409);
      expect(response.body.message).toBe(
        'Nothing was assigned: items.1.organisationId: question 2b is already assigned to IOM',
      );
      expect(response.body.fieldErrors).toEqual([
        { path: 'items.1.organisationId', message: 'question 2b is already assigned to IOM' },
      ]);
    });

    it('writes nothing when the batch itself repeats a pair or gives a question two leads', async () => {
      const [unicef, ilo, who] = await Promise.all([
        ids.organisation('UNICEF'),
        ids.organisation('ILO'),
        ids.organisation('WHO'),
      ]);
      const response = await refusedBatch(
        [
          contributing('3c', unicef),
          contributing('3c', unicef, '2026-12-21'),
          contributing('4c', ilo),
          { questionCode: '2b', organisationId: who, role: 'lead', dueDate: '2026-12-20' },
        ],
        409,
      );
      expect(response.body.fieldErrors).toEqual([
        {
          path: 'items.1.organisationId',
          message: 'question 3c is given to UNICEF twice in this request (also items.0)',
        },
        {
          path: 'items.3.role',
          message: 'question 2b already has a lead organisation (GDBP); a question has one lead',
        },
      ]);
    });

    it('writes nothing when a later item is invalid, naming the item', async () => {
      const unicef = await ids.organisation('UNICEF');
      const response = await refusedBatch(
        [contributing('3c', unicef), contributing('3d', unicef, '2099-12-20')],
        400,
      );
      expect(response.body.message).toMatch(
        /^The request is not valid: items\.1\.dueDate: must be between 2000-01-01 and 2031-11-28$/,
      );
    });
  });

  describe('changing an assignment', () => {
    it('moves a due date, bumping the version and auditing before and after', async () => {
      const id = await ids.assignment('2b', 'GDBP');
      const response = await coordinator
        .patch(`/api/assignments/${id}`)
        .send({ version: 1, dueDate: '2026-12-24' })
        .expect(200);
      expect(ZAssignment.parse(response.body)).toMatchObject({ dueDate: '2026-12-24', version: 2 });
      const events = await auditOf(id);
      expect(events.at(-1)).toMatchObject({
        action: 'assignment.updated',
        actor: { email: DEMO.coordinator },
        questionId: await ids.question('2b'),
        before: { dueDate: '2026-12-15', version: 1 },
        after: { dueDate: '2026-12-24', version: 2 },
      });
    });

    it('refuses a change based on a stale version with 409 and the current assignment', async () => {
      const id = await ids.assignment('2b', 'GDBP');
      const before = await databaseFingerprint(t);
      const response = await coordinator
        .patch(`/api/assignments/${id}`)
        .send({ version: 1, dueDate: '2027-01-05' })
        .expect(409);
      expect(response.body.message).toBe(
        'The assignment was changed by someone else: you edited version 1, it is now version 2. Reload it and try again.',
      );
      expect(ZAssignment.parse(response.body.details.current)).toMatchObject({
        dueDate: '2026-12-24',
        version: 2,
      });
      expect(await databaseFingerprint(t)).toEqual(before);
    });

    it('reassigns 2b’s contributing part from IOM to UNICEF, dropping IOM’s focal points', async () => {
      const id = await ids.assignment('2b', 'IOM');
      const iomFocal = await ids.person('migration@iom.mn.example');
      await t.prisma.assignmentFocalPoint.create({ data: { assignmentId: id, personId: iomFocal } });
      const unicef = await ids.organisation('UNICEF');
      const response = await coordinator
        .patch(`/api/assignments/${id}`)
        .send({ version: 1, organisationId: unicef })
        .expect(200);
      expect(ZAssignment.parse(response.body)).toMatchObject({
        organisation: { shortName: 'UNICEF' },
        focalPoints: [],
        version: 2,
      });
      expect((await auditOf(id)).at(-1)).toMatchObject({
        action: 'assignment.reassigned',
        before: { organisationId: await ids.organisation('IOM'), focalPointIds: [iomFocal] },
        after: { organisationId: unicef, focalPointIds: [] },
      });
    });

    it('refuses to make a contributing organisation a second lead', async () => {
      const id = await ids.assignment('2b', 'UNICEF');
      const response = await coordinator
        .patch(`/api/assignments/${id}`)
        .send({ version: 2, role: 'lead' })
        .expect(409);
      expect(response.body.message).toBe(
        'Question 2b already has a lead organisation (GDBP); a question has one lead',
      );
    });

    it('does not give an accepted contribution to another organisation', async () => {
      const id = await ids.assignment('3d', 'MFA');
      await t.prisma.assignment.update({ where: { id }, data: { state: 'accepted' } });
      const response = await coordinator
        .patch(`/api/assignments/${id}`)
        .send({ version: 1, organisationId: await ids.organisation('NDA') })
        .expect(409);
      expect(response.body).toMatchObject({
        code: 'INVALID_TRANSITION',
        message: 'An accepted contribution cannot be given to another organisation; reopen it first',
      });
      await t.prisma.assignment.update({ where: { id }, data: { state: 'not_started' } });
    });
  });

  describe('removing an assignment', () => {
    it('removes one without work, auditing what it was', async () => {
      const id = await ids.assignment('2d', 'NPA');
      await coordinator.delete(`/api/assignments/${id}`).expect(204);
      expect(await t.prisma.assignment.findUnique({ where: { id } })).toBeNull();
      expect(await auditOf(id)).toEqual([
        expect.objectContaining({ action: 'assignment.created' }),
        expect.objectContaining({
          action: 'assignment.deleted',
          actor: { email: DEMO.coordinator },
          before: expect.objectContaining({ questionCode: '2d', state: 'not_started', role: 'contributing' }),
        }),
      ]);
    });

    it('keeps one whose organisation has saved text', async () => {
      const id = await ids.assignment('1c', 'MLSP');
      await mlsp
        .put(`/api/assignments/${id}/contribution`)
        .send({ baseVersion: 0, body: 'Draft' })
        .expect(200);
      const before = await databaseFingerprint(t);
      const response = await coordinator.delete(`/api/assignments/${id}`).expect(409);
      expect(response.body.message).toBe(
        'MLSP has already saved text or attached files for question 1c; an assignment with work in it cannot be removed (reassign it instead)',
      );
      expect(await databaseFingerprint(t)).toEqual(before);
    });
  });

  describe('who sees which assignments', () => {
    it('a contributor sees only its organisation’s, even when asking for another’s', async () => {
      const all = ZListAssignmentsResponse.parse(
        (await mlsp.get(`${reviewUrl}/assignments`).expect(200)).body,
      );
      expect(new Set(all.assignments.map((a) => a.organisation.shortName))).toEqual(new Set(['MLSP']));
      expect(all.assignments.map((a) => a.question.code)).toEqual(['1a', '1b', '1c', '1d', '3a', '3b', '10']);
      const gdbpId = await ids.organisation('GDBP');
      const other = await mlsp.get(`${reviewUrl}/assignments?organisationId=${gdbpId}`).expect(200);
      expect(other.body.assignments).toEqual([]);
    });

    it('the observer sees everyone’s and can filter by question and organisation', async () => {
      const all = ZListAssignmentsResponse.parse(
        (await observer.get(`${reviewUrl}/assignments`).expect(200)).body,
      );
      expect(all.assignments.length).toBeGreaterThan(30);
      const q2b = await observer.get(`${reviewUrl}/assignments?questionCode=2b`).expect(200);
      expect(q2b.body.assignments.map((a: TAssignment) => [a.organisation.shortName, a.role])).toEqual([
        ['GDBP', 'lead'],
        ['UNICEF', 'contributing'],
      ]);
      const gdbpId = await ids.organisation('GDBP');
      const both = await observer
        .get(`${reviewUrl}/assignments?questionCode=2c&organisationId=${gdbpId}`)
        .expect(200);
      expect(both.body.assignments.map((a: TAssignment) => a.role)).toEqual(['contributing']);
    });

    it('the coordinator’s own list holds its organisation’s questions and those it is focal point for', async () => {
      const coordinatorId = await ids.person(DEMO.coordinator);
      const q2a = await ids.assignment('2a', 'GDBP');
      await t.prisma.assignmentFocalPoint.create({ data: { assignmentId: q2a, personId: coordinatorId } });
      const mine = ZListAssignmentsResponse.parse(
        (await coordinator.get('/api/me/assignments').expect(200)).body,
      );
      const labels = mine.assignments.map((a) => `${a.question.code}:${a.organisation.shortName}`);
      expect(labels).toEqual([
        '1d:MFA',
        '2a:GDBP',
        '3a:MFA',
        '3b:MFA',
        '3c:MFA',
        '3d:MFA',
        '5:MFA',
        '7:MFA',
        '8:MFA',
        '9:MFA',
        '10:MFA',
      ]);
      expect((await observer.get('/api/me/assignments').expect(200)).body.assignments).toEqual([]);
    });
  });

  it('reports progress per organisation, counting overdue work in the review’s time zone', async () => {
    const mlspId = await ids.organisation('MLSP');
    const id1b = await ids.assignment('1b', 'MLSP');
    await t.prisma.assignment.update({ where: { id: id1b }, data: { state: 'submitted' } });
    const response = await observer.get(`${reviewUrl}/progress`).expect(200);
    const { organisations } = ZReviewProgressResponse.parse(response.body);
    const byName = organisations.map((o) => o.organisation.name);
    expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b)));
    expect(organisations.find((o) => o.organisation.id === mlspId)).toEqual({
      organisation: expect.objectContaining({ shortName: 'MLSP' }),
      total: 7,
      accepted: 0,
      submitted: 1,
      inProgress: 1,
      notStarted: 5,
      overdue: 1,
    });
    // Eight days on, 1c and 1d (due in seven) are overdue too; the submitted 1b is not.
    t.clock.advance(8 * 24 * 3600 * 1000);
    const observerLater = await t.signIn(DEMO.observer);
    const later = ZReviewProgressResponse.parse(
      (await observerLater.get(`${reviewUrl}/progress`).expect(200)).body,
    );
    expect(later.organisations.find((o) => o.organisation.id === mlspId)?.overdue).toBe(3);
    t.clock.advance(-8 * 24 * 3600 * 1000);
    await t.prisma.assignment.update({ where: { id: id1b }, data: { state: 'not_started' } });
  });

  it('shows progress to accepted members only: another country’s review, an invitation not taken up and no review at all get the same 404', async () => {
    // A second country's review, coordinated by someone else (the demo's second country).
    const fijiReviewId = await seedSecondCountry(t.prisma, t.clock.now());
    if (!fijiReviewId) throw new Error('the second country was already seeded');
    const fijiEmail = SECOND_COUNTRY.people[0].email;
    const fiji = await t.signIn(fijiEmail);
    const problem = (response: request.Response) => ({
      code: response.body.code,
      message: response.body.message,
    });
    const none = problem(await coordinator.get(`/api/reviews/${randomUUID()}/progress`).expect(404));
    expect(none).toEqual({ code: 'NOT_FOUND', message: 'There is no review with this id' });
    // Each coordinator reads their own review's progress, and not the other's.
    await fiji.get(`/api/reviews/${fijiReviewId}/progress`).expect(200);
    expect(problem(await coordinator.get(`/api/reviews/${fijiReviewId}/progress`).expect(404))).toEqual(none);
    expect(problem(await fiji.get(`${reviewUrl}/progress`).expect(404))).toEqual(none);
    // The observer's membership put back to an invitation not taken up: it grants nothing.
    const observerId = await ids.person(DEMO.observer);
    const membership = { reviewId_personId: { reviewId: ids.reviewId, personId: observerId } };
    const { acceptedAt } = await t.prisma.membership.findUniqueOrThrow({ where: membership });
    await t.prisma.membership.update({ where: membership, data: { acceptedAt: null } });
    try {
      expect(problem(await observer.get(`${reviewUrl}/progress`).expect(404))).toEqual(none);
    } finally {
      await t.prisma.membership.update({ where: membership, data: { acceptedAt } });
    }
    await observer.get(`${reviewUrl}/progress`).expect(200);
  });
});
