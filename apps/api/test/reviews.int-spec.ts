import {
  ESCAP_GCM_REVIEW_2020,
  questionnaireQuestions,
  type TReviewDetail,
  ZListReviewsResponse,
  ZReviewDetail,
} from '@gcm/domain';
import request from 'supertest';
import { bootTestApp, DEMO, type TestApp } from './support/test-app';

describe('reviews API', () => {
  let t: TestApp;
  let coordinator: request.Agent;

  beforeAll(async () => {
    t = await bootTestApp();
    coordinator = await t.signIn(DEMO.coordinator);
  });

  afterAll(async () => {
    await t.close();
  });

  it('asks anonymous visitors to sign in', async () => {
    const response = await request(t.app.getHttpServer()).get('/api/reviews').expect(401);
    expect(response.body).toMatchObject({ code: 'UNAUTHENTICATED', message: 'Please sign in to continue' });
  });

  it('hides reviews from people who are not members (404, not 403)', async () => {
    await t.prisma.person.create({
      data: { email: 'outsider@example.org', name: 'Outsider', passwordHash: null },
    });
    const member = await t.prisma.person.findUniqueOrThrow({ where: { email: DEMO.observer } });
    await t.prisma.person.update({
      where: { email: 'outsider@example.org' },
      data: { passwordHash: member.passwordHash },
    });
    const outsider = await t.signIn('outsider@example.org');
    expect((await outsider.get('/api/reviews').expect(200)).body.reviews).toEqual([]);
    const response = await outsider.get(`/api/reviews/${t.demoReviewId}`).expect(404);
    expect(response.body.message).toBe('There is no review with this id');
  });

  it('lists the demo review with its progress', async () => {
    const response = await coordinator.get('/api/reviews').expect(200);
    const body = ZListReviewsResponse.parse(response.body);
    expect(body.reviews).toHaveLength(1);
    const [review] = body.reviews;
    expect(review).toMatchObject({
      id: t.demoReviewId,
      country: 'Mongolia',
      cycle: 2020,
      status: 'collecting',
      timeZone: 'Asia/Ulaanbaatar',
      questionCount: 22,
      coordinatingOrganisation: { name: 'Ministry of Foreign Affairs of Mongolia', type: 'ministry_agency' },
    });
    // 1a's three assignments were due two days before "now".
    expect(review?.progress.overdue).toBe(3);
    expect(review?.progress.notStarted).toBe(review?.progress.total);
  });

  it('filters by status and country', async () => {
    const none = await coordinator.get('/api/reviews?status=submitted').expect(200);
    expect(none.body.reviews).toEqual([]);
    const some = await coordinator.get('/api/reviews?country=mongolia').expect(200);
    expect(some.body.reviews).toHaveLength(1);
  });

  it('shows a review with its questions grouped by cluster and the objectives each cluster covers', async () => {
    const response = await coordinator.get(`/api/reviews/${t.demoReviewId}`).expect(200);
    const review: TReviewDetail = ZReviewDetail.parse(response.body);
    expect(review.clusters.map((c) => [c.number, c.objectives.map((o) => o.number)])).toEqual([
      [1, [2, 5, 6, 12, 18]],
      [2, [4, 8, 9, 10, 11, 13, 21]],
      [3, [14, 15, 16, 19, 20, 22]],
      [4, [1, 3, 7, 17, 23]],
    ]);
    expect(review.clusters[1]?.title).toBe(
      'Protecting migrants through rights-based border governance measures',
    );
    expect(review.clusters.map((c) => c.questions.map((q) => q.code))).toEqual([
      ['1a', '1b', '1c', '1d'],
      ['2a', '2b', '2c', '2d'],
      ['3a', '3b', '3c', '3d'],
      ['4a', '4b', '4c', '4d'],
    ]);
    expect(review.generalQuestions.map((q) => q.code)).toEqual(['5', '6', '7', '8', '9', '10']);
    const q1b = review.clusters[0]?.questions[1];
    expect(q1b?.prompt).toBe(
      questionnaireQuestions(ESCAP_GCM_REVIEW_2020).find((q) => q.code === '1b')?.prompt,
    );
    expect(q1b?.assignments.map((a) => [a.organisation.shortName, a.role, a.deadlineStatus])).toEqual([
      ['MLSP', 'lead', 'due_soon'],
      ['NDA', 'contributing', 'due_soon'],
    ]);
    const q1a = review.clusters[0]?.questions[0];
    expect(q1a?.assignments.every((a) => a.deadlineStatus === 'overdue')).toBe(true);
    const q3a = review.clusters[2]?.questions[0];
    expect(q3a?.assignments[0]).toMatchObject({
      dueDate: '2026-12-12',
      state: 'not_started',
      deadlineStatus: 'not_started',
    });
    expect(review.contact).toMatchObject({
      country: 'Mongolia',
      office: 'Ministry of Foreign Affairs of Mongolia',
    });
    expect(review.recipients).toEqual({ to: ['escap-sdd@un.org'], cc: ['UNRNAP-regreviews@iom.int'] });
  });

  it('recomputes deadline status as time passes', async () => {
    t.clock.advance(3 * 24 * 3600 * 1000);
    const response = await coordinator.get(`/api/reviews/${t.demoReviewId}`).expect(200);
    const q1b = (response.body as TReviewDetail).clusters[0]?.questions[1];
    expect(q1b?.assignments[0]?.deadlineStatus).toBe('overdue');
    t.clock.advance(-3 * 24 * 3600 * 1000);
  });

  describe('malformed requests get a 4xx with a readable message', () => {
    it.each([
      ['a review id that is not a UUID', '/api/reviews/not-a-uuid', 400, /reviewId: must be a UUID/],
      [
        'an unknown review',
        '/api/reviews/00000000-0000-4000-8000-000000000000',
        404,
        /no review with this id/,
      ],
      ['an unknown status filter', '/api/reviews?status=lost', 400, /status: Invalid option/],
      ['an unknown query parameter', '/api/reviews?sort=name', 400, /Unrecognized key/],
      ['an empty country filter', '/api/reviews?country=', 400, /country/],
      ['a repeated status filter', '/api/reviews?status=setup&status=closed', 400, /status/],
      ['an unknown route', '/api/nowhere', 404, /Nothing is found at GET \/api\/nowhere/],
      ['an unknown template', '/api/catalogue/templates/escap-2099', 404, /no survey template "escap-2099"/],
      ['a malformed template key', '/api/catalogue/templates/%00drop', 400, /templateKey/],
    ])('%s', async (_name, url, status, message) => {
      const response = await coordinator.get(url).expect(status);
      expect(response.body).toMatchObject({ statusCode: status, message: expect.stringMatching(message) });
      expect(typeof response.body.code).toBe('string');
      expect(JSON.stringify(response.body)).not.toMatch(/at .*\.(ts|js):\d+/);
    });

    it('refuses a malformed JSON body with 400, not 500', async () => {
      const response = await coordinator
        .post('/api/reviews')
        .set('content-type', 'application/json')
        .send('{"title": ');
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({
        code: 'VALIDATION',
        message: 'The request body is not valid JSON',
      });
    });
  });
});
