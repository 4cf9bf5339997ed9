import { randomUUID } from 'node:crypto';
import type request from 'supertest';
import { hashPassword } from '../src/modules/auth/passwords';
import { demoIds, samplePdf } from './support/journey-fixtures';
import { bootTestApp, DEMO, type TestApp } from './support/test-app';

/**
 * No oracle for other reviews' ids: to the coordinator of review A, an id that belongs to review B
 * answers exactly like an id that does not exist (status, code and message), for every kind of
 * resource with an id in its URL. A malformed id answers alike for every kind too.
 */
type Send = (agent: request.Agent, id: string) => request.Test;

describe('"not found" is the same for another review\'s id and for no id at all', () => {
  let t: TestApp;
  let outsider: request.Agent;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await bootTestApp();
    const b = demoIds(t);
    // Person A coordinates review A and has nothing to do with the demo review B.
    await t.prisma.person.create({
      data: {
        email: 'outsider@example.org',
        name: 'A. Outsider',
        passwordHash: await hashPassword('outsider-pass-1'),
        mayCreateReviews: true,
      },
    });
    outsider = await t.signIn('outsider@example.org', 'outsider-pass-1');
    await outsider
      .post('/api/reviews')
      .send({
        templateKey: 'escap-gcm-review-2020',
        country: 'Atlantis',
        cycle: 2024,
        timeZone: 'UTC',
        finalDueDate: '2024-08-31',
      })
      .expect(201);

    // Review B's records, made through its own people where the seed has none.
    const reviewId = b.reviewId;
    const coordinator = await t.signIn(DEMO.coordinator);
    ids.review = reviewId;
    ids.assignment = await b.assignment('1b', 'MLSP');
    const mlsp = await t.signIn(DEMO.contributor);
    ids.attachment = (
      await mlsp
        .post(`/api/assignments/${ids.assignment}/attachments`)
        .attach('file', samplePdf('b'), 'b.pdf')
        .expect(201)
    ).body.id;
    ids.membership = (await t.prisma.membership.findFirstOrThrow({ where: { reviewId } })).id;
    ids.organisation = await b.organisation('MLSP');
    await coordinator.post(`/api/assignments/${ids.assignment}/remind`);
    const message = await t.prisma.outboxMessage.findFirst({ where: { reviewId } });
    if (message) ids.outbox = message.id;
    const workshop = await coordinator
      .post(`/api/reviews/${reviewId}/workshops`)
      .send({ title: 'Consultation', startsAt: '2020-10-19T09:00:00+08:00', place: 'Ulaanbaatar' })
      .expect(201);
    ids.workshop = workshop.body.id;
    const actionItem = await coordinator
      .post(`/api/workshops/${ids.workshop}/action-items`)
      .send({ text: 'Send the statistics', ownerOrganisationId: ids.organisation, dueDate: '2026-12-10' })
      .expect(201);
    ids.actionItem = actionItem.body.id;
    const now = t.clock.now().getTime();
    const round = await coordinator
      .post(`/api/reviews/${reviewId}/votes`)
      .send({
        title: 'Priorities',
        rules: { method: 'approval', maxPicks: 12 },
        opensAt: new Date(now - 3_600_000).toISOString(),
        closesAt: new Date(now + 72 * 3_600_000).toISOString(),
        voterIds: [await b.person(DEMO.coordinator)],
      })
      .expect(201);
    ids.round = round.body.id;
    // A sent report, written straight to the table (compiling and sending one is not the point here).
    const submission = await t.prisma.submission.create({
      data: {
        reviewId,
        version: 1,
        sha256: '0'.repeat(64),
        fileName: 'report.docx',
        document: Buffer.from('docx'),
        toAddresses: ['escap-sdd@un.org'],
        ccAddresses: [],
      },
    });
    ids.submission = submission.id;
  });

  afterAll(async () => {
    await t.close();
  });

  const cases: [string, string, Send][] = [
    ['review', 'review', (a, id) => a.get(`/api/reviews/${id}`)],
    ['review', 'review (PATCH)', (a, id) => a.patch(`/api/reviews/${id}`).send({ version: 1, title: 'x' })],
    ['review', 'review members', (a, id) => a.get(`/api/reviews/${id}/members`)],
    ['review', 'review export', (a, id) => a.get(`/api/reviews/${id}/export.json`)],
    [
      'review',
      'publication (PUT)',
      (a, id) => a.put(`/api/reviews/${id}/publication`).send({ consentToPublish: false, version: 1 }),
    ],
    // Review B has consent yes and a submission row, but it is not submitted: not published.
    ['review', 'public report', (a, id) => a.get(`/api/public/reports/${id}`)],
    ['review', 'public report document', (a, id) => a.get(`/api/public/reports/${id}/document`)],
    ['review', 'question answer', (a, id) => a.get(`/api/reviews/${id}/questions/1a/consolidation`)],
    [
      'review',
      'question answer (PUT)',
      (a, id) => a.put(`/api/reviews/${id}/questions/1a/answer`).send({ baseVersion: 0, body: 'x' }),
    ],
    [
      'assignment',
      'assignment (PATCH)',
      (a, id) => a.patch(`/api/assignments/${id}`).send({ version: 1, dueDate: '2026-12-20' }),
    ],
    ['assignment', 'assignment (DELETE)', (a, id) => a.delete(`/api/assignments/${id}`)],
    ['assignment', 'contribution', (a, id) => a.get(`/api/assignments/${id}/contribution`)],
    ['assignment', 'contribution revisions', (a, id) => a.get(`/api/assignments/${id}/revisions`)],
    [
      'assignment',
      'contribution (PUT)',
      (a, id) => a.put(`/api/assignments/${id}/contribution`).send({ baseVersion: 0, body: 'x' }),
    ],
    [
      'assignment',
      'contribution transition',
      (a, id) => a.post(`/api/assignments/${id}/transitions`).send({ action: 'submit', version: 1 }),
    ],
    [
      'assignment',
      'contribution comment',
      (a, id) => a.post(`/api/assignments/${id}/comments`).send({ body: 'A comment' }),
    ],
    ['assignment', 'assignment reminders', (a, id) => a.get(`/api/assignments/${id}/reminders`)],
    ['assignment', 'remind now', (a, id) => a.post(`/api/assignments/${id}/remind`)],
    ['attachment', 'attachment download', (a, id) => a.get(`/api/attachments/${id}/download`)],
    ['attachment', 'attachment (DELETE)', (a, id) => a.delete(`/api/attachments/${id}`)],
    ['workshop', 'workshop', (a, id) => a.get(`/api/workshops/${id}`)],
    [
      'workshop',
      'workshop (PATCH)',
      (a, id) => a.patch(`/api/workshops/${id}`).send({ version: 1, title: 'x' }),
    ],
    ['round', 'vote round', (a, id) => a.get(`/api/votes/${id}`)],
    ['round', 'vote results', (a, id) => a.get(`/api/votes/${id}/results`)],
    ['round', 'vote results by type', (a, id) => a.get(`/api/votes/${id}/results?organisationType=ngo`)],
    ['round', 'vote ballot export', (a, id) => a.get(`/api/votes/${id}/ballots.json`)],
    ['round', 'who has not voted', (a, id) => a.get(`/api/votes/${id}/non-voters`)],
    ['round', 'vote close', (a, id) => a.post(`/api/votes/${id}/close`)],
    [
      'actionItem',
      'action item (PATCH)',
      (a, id) => a.patch(`/api/action-items/${id}`).send({ version: 1, state: 'done' }),
    ],
    ['submission', 'submission document', (a, id) => a.get(`/api/submissions/${id}/document`)],
    ['outbox', 'outbox message retry', (a, id) => a.post(`/api/outbox/${id}/retry`)],
    ['outbox', 'outbox message preview', (a, id) => a.get(`/api/outbox/${id}/preview`)],
    [
      'membership',
      'member (PATCH)',
      (a, id) => a.patch(`/api/reviews/${ids.review}/members/${id}`).send({ role: 'observer' }),
    ],
    ['membership', 'member (DELETE)', (a, id) => a.delete(`/api/reviews/${ids.review}/members/${id}`)],
    [
      'organisation',
      'organisation (PATCH)',
      (a, id) => a.patch(`/api/reviews/${ids.review}/organisations/${id}`).send({ name: 'x' }),
    ],
  ];

  const answer = (response: request.Response) => ({ status: response.status, body: response.body });

  it('has a record of review B for every kind', () => {
    for (const [kind] of cases) expect({ kind, id: ids[kind] }).toEqual({ kind, id: expect.any(String) });
  });

  it.each(cases)('%s: %s', async (kind, _name, send) => {
    const id = ids[kind] ?? '';
    const other = answer(await send(outsider, id));
    const none = answer(await send(outsider, randomUUID()));
    expect(other.status).toBe(404);
    expect(other).toEqual(none);
  });

  it.each(cases)('%s: %s with a malformed id', async (_kind, _name, send) => {
    const malformed = answer(await send(outsider, 'not-a-uuid'));
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('VALIDATION');
  });
});
