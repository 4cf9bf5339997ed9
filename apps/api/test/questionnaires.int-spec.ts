import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ZErrorResponse, ZQuestionnaireList, ZReviewDetail } from '@gcm/domain';
import type request from 'supertest';
import { acceptInvitation, createAdministrator } from './support/countries';
import {
  binaryParser,
  type DemoIds,
  demoIds,
  removeStorage,
  signInDemoCast,
} from './support/journey-fixtures';
import {
  convertDocxToPdf,
  type DocxContent,
  readDocx,
  saveAnswer,
  surveyPrinciples,
} from './support/report-journey';
import { bootTestApp, type TestApp } from './support/test-app';

const FIXTURE = path.join(__dirname, 'fixtures', 'pacific-gcm-review-2024.v1.json');

/** The file with `change` applied to a parsed copy. */
// biome-ignore lint/suspicious/noExplicitAny: the test breaks the raw JSON in ways no type allows
async function fixtureWith(change: (file: Record<string, any>) => void): Promise<string> {
  const file = JSON.parse(await readFile(FIXTURE, 'utf8'));
  change(file);
  return JSON.stringify(file);
}

describe('questionnaires as data: import, a review on a second template, tailoring, the compiled document', () => {
  let t: TestApp;
  let ids: DemoIds;
  let admin: request.Agent;
  let mongolia: request.Agent;
  let samoa: request.Agent;
  let samoaFocal: request.Agent;
  let samoaReview: string;
  let fixture: string;

  beforeAll(async () => {
    t = await bootTestApp();
    ids = demoIds(t);
    ({ coordinator: mongolia } = await signInDemoCast(t));
    admin = await createAdministrator(t, 'admin@secretariat.example');
    fixture = await readFile(FIXTURE, 'utf8');
  });

  afterAll(async () => {
    await removeStorage(t);
    await t.close();
  });

  it('refuses an invalid file with 422 and names each problem, storing nothing', async () => {
    const broken = await fixtureWith((file) => {
      file.sections[1].questions[0].answer = { kind: 'essay' };
      file.sections[1].objectives = [2, 24];
      file.sections[2].questions[1].answer.columns = ['Priority objective'];
      delete file.document.title;
    });
    const response = await admin.post('/api/questionnaires').send({ file: broken }).expect(422);
    const body = ZErrorResponse.parse(response.body);
    expect(body.message).toMatch(/not imported: it has 4 problems/);
    const messages = (response.body.details.problems as { path: string; message: string }[]).map(
      (p) => p.message,
    );
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Section 2 \(cluster-1\), question 1a, answer.*must be one of narrative/),
        expect.stringMatching(/^Section 2 \(cluster-1\), objectives\[1\]: /),
        expect.stringMatching(/^Section 3 \(general\), question 7, answer\.columns/),
        expect.stringMatching(/^"document\.title": /),
      ]),
    );
    // The rules across questions are checked once every part is well formed.
    const twice = await fixtureWith((file) => {
      file.sections[1].questions[1].code = '1A';
    });
    const duplicate = await admin.post('/api/questionnaires').send({ file: twice }).expect(422);
    expect(duplicate.body.details.problems).toEqual([
      {
        path: 'sections[1].questions[1].code',
        message:
          'Section 2 (cluster-1), question 1A, code: question code "1A" is already used by question 1a',
      },
    ]);
    const notJson = await admin.post('/api/questionnaires').send({ file: '{"format": ' }).expect(422);
    expect(notJson.body.details.problems[0].message).toMatch(/^The file is not valid JSON/);
    expect(await t.prisma.questionnaireTemplate.count()).toBe(0);
  });

  it('lets only an administrator import, checks a dry run, and refuses the same key and version twice', async () => {
    await mongolia.post('/api/questionnaires').send({ file: fixture }).expect(403);
    const dry = await admin.post('/api/questionnaires').send({ file: fixture, dryRun: true }).expect(200);
    expect(dry.body).toMatchObject({
      imported: false,
      questionnaire: { key: 'pacific-gcm-review-2024', questionCount: 6 },
    });
    expect(await t.prisma.questionnaireTemplate.count()).toBe(0);

    const imported = await admin.post('/api/questionnaires').send({ file: fixture }).expect(200);
    expect(imported.body).toMatchObject({ imported: true, questionnaire: { version: 1, builtIn: false } });
    await admin.post('/api/questionnaires').send({ file: fixture }).expect(409);
    const builtIn = await fixtureWith((file) => {
      file.key = 'escap-gcm-review-2020';
    });
    await admin.post('/api/questionnaires').send({ file: builtIn }).expect(409);

    const list = ZQuestionnaireList.parse((await mongolia.get('/api/questionnaires').expect(200)).body);
    expect(list.questionnaires.map((q) => [q.key, q.version, q.builtIn])).toEqual([
      ['escap-gcm-review-2020', 1, true],
      ['pacific-gcm-review-2024', 1, false],
    ]);
    const audit = await t.prisma.auditEvent.findMany({ where: { action: 'questionnaire.imported' } });
    expect(audit).toHaveLength(1);
  });

  it('starts a review on the imported questionnaire with its own structure and recipients', async () => {
    const started = await admin
      .post('/api/instance/reviews')
      .send({
        templateKey: 'pacific-gcm-review-2024',
        templateVersion: 1,
        country: 'Samoa',
        cycle: 2024,
        timeZone: 'Pacific/Apia',
        finalDueDate: '2027-08-31',
        coordinator: { email: 'coordinator@mfa.ws.example', name: 'Samoa Coordinator' },
      })
      .expect(201);
    samoaReview = started.body.id;
    samoa = await acceptInvitation(t, 'coordinator@mfa.ws.example');
    await admin
      .post('/api/instance/reviews')
      .send({
        templateKey: 'pacific-gcm-review-2024',
        templateVersion: 2,
        country: 'Tonga',
        cycle: 2024,
        timeZone: 'Pacific/Tongatapu',
        finalDueDate: '2027-08-31',
        coordinator: { email: 'coordinator@mfa.to.example', name: 'Tonga Coordinator' },
      })
      .expect(400);

    const review = ZReviewDetail.parse((await samoa.get(`/api/reviews/${samoaReview}`).expect(200)).body);
    expect(review.questionnaire).toEqual({
      key: 'pacific-gcm-review-2024',
      version: 1,
      title: 'Pacific Voluntary GCM Review 2024',
    });
    expect(review.clusters.map((c) => [c.number, c.title, c.questions.map((q) => q.code)])).toEqual([
      [1, 'Follow-up to the 2022 Progress Declaration', ['PD1']],
      [2, 'Migration that is voluntary, orderly and regular', ['1a', '1t']],
    ]);
    expect(review.generalQuestions.map((q) => q.code)).toEqual(['5', '7', '9']);
    expect(review.clusters[1]?.questions[1]?.answer).toEqual({
      kind: 'table',
      columns: [
        { key: 'measure', title: 'Law or policy' },
        { key: 'year', title: 'Year adopted' },
        { key: 'objectives', title: 'GCM objectives served' },
      ],
    });
    expect(review.recipients).toEqual({ to: ['escap-sdd@un.org'], cc: ['UNRNAP-regreviews@iom.int'] });
  });

  it('lets the coordinator add a national question and reword guidance, and nobody of another review', async () => {
    const national = {
      code: 'N1',
      afterCode: '1t',
      prompt: 'How have climate-related displacement and planned relocation been addressed?',
      guidance: 'Describe the relocation guidelines and the villages concerned.',
      targetWords: 300,
      answer: { kind: 'narrative' },
    };
    await mongolia.post(`/api/reviews/${samoaReview}/questions`).send(national).expect(404);
    await samoa.post(`/api/reviews/${ids.reviewId}/questions`).send(national).expect(404);
    const added = await samoa.post(`/api/reviews/${samoaReview}/questions`).send(national).expect(201);
    expect(added.body).toMatchObject({
      code: 'N1',
      order: 4,
      sectionKey: 'cluster-1',
      national: true,
      version: 1,
    });
    const again = await samoa.post(`/api/reviews/${samoaReview}/questions`).send(national).expect(400);
    expect(again.body.fieldErrors).toEqual([
      { path: 'code', message: 'is already used by a question of this review' },
    ]);
    await samoa
      .post(`/api/reviews/${samoaReview}/questions`)
      .send({ ...national, code: 'N2', afterCode: '4d' })
      .expect(400);

    const reword = { version: 1, guidance: 'Give the 2023 census figures and their sources.' };
    await mongolia.patch(`/api/reviews/${samoaReview}/questions/1a`).send(reword).expect(404);
    await samoa.patch(`/api/reviews/${ids.reviewId}/questions/1a`).send(reword).expect(404);
    const tailored = await samoa.patch(`/api/reviews/${samoaReview}/questions/1a`).send(reword).expect(200);
    expect(tailored.body).toMatchObject({ guidance: reword.guidance, version: 2 });
    await samoa.patch(`/api/reviews/${samoaReview}/questions/1a`).send(reword).expect(409);
    const prompt = await samoa
      .patch(`/api/reviews/${samoaReview}/questions/1a`)
      .send({ version: 2, prompt: 'Something else?' })
      .expect(400);
    expect(prompt.body.fieldErrors).toEqual([
      { path: 'prompt', message: 'can be changed for national questions only' },
    ]);

    const mongoliaQuestions = await t.prisma.question.findMany({ where: { reviewId: ids.reviewId } });
    expect(mongoliaQuestions.map((q) => q.code)).not.toContain('N1');
    expect(mongoliaQuestions.every((q) => q.version === 1)).toBe(true);
    const events = await t.prisma.auditEvent.findMany({
      where: { reviewId: samoaReview, action: { in: ['question.added', 'question.tailored'] } },
    });
    expect(events.map((e) => e.action).sort()).toEqual(['question.added', 'question.tailored']);
  });

  it('runs a contribution to the compiled .docx: every question in order under its heading, the table, LibreOffice converts it', async () => {
    const review = `/api/reviews/${samoaReview}`;
    const organisation = await samoa
      .post(`${review}/organisations`)
      .send({ name: 'Ministry of Natural Resources and Environment', type: 'ministry_agency' })
      .expect(201);
    await samoa
      .post(`${review}/members`)
      .send({
        email: 'focal@mnre.ws.example',
        name: 'Samoa Focal Point',
        role: 'contributor',
        organisationId: organisation.body.id,
      })
      .expect(201);
    samoaFocal = await acceptInvitation(t, 'focal@mnre.ws.example');
    const assignment = await samoa
      .post(`${review}/assignments`)
      .send({ questionCode: '1t', organisationId: organisation.body.id, role: 'lead', dueDate: '2027-03-01' })
      .expect(201);
    const assignmentId: string = assignment.body.id;
    await samoaFocal
      .put(`/api/assignments/${assignmentId}/contribution`)
      .send({
        baseVersion: 0,
        body: 'Labour Mobility Policy 2015, revised 2023; Climate Relocation Guidelines 2023.',
      })
      .expect(200);
    const transition = async (agent: request.Agent, action: string) => {
      const current = await t.prisma.assignment.findUniqueOrThrow({ where: { id: assignmentId } });
      await agent
        .post(`/api/assignments/${assignmentId}/transitions`)
        .send({ action, version: current.version })
        .expect(200);
    };
    await transition(samoaFocal, 'submit');
    await transition(samoa, 'accept');

    const rows = [
      { measure: 'Labour Mobility Policy (revised)', year: '2023', objectives: '5, 6' },
      { measure: 'Planned Relocation Guidelines', year: '2023', objectives: '2' },
      { measure: '  ', year: '', objectives: '' },
    ];
    const badRow = await samoa
      .put(`${review}/questions/1t/answer`)
      .send({ baseVersion: 0, body: '', data: { rows: [{ budget: '1 000 000' }] } })
      .expect(400);
    expect(badRow.body.fieldErrors[0].message).toMatch(/no column "budget"/);
    const saved = await saveAnswer(samoa, samoaReview, '1t', {
      body: 'Two measures were adopted.',
      status: 'final',
      data: { rows },
    });
    expect(saved.data?.rows).toEqual(rows.slice(0, 2));
    await saveAnswer(samoa, samoaReview, 'PD1', {
      body: 'The Government acted on commitments 59 and 70.',
      status: 'final',
    });
    await saveAnswer(samoa, samoaReview, '1a', {
      body: 'About 2 per cent of Samoans emigrate each year.',
      status: 'final',
    });
    await saveAnswer(samoa, samoaReview, 'N1', { body: '', status: 'not_applicable' });
    await saveAnswer(samoa, samoaReview, '5', {
      body: '',
      status: 'final',
      data: { principles: surveyPrinciples() },
    });
    await saveAnswer(samoa, samoaReview, '7', {
      body: '',
      status: 'final',
      data: { priorities: [{ objective: 2, reason: 'Climate change drives displacement.' }] },
    });
    await saveAnswer(samoa, samoaReview, '9', {
      body: 'A whole-of-government task force prepared it.',
      status: 'final',
    });

    const completeness = await samoa.get(`${review}/completeness`).expect(200);
    expect(
      completeness.body.items
        .filter((i: { level: string }) => i.level === 'error')
        .map((i: { id: string }) => i.id),
    ).toEqual(['contact:office', 'contact:title', 'consent']);

    const compiled = await samoa.get(`${review}/report.docx`).buffer(true).parse(binaryParser).expect(200);
    const docx = compiled.body as Buffer;
    const content: DocxContent = readDocx(docx);
    const headings = content.paragraphs
      .filter((p) => /^Heading[12]$/.test(p.style))
      .map((p) => `${p.style}: ${p.text}`);
    expect(headings).toEqual([
      'Heading2: Coordinating office',
      'Heading2: Publication',
      'Heading2: How to answer',
      'Heading1: 1. Follow-up to the 2022 Progress Declaration',
      'Heading2: PD1. Which commitments of the 2022 Progress Declaration has the Government acted upon since the first regional review?',
      'Heading1: 2. Migration that is voluntary, orderly and regular',
      'Heading2: 1a. Please highlight the migration levels and trends relevant to this cluster of objectives.',
      'Heading2: 1t. List the laws and policies adopted since 2020 that advance these objectives.',
      'Heading2: N1. How have climate-related displacement and planned relocation been addressed?',
      'Heading1: 5. How has the Government integrated the guiding principles of the Global Compact into its implementation?',
      'Heading1: 7. Which objectives has the Government prioritised, and why?',
      'Heading1: 9. How was this review prepared, and who took part?',
      'Heading1: Annex: the GCM objectives',
    ]);
    expect(content.paragraphs[0]?.text).toBe('Pacific Voluntary GCM Review');
    expect(content.tables).toEqual(
      expect.arrayContaining([
        [
          ['Law or policy', 'Year adopted', 'GCM objectives served'],
          ['Labour Mobility Policy (revised)', '2023', '5, 6'],
          ['Planned Relocation Guidelines', '2023', '2'],
        ],
        [
          ['Priority objective', 'Why it matters'],
          [expect.stringMatching(/^2\. Minimize the adverse drivers/), 'Climate change drives displacement.'],
        ],
      ]),
    );
    const texts = content.paragraphs.map((p) => p.text);
    expect(texts[texts.indexOf(headings[8]?.replace('Heading2: ', '') ?? '') + 1]).toBe('Not applicable');

    const pdf = await convertDocxToPdf(docx, 'Pacific-Samoa-2024');
    if (pdf) expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 150_000);

  it('leaves the Mongolian review on the 2020 survey untouched', async () => {
    const review = ZReviewDetail.parse((await mongolia.get(`/api/reviews/${ids.reviewId}`).expect(200)).body);
    expect(review.questionnaire.key).toBe('escap-gcm-review-2020');
    expect(review.clusters.map((c) => c.questions.length)).toEqual([4, 4, 4, 4]);
    await mongolia.get(`/api/reviews/${samoaReview}`).expect(404);
  });
});
