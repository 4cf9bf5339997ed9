import request from 'supertest';
import { SmtpSink } from '../src/dev-mail/smtp-sink';
import { hashPassword } from '../src/modules/auth/passwords';
import { type TestApp } from './support/test-app';
import { type AppWithWorker, bootAppWithWorker } from './support/test-worker';
import { waitUntil } from './support/waits';

/**
 * Where one review meets another: two reviews made by two different people on one installation.
 * Alice coordinates review A (Kazakhstan); Mallory, who can create reviews too, coordinates review
 * B (Kyrgyzstan) and tries to reach into A through the people and organisations the two reviews
 * have in common.
 */
describe('between two reviews made by two different people', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let booted: AppWithWorker;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  let alice: request.Agent;
  let mallory: request.Agent;
  let reviewA: string;
  let reviewB: string;
  let alicesOffice: string;

  const VICTIM = 'victim@mlsp.kz.example';
  const PASSWORD = 'correct horse battery staple';
  const TITLE_A = 'Voluntary GCM Review — Kazakhstan 2020';
  const TITLE_B = 'Voluntary GCM Review — Kyrgyzstan 2024';

  async function person(email: string, name: string, organisationId?: string): Promise<void> {
    await t.prisma.person.create({
      data: {
        email,
        name,
        passwordHash: await hashPassword(PASSWORD),
        // They start reviews of their own in these tests, a right an administrator grants.
        mayCreateReviews: true,
        organisationId: organisationId ?? null,
      },
    });
  }

  async function createReview(agent: request.Agent, country: string, cycle: number): Promise<string> {
    const created = await agent
      .post('/api/reviews')
      .send({
        templateKey: 'escap-gcm-review-2020',
        country,
        cycle,
        timeZone: 'Asia/Almaty',
        finalDueDate: '2020-08-31',
      })
      .expect(201);
    return created.body.id;
  }

  /**
   * The links of the invitation e-mails to `email`, one per review title given, in that order.
   * The worker sends a batch in parallel, so the order of arrival says nothing: each link is
   * told by the review its e-mail's subject names.
   */
  async function invitationLinks(email: string, ...reviewTitles: string[]): Promise<string[]> {
    return waitUntil(
      () => {
        const invitations = sink.received.filter(
          (mail) => mail.envelopeTo.includes(email) && /invites you/.test(mail.parsed.subject ?? ''),
        );
        const links = reviewTitles.map((title) => {
          const mail = invitations.find((each) => (each.parsed.subject ?? '').endsWith(`the ${title}`));
          return mail && /\/invitations\/([A-Za-z0-9_-]{40,})/.exec(mail.parsed.text ?? '')?.[1];
        });
        return links.every(Boolean) && (links as string[]);
      },
      { what: `invitation e-mails to ${email} for ${reviewTitles.join(' and ')}`, timeoutMs: 15_000 },
    );
  }

  beforeAll(async () => {
    booted = await bootAppWithWorker({ app: { seed: false } });
    ({ t, sink } = booted);
    server = t.app.getHttpServer();
    const home = await t.prisma.organisation.create({
      data: {
        name: 'Ministry of Foreign Affairs of Kazakhstan',
        type: 'ministry_agency',
        country: 'Kazakhstan',
      },
    });
    await person('alice@mfa.kz.example', 'Alice Coordinator', home.id);
    await person('mallory@example.org', 'Mallory');
    alice = await t.signIn('alice@mfa.kz.example', PASSWORD);
    mallory = await t.signIn('mallory@example.org', PASSWORD);
    reviewA = await createReview(alice, 'Kazakhstan', 2020);
    reviewB = await createReview(mallory, 'Kyrgyzstan', 2024);
    const a = await t.prisma.review.findUniqueOrThrow({ where: { id: reviewA } });
    alicesOffice = a.coordinatingOrganisationId ?? '';
    expect(alicesOffice).not.toBe(home.id);
  });

  afterAll(() => booted?.close());

  it('an invitation to B cannot take over the account invited to A', async () => {
    // Alice invites a ministry's focal point as a coordinator of A; the person has not accepted yet.
    const ministry = await alice
      .post(`/api/reviews/${reviewA}/organisations`)
      .send({ name: 'Ministry of Labour and Social Protection', type: 'ministry_agency' })
      .expect(201);
    await alice
      .post(`/api/reviews/${reviewA}/members`)
      .send({ email: VICTIM, name: 'A. Focal', role: 'coordinator', organisationId: ministry.body.id })
      .expect(201);

    // Mallory invites the same address to B. The response carries no link, nor does B's outbox.
    const invited = await mallory
      .post(`/api/reviews/${reviewB}/members`)
      .send({ email: VICTIM, name: 'Whoever', role: 'stakeholder' })
      .expect(201);
    expect(JSON.stringify(invited.body)).not.toMatch(/invitations\//);
    expect(invited.body.member).toMatchObject({ email: VICTIM, status: 'invited', organisation: null });
    const outboxView = await mallory.get(`/api/reviews/${reviewB}/outbox`).expect(200);
    expect(JSON.stringify(outboxView.body)).not.toMatch(/invitations\/[A-Za-z0-9_-]{20,}/);

    // Both e-mails go out. Nothing stored in the database opens an invitation: the rows hold a
    // placeholder, the invitations only the SHA-256 of their tokens.
    const [linkA, linkB] = await invitationLinks(VICTIM, TITLE_A, TITLE_B);
    if (!linkA || !linkB) throw new Error('Both invitation e-mails carry a link');
    const rows = await t.prisma.$queryRaw<{ dump: string }[]>`
      SELECT string_agg(t::text, ' ') AS dump FROM (
        SELECT row_to_json(o)::text AS t FROM outbox_message o
        UNION ALL SELECT row_to_json(i)::text FROM invitation i
        UNION ALL SELECT row_to_json(a)::text FROM audit_event a) rows`;
    expect(rows[0]?.dump).not.toContain(linkA);
    expect(rows[0]?.dump).not.toContain(linkB);

    // Suppose B's link reaches Mallory anyway. Its preview shows nothing of A.
    const preview = await request(server).get(`/api/invitations/${linkB}`).expect(200);
    expect(preview.body).toMatchObject({ reviewTitle: TITLE_B });
    expect(preview.body.organisation).toBeNull();
    expect(JSON.stringify(preview.body)).not.toMatch(/Labour|2020/);

    // Accepting it sets the new account's password and takes up B, and only B.
    const accepted = await request(server)
      .post(`/api/invitations/${linkB}/accept`)
      .set('Origin', t.config.publicUrl)
      .send({ password: 'mallory-chose-this-one' })
      .expect(200);
    expect(accepted.body.memberships).toEqual([expect.objectContaining({ reviewId: reviewB })]);
    const session = String(accepted.headers['set-cookie']).split(';')[0] ?? '';
    const asVictim = (req: request.Test) => req.set('Cookie', session);
    const reviews = await asVictim(request(server).get('/api/reviews')).expect(200);
    expect(JSON.stringify(reviews.body)).not.toContain(reviewA);
    const notFound = await asVictim(request(server).get(`/api/reviews/${reviewA}`)).expect(404);
    const unknown = await asVictim(
      request(server).get('/api/reviews/00000000-0000-4000-8000-000000000000'),
    ).expect(404);
    expect(notFound.body).toEqual(unknown.body);
    await asVictim(request(server).get(`/api/reviews/${reviewA}/members`)).expect(404);
    const before = await t.prisma.review.findUniqueOrThrow({ where: { id: reviewA } });
    await asVictim(request(server).patch(`/api/reviews/${reviewA}`))
      .set('Origin', t.config.publicUrl)
      .send({ version: before.version, recipients: { to: ['mallory@example.org'], cc: [] } })
      .expect(404);
    const after = await t.prisma.review.findUniqueOrThrow({ where: { id: reviewA } });
    expect(after.recipientsTo).toEqual(['escap-sdd@un.org']);
    expect(after.version).toBe(before.version);

    // In A the person is still only invited; A's own link is what takes A up, with the password.
    const members = await alice.get(`/api/reviews/${reviewA}/members`).expect(200);
    expect(members.body.members).toEqual(
      expect.arrayContaining([expect.objectContaining({ email: VICTIM, status: 'invited' })]),
    );
    await request(server)
      .post(`/api/invitations/${linkA}/accept`)
      .set('Origin', t.config.publicUrl)
      .send({ password: 'a-guess-that-is-wrong' })
      .expect(401);
    const joined = await request(server)
      .post(`/api/invitations/${linkA}/accept`)
      .set('Origin', t.config.publicUrl)
      .send({ password: 'mallory-chose-this-one' })
      .expect(200);
    expect(joined.body.memberships.map((m: { reviewId: string }) => m.reviewId).sort()).toEqual(
      [reviewA, reviewB].sort(),
    );
    const events = await t.prisma.auditEvent.findMany({
      where: { action: 'invitation.accepted' },
      orderBy: { createdAt: 'asc' },
    });
    expect(events.map((event) => event.reviewId)).toEqual([reviewB, reviewA]);
  });

  it('inviting someone who already has an account grants nothing until they accept', async () => {
    await alice
      .post(`/api/reviews/${reviewA}/members`)
      .send({ email: 'mallory@example.org', name: 'Mallory', role: 'observer' })
      .expect(201);
    await mallory.get(`/api/reviews/${reviewA}`).expect(404);
    const me = await mallory.get('/api/auth/me').expect(200);
    expect(me.body.memberships.map((m: { reviewId: string }) => m.reviewId)).toEqual([reviewB]);
    const [link] = await invitationLinks('mallory@example.org', TITLE_A);
    await request(server)
      .post(`/api/invitations/${link}/accept`)
      .set('Origin', t.config.publicUrl)
      .send({ password: PASSWORD })
      .expect(200);
    await mallory.get(`/api/reviews/${reviewA}`).expect(200);
    // Leave A as it was for the next test.
    const members = await alice.get(`/api/reviews/${reviewA}/members`).expect(200);
    const own = members.body.members.find((m: { email: string }) => m.email === 'mallory@example.org');
    await alice.delete(`/api/reviews/${reviewA}/members/${own.membershipId}`).expect(204);
    await mallory.get(`/api/reviews/${reviewA}`).expect(404);
  });

  it("an organisation of the same name in B is B's own; A's stays as it is", async () => {
    const name = 'Ministry of Foreign Affairs of Kazakhstan';
    const auditA = await t.prisma.auditEvent.count({ where: { reviewId: reviewA } });
    const created = await mallory
      .post(`/api/reviews/${reviewB}/organisations`)
      .send({ name, type: 'ministry_agency' })
      .expect(201);
    expect(created.body.id).not.toBe(alicesOffice);
    await mallory
      .patch(`/api/reviews/${reviewB}/organisations/${created.body.id}`)
      .send({ name: 'Renamed by Mallory' })
      .expect(200);
    const office = await t.prisma.organisation.findUniqueOrThrow({ where: { id: alicesOffice } });
    expect(office.name).toBe(name);
    const a = await alice.get(`/api/reviews/${reviewA}`).expect(200);
    expect(JSON.stringify(a.body)).not.toContain('Renamed by Mallory');

    // A's organisation through B's route, or through A's: the same 404 as an id that does not exist.
    const viaB = await mallory
      .patch(`/api/reviews/${reviewB}/organisations/${alicesOffice}`)
      .send({ name: 'Renamed by Mallory' })
      .expect(404);
    const missing = await mallory
      .patch(`/api/reviews/${reviewB}/organisations/00000000-0000-4000-8000-000000000000`)
      .send({ name: 'Renamed by Mallory' })
      .expect(404);
    expect(viaB.body).toEqual(missing.body);
    await mallory
      .patch(`/api/reviews/${reviewA}/organisations/${alicesOffice}`)
      .send({ name: 'Renamed by Mallory' })
      .expect(404);
    expect((await t.prisma.organisation.findUniqueOrThrow({ where: { id: alicesOffice } })).name).toBe(name);
    expect(await t.prisma.auditEvent.count({ where: { reviewId: reviewA } })).toBe(auditA);
  });

  it('a review created by a member of A gets an office of its own, not the organisation A uses', async () => {
    // The victim's account now belongs to A's Ministry of Labour (set when A invited them).
    await t.prisma.person.update({ where: { email: VICTIM }, data: { mayCreateReviews: true } });
    const victim = await t.signIn(VICTIM, 'mallory-chose-this-one');
    const reviewC = await createReview(victim, 'Tajikistan', 2028);
    const c = await t.prisma.review.findUniqueOrThrow({
      where: { id: reviewC },
      include: { coordinatingOrganisation: true },
    });
    expect(c.coordinatingOrganisation?.name).toBe('Ministry of Labour and Social Protection');
    const inA = await t.prisma.reviewOrganisation.findMany({ where: { reviewId: reviewA } });
    expect(inA.map((link) => link.organisationId)).not.toContain(c.coordinatingOrganisationId);
    await victim
      .patch(`/api/reviews/${reviewC}/organisations/${c.coordinatingOrganisationId}`)
      .send({ name: 'Renamed in C' })
      .expect(200);
    const a = await alice.get(`/api/reviews/${reviewA}/organisations`).expect(200);
    expect(a.body.organisations.map((o: { name: string }) => o.name)).toContain(
      'Ministry of Labour and Social Protection',
    );
  });
});
