import request from 'supertest';
import { invitationTokenFor } from './support/invitations';
import { bootTestApp, DEMO, type TestApp } from './support/test-app';

function sessionCookie(response: request.Response): string {
  const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  const cookie = cookies.find((value) => value.startsWith('gcm_session='));
  if (!cookie) throw new Error('no session cookie');
  return cookie;
}

describe('signing in and out', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await bootTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  it('signs in with e-mail (any case) and password, with an httpOnly SameSite cookie', async () => {
    const response = await request(t.app.getHttpServer())
      .post('/api/auth/sign-in')
      .set('Origin', t.config.publicUrl)
      .send({ email: '  Coordinator@MFA.mn.example ', password: DEMO.password })
      .expect(200);
    const cookie = sessionCookie(response);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(response.body).toMatchObject({
      email: DEMO.coordinator,
      name: 'L. Munkhtushig',
      memberships: [{ reviewId: t.demoReviewId, role: 'coordinator' }],
    });
    const text = JSON.stringify(response.body);
    expect(text).not.toMatch(/argon2|passwordHash|tokenHash/);
    const token = cookie.split(';')[0]?.split('=')[1] ?? '';
    expect(text).not.toContain(token);
    const stored = await t.prisma.session.findMany();
    expect(stored.map((row) => row.tokenHash)).not.toContain(token);
  });

  it('gives the cookie the session’s seven days as a duration, not as a date of the server’s clock', async () => {
    // The browser's clock is not the server's: here the server's is a year behind the real one.
    const serverNow = t.clock.now();
    t.clock.set(new Date(Date.now() - 365 * 24 * 3600 * 1000));
    const response = await request(t.app.getHttpServer())
      .post('/api/auth/sign-in')
      .set('Origin', t.config.publicUrl)
      .send({ email: DEMO.observer, password: DEMO.password })
      .expect(200);
    t.clock.set(serverNow);
    const cookie = sessionCookie(response);
    expect(cookie).toMatch(/Max-Age=604800(;|$)/);
    const expires = Date.parse(/Expires=([^;]+)/.exec(cookie)?.[1] ?? '');
    expect(expires).toBeGreaterThan(Date.now() + 6 * 24 * 3600 * 1000);
  });

  it('refuses a wrong password with one message that does not say whether the account exists', async () => {
    const server = t.app.getHttpServer();
    const wrong = await request(server)
      .post('/api/auth/sign-in')
      .set('Origin', t.config.publicUrl)
      .send({ email: DEMO.observer, password: 'not-the-password' })
      .expect(401);
    const unknown = await request(server)
      .post('/api/auth/sign-in')
      .set('Origin', t.config.publicUrl)
      .send({ email: 'nobody@example.org', password: 'not-the-password' })
      .expect(401);
    expect(wrong.body.message).toBe('The e-mail address or the password is not right');
    expect(unknown.body.message).toBe(wrong.body.message);
  });

  it('throttles repeated failures for an e-mail address, even with the right password afterwards', async () => {
    const server = t.app.getHttpServer();
    for (let i = 0; i < 5; i += 1) {
      await request(server)
        .post('/api/auth/sign-in')
        .set('Origin', t.config.publicUrl)
        .send({ email: DEMO.stakeholder, password: `guess-${i}` })
        .expect(401);
    }
    const throttled = await request(server)
      .post('/api/auth/sign-in')
      .set('Origin', t.config.publicUrl)
      .send({ email: DEMO.stakeholder, password: DEMO.password })
      .expect(429);
    expect(throttled.body).toMatchObject({
      code: 'RATE_LIMITED',
      message: expect.stringMatching(/Wait 15 minutes/),
    });
    t.clock.advance(16 * 60 * 1000);
    await request(server)
      .post('/api/auth/sign-in')
      .set('Origin', t.config.publicUrl)
      .send({ email: DEMO.stakeholder, password: DEMO.password })
      .expect(200);
    t.clock.advance(-16 * 60 * 1000);
  });

  it('ends the session on the server when signing out: the old cookie no longer works', async () => {
    const server = t.app.getHttpServer();
    const signIn = await request(server)
      .post('/api/auth/sign-in')
      .set('Origin', t.config.publicUrl)
      .send({ email: DEMO.contributor, password: DEMO.password })
      .expect(200);
    const cookie = sessionCookie(signIn).split(';')[0] ?? '';
    await request(server).get('/api/auth/me').set('Cookie', cookie).expect(200);
    const out = await request(server)
      .post('/api/auth/sign-out')
      .set('Origin', t.config.publicUrl)
      .set('Cookie', cookie)
      .expect(204);
    expect(String(out.headers['set-cookie'])).toMatch(/gcm_session=;/);
    await request(server).get('/api/auth/me').set('Cookie', cookie).expect(401);
  });

  it('refuses a state-changing request sent from another site', async () => {
    const response = await request(t.app.getHttpServer())
      .post('/api/auth/sign-in')
      .set('Origin', 'https://evil.example')
      .send({ email: DEMO.observer, password: DEMO.password })
      .expect(403);
    expect(response.body.message).toBe('Requests from other sites are refused');
  });

  it('refuses an expired session', async () => {
    const agent = await t.signIn(DEMO.observer);
    await agent.get('/api/auth/me').expect(200);
    t.clock.advance(8 * 24 * 3600 * 1000);
    await agent.get('/api/auth/me').expect(401);
    t.clock.advance(-8 * 24 * 3600 * 1000);
  });

  it('records when a session was last used at most once a minute, not on every request', async () => {
    const agent = await t.signIn(DEMO.borderContributor);
    const person = await t.prisma.person.findUniqueOrThrow({ where: { email: DEMO.borderContributor } });
    const start = t.clock.now();
    await t.prisma.session.updateMany({ where: { personId: person.id }, data: { lastSeenAt: start } });
    const lastSeen = async () =>
      (await t.prisma.session.findFirstOrThrow({ where: { personId: person.id, revokedAt: null } }))
        .lastSeenAt;

    await agent.get('/api/auth/me').expect(200);
    t.clock.advance(59_000);
    await agent.get('/api/auth/me').expect(200);
    expect(await lastSeen()).toEqual(start);

    t.clock.advance(2_000);
    await agent.get('/api/auth/me').expect(200);
    const touched = t.clock.now();
    expect(await lastSeen()).toEqual(touched);

    t.clock.advance(30_000);
    await agent.get('/api/auth/me').expect(200);
    await agent.get('/api/auth/me').expect(200);
    expect(await lastSeen()).toEqual(touched);
    t.clock.advance(-91_000);
  });

  it('answers malformed sign-ins with 400 and the field at fault', async () => {
    const server = t.app.getHttpServer();
    const response = await request(server)
      .post('/api/auth/sign-in')
      .set('Origin', t.config.publicUrl)
      .send({ email: 'not-an-email' })
      .expect(400);
    expect(response.body.fieldErrors).toEqual(
      expect.arrayContaining([
        { path: 'email', message: expect.stringMatching(/e-mail address/) },
        { path: 'password', message: expect.any(String) },
      ]),
    );
    await request(server)
      .post('/api/auth/sign-in')
      .set('Origin', t.config.publicUrl)
      .send({ email: DEMO.observer, password: 'x', admin: true })
      .expect(400);
    await request(server)
      .post('/api/auth/sign-in')
      .set('Origin', t.config.publicUrl)
      .send('email=x')
      .expect(415);
  });
});

describe('inviting a focal point', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await bootTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  async function gdbpId(): Promise<string> {
    return (await t.prisma.organisation.findFirstOrThrow({ where: { shortName: 'GDBP' } })).id;
  }

  it('lets the coordinator invite a person who then sets a password once and is signed in', async () => {
    const coordinator = await t.signIn(DEMO.coordinator);
    const invited = await coordinator
      .post(`/api/reviews/${t.demoReviewId}/members`)
      .send({
        email: 'Border.Analyst@gdbp.mn.example',
        name: 'O. Ganbold',
        role: 'contributor',
        organisationId: await gdbpId(),
      })
      .expect(201);
    expect(invited.body.member).toMatchObject({
      email: 'border.analyst@gdbp.mn.example',
      status: 'invited',
      role: 'contributor',
    });
    expect(invited.body).not.toHaveProperty('invitationUrl');
    const token = await invitationTokenFor(t, 'border.analyst@gdbp.mn.example');
    expect(token).toMatch(/^[A-Za-z0-9_-]{40,}$/);

    const server = t.app.getHttpServer();
    const preview = await request(server).get(`/api/invitations/${token}`).expect(200);
    expect(preview.body).toMatchObject({
      email: 'border.analyst@gdbp.mn.example',
      reviewTitle: 'Voluntary GCM Review — Mongolia 2020',
      role: 'contributor',
      organisation: { shortName: 'GDBP' },
      invitedBy: 'L. Munkhtushig',
      hasPassword: false,
    });
    await request(server)
      .post(`/api/invitations/${token}/accept`)
      .set('Origin', t.config.publicUrl)
      .send({ password: 'short' })
      .expect(400);
    const accepted = await request(server)
      .post(`/api/invitations/${token}/accept`)
      .set('Origin', t.config.publicUrl)
      .send({ password: 'border-protection-2020' })
      .expect(200);
    expect(accepted.body.memberships).toEqual([expect.objectContaining({ role: 'contributor' })]);
    const cookie = String(accepted.headers['set-cookie']).split(';')[0] ?? '';
    await request(server).get('/api/auth/me').set('Cookie', cookie).expect(200);

    const again = await request(server)
      .post(`/api/invitations/${token}/accept`)
      .set('Origin', t.config.publicUrl)
      .send({ password: 'another-password-1' })
      .expect(409);
    expect(again.body.message).toMatch(/already been used/);
    await request(server)
      .post('/api/auth/sign-in')
      .set('Origin', t.config.publicUrl)
      .send({ email: 'border.analyst@gdbp.mn.example', password: 'border-protection-2020' })
      .expect(200);
    const audit = await t.prisma.auditEvent.findMany({
      where: { action: { in: ['member.invited', 'invitation.accepted'] } },
    });
    expect(audit.map((event) => event.action).sort()).toEqual(['invitation.accepted', 'member.invited']);
  });

  it('refuses unknown, malformed and expired invitation links', async () => {
    const server = t.app.getHttpServer();
    await request(server)
      .get(`/api/invitations/${'a'.repeat(43)}`)
      .expect(404);
    await request(server).get('/api/invitations/bad!token').expect(400);
    const coordinator = await t.signIn(DEMO.coordinator);
    const invited = await coordinator
      .post(`/api/reviews/${t.demoReviewId}/members`)
      .send({ email: 'late@unfpa.mn.example', name: 'Late', role: 'stakeholder' })
      .expect(201);
    expect(invited.body.member.status).toBe('invited');
    const token = await invitationTokenFor(t, 'late@unfpa.mn.example');
    t.clock.advance(15 * 24 * 3600 * 1000);
    const expired = await request(server).get(`/api/invitations/${token}`).expect(404);
    expect(expired.body.message).toMatch(/expired/);
    t.clock.advance(-15 * 24 * 3600 * 1000);
  });

  it('renews the link when a person is invited again, so only the newest link works', async () => {
    const coordinator = await t.signIn(DEMO.coordinator);
    const body = { email: 'twice@ilo.mn.example', name: 'Twice', role: 'observer' };
    await coordinator.post(`/api/reviews/${t.demoReviewId}/members`).send(body).expect(201);
    const first = await invitationTokenFor(t, body.email);
    await coordinator.post(`/api/reviews/${t.demoReviewId}/members`).send(body).expect(201);
    const second = await invitationTokenFor(t, body.email);
    expect(second).not.toBe(first);
    const server = t.app.getHttpServer();
    await request(server).get(`/api/invitations/${first}`).expect(404);
    await request(server).get(`/api/invitations/${second}`).expect(200);
  });

  it('requires an organisation for a contributor and only lets the coordinator invite', async () => {
    const coordinator = await t.signIn(DEMO.coordinator);
    const missing = await coordinator
      .post(`/api/reviews/${t.demoReviewId}/members`)
      .send({ email: 'x@example.org', name: 'X', role: 'contributor' })
      .expect(400);
    expect(missing.body.fieldErrors).toEqual([
      { path: 'organisationId', message: 'is required for a contributor' },
    ]);
    const contributor = await t.signIn(DEMO.contributor);
    const refused = await contributor
      .post(`/api/reviews/${t.demoReviewId}/members`)
      .send({ email: 'y@example.org', name: 'Y', role: 'observer' })
      .expect(403);
    expect(refused.body.message).toBe('Only the coordinator can invite people');
    expect(
      await t.prisma.person.count({ where: { email: { in: ['x@example.org', 'y@example.org'] } } }),
    ).toBe(0);
  });

  it('keeps at least one coordinator', async () => {
    const coordinator = await t.signIn(DEMO.coordinator);
    const members = (await coordinator.get(`/api/reviews/${t.demoReviewId}/members`).expect(200)).body
      .members as {
      membershipId: string;
      email: string;
    }[];
    const own = members.find((member) => member.email === DEMO.coordinator);
    const response = await coordinator
      .patch(`/api/reviews/${t.demoReviewId}/members/${own?.membershipId}`)
      .send({ role: 'observer' })
      .expect(409);
    expect(response.body.message).toMatch(/at least one coordinator/);
  });
});
