import {
  FORGOT_PASSWORD_ANSWER,
  ZCurrentPerson,
  ZInstanceAuditResponse,
  ZInstanceReviewsResponse,
} from '@gcm/domain';
import request from 'supertest';
import { runAdminCommand } from '../src/admin';
import type { ReceivedMail } from '../src/dev-mail/smtp-sink';
import { DEMO } from './support/test-app';
import { type AppWithWorker, bootAppWithWorker } from './support/test-worker';
import { mailArrives, mailSettled } from './support/waits';

/**
 * One installation, two countries: the administrator is made by the command line, activates the
 * account from the printed link, starts a review for a second country (Kazakhstan) beside the demo
 * review (Mongolia), whose coordinator activates the account from the e-mail. Then the rights
 * around it: who may start reviews, suspension, password reset and change.
 */
describe('the installation: administrator, country reviews, accounts', () => {
  let app: AppWithWorker;
  const server = () => app.t.app.getHttpServer();
  const origin = () => app.t.config.publicUrl;
  const ADMIN = 'ada.admin@escap.example';
  const KZ_COORDINATOR = 'coordinator@mfa.kz.example';
  const PASSWORD = 'a long admin password';

  /** The token of the account link or invitation in an e-mail, as its recipient clicks it. */
  function linkIn(mail: ReceivedMail, path: 'account-links' | 'invitations'): string {
    const match = new RegExp(`/${path}/([A-Za-z0-9_-]{32,128})`).exec(mail.parsed.text ?? '');
    if (!match?.[1]) throw new Error(`No ${path} link in: ${mail.parsed.text}`);
    return match[1];
  }

  const mailTo = (address: string, subject: RegExp) =>
    mailArrives(
      app.sink,
      (mail) => mail.envelopeTo.includes(address) && subject.test(mail.parsed.subject ?? ''),
      `an e-mail to ${address} with subject ${subject}`,
    );

  async function signIn(email: string, password: string): Promise<request.Agent> {
    const agent = request.agent(server()).set('Origin', origin());
    await agent.post('/api/auth/sign-in').send({ email, password }).expect(200);
    return agent;
  }

  let admin: request.Agent;
  let kazakhstan: string;

  beforeAll(async () => {
    app = await bootAppWithWorker();
  });

  afterAll(async () => {
    await app.close();
  });

  it('makes the first administrator from the command line, with a one-time link that activates the account', async () => {
    const printed: string[] = [];
    const code = await runAdminCommand(['create', ADMIN, '--name', 'Ada Admin'], app.t.config, (line) =>
      printed.push(line),
    );
    expect(code).toBe(0);
    const url = printed.map((line) => line.trim()).find((line) => line.startsWith(origin()));
    expect(url).toMatch(/\/account-links\/[A-Za-z0-9_-]{43}$/);
    const token = (url as string).split('/').at(-1) as string;
    // No password yet: the address cannot sign in before the link is used.
    await request(server())
      .post('/api/auth/sign-in')
      .set('Origin', origin())
      .send({ email: ADMIN, password: PASSWORD })
      .expect(401);
    const preview = await request(server()).get(`/api/account-links/${token}`).expect(200);
    expect(preview.body).toMatchObject({ email: ADMIN, name: 'Ada Admin', purpose: 'activation' });
    const activated = await request(server())
      .post(`/api/account-links/${token}`)
      .set('Origin', origin())
      .send({ password: PASSWORD })
      .expect(200);
    expect(ZCurrentPerson.parse(activated.body)).toMatchObject({
      email: ADMIN,
      isAdministrator: true,
      mayCreateReviews: true,
      memberships: [],
    });
    // Single use: the printed link is spent.
    await request(server())
      .post(`/api/account-links/${token}`)
      .set('Origin', origin())
      .send({ password: 'another long password' })
      .expect(409);
    // The command refuses what is not an address, and prints its usage without a command.
    const lines: string[] = [];
    expect(
      await runAdminCommand(['create', 'not-an-address'], app.t.config, (line) => lines.push(line)),
    ).toBe(2);
    expect(lines.join('\n')).toMatch(/is not valid: must be an e-mail address/);
    expect(await runAdminCommand([], app.t.config, () => {})).toBe(2);
    admin = await signIn(ADMIN, PASSWORD);
  });

  it("starts a second country's review and invites its coordinator, who activates the account from the e-mail", async () => {
    const started = await admin
      .post('/api/instance/reviews')
      .send({
        templateKey: 'escap-gcm-review-2020',
        country: 'Kazakhstan',
        cycle: 2024,
        timeZone: 'Asia/Almaty',
        finalDueDate: '2024-08-31',
        coordinator: { email: KZ_COORDINATOR, name: 'A. Nurlanovna' },
      })
      .expect(201);
    kazakhstan = started.body.id;
    expect(started.body).toMatchObject({
      country: 'Kazakhstan',
      status: 'setup',
      coordinators: [{ email: KZ_COORDINATOR, accepted: false }],
    });
    // The administrator takes no part: the review's contents stay closed to them.
    await admin.get(`/api/reviews/${kazakhstan}`).expect(404);
    await admin.get(`/api/reviews/${kazakhstan}/assignments`).expect(404);
    await admin.get(`/api/reviews/${app.t.demoReviewId}`).expect(404);

    const invitation = await mailTo(
      KZ_COORDINATOR,
      /invites you to the Voluntary GCM Review — Kazakhstan 2024/,
    );
    const token = linkIn(invitation, 'invitations');
    await request(server())
      .post(`/api/invitations/${token}/accept`)
      .set('Origin', origin())
      .send({ password: 'kazakh coordinator password' })
      .expect(200);
    const coordinator = await signIn(KZ_COORDINATOR, 'kazakh coordinator password');
    const me = ZCurrentPerson.parse((await coordinator.get('/api/auth/me').expect(200)).body);
    expect(me.memberships).toEqual([expect.objectContaining({ reviewId: kazakhstan, role: 'coordinator' })]);
    // The two countries never see each other.
    const listed = (await coordinator.get('/api/reviews').expect(200)).body.reviews.map(
      (r: { id: string }) => r.id,
    );
    expect(listed).toEqual([kazakhstan]);
    await coordinator.get(`/api/reviews/${app.t.demoReviewId}`).expect(404);
    const mongolia = await signIn(DEMO.coordinator, DEMO.password);
    await mongolia.get(`/api/reviews/${kazakhstan}`).expect(404);
    await coordinator
      .patch(`/api/reviews/${kazakhstan}`)
      .send({ version: 1, title: 'Kazakhstan 2024' })
      .expect(200);

    const overview = ZInstanceReviewsResponse.parse(
      (await admin.get('/api/instance/reviews').expect(200)).body,
    );
    expect(
      overview.reviews.map((r) => [r.country, r.coordinators.map((c) => [c.email, c.accepted])]),
    ).toEqual([
      ['Kazakhstan', [[KZ_COORDINATOR, true]]],
      ['Mongolia', [[DEMO.coordinator, true]]],
    ]);
    // The overview carries standing, never content: these fields and nothing else.
    const raw = (await admin.get('/api/instance/reviews').expect(200)).body.reviews as object[];
    for (const review of raw) {
      expect(Object.keys(review).sort()).toEqual(
        [
          'id',
          'title',
          'country',
          'cycle',
          'status',
          'finalDueDate',
          'finalDueTime',
          'timeZone',
          'createdAt',
          'coordinators',
          'memberCount',
          'progress',
          'submittedAt',
        ].sort(),
      );
    }
  });

  it("sets up the country's organisations and people from a CSV file and runs the assignment journey", async () => {
    const coordinator = await signIn(KZ_COORDINATOR, 'kazakh coordinator password');
    const { workspaceId } = (await coordinator.get(`/api/reviews/${kazakhstan}`).expect(200)).body;
    const template = await coordinator.get(`/api/workspaces/${workspaceId}/import/template`).expect(200);
    const header = template.text.split('\r\n')[0];
    const csv = [
      header,
      'Ministry of Labour and Social Protection of Population,MLSPP,ministry_agency,Dana K.,dana@enbek.kz.example,Head of Migration Policy',
      'IOM Kazakhstan,IOM,un_entity,,,',
    ].join('\n');
    const preview = await coordinator.post(`/api/workspaces/${workspaceId}/import`).send({ csv }).expect(200);
    expect(preview.body).toMatchObject({
      errorCount: 0,
      organisationsNew: 2,
      peopleNew: 1,
      committed: false,
    });
    await coordinator
      .post(`/api/workspaces/${workspaceId}/import`)
      .send({ csv, commit: true, reviewId: kazakhstan })
      .expect(200);
    const people = (await coordinator.get(`/api/workspaces/${workspaceId}/people`).expect(200)).body.people;
    const dana = people.find((p: { email: string }) => p.email === 'dana@enbek.kz.example');
    expect(dana.organisation).toMatchObject({ shortName: 'MLSPP' });

    // The focal point is invited from the directory, activates by e-mail and gets an assignment.
    await coordinator
      .post(`/api/reviews/${kazakhstan}/members`)
      .send({ email: dana.email, name: dana.name, role: 'contributor', organisationId: dana.organisation.id })
      .expect(201);
    const invitation = await mailTo(dana.email, /invites you to/);
    await request(server())
      .post(`/api/invitations/${linkIn(invitation, 'invitations')}/accept`)
      .set('Origin', origin())
      .send({ password: 'dana focal point password' })
      .expect(200);
    const focal = await signIn(dana.email, 'dana focal point password');
    const assignment = await coordinator
      .post(`/api/reviews/${kazakhstan}/assignments`)
      .send({
        questionCode: '1a',
        organisationId: dana.organisation.id,
        role: 'lead',
        dueDate: '2024-07-31',
        focalPointIds: [dana.personId],
      })
      .expect(201);
    const url = `/api/assignments/${assignment.body.id}`;
    await mailTo(dana.email, /1a/);
    const draft = await focal
      .put(`${url}/contribution`)
      .send({ baseVersion: 0, body: 'Kazakhstan adopted its Migration Policy Concept for 2023-2027.' })
      .expect(200);
    const submitted = await focal
      .post(`${url}/transitions`)
      .send({ action: 'submit', version: draft.body.assignment.version })
      .expect(200);
    const accepted = await coordinator
      .post(`${url}/transitions`)
      .send({ action: 'accept', version: submitted.body.assignment.version })
      .expect(200);
    expect(accepted.body.assignment.state).toBe('accepted');

    // Mongolia sees none of it, through the directory, the review or the assignment.
    const mongolia = await signIn(DEMO.coordinator, DEMO.password);
    const theirs = (await mongolia.get('/api/workspaces').expect(200)).body.workspaces;
    expect(theirs.map((w: { country: string }) => w.country)).toEqual(['Mongolia']);
    await mongolia.get(`/api/workspaces/${workspaceId}/people`).expect(404);
    await mongolia.get(`${url}/contribution`).expect(404);
    await mongolia.get(`/api/reviews/${kazakhstan}/assignments`).expect(404);
  });

  it('lets only administrators and people they granted it start reviews', async () => {
    // The Kazakh coordinator was invited, not granted: they cannot start another review.
    const coordinator = await signIn(KZ_COORDINATOR, 'kazakh coordinator password');
    const body = {
      templateKey: 'escap-gcm-review-2020',
      country: 'Kazakhstan',
      cycle: 2028,
      timeZone: 'Asia/Almaty',
      finalDueDate: '2028-08-31',
    };
    const refused = await coordinator.post('/api/reviews').send(body).expect(403);
    expect(refused.body.message).toMatch(/ask the administrator/);
    await coordinator
      .post('/api/instance/reviews')
      .send({ ...body, coordinator: { email: 'x@y.example', name: 'X' } })
      .expect(403);
    expect(await app.t.prisma.review.count({ where: { country: 'Kazakhstan' } })).toBe(1);
    // An administrator must name the country's coordinator.
    const unnamed = await admin.post('/api/instance/reviews').send(body).expect(400);
    expect(unnamed.body.fieldErrors).toEqual([expect.objectContaining({ path: 'coordinator' })]);

    const person = await app.t.prisma.person.findUniqueOrThrow({ where: { email: KZ_COORDINATOR } });
    const granted = await admin
      .patch(`/api/instance/accounts/${person.id}`)
      .send({ version: 1, mayCreateReviews: true })
      .expect(200);
    expect(granted.body).toMatchObject({ mayCreateReviews: true, version: 2 });
    // A second administrator working from the same version is refused, not overwritten.
    await admin
      .patch(`/api/instance/accounts/${person.id}`)
      .send({ version: 1, mayCreateReviews: false })
      .expect(409);
    await coordinator.post('/api/reviews').send(body).expect(201);
    expect(await app.t.prisma.review.count({ where: { country: 'Kazakhstan' } })).toBe(2);
  });

  it('suspends an account: its sessions and links stop working, it cannot sign in, and it can be restored', async () => {
    const person = await app.t.prisma.person.findUniqueOrThrow({ where: { email: KZ_COORDINATOR } });
    const coordinator = await signIn(KZ_COORDINATOR, 'kazakh coordinator password');
    const suspended = await admin
      .patch(`/api/instance/accounts/${person.id}`)
      .send({ version: person.accountVersion, suspended: true })
      .expect(200);
    expect(suspended.body.suspended).toBe(true);
    await coordinator.get('/api/auth/me').expect(401);
    const signIn403 = await request(server())
      .post('/api/auth/sign-in')
      .set('Origin', origin())
      .send({ email: KZ_COORDINATOR, password: 'kazakh coordinator password' })
      .expect(403);
    expect(signIn403.body.message).toMatch(/suspended/);
    // An administrator cannot suspend themselves (there would be no one to restore them).
    const self = await app.t.prisma.person.findUniqueOrThrow({ where: { email: ADMIN } });
    await admin
      .patch(`/api/instance/accounts/${self.id}`)
      .send({ version: self.accountVersion, suspended: true })
      .expect(400);
    await admin
      .patch(`/api/instance/accounts/${person.id}`)
      .send({ version: suspended.body.version, suspended: false })
      .expect(200);
    await signIn(KZ_COORDINATOR, 'kazakh coordinator password');
  });

  it('e-mails a password-reset link that works once and ends every session, with the same answer for unknown addresses', async () => {
    const old = await signIn(KZ_COORDINATOR, 'kazakh coordinator password');
    const asked = await request(server())
      .post('/api/auth/forgot-password')
      .set('Origin', origin())
      .send({ email: 'Coordinator@MFA.kz.example' })
      .expect(202);
    expect(asked.body).toEqual({ message: FORGOT_PASSWORD_ANSWER });
    const unknown = await request(server())
      .post('/api/auth/forgot-password')
      .set('Origin', origin())
      .send({ email: 'nobody@nowhere.example' })
      .expect(202);
    expect(unknown.body).toEqual(asked.body);
    const mail = await mailTo(KZ_COORDINATOR, /Choose a new password/);
    const token = linkIn(mail, 'account-links');
    // The stored e-mail holds no working link.
    const row = await app.t.prisma.outboxMessage.findFirstOrThrow({
      where: { kind: 'account.password_reset' },
    });
    expect(`${row.text}${row.html}`).not.toContain(token);
    expect((await request(server()).get(`/api/account-links/${token}`).expect(200)).body.purpose).toBe(
      'password_reset',
    );
    await request(server())
      .post(`/api/account-links/${token}`)
      .set('Origin', origin())
      .send({ password: 'a brand new password' })
      .expect(200);
    await old.get('/api/auth/me').expect(401);
    await request(server())
      .post('/api/auth/sign-in')
      .set('Origin', origin())
      .send({ email: KZ_COORDINATOR, password: 'kazakh coordinator password' })
      .expect(401);
    await signIn(KZ_COORDINATOR, 'a brand new password');
    await request(server())
      .post(`/api/account-links/${token}`)
      .set('Origin', origin())
      .send({ password: 'x'.repeat(12) })
      .expect(409);

    // At most three reset e-mails per address and hour; the answer does not change.
    for (let i = 0; i < 4; i += 1) {
      await request(server())
        .post('/api/auth/forgot-password')
        .set('Origin', origin())
        .send({ email: KZ_COORDINATOR })
        .expect(202);
    }
    await mailSettled(app.t);
    expect(await app.t.prisma.accountToken.count({ where: { purpose: 'password_reset' } })).toBe(3);
    // Only the newest link works.
    const links = await app.t.prisma.accountToken.findMany({
      where: { purpose: 'password_reset', usedAt: null },
    });
    expect(links.filter((link) => link.revokedAt === null)).toHaveLength(1);
  });

  it('changes the password of the signed-in person, who must give the current one; other sessions end', async () => {
    const here = await signIn(KZ_COORDINATOR, 'a brand new password');
    const elsewhere = await signIn(KZ_COORDINATOR, 'a brand new password');
    const wrong = await here
      .post('/api/auth/password')
      .send({ currentPassword: 'not it', newPassword: 'the changed password' })
      .expect(400);
    expect(wrong.body.fieldErrors).toEqual([expect.objectContaining({ path: 'currentPassword' })]);
    await here
      .post('/api/auth/password')
      .send({ currentPassword: 'a brand new password', newPassword: 'the changed password' })
      .expect(204);
    await here.get('/api/auth/me').expect(200);
    await elsewhere.get('/api/auth/me').expect(401);
    await signIn(KZ_COORDINATOR, 'the changed password');
  });

  it('keeps an instance-wide audit trail of all this, without the contents of any change', async () => {
    const trail = ZInstanceAuditResponse.parse(
      (await admin.get('/api/instance/audit?limit=200').expect(200)).body,
    );
    const actions = trail.events.map((event) => event.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'account.administrator_made',
        'account.activation_sent',
        'account.activated',
        'review.created',
        'member.invited',
        'invitation.accepted',
        'account.updated',
        'account.suspended',
        'account.restored',
        'account.password_reset_requested',
        'account.password_reset',
        'account.password_changed',
      ]),
    );
    expect(trail.events.find((event) => event.action === 'review.created')?.review?.id).toBeDefined();
    expect(JSON.stringify(trail)).not.toMatch(/"before"|"after"/);
    // Nobody else reads it.
    const coordinator = await signIn(KZ_COORDINATOR, 'the changed password');
    await coordinator.get('/api/instance/audit').expect(403);
    await coordinator.get('/api/instance/reviews').expect(403);
    await coordinator.get('/api/instance/accounts').expect(403);
  });
});
