import { bootTestApp, DEMO, type TestApp } from './support/test-app';

describe('setting up a review', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await bootTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  it('creates a review from the survey template; the creator is its coordinator', async () => {
    const coordinator = await t.signIn(DEMO.coordinator);
    const created = await coordinator
      .post('/api/reviews')
      .send({
        templateKey: 'escap-gcm-review-2020',
        country: 'Mongolia',
        cycle: 2024,
        timeZone: 'Asia/Ulaanbaatar',
        finalDueDate: '2024-08-31',
      })
      .expect(201);
    expect(created.body).toMatchObject({
      title: 'Voluntary GCM Review — Mongolia 2024',
      status: 'setup',
      questionCount: 22,
      recipients: { to: ['escap-sdd@un.org'], cc: ['UNRNAP-regreviews@iom.int'] },
      contact: { name: 'L. Munkhtushig', office: 'Ministry of Foreign Affairs of Mongolia' },
      viewer: { role: 'coordinator' },
    });
    const duplicate = await coordinator
      .post('/api/reviews')
      .send({
        templateKey: 'escap-gcm-review-2020',
        country: 'Mongolia',
        cycle: 2024,
        timeZone: 'Asia/Ulaanbaatar',
        finalDueDate: '2024-08-31',
      })
      .expect(409);
    expect(duplicate.body.message).toMatch(/already exists/);
    const events = await t.prisma.auditEvent.count({
      where: { reviewId: created.body.id, action: 'review.created' },
    });
    expect(events).toBe(1);
  });

  it('refuses an unknown template, time zone or impossible date with field messages', async () => {
    const coordinator = await t.signIn(DEMO.coordinator);
    const before = await t.prisma.review.count();
    const response = await coordinator
      .post('/api/reviews')
      .send({
        templateKey: 'escap-gcm-review-2020',
        country: 'Nepal',
        cycle: 2024,
        timeZone: 'Mars/Olympus',
        finalDueDate: '2024-02-30',
      })
      .expect(400);
    expect(response.body.fieldErrors).toEqual(
      expect.arrayContaining([
        { path: 'timeZone', message: 'must be an IANA time zone such as Asia/Ulaanbaatar' },
        { path: 'finalDueDate', message: 'must be a date in the form YYYY-MM-DD' },
      ]),
    );
    await coordinator
      .post('/api/reviews')
      .send({
        templateKey: 'nope',
        country: 'Nepal',
        cycle: 2024,
        timeZone: 'Asia/Kathmandu',
        finalDueDate: '2024-08-31',
      })
      .expect(400);
    expect(await t.prisma.review.count()).toBe(before);
  });

  it('edits the contact block exactly as on the form, with the version it was based on', async () => {
    const coordinator = await t.signIn(DEMO.coordinator);
    const current = (await coordinator.get(`/api/reviews/${t.demoReviewId}`).expect(200)).body;
    const updated = await coordinator
      .patch(`/api/reviews/${t.demoReviewId}`)
      .send({
        version: current.version,
        contact: { telephone: '+976 51 26 20 00', email: 'Consular@MFA.mn.example' },
        consentToPublish: false,
        recipients: {
          to: ['escap-sdd@un.org'],
          cc: ['UNRNAP-regreviews@iom.int', 'coordinator@mfa.mn.example'],
        },
      })
      .expect(200);
    expect(updated.body.version).toBe(current.version + 1);
    expect(updated.body.contact).toMatchObject({
      telephone: '+976 51 26 20 00',
      email: 'consular@mfa.mn.example',
    });
    expect(updated.body.consentToPublish).toBe(false);

    const stale = await coordinator
      .patch(`/api/reviews/${t.demoReviewId}`)
      .send({ version: current.version, title: 'Overwrite attempt' })
      .expect(409);
    expect(stale.body.message).toMatch(/Someone else changed the review settings/);
    const row = await t.prisma.review.findUniqueOrThrow({ where: { id: t.demoReviewId ?? '' } });
    expect(row.title).toBe('Voluntary GCM Review — Mongolia 2020');

    const audit = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: 'review.updated' } });
    expect(audit.before).toMatchObject({ contactPhone: '', consentToPublish: true });
    expect(audit.after).toMatchObject({ contactPhone: '+976 51 26 20 00', consentToPublish: false });
  });

  it('lets only the coordinator change settings', async () => {
    const contributor = await t.signIn(DEMO.contributor);
    const response = await contributor
      .patch(`/api/reviews/${t.demoReviewId}`)
      .send({ version: 1, title: 'Mine' })
      .expect(403);
    expect(response.body.message).toBe('Only the coordinator can change the review settings');
  });

  it('adds organisations and refuses the same one twice', async () => {
    const coordinator = await t.signIn(DEMO.coordinator);
    const added = await coordinator
      .post(`/api/reviews/${t.demoReviewId}/organisations`)
      .send({ name: 'National Statistics Office of Mongolia', shortName: 'NSO', type: 'ministry_agency' })
      .expect(201);
    expect(added.body).toMatchObject({ shortName: 'NSO', type: 'ministry_agency', country: 'Mongolia' });
    await coordinator
      .post(`/api/reviews/${t.demoReviewId}/organisations`)
      .send({ name: 'National Statistics Office of Mongolia', type: 'ministry_agency' })
      .expect(409);
    await coordinator
      .post(`/api/reviews/${t.demoReviewId}/organisations`)
      .send({ name: 'Think tank', type: 'think_tank' })
      .expect(400);
    const list = await coordinator.get(`/api/reviews/${t.demoReviewId}/organisations`).expect(200);
    expect(list.body.organisations.map((o: { shortName: string }) => o.shortName)).toContain('NSO');
  });
});
