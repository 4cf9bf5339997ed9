import {
  ESCAP_GCM_REVIEW_2020,
  GCM_OBJECTIVES,
  GUIDING_PRINCIPLES,
  questionnaireQuestions,
  ZCompletenessReport,
  ZReportPreview,
} from '@gcm/domain';
import type request from 'supertest';
import {
  binaryParser,
  type DemoIds,
  demoIds,
  removeStorage,
  samplePdf,
  signInDemoCast,
} from './support/journey-fixtures';
import {
  answerEverything,
  convertDocxToPdf,
  type DocxContent,
  firstParagraph,
  QUESTION_CODES,
  questionHeadingIndex,
  readDocx,
  readDocxPart,
  SURVEY_PRIORITIES,
  saveAnswer,
  sectionOf,
} from './support/report-journey';
import { bootTestApp, DEMO, type TestApp } from './support/test-app';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('report: completeness, the compiled .docx, preview and exports', () => {
  let t: TestApp;
  let ids: DemoIds;
  let coordinator: request.Agent;
  let mlsp: request.Agent;
  let stakeholder: request.Agent;
  let observer: request.Agent;
  let outsider: request.Agent;
  let reviewId: string;
  let docx: Buffer;
  let content: DocxContent;

  beforeAll(async () => {
    t = await bootTestApp();
    ids = demoIds(t);
    reviewId = ids.reviewId;
    ({ coordinator, contributor: mlsp, stakeholder, observer, outsider } = await signInDemoCast(t));
  });

  afterAll(async () => {
    await removeStorage(t);
    await t.close();
  });

  async function completeness() {
    return ZCompletenessReport.parse(
      (await coordinator.get(`/api/reviews/${reviewId}/completeness`).expect(200)).body,
    );
  }

  async function compile(agent: request.Agent = coordinator): Promise<request.Response> {
    return agent.get(`/api/reviews/${reviewId}/report.docx`).buffer(true).parse(binaryParser).expect(200);
  }

  it('lists everything missing from an untouched review, blocking the submission', async () => {
    const report = await completeness();
    expect(report.ready).toBe(false);
    const errors = report.items.filter((item) => item.level === 'error').map((item) => item.id);
    expect(errors).toEqual(QUESTION_CODES.map((code) => `question-empty:${code}`));
    expect(report.items).toEqual(
      expect.arrayContaining([
        {
          id: 'contact:telephone',
          level: 'warning',
          message: 'Contact block: Telephone is missing',
          link: 'contact',
        },
      ]),
    );
  });

  it('names a draft, a missing attachment and an open change request, and is ready once they are fixed', async () => {
    await answerEverything(coordinator, reviewId);
    expect((await completeness()).ready).toBe(true);

    await saveAnswer(coordinator, reviewId, '2b', { body: firstParagraph('2b'), status: 'draft' });
    await saveAnswer(coordinator, reviewId, '3b', {
      body: `${firstParagraph('3b')}\n\n(Please see more information in Attachment 1.)`,
    });
    const assignmentId = await ids.assignment('1c', 'MLSP');
    await mlsp
      .put(`/api/assignments/${assignmentId}/contribution`)
      .send({ baseVersion: 0, body: 'Gaps.' })
      .expect(200);
    await mlsp
      .post(`/api/assignments/${assignmentId}/transitions`)
      .send({ action: 'submit', version: 2 })
      .expect(200);
    await coordinator
      .post(`/api/assignments/${assignmentId}/transitions`)
      .send({ action: 'request_changes', version: 3, comment: 'Please add the 2020 census figures.' })
      .expect(200);
    const blocked = await completeness();
    expect(blocked.ready).toBe(false);
    expect(blocked.items.filter((item) => item.level === 'error')).toEqual([
      {
        id: 'question-draft:2b',
        level: 'error',
        message: 'Question 2b is still a draft',
        questionCode: '2b',
        link: 'question',
      },
      {
        id: 'attachment-missing:3b:1',
        level: 'error',
        message: 'Question 3b refers to Attachment 1, which is not attached',
        questionCode: '3b',
        link: 'attachments',
      },
      { id: 'change-requests', level: 'error', message: '1 change request is still open', link: 'question' },
    ]);

    await saveAnswer(coordinator, reviewId, '2b', { body: firstParagraph('2b'), status: 'final' });
    // MLSP answers the change request with a file; once accepted, it is the report's Attachment 1.
    await mlsp
      .put(`/api/assignments/${assignmentId}/contribution`)
      .send({ baseVersion: 1, body: 'Gaps, with the 2020 census figures.' })
      .expect(200);
    await mlsp
      .post(`/api/assignments/${assignmentId}/attachments`)
      .attach('file', samplePdf('Census 2020'), 'census-2020.pdf')
      .expect(201);
    const resubmitted = await mlsp
      .post(`/api/assignments/${assignmentId}/transitions`)
      .send({ action: 'submit', version: 4 })
      .expect(200);
    await coordinator
      .post(`/api/assignments/${assignmentId}/transitions`)
      .send({ action: 'accept', version: resubmitted.body.assignment.version })
      .expect(200);
    const ready = await completeness();
    expect(ready.ready).toBe(true);
    expect(ready.items.every((item) => item.level === 'warning')).toBe(true);
  });

  it('compiles a Word document named after the review, for every member', async () => {
    const response = await compile();
    expect(response.headers['content-type']).toBe(DOCX);
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="Voluntary-GCM-Review-Mongolia-2020.docx"; filename*=UTF-8''Voluntary-GCM-Review-Mongolia-2020.docx`,
    );
    docx = response.body as Buffer;
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
    content = readDocx(docx);
    await compile(stakeholder);
    await outsider.get(`/api/reviews/${reviewId}/report.docx`).expect(404);
  });

  it('uses the Title and Heading styles in the survey’s order, so Word’s navigation pane shows the structure', () => {
    const headings = content.paragraphs.filter((p) => /^(Title|Heading\d)$/.test(p.style));
    expect(headings[0]).toEqual({ style: 'Title', text: 'Voluntary GCM Review', listItem: false });
    const positions = QUESTION_CODES.map((code) => questionHeadingIndex(content, code));
    expect(positions.every((position, i) => position > (positions[i - 1] ?? 0))).toBe(true);
    const clusters = headings.filter(
      (p) => p.style === 'Heading1' && /^[1-4]\. [A-Z][a-z]+ing /.test(p.text),
    );
    expect(clusters.map((p) => p.text.slice(0, 2))).toEqual(['1.', '2.', '3.', '4.']);
    expect(content.paragraphs.findIndex((p) => p.text === clusters[1]?.text)).toBeLessThan(
      positions[4] ?? -1,
    );
    for (const template of questionnaireQuestions(ESCAP_GCM_REVIEW_2020)) {
      const heading = content.paragraphs[questionHeadingIndex(content, template.code)];
      expect(heading).toEqual({
        style: template.sectionNumber === null ? 'Heading1' : 'Heading2',
        text: `${template.code}. ${template.prompt}`,
        listItem: false,
      });
    }
    expect(headings.map((p) => p.text)).toEqual(
      expect.arrayContaining(['Coordinating office', 'Consent to publish', 'Annex', 'Attachments']),
    );
    const styles = readDocxPart(docx, 'word/styles.xml');
    expect(styles).toMatch(/w:styleId="Heading1"[\s\S]*?<w:outlineLvl w:val="0"\/>/);
    expect(styles).toMatch(/w:styleId="Heading2"[\s\S]*?<w:outlineLvl w:val="1"\/>/);
  });

  it('puts every answer under its own question heading', () => {
    for (const code of QUESTION_CODES) {
      const expected = firstParagraph(code) || null;
      if (!expected) continue;
      const section = sectionOf(content, code).map((p) => p.text);
      expect({ code, found: section.includes(expected) }).toEqual({ code, found: true });
    }
  });

  it('shows the contact block and the consent', () => {
    const contact = content.tables[0];
    expect(contact?.map((row) => row[0])).toEqual([
      'Country',
      'Office',
      'Name',
      'Title/Position',
      'E-mail',
      'Telephone',
      'Mailing address',
    ]);
    expect(contact?.[1]).toEqual(['Office', 'Ministry of Foreign Affairs of Mongolia']);
    expect(content.paragraphs.map((p) => p.text)).toContain(
      'Yes, the report may be shared at the IMRF/regional reviews site of the UN Network on Migration',
    );
  });

  it('ticks the guiding principles of question 5 in a table', () => {
    const table = content.tables.find((rows) => rows[0]?.[0] === 'Guiding principle');
    expect(table?.[0]).toEqual(['Guiding principle', 'Principle has been integrated', 'Explanation']);
    expect(table?.slice(1).map((row) => [row[0], row[1]])).toEqual(
      GUIDING_PRINCIPLES.map((principle) => [principle.title, '✓ yes']),
    );
  });

  it('lists the priority objectives of question 7 with their reasons in a two-column table', () => {
    const table = content.tables.find((rows) => rows[0]?.[0] === 'Priority GCM objective');
    expect(table?.[0]).toEqual(['Priority GCM objective', 'Reasons for prioritisation']);
    expect(table?.slice(1)).toEqual(
      SURVEY_PRIORITIES.map((priority) => [
        `${priority.objective}. ${GCM_OBJECTIVES.find((o) => o.number === priority.objective)?.title}`,
        priority.reason,
      ]),
    );
  });

  it('ends with the annex of the 23 objectives and the numbered attachments', () => {
    const texts = content.paragraphs.map((p) => p.text);
    const annex = texts.indexOf('Annex');
    expect(texts.slice(annex + 2, annex + 25)).toEqual(GCM_OBJECTIVES.map((o) => `${o.number}.\t${o.title}`));
    expect(texts.at(-1)).toBe('Attachment 1:\tAnswers to question 1c (census-2020.pdf)');
  });

  it('writes real numbered and bulleted lists from the answer text', async () => {
    await saveAnswer(coordinator, reviewId, '9', {
      body: 'The workshop aimed to:\n- review the GCM objectives\n- agree on a division of labour\n\nThen:\n\n1. compile\n2. submit',
    });
    const section = sectionOf(readDocx((await compile()).body as Buffer), '9');
    expect(section.map((p) => [p.text, p.listItem])).toEqual([
      ['The workshop aimed to:', false],
      ['review the GCM objectives', true],
      ['agree on a division of labour', true],
      ['Then:', false],
      ['compile', true],
      ['submit', true],
    ]);
  });

  it('opens in LibreOffice, which converts it to PDF', async () => {
    const pdf = await convertDocxToPdf(docx, 'Voluntary-GCM-Review-Mongolia-2020');
    if (!pdf) return;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
  }, 150_000);

  it('previews the outline and its text, with the attachments as numbered', async () => {
    const preview = ZReportPreview.parse(
      (await stakeholder.get(`/api/reviews/${reviewId}/report/preview`).expect(200)).body,
    );
    expect(preview.version).toBe(1);
    expect(preview.text.startsWith('Voluntary GCM Review\nMongolia — 2020')).toBe(true);
    expect(preview.text).toContain(
      `1a. ${questionnaireQuestions(ESCAP_GCM_REVIEW_2020)[0]?.prompt}\n\n${firstParagraph('1a')}`,
    );
    expect(preview.attachments).toEqual([
      expect.objectContaining({
        number: 1,
        fileName: 'census-2020.pdf',
        questionCode: '1c',
        description: 'Answers to question 1c',
      }),
    ]);
    await outsider.get(`/api/reviews/${reviewId}/report/preview`).expect(404);
  });

  it('exports the division of labour as RFC 4180 CSV for the coordinator and observers', async () => {
    const response = await observer.get(`/api/reviews/${reviewId}/assignments.csv`).expect(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers['content-disposition']).toContain(
      'Voluntary-GCM-Review-Mongolia-2020-assignments.csv',
    );
    const lines = response.text.split('\r\n');
    expect(lines[0]).toBe('Question,Organisation,Role,Due date,State,Submitted at');
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength((await t.prisma.assignment.count({ where: { reviewId } })) + 2);
    const due = (
      await t.prisma.assignment.findUniqueOrThrow({ where: { id: await ids.assignment('1c', 'MLSP') } })
    ).dueDate;
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^1c,Ministry of Labour and Social Protection,lead,${due.toISOString().slice(0, 10)},accepted,\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$`,
        ),
      ),
    );
    expect(lines[1]).toMatch(
      /^1a,Ministry of Labour and Social Protection,lead,\d{4}-\d\d-\d\d,not started,$/,
    );
    await mlsp.get(`/api/reviews/${reviewId}/assignments.csv`).expect(403);
    await stakeholder.get(`/api/reviews/${reviewId}/assignments.csv`).expect(403);
  });

  it('exports the whole review as JSON without secrets, and never links a secret ballot to its voter', async () => {
    const voter = await ids.person(DEMO.stakeholder);
    const round = (secret: boolean, key: string) =>
      t.prisma.voteRound.create({
        data: {
          reviewId,
          title: secret ? 'Secret round' : 'Open round',
          method: 'approval',
          rules: { method: 'approval', maxPicks: 3 },
          options: [1, 2, 3],
          secret,
          opensAt: new Date('2026-11-20T00:00:00Z'),
          closesAt: new Date('2026-11-27T00:00:00Z'),
          resultsHidden: secret,
          ballots: { create: [{ voterKey: key, personId: secret ? null : voter, content: { picks: [2] } }] },
          participation: { create: [{ voterKey: key, personId: voter }] },
        },
      });
    await round(true, 'secret-voter-key-0001');
    await round(false, 'open-voter-key-0002');

    const response = await coordinator.get(`/api/reviews/${reviewId}/export.json`).expect(200);
    expect(response.headers['content-disposition']).toContain(
      'Voluntary-GCM-Review-Mongolia-2020-export.json',
    );
    const raw = response.text;
    for (const secret of [
      'passwordHash',
      'password_hash',
      '$argon2',
      'calendarTokenHash',
      'tokenHash',
      'voterSalt',
      'voterKey',
      'secret-voter-key',
      'open-voter-key',
    ]) {
      expect({ secret, found: raw.includes(secret) }).toEqual({ secret, found: false });
    }
    const data = response.body;
    expect(data).toMatchObject({
      format: 'gcm-review-export',
      formatVersion: 1,
      review: { id: reviewId, title: 'Voluntary GCM Review — Mongolia 2020' },
    });
    expect(data.questions).toHaveLength(22);
    expect(data.answers).toHaveLength(22);
    expect(
      data.answers.find((a: { questionCode: string }) => a.questionCode === '9').revisions.length,
    ).toBeGreaterThan(1);
    expect(data.members).toContainEqual(
      expect.objectContaining({ email: DEMO.coordinator, role: 'coordinator', status: 'active' }),
    );
    const contribution = data.contributions.find((c: { assignmentId: string }) => c.assignmentId);
    expect(contribution.revisions.length).toBeGreaterThan(0);
    expect(data.contributions.flatMap((c: { attachments: unknown[] }) => c.attachments)).toContainEqual(
      expect.objectContaining({ fileName: 'census-2020.pdf', sha256: expect.any(String) }),
    );
    const secret = data.voteRounds.find((r: { secret: boolean }) => r.secret);
    const open = data.voteRounds.find((r: { secret: boolean }) => !r.secret);
    expect(secret).toMatchObject({ ballots: null, ballotCount: 1, voted: [voter] });
    expect(open).toMatchObject({ ballots: [{ personId: voter, content: { picks: [2] }, version: 1 }] });
    expect(data.auditEvents.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['review.seeded', 'answer.saved']),
    );
    await observer.get(`/api/reviews/${reviewId}/export.json`).expect(200);
    await mlsp.get(`/api/reviews/${reviewId}/export.json`).expect(403);
    await outsider.get(`/api/reviews/${reviewId}/export.json`).expect(404);
  });
});
