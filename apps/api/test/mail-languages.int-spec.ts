import type request from 'supertest';
import type { SmtpSink } from '../src/dev-mail/smtp-sink';
import { demoIds } from './support/journey-fixtures';
import { DEMO, type TestApp } from './support/test-app';
import { type AppWithWorker, bootAppWithWorker } from './support/test-worker';
import { mailSettled } from './support/waits';

/**
 * A reminder goes out in the language its recipient chose, with its dates on the review's wall
 * clock; a person who chose none still reads English, whatever others chose.
 */
describe('reminders in the recipient’s language', () => {
  let booted: AppWithWorker;
  let t: TestApp;
  let sink: SmtpSink;
  let coordinator: request.Agent;
  let gdbpAssignment: string;
  let mlspAssignment: string;

  /** "Remind now" as the coordinator, signed in again at the clock's time (sessions expire). */
  const remind = async (assignmentId: string) => {
    const before = sink.received.length;
    coordinator = await t.signIn(DEMO.coordinator);
    await coordinator.post(`/api/assignments/${assignmentId}/remind`).expect(202);
    await sink.waitFor(before + 1);
    await mailSettled(t);
    const mails = sink.received.slice(before);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    // Intl may write a (narrow) no-break space before "г." (год); compared here as a plain space.
    const plain = (value: string | undefined) => (value ?? '').replace(/[\u00a0\u202f]/g, ' ');
    return mail && { ...mail, subject: plain(mail.parsed.subject), text: plain(mail.parsed.text) };
  };

  beforeAll(async () => {
    booted = await bootAppWithWorker();
    ({ t, sink } = booted);
    const ids = demoIds(t);
    coordinator = await t.signIn(DEMO.coordinator);
    // GDBP's focal point reads Russian; MLSP's never chose a language.
    const gdbpFocal = await t.signIn(DEMO.borderContributor);
    await gdbpFocal.put('/api/me/language').send({ locale: 'ru' }).expect(200);
    const created = await coordinator
      .post(`/api/reviews/${ids.reviewId}/assignments`)
      .send({
        questionCode: '2b',
        organisationId: await ids.organisation('GDBP'),
        role: 'lead',
        dueDate: '2026-12-18',
        focalPointIds: [await ids.person(DEMO.borderContributor)],
      })
      .expect(201);
    gdbpAssignment = created.body.id;
    mlspAssignment = await ids.assignment('1b', 'MLSP');
    await mailSettled(t);
  });

  afterAll(() => booted?.close());

  it('reaches the Russian-speaking focal point in Russian, the due date written the Russian way', async () => {
    // Saturday 28 November 2026, 10:00 in Ulaanbaatar: 20 days before the due date.
    t.clock.set(new Date('2026-11-28T02:00:00Z'));
    const mail = await remind(gdbpAssignment);
    expect(mail?.envelopeTo).toEqual([DEMO.borderContributor]);
    expect(mail?.subject).toBe(
      'Напоминание: ответ на вопрос 2b (General Department for Border Protection) нужно представить через 20 дней, пятница, 18 декабря 2026 г.',
    );
    expect(mail?.text).toContain(
      'Срок представления — пятница, 18 декабря 2026 г. (до конца дня, Asia/Ulaanbaatar).',
    );
    expect(mail?.text).toContain('Вопрос 2b');
    expect(mail?.text).toContain('Ответьте на это письмо, чтобы связаться с координатором.');
    expect(mail?.parsed.html).toMatch(/<html[^>]* lang="ru"/);
  });

  it('counts the days on the review’s calendar, not the server’s', async () => {
    // 17:00 UTC on 28 November is already 01:00 on 29 November in Ulaanbaatar: 19 days to go there
    // (20 on the server's calendar), and 19 is "дней" where 21 would be "день".
    t.clock.set(new Date('2026-11-28T17:00:00Z'));
    const mail = await remind(gdbpAssignment);
    expect(mail?.subject).toMatch(/ через 19 дней, пятница, 18 декабря 2026 г\.$/);
  });

  it('still writes English to a focal point who chose no language', async () => {
    t.clock.set(new Date('2026-11-28T02:00:00Z'));
    const mail = await remind(mlspAssignment);
    expect(mail?.envelopeTo).toEqual([DEMO.contributor]);
    expect(mail?.parsed.subject).toMatch(/^(Reminder|Overdue by|Due today)/);
    expect(mail?.parsed.html).toMatch(/<html[^>]* lang="en"/);
  });

  it('turns the e-mail right to left for a focal point who reads Arabic', async () => {
    t.clock.set(new Date('2026-11-29T02:00:00Z'));
    const mlspFocal = await t.signIn(DEMO.contributor);
    await mlspFocal.put('/api/me/language').send({ locale: 'ar' }).expect(200);
    const mail = await remind(mlspAssignment);
    expect(mail?.parsed.html).toMatch(/<html[^>]* dir="rtl"/);
    expect(mail?.parsed.text).toContain('السؤال 1b');
  });
});
