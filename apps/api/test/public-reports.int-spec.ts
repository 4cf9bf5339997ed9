import { createHash } from 'node:crypto';
import {
  type TPublicReport,
  ZPublication,
  ZPublicReport,
  ZPublicReportIndex,
  ZReviewDetail,
} from '@gcm/domain';
import request from 'supertest';
import { binaryParser, createOutsiderWithReview, demoIds, removeStorage } from './support/journey-fixtures';
import { answerEverything, firstParagraph, SURVEY_PRIORITIES, saveAnswer } from './support/report-journey';
import { bootTestApp, DEMO, type TestApp } from './support/test-app';
import { openRoundRequest } from './support/vote-rounds';

const ESCAP = 'escap-sdd@un.org';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Text that is written into the reviews' work but must never reach the public pages. */
const SECRETS = {
  contribution: 'Contribution text only the coordinator may read: ZX-CONTRIB-7731',
  draft: 'A draft of the amendment, not yet sent: ZX-DRAFT-4410',
  vote: 'Priority vote of the technical working group ZX-VOTE-2209',
  outsiderAnswer: 'Outsideland answer sent without consent ZX-NOCONSENT-5120',
};

/**
 * Published reports (decision 0019): the demo review (its coordinator, consent yes) and another
 * review started by another person (consent no), both sent. Anyone reads the first without signing
 * in; the second, every unsent review and every withdrawn consent answer 404 like an unknown id.
 */
describe('public reports: read-only pages of reports sent with consent to publish', () => {
  let t: TestApp;
  let anonymous: ReturnType<typeof request>;
  let coordinator: request.Agent;
  let contributor: request.Agent;
  let outsider: request.Agent;
  let demo: string;
  let other: string;
  /** People of both reviews (names and e-mail addresses), none of whom may appear publicly. */
  let people: string[] = [];

  const page = (id: string) => anonymous.get(`/api/public/reports/${id}`);
  const documentOf = (id: string) =>
    anonymous.get(`/api/public/reports/${id}/document`).buffer(true).parse(binaryParser);
  const indexIds = async () =>
    ZPublicReportIndex.parse((await anonymous.get('/api/public/reports').expect(200)).body).reports.map(
      (report) => report.id,
    );
  const reviewVersion = async (agent: request.Agent, id: string) =>
    ZReviewDetail.parse((await agent.get(`/api/reviews/${id}`).expect(200)).body).version;

  /** Both answers of "not found": an unpublished review must be indistinguishable from no review. */
  async function expectHidden(id: string): Promise<void> {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const [hidden, none] = [await page(id), await page(unknown)];
    expect(hidden.status).toBe(404);
    // A 404 is never kept by a cache: the report may be published a moment later.
    expect(hidden.headers['cache-control'] ?? '').not.toMatch(/public|max-age/);
    expect({ status: hidden.status, body: hidden.body }).toEqual({ status: none.status, body: none.body });
    const [hiddenDoc, noneDoc] = [
      await anonymous.get(`/api/public/reports/${id}/document`),
      await anonymous.get(`/api/public/reports/${unknown}/document`),
    ];
    expect(hiddenDoc.status).toBe(404);
    expect(hiddenDoc.headers['cache-control'] ?? '').not.toMatch(/public|max-age/);
    expect({ status: hiddenDoc.status, body: hiddenDoc.body }).toEqual({
      status: noneDoc.status,
      body: noneDoc.body,
    });
    expect(await indexIds()).not.toContain(id);
  }

  async function submit(agent: request.Agent, id: string): Promise<void> {
    await agent
      .post(`/api/reviews/${id}/submissions`)
      .send({ to: [ESCAP], cc: [], confirm: true })
      .expect(201);
  }

  beforeAll(async () => {
    t = await bootTestApp();
    anonymous = request(t.app.getHttpServer());
    demo = t.demoReviewId ?? '';
    coordinator = await t.signIn(DEMO.coordinator);
    contributor = await t.signIn(DEMO.contributor);
    ({ agent: outsider, reviewId: other } = await createOutsiderWithReview(t));
    const ids = demoIds(t);
    // A contribution, and a vote round, in the demo review: work that is never public.
    const assignment = await ids.assignment('1c', 'MLSP');
    await contributor
      .put(`/api/assignments/${assignment}/contribution`)
      .send({ baseVersion: 0, body: SECRETS.contribution })
      .expect(200);
    await coordinator
      .post(`/api/reviews/${demo}/votes`)
      .send(openRoundRequest(SECRETS.vote, [await ids.person(DEMO.coordinator)]))
      .expect(201);
  });

  afterAll(async () => {
    if (t) await removeStorage(t);
    await t?.close();
  });

  it('shows nothing of reviews not sent yet, whatever their consent (setup, collecting, consolidating)', async () => {
    // The demo review is collecting, with consent yes.
    expect((await t.prisma.review.findUniqueOrThrow({ where: { id: demo } })).consentToPublish).toBe(true);
    await expectHidden(demo);
    // The other review, in setup with consent yes, then collecting, then consolidating.
    await outsider
      .patch(`/api/reviews/${other}`)
      .send({
        version: await reviewVersion(outsider, other),
        consentToPublish: true,
        contact: {
          office: 'Outsideland Office of Migration',
          name: 'Outside Person',
          title: 'Director',
          email: 'outsider@example.org',
          telephone: '+1 555 0100',
          mailingAddress: '1 Harbour Road',
        },
      })
      .expect(200);
    for (const status of ['setup', 'collecting', 'consolidating'] as const) {
      if (status !== 'setup') {
        await outsider
          .patch(`/api/reviews/${other}`)
          .send({ version: await reviewVersion(outsider, other), status })
          .expect(200);
      }
      expect((await t.prisma.review.findUniqueOrThrow({ where: { id: other } })).status).toBe(status);
      await expectHidden(other);
    }
    expect(await indexIds()).toEqual([]);
  });

  it('after submission with consent, lists the report and shows it to anyone, without signing in', async () => {
    await answerEverything(coordinator, demo);
    await submit(coordinator, demo);
    const index = ZPublicReportIndex.parse((await anonymous.get('/api/public/reports').expect(200)).body);
    const submission = await t.prisma.submission.findFirstOrThrow({ where: { reviewId: demo } });
    expect(index.reports).toEqual([
      {
        id: demo,
        country: 'Mongolia',
        cycle: expect.any(Number),
        title: expect.any(String),
        submittedAt: submission.createdAt.toISOString(),
        version: 1,
      },
    ]);
    const response = await page(demo).expect(200);
    expect(response.headers['cache-control']).toBe('public, max-age=60');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    const report = ZPublicReport.parse(response.body);
    expect(report).toEqual(
      expect.objectContaining({
        id: demo,
        country: 'Mongolia',
        version: 1,
        questionnaireTitle: expect.any(String),
      }),
    );
    expect(report.document).toEqual({
      fileName: submission.fileName,
      sizeBytes: submission.document.length,
      sha256: submission.sha256,
    });
    // The questionnaire's structure: its four clusters, then the questions standing on their own.
    expect(report.sections.filter((s) => s.number !== null).map((s) => s.number)).toEqual([1, 2, 3, 4]);
    const question = (code: string) =>
      report.sections.flatMap((s) => s.questions).find((q) => q.code === code);
    expect(question('1a')?.status).toBe('final');
    expect(JSON.stringify(question('1a')?.answer)).toContain(firstParagraph('1a').slice(0, 120));
    expect(report.priorities.map((p) => p.objective)).toEqual(SURVEY_PRIORITIES.map((p) => p.objective));
    expect(report.priorities[0]?.reason).toBe(SURVEY_PRIORITIES[0]?.reason);
  });

  it('hands out the document exactly as it was sent, as an attachment', async () => {
    const response = await documentOf(demo).expect(200);
    const submission = await t.prisma.submission.findFirstOrThrow({ where: { reviewId: demo } });
    const bytes = response.body as Buffer;
    expect(response.headers['content-type']).toBe(DOCX);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename=/);
    expect(response.headers['cache-control']).toBe('public, max-age=60');
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(submission.sha256);
    expect(bytes.equals(Buffer.from(submission.document))).toBe(true);
  });

  it('publishes nothing of a review sent without consent', async () => {
    await outsider
      .patch(`/api/reviews/${other}`)
      .send({ version: await reviewVersion(outsider, other), consentToPublish: false })
      .expect(200);
    await answerEverything(outsider, other, (code) =>
      code === '1a' ? SECRETS.outsiderAnswer : firstParagraph(code),
    );
    await submit(outsider, other);
    await expectHidden(other);
    expect(await indexIds()).toEqual([demo]);
  });

  it('lets only the review’s own coordinator change its publication', async () => {
    const version = await reviewVersion(coordinator, demo);
    // The other review's coordinator: as if the review did not exist. A contributor: refused.
    await outsider
      .put(`/api/reviews/${demo}/publication`)
      .send({ consentToPublish: false, version })
      .expect(404);
    await contributor
      .put(`/api/reviews/${demo}/publication`)
      .send({ consentToPublish: false, version })
      .expect(403);
    await anonymous
      .put(`/api/reviews/${demo}/publication`)
      .send({ consentToPublish: false, version })
      .expect(401);
    await coordinator
      .put(`/api/reviews/${other}/publication`)
      .send({ consentToPublish: true, version: 1 })
      .expect(404);
    expect(await indexIds()).toEqual([demo]);
    await expectHidden(other);
  });

  it('unpublishes at once when the consent is withdrawn after submission, and publishes again when given', async () => {
    const version = await reviewVersion(coordinator, demo);
    const withdrawn = await coordinator
      .put(`/api/reviews/${demo}/publication`)
      .send({ consentToPublish: false, version })
      .expect(200);
    expect(ZPublication.parse(withdrawn.body)).toEqual({
      consentToPublish: false,
      published: false,
      version: version + 1,
    });
    await expectHidden(demo);
    // A stale version is refused, saying which version is current; nothing changes.
    const stale = await coordinator
      .put(`/api/reviews/${demo}/publication`)
      .send({ consentToPublish: true, version })
      .expect(409);
    expect(stale.body.details).toEqual({ currentVersion: version + 1 });
    await expectHidden(demo);
    const audit = await t.prisma.auditEvent.findFirstOrThrow({
      where: { reviewId: demo, action: 'review.publication_changed' },
    });
    expect(audit.before).toEqual({ consentToPublish: true, published: true });
    expect(audit.after).toEqual({ consentToPublish: false, published: false });
    const given = await coordinator
      .put(`/api/reviews/${demo}/publication`)
      .send({ consentToPublish: true, version: version + 1 })
      .expect(200);
    expect(given.body).toEqual({ consentToPublish: true, published: true, version: version + 2 });
    await page(demo).expect(200);
    expect(await indexIds()).toEqual([demo]);
  });

  it('keeps showing the answers as sent while an amendment is open, and the amended version once sent', async () => {
    await coordinator
      .post(`/api/reviews/${demo}/amendments`)
      .send({ questionCodes: ['2b'], note: 'Corrections to 2b' })
      .expect(201);
    await saveAnswer(coordinator, demo, '2b', { body: SECRETS.draft });
    const answerOf = (report: TPublicReport, code: string) =>
      report.sections.flatMap((s) => s.questions).find((q) => q.code === code);
    let report = ZPublicReport.parse((await page(demo).expect(200)).body);
    expect(answerOf(report, '2b')?.status).toBe('final');
    expect(JSON.stringify(answerOf(report, '2b')?.answer)).toContain(firstParagraph('2b').slice(0, 120));
    expect(JSON.stringify(report)).not.toContain(SECRETS.draft);
    // Even made final, the amended answer is not public until it is sent.
    const amended = 'The amended answer to 2b, as sent in version 2.';
    await saveAnswer(coordinator, demo, '2b', { body: amended, status: 'final' });
    report = ZPublicReport.parse((await page(demo).expect(200)).body);
    expect(JSON.stringify(report)).not.toContain(amended);
    expect(report.version).toBe(1);
    await submit(coordinator, demo);
    report = ZPublicReport.parse((await page(demo).expect(200)).body);
    expect(report.version).toBe(2);
    expect(JSON.stringify(answerOf(report, '2b')?.answer)).toContain(amended);
    const latest = await t.prisma.submission.findFirstOrThrow({ where: { reviewId: demo, version: 2 } });
    const bytes = (await documentOf(demo).expect(200)).body as Buffer;
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(latest.sha256);
  });

  it('never shows drafts, contributions, people, contact details, votes or audit in any public answer', async () => {
    people = (
      await t.prisma.person.findMany({
        where: { memberships: { some: { reviewId: { in: [demo, other] } } } },
        select: { name: true, email: true },
      })
    ).flatMap((person) => [person.name, person.email]);
    const review = await t.prisma.review.findUniqueOrThrow({ where: { id: demo } });
    const forbidden = [
      ...Object.values(SECRETS),
      ...people,
      review.contactName,
      review.contactEmail,
      review.contactTitle,
      review.contactMailingAddress,
      ...(review.contactPhone ? [review.contactPhone] : []),
      'Corrections to 2b',
      'review.publication_changed',
      'report.submitted',
      ESCAP,
    ].filter((text) => text.trim().length > 0);
    expect(people.length).toBeGreaterThan(5);
    const bodies = [
      JSON.stringify((await anonymous.get('/api/public/reports').expect(200)).body),
      JSON.stringify((await page(demo).expect(200)).body),
      JSON.stringify((await page(other)).body),
    ].join('\n');
    const leaked = forbidden.filter((text) => bodies.includes(text));
    expect(leaked).toEqual([]);
  });
});
