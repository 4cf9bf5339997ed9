import { createHash } from 'node:crypto';
import {
  ZCompletenessReport,
  ZConsolidation,
  ZListSubmissionsResponse,
  ZReviewDetail,
  ZSubmission,
  ZSubmissionRefused,
} from '@gcm/domain';
import type { INestApplicationContext } from '@nestjs/common';
import type { AddressObject } from 'mailparser';
import type request from 'supertest';
import { SmtpSink } from '../src/dev-mail/smtp-sink';
import { DeliveryService } from '../src/modules/outbox/delivery.service';
import { OutboxReconciler } from '../src/modules/outbox/reconciler.service';
import { binaryParser, type DemoIds, demoIds, removeStorage, samplePdf } from './support/journey-fixtures';
import {
  type DocxContent,
  MONGOLIA_ANSWERS,
  QUESTION_CODES,
  readDocx,
  SURVEY_PRIORITIES,
  saveAnswer,
  sectionOf,
  surveyPrinciples,
} from './support/report-journey';
import { DEMO, type TestApp } from './support/test-app';
import { type AppWithWorker, bootAppWithWorker } from './support/test-worker';
import { mailSettled, waitUntil } from './support/waits';

const ESCAP = 'escap-sdd@un.org';
const IOM = 'UNRNAP-regreviews@iom.int';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The demo's focal point of each organisation (MFA's is the coordinator). */
const FOCAL_POINTS: Record<string, string> = {
  MFA: DEMO.coordinator,
  MLSP: DEMO.contributor,
  GDBP: DEMO.borderContributor,
  IAM: 'focal.point@immigration.mn.example',
  NDA: 'focal.point@nda.mn.example',
  MOJHA: 'focal.point@mojha.mn.example',
  NPA: 'focal.point@police.mn.example',
  IOM: 'migration@iom.mn.example',
};

/** What each lead organisation drafted: the survey's own answers (questions 5 and 7 introduce their tables). */
const DRAFTS: Record<string, string> = {
  ...MONGOLIA_ANSWERS,
  '5': 'Mongolia has integrated all ten guiding principles of the Global Compact into its implementation.',
  '7': 'The workshop of 19 October 2020 identified a preliminary list of 12 priority GCM objectives for Mongolia.',
};

/** Files the survey attached: "Attachment 1: answers to 1b", 2 to 2b, 3 to 3b. */
const ATTACHED: Record<string, string> = {
  '1b': 'answers-to-question-1b.pdf',
  '2b': 'answers-to-question-2b.pdf',
  '3b': 'answers-to-question-3b.pdf',
};

const AMENDED_2B =
  'Within the framework of Objective 10 of the GCM, the Government of Mongolia and the Government of the Republic of Korea have been implementing the “Prevention of Violence Against Women in Mongolia and Assistance to Victims” project for 5 years, starting from May 2019.';

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const objects = Array.isArray(field) ? field : field ? [field] : [];
  return objects.flatMap((object) => object.value.map((entry) => (entry.address ?? '').toLowerCase()));
}

/** Mongolia's 2020 review from the division of labour to ESCAP's inbox, then an amended version. */
describe('submission: the reference survey replayed end to end', () => {
  let t: TestApp;
  let ids: DemoIds;
  let sink: SmtpSink;
  let worker: INestApplicationContext;
  let booted: AppWithWorker;
  let reviewId: string;
  const agents = new Map<string, request.Agent>();
  let coordinator: request.Agent;
  let first: ReturnType<typeof ZSubmission.parse>;

  const reportMails = () => sink.received.filter((mail) => mail.envelopeTo.includes(ESCAP));

  beforeAll(async () => {
    booted = await bootAppWithWorker();
    ({ t, sink, worker } = booted);
    ids = demoIds(t);
    reviewId = ids.reviewId;
    for (const [org, email] of Object.entries(FOCAL_POINTS)) agents.set(org, await t.signIn(email));
    coordinator = agents.get('MFA') as request.Agent;
  });

  afterAll(async () => {
    await booted?.close();
    if (t) await removeStorage(t);
  });

  it('refuses to send a report that is not complete, saying what is missing', async () => {
    const refused = await coordinator
      .post(`/api/reviews/${reviewId}/submissions`)
      .send({ to: [ESCAP], cc: [IOM], confirm: true })
      .expect(409);
    const body = ZSubmissionRefused.parse(refused.body);
    expect(body.message).toMatch(
      /^The report is not ready to be sent: 22 items need fixing first \(Question 1a has no answer;/,
    );
    expect(body.details.completeness.ready).toBe(false);
    const unconfirmed = await coordinator
      .post(`/api/reviews/${reviewId}/submissions`)
      .send({ to: [ESCAP], cc: [], confirm: false })
      .expect(400);
    expect(unconfirmed.body.fieldErrors).toEqual([
      { path: 'confirm', message: 'must be true: confirm that the report is to be sent' },
    ]);
    await agents
      .get('MLSP')
      ?.post(`/api/reviews/${reviewId}/submissions`)
      .send({ to: [ESCAP], cc: [], confirm: true })
      .expect(403);
    expect(await t.prisma.submission.count()).toBe(0);
  });

  it('every question gets its lead organisation’s contribution, with the survey’s attachments, accepted', async () => {
    // 2b is the one question the demo leaves unassigned: the border protection department leads it.
    await coordinator
      .post(`/api/reviews/${reviewId}/assignments`)
      .send({
        questionCode: '2b',
        organisationId: await ids.organisation('GDBP'),
        role: 'lead',
        dueDate: '2026-12-18',
        focalPointIds: [await ids.person(DEMO.borderContributor)],
      })
      .expect(201);
    for (const code of QUESTION_CODES) {
      const lead = await t.prisma.assignment.findFirstOrThrow({
        where: { reviewId, role: 'lead', question: { code } },
        include: { organisation: true },
      });
      const agent = agents.get(lead.organisation.shortName ?? '');
      if (!agent) throw new Error(`No focal point for ${lead.organisation.shortName}`);
      const base = `/api/assignments/${lead.id}`;
      await agent.put(`${base}/contribution`).send({ baseVersion: 0, body: DRAFTS[code] }).expect(200);
      const fileName = ATTACHED[code];
      if (fileName) {
        await agent
          .post(`${base}/attachments`)
          .attach('file', samplePdf(`Answers to question ${code}`), fileName)
          .expect(201);
      }
      const submitted = await agent
        .post(`${base}/transitions`)
        .send({ action: 'submit', version: 2 })
        .expect(200);
      await coordinator
        .post(`${base}/transitions`)
        .send({ action: 'accept', version: submitted.body.assignment.version })
        .expect(200);
    }
    expect(await t.prisma.assignment.count({ where: { reviewId, role: 'lead', state: 'accepted' } })).toBe(
      22,
    );
  });

  let methodology = '';

  it('the workshop of 19 October 2020 is recorded and its prioritisation vote finalised into question 7', async () => {
    const workshop = await coordinator
      .post(`/api/reviews/${reviewId}/workshops`)
      .send({
        title: 'Workshop on the Review of the Implementation of the GCM',
        startsAt: '2020-10-19T09:00:00+08:00',
        place: 'Ulaanbaatar',
        organiserIds: [await ids.organisation('MFA'), await ids.organisation('IOM')],
        agenda: [
          'To review the GCM objectives and discuss its implementation in Mongolia',
          'To conduct a prioritization exercise identifying the GCM objectives that are most relevant for Mongolia',
        ],
        outcomes: 'Participants identified a preliminary list of 12 priority GCM Objectives for Mongolia.',
      })
      .expect(201);
    const organisations = await t.prisma.reviewOrganisation.findMany({ where: { reviewId } });
    await coordinator
      .put(`/api/workshops/${workshop.body.id}/participants`)
      .send({
        version: workshop.body.version,
        participants: organisations.map((o) => ({
          organisationId: o.organisationId,
          name: 'Delegate',
          attended: true,
        })),
      })
      .expect(200);
    methodology = (await coordinator.get(`/api/reviews/${reviewId}/methodology-draft`).expect(200)).body.body;
    expect(methodology).toContain(
      'On 19 October 2020, the Ministry of Foreign Affairs of Mongolia, in cooperation with IOM Mongolia',
    );

    const voters = await t.prisma.membership.findMany({
      where: { reviewId, role: { in: ['contributor', 'stakeholder'] } },
      select: { personId: true, person: { select: { email: true } } },
    });
    const round = await coordinator
      .post(`/api/reviews/${reviewId}/votes`)
      .send({
        title: 'Priority GCM objectives for Mongolia',
        workshopId: workshop.body.id,
        rules: { method: 'approval', maxPicks: 12 },
        voterIds: voters.map((v) => v.personId),
        opensAt: new Date(t.clock.now().getTime() - 60_000).toISOString(),
        closesAt: new Date(t.clock.now().getTime() + 86_400_000).toISOString(),
      })
      .expect(201);
    const picks = SURVEY_PRIORITIES.map((p) => p.objective);
    for (const voter of voters.slice(0, 3)) {
      const agent = await t.signIn(voter.person.email);
      await agent.put(`/api/votes/${round.body.id}/ballot`).send({ content: { picks } }).expect(200);
    }
    const closed = await coordinator.post(`/api/votes/${round.body.id}/close`).expect(200);
    await coordinator
      .put(`/api/votes/${round.body.id}/priorities`)
      .send({ version: closed.body.version, priorities: SURVEY_PRIORITIES })
      .expect(200);
  });

  it('the coordinator consolidates each question from the accepted contribution', async () => {
    for (const code of QUESTION_CODES) {
      const view = ZConsolidation.parse(
        (await coordinator.get(`/api/reviews/${reviewId}/questions/${code}/consolidation`).expect(200)).body,
      );
      const accepted = view.contributions[0];
      expect(accepted?.state).toBe('accepted');
      // Question 7's table comes from the finalised vote and question 9 from the workshop's draft.
      const data = code === '5' ? { principles: surveyPrinciples() } : undefined;
      const body = code === '9' ? methodology : code === '7' ? '' : (accepted?.body ?? '');
      await saveAnswer(coordinator, reviewId, code, { body, status: 'final', data });
    }
    const numbers = await Promise.all(
      ['1b', '2b', '3b'].map(async (code) => {
        const view = ZConsolidation.parse(
          (await coordinator.get(`/api/reviews/${reviewId}/questions/${code}/consolidation`).expect(200))
            .body,
        );
        return view.contributions[0]?.attachments.map((a) => [a.number, a.fileName]);
      }),
    );
    expect(numbers).toEqual([[[1, ATTACHED['1b']]], [[2, ATTACHED['2b']]], [[3, ATTACHED['3b']]]]);
  });

  it('with the contact block complete and consent given, the report is ready', async () => {
    const review = ZReviewDetail.parse((await coordinator.get(`/api/reviews/${reviewId}`).expect(200)).body);
    await coordinator
      .patch(`/api/reviews/${reviewId}`)
      .send({
        version: review.version,
        contact: {
          telephone: '+976 51 262 329',
          mailingAddress: 'Ministry of Foreign Affairs, Peace Ave – 7a, Ulaanbaatar, Mongolia',
        },
        consentToPublish: true,
      })
      .expect(200);
    const completeness = ZCompletenessReport.parse(
      (await coordinator.get(`/api/reviews/${reviewId}/completeness`).expect(200)).body,
    );
    expect(completeness.items.filter((item) => item.level === 'error')).toEqual([]);
    expect(completeness.items.filter((item) => item.link === 'contact' || item.link === 'consent')).toEqual(
      [],
    );
    expect(completeness.ready).toBe(true);
  });

  it('sends one e-mail to ESCAP, copied to IOM and the coordinator, with the report and its attachments', async () => {
    const listed = ZListSubmissionsResponse.parse(
      (await coordinator.get(`/api/reviews/${reviewId}/submissions`).expect(200)).body,
    );
    expect(listed).toEqual({
      submissions: [],
      defaults: { to: [ESCAP], cc: [IOM, DEMO.coordinator] },
      openAmendment: null,
    });
    const response = await coordinator
      .post(`/api/reviews/${reviewId}/submissions`)
      .send({ ...listed.defaults, note: 'With the compliments of the Consular Department.', confirm: true })
      .expect(201);
    first = ZSubmission.parse(response.body);
    expect(first).toMatchObject({
      version: 1,
      label: 'Original',
      fileName: 'Voluntary-GCM-Review-Mongolia-2020.docx',
      to: [ESCAP],
      cc: [IOM, DEMO.coordinator],
      sender: { email: DEMO.coordinator },
    });

    await waitUntil(() => reportMails().length === 1, { what: 'the report e-mail' });
    const [mail] = reportMails();
    if (!mail) throw new Error('no report e-mail');
    // It comes from the coordinating office by name and is answered by the review's contact address.
    const detail = ZReviewDetail.parse((await coordinator.get(`/api/reviews/${reviewId}`).expect(200)).body);
    expect(detail.mail.effective.senderName).toMatch(/^Ministry of Foreign Affairs/);
    expect(mail.parsed.from?.value).toEqual([
      { name: detail.mail.effective.senderName, address: 'reviews@mfa.mn.example' },
    ]);
    expect(addresses(mail.parsed.replyTo)).toEqual([detail.contact.email.toLowerCase()]);
    expect(mail.parsed.inReplyTo).toBeUndefined();
    expect(mail.envelopeTo.map((a) => a.toLowerCase()).sort()).toEqual(
      [ESCAP, IOM.toLowerCase(), DEMO.coordinator].sort(),
    );
    expect(addresses(mail.parsed.to)).toEqual([ESCAP]);
    expect(addresses(mail.parsed.cc)).toEqual([IOM.toLowerCase(), DEMO.coordinator]);
    expect(mail.parsed.subject).toBe('Voluntary GCM Review — Mongolia 2020');
    expect(mail.parsed.text).toContain(
      'please find attached the completed Voluntary GCM Review survey of Mongolia',
    );
    expect(mail.parsed.attachments.map((a) => [a.filename, a.contentType])).toEqual([
      ['Voluntary-GCM-Review-Mongolia-2020.docx', DOCX],
      [`Attachment 1 - ${ATTACHED['1b']}`, 'application/pdf'],
      [`Attachment 2 - ${ATTACHED['2b']}`, 'application/pdf'],
      [`Attachment 3 - ${ATTACHED['3b']}`, 'application/pdf'],
    ]);
    const docx = mail.parsed.attachments[0]?.content as Buffer;
    const sha256 = createHash('sha256').update(docx).digest('hex');

    // The record: the document as sent, its hash, and the SMTP Message-ID of the e-mail.
    const row = await t.prisma.submission.findUniqueOrThrow({ where: { id: first.id } });
    expect(row.sha256).toBe(sha256);
    expect(first.sha256).toBe(sha256);
    expect(Buffer.from(row.document).equals(docx)).toBe(true);
    const sent = async () =>
      (await t.prisma.outboxMessage.findUniqueOrThrow({ where: { id: row.outboxId ?? '' } })).status ===
      'sent';
    await waitUntil(sent, { what: 'the e-mail to be recorded as sent' });
    const outbox = await t.prisma.outboxMessage.findUniqueOrThrow({ where: { id: row.outboxId ?? '' } });
    expect(outbox).toMatchObject({
      kind: 'report.submission',
      status: 'sent',
      dedupeKey: `submission:${first.id}`,
    });
    expect(outbox.messageId).toBe(mail.parsed.messageId);
    const after = ZListSubmissionsResponse.parse(
      (await coordinator.get(`/api/reviews/${reviewId}/submissions`).expect(200)).body,
    );
    expect(after.submissions[0]?.email).toEqual({
      status: 'sent',
      messageId: mail.parsed.messageId,
      sentAt: expect.any(String),
      lastError: null,
    });
    const download = await agents
      .get('MLSP')
      ?.get(`/api/submissions/${first.id}/document`)
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    expect(
      createHash('sha256')
        .update(download?.body as Buffer)
        .digest('hex'),
    ).toBe(sha256);

    const review = await t.prisma.review.findUniqueOrThrow({ where: { id: reviewId } });
    expect(review.status).toBe('submitted');
    const audit = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: 'report.submitted' } });
    expect(audit.after).toMatchObject({ version: 1, sha256, to: [ESCAP], cc: [IOM, DEMO.coordinator] });

    checkReport(readDocx(docx));
  });

  /** Every answer under its question heading, question 5's ticks, question 7's table, the attachments. */
  function checkReport(content: DocxContent): void {
    // Question 7 is its table (checked below); question 9 is the workshop's methodology draft.
    for (const code of QUESTION_CODES.filter((c) => c !== '7')) {
      const section = sectionOf(content, code).map((p) => p.text);
      const expected = (code === '9' ? methodology : (DRAFTS[code] ?? '')).split('\n')[0] ?? '';
      expect({ code, found: section.includes(expected) }).toEqual({ code, found: true });
    }
    expect(sectionOf(content, '1b').map((p) => p.text)).toContain(
      '(Please see more information in Attachment 1.)',
    );
    const principles = content.tables.find((rows) => rows[0]?.[0] === 'Guiding principle');
    expect(principles?.slice(1).map((row) => row[1])).toEqual(Array(10).fill('✓ yes'));
    const priorities = content.tables.find((rows) => rows[0]?.[0] === 'Priority GCM objective');
    expect(priorities?.[0]).toEqual(['Priority GCM objective', 'Reasons for prioritisation']);
    expect(priorities?.slice(1).map((row) => [Number.parseInt(row[0] ?? '', 10), row[1]])).toEqual(
      SURVEY_PRIORITIES.map((priority) => [priority.objective, priority.reason]),
    );
    const texts = content.paragraphs.map((p) => p.text);
    expect(texts.slice(-3)).toEqual([
      `Attachment 1:\tAnswers to question 1b (${ATTACHED['1b']})`,
      `Attachment 2:\tAnswers to question 2b (${ATTACHED['2b']})`,
      `Attachment 3:\tAnswers to question 3b (${ATTACHED['3b']})`,
    ]);
  }

  it('never sends it twice: reconciling and delivering again find it sent', async () => {
    await worker.get(OutboxReconciler).reconcile();
    const outboxId =
      (await t.prisma.submission.findUniqueOrThrow({ where: { id: first.id } })).outboxId ?? '';
    await expect(worker.get(DeliveryService).deliver(outboxId)).resolves.toBe('skipped');
    await mailSettled(t);
    expect(reportMails()).toHaveLength(1);
    expect(sink.countsByOutboxId().get(outboxId)).toBe(1);
    const again = await coordinator
      .post(`/api/reviews/${reviewId}/submissions`)
      .send({ to: [ESCAP], cc: [], confirm: true })
      .expect(409);
    expect(again.body.message).toBe(
      'The report was submitted on 28 November 2026; open an amendment to send an amended version',
    );
  });

  it('an amendment reopens 2b only; the second submission is labelled "Amended version 2"', async () => {
    const note =
      'Question 2b: the Korea–Mongolia project on violence against women and assistance to victims';
    await coordinator
      .post(`/api/reviews/${reviewId}/amendments`)
      .send({ questionCodes: ['2b'], note })
      .expect(201);
    await saveAnswer(coordinator, reviewId, '2b', {
      body: `${MONGOLIA_ANSWERS['2b']}\n\n${AMENDED_2B}`,
      status: 'final',
    });
    const locked = await coordinator
      .put(`/api/reviews/${reviewId}/questions/2c/answer`)
      .send({ baseVersion: 1, body: 'x' })
      .expect(409);
    expect(locked.body.message).toMatch(/reopens only question 2b, not question 2c$/);

    const response = await coordinator
      .post(`/api/reviews/${reviewId}/submissions`)
      .send({ to: [ESCAP], cc: [IOM, DEMO.coordinator], confirm: true })
      .expect(201);
    const second = ZSubmission.parse(response.body);
    expect(second).toMatchObject({
      version: 2,
      label: 'Amended version 2',
      fileName: 'Voluntary-GCM-Review-Mongolia-2020-amended-version-2.docx',
    });
    await waitUntil(() => reportMails().length === 2, { what: 'the amended report e-mail' });
    const mail = reportMails()[1];
    expect(mail?.parsed.subject).toBe('Voluntary GCM Review — Mongolia 2020 — amended version 2');
    // ESCAP reads it as an answer to the first: the same thread.
    const original = reportMails()[0]?.parsed.messageId;
    expect(original).toMatch(/^<outbox-.+>$/);
    expect(mail?.parsed.inReplyTo).toBe(original);
    expect(mail?.parsed.references).toEqual(original);
    expect(mail?.parsed.text).toContain(`What changed: ${note}`);
    const attachment = mail?.parsed.attachments[0];
    expect(attachment?.filename).toBe('Voluntary-GCM-Review-Mongolia-2020-amended-version-2.docx');
    const content = readDocx(attachment?.content as Buffer);
    expect(content.paragraphs.slice(0, 4).map((p) => p.text)).toEqual([
      'Voluntary GCM Review',
      'Mongolia — 2020',
      'Amended version 2 — 28 November 2026',
      note,
    ]);
    expect(sectionOf(content, '2b').map((p) => p.text)).toContain(AMENDED_2B);
    checkReport(content);

    const listed = ZListSubmissionsResponse.parse(
      (await coordinator.get(`/api/reviews/${reviewId}/submissions`).expect(200)).body,
    );
    expect(listed.submissions.map((s) => [s.version, s.label])).toEqual([
      [2, 'Amended version 2'],
      [1, 'Original'],
    ]);
    expect(listed.openAmendment).toBeNull();
    expect(await t.prisma.amendment.findFirstOrThrow({ where: { reviewId } })).toMatchObject({
      questionCodes: ['2b'],
      submittedAt: expect.any(Date),
    });
    await coordinator
      .put(`/api/reviews/${reviewId}/questions/2b/answer`)
      .send({ baseVersion: 3, body: 'x' })
      .expect(409);
  });
});
