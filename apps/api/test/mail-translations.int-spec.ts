import type request from 'supertest';
import supertest from 'supertest';
import type { ReceivedMail, SmtpSink } from '../src/dev-mail/smtp-sink';
import { createOutsiderWithReview } from './support/journey-fixtures';
import { DEMO, type TestApp } from './support/test-app';
import { type AppWithWorker, bootAppWithWorker } from './support/test-worker';
import { mailArrives, mailSettled } from './support/waits';

/**
 * Every e-mail goes out in its addressee's language: assignments, invitations and account links
 * as well as reminders. An invitation to someone without a language of their own is written in the
 * inviter's, so two reviews run by coordinators of two languages invite in two languages.
 */
describe('e-mails in the language of whoever reads them', () => {
  let booted: AppWithWorker;
  let t: TestApp;
  let sink: SmtpSink;
  /** The demo review's coordinator, who reads Arabic. */
  let mongolia: request.Agent;
  /** The coordinator of another country's review, who reads Spanish. */
  let outsider: { agent: request.Agent; reviewId: string };

  // Intl may write (narrow) no-break spaces in dates; compared here as plain spaces.
  const plain = (value: string | false | undefined) => (value || '').replace(/[\u00a0\u202f]/g, ' ');

  /** The e-mail of `kind` that reached `email`, once it has. */
  const mailTo = (email: string, kind: string): Promise<ReceivedMail> =>
    mailArrives(
      sink,
      (mail) => mail.envelopeTo.includes(email) && mail.parsed.headers.get('x-gcm-kind') === kind,
      `the ${kind} e-mail to ${email}`,
    );

  const choose = async (email: string, locale: string) => {
    const agent = await t.signIn(email);
    await agent.put('/api/me/language').send({ locale }).expect(200);
    return agent;
  };

  beforeAll(async () => {
    booted = await bootAppWithWorker();
    ({ t, sink } = booted);
    mongolia = await choose(DEMO.coordinator, 'ar');
    outsider = await createOutsiderWithReview(t, 'coordinator@outsideland.example');
    await outsider.agent.put('/api/me/language').send({ locale: 'es' }).expect(200);
  });

  afterAll(() => booted?.close());

  it('writes an assignment to a French-speaking focal point in French, whatever the coordinator reads', async () => {
    await choose(DEMO.borderContributor, 'fr');
    const gdbp = await t.prisma.organisation.findFirstOrThrow({ where: { shortName: 'GDBP' } });
    const focal = await t.prisma.person.findUniqueOrThrow({ where: { email: DEMO.borderContributor } });
    await mongolia
      .post(`/api/reviews/${t.demoReviewId}/assignments`)
      .send({
        questionCode: '2b',
        organisationId: gdbp.id,
        role: 'lead',
        dueDate: '2026-12-18',
        focalPointIds: [focal.id],
      })
      .expect(201);
    const mail = await mailTo(DEMO.borderContributor, 'assignment.created');
    expect(plain(mail.parsed.subject)).toMatch(
      /^La question 2b de l’examen « .+ » est confiée à General Department for Border Protection — échéance le vendredi 18 décembre 2026$/,
    );
    const text = plain(mail.parsed.text);
    expect(text).toContain('Échéance : vendredi 18 décembre 2026 (fin de journée, Asia/Ulaanbaatar).');
    expect(text).toContain('en tant qu’organisation chef de file');
    expect(text).toContain('Répondez à ce courriel pour joindre le coordinateur.');
    expect(mail.parsed.html).toMatch(/<html[^>]* lang="fr"/);
    expect(mail.parsed.html).toMatch(/<html[^>]* dir="ltr"/);
    // The calendar event says it in French too.
    const ics = mail.parsed.attachments.find((a) => a.filename === 'deadline.ics');
    expect(ics?.content.toString('utf8')).toContain('SUMMARY:Échéance : question 2b');
  });

  it('writes one e-mail per language when the focal points chose different ones', async () => {
    // A second focal point of GDBP, who reads Russian; the first reads French (above).
    const gdbp = await t.prisma.organisation.findFirstOrThrow({ where: { shortName: 'GDBP' } });
    const second = await t.prisma.person.create({
      data: {
        email: 'second.focal@gdbp.mn.example',
        name: 'Second Focal',
        locale: 'ru',
        organisationId: gdbp.id,
      },
    });
    await t.prisma.membership.create({
      data: {
        reviewId: String(t.demoReviewId),
        personId: second.id,
        role: 'contributor',
        organisationId: gdbp.id,
      },
    });
    const first = await t.prisma.person.findUniqueOrThrow({ where: { email: DEMO.borderContributor } });
    const created = await mongolia
      .post(`/api/reviews/${t.demoReviewId}/assignments`)
      .send({
        questionCode: '3a',
        organisationId: gdbp.id,
        role: 'contributing',
        dueDate: '2026-12-21',
        focalPointIds: [first.id, second.id],
      })
      .expect(201);
    const rows = await t.prisma.outboxMessage.findMany({
      where: { kind: 'assignment.created', assignmentId: created.body.id },
      orderBy: { dedupeKey: 'asc' },
    });
    expect(rows.map((row) => [row.dedupeKey, row.toAddresses])).toEqual([
      [`assignment.created:${created.body.id}:1`, [DEMO.borderContributor]],
      [`assignment.created:${created.body.id}:1:ru`, ['second.focal@gdbp.mn.example']],
    ]);
    const french = await mailArrives(
      sink,
      (mail) =>
        mail.envelopeTo.includes(DEMO.borderContributor) &&
        /^La question 3a /.test(mail.parsed.subject ?? ''),
      'the French e-mail about 3a',
    );
    expect(plain(french.parsed.text)).toContain('en tant qu’organisation contributrice');
    const russian = await mailTo('second.focal@gdbp.mn.example', 'assignment.created');
    expect(plain(russian.parsed.subject)).toMatch(
      /^Вопрос 3a обзора «.+» поручен организации «General Department for Border Protection» — срок понедельник, 21 декабря 2026 г\.$/,
    );
    expect(russian.envelopeTo).toEqual(['second.focal@gdbp.mn.example']);
    expect(russian.parsed.html).toMatch(/<html[^>]* lang="ru"/);
  });

  it('invites someone without an account in the inviter’s language: Arabic, right to left, in one review', async () => {
    await mongolia
      .post(`/api/reviews/${t.demoReviewId}/members`)
      .send({ email: 'new.observer@nso.mn.example', name: 'New Observer', role: 'observer' })
      .expect(201);
    const mail = await mailTo('new.observer@nso.mn.example', 'invitation');
    expect(mail.parsed.subject).toMatch(/^يدعوك .+ إلى /);
    expect(mail.parsed.html).toMatch(/<html[^>]* lang="ar"/);
    expect(mail.parsed.html).toMatch(/<html[^>]* dir="rtl"/);
    const text = plain(mail.parsed.text);
    expect(text).toContain('السيد/السيدة New Observer،');
    expect(text).toContain('بصفة مراقب (للاطلاع فقط)');
    expect(text).toContain('اقبل الدعوة');
    expect(text).not.toMatch(/invites you|Accept the invitation/);
  });

  it('and Spanish in the other review, whose coordinator reads Spanish', async () => {
    await outsider.agent
      .post(`/api/reviews/${outsider.reviewId}/members`)
      .send({ email: 'observer@outsideland.example', name: 'Outside Observer', role: 'observer' })
      .expect(201);
    const mail = await mailTo('observer@outsideland.example', 'invitation');
    expect(mail.parsed.subject).toMatch(/ le invita al examen «Voluntary GCM Review — Outsideland 2024»$/);
    expect(mail.parsed.html).toMatch(/<html[^>]* lang="es"/);
    expect(mail.parsed.html).toMatch(/<html[^>]* dir="ltr"/);
    expect(plain(mail.parsed.text)).toContain('Estimado/a Outside Observer:');
    expect(plain(mail.parsed.text)).not.toMatch(/[\u0600-\u06ff]/);
  });

  it('invites someone who chose a language in theirs, not the inviter’s', async () => {
    await choose(DEMO.observer, 'zh');
    await outsider.agent
      .post(`/api/reviews/${outsider.reviewId}/members`)
      .send({ email: DEMO.observer, name: 'Observer', role: 'observer' })
      .expect(201);
    const mail = await mailTo(DEMO.observer, 'invitation');
    expect(mail.parsed.subject).toMatch(/ 邀请您参加Voluntary GCM Review — Outsideland 2024$/);
    expect(mail.parsed.html).toMatch(/<html[^>]* lang="zh"/);
  });

  it('sends a Chinese-speaking person their new-password link in Chinese', async () => {
    await supertest(t.app.getHttpServer())
      .post('/api/auth/forgot-password')
      .set('Origin', t.config.publicUrl)
      .send({ email: DEMO.observer })
      .expect(202);
    const mail = await mailTo(DEMO.observer, 'account.password_reset');
    expect(mail.parsed.subject).toBe('为移民全球契约审查跟踪系统选择新密码');
    expect(mail.parsed.html).toMatch(/<html[^>]* lang="zh"/);
    const text = plain(mail.parsed.text);
    expect(text).toContain('有人（希望是您本人）请求为此地址选择新密码。');
    expect(text).toMatch(/有效期至 \d{4}年\d{1,2}月\d{1,2}日星期./);
    // Account e-mails are answered by no coordinator, in any language.
    expect(text).not.toContain('回复此邮件即可联系协调人。');
    await mailSettled(t);
  });
});
