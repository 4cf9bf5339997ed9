import {
  countWords,
  ZAmendment,
  ZAnswer,
  ZAnswerConflict,
  ZConsolidation,
  ZErrorResponse,
  ZListAnswerRevisionsResponse,
} from '@gcm/domain';
import type request from 'supertest';
import { ReviewWritability } from '../src/modules/review-state/review-writability';
import { type DemoIds, demoIds, removeStorage, samplePdf, signInDemoCast } from './support/journey-fixtures';
import {
  answerEverything,
  firstParagraph,
  SURVEY_PRIORITIES,
  saveAnswer,
  surveyPrinciples,
} from './support/report-journey';
import { bootTestApp, DEMO, type TestApp } from './support/test-app';

describe('answers: consolidation, versioned saves, question 5 and 7 data, read-only after submission', () => {
  let t: TestApp;
  let ids: DemoIds;
  let coordinator: request.Agent;
  let secondTab: request.Agent;
  let mlsp: request.Agent;
  let nda: request.Agent;
  let stakeholder: request.Agent;
  let observer: request.Agent;
  let outsider: request.Agent;
  let reviewId: string;
  const url = (code: string) => `/api/reviews/${reviewId}/questions/${code}`;

  beforeAll(async () => {
    t = await bootTestApp();
    ids = demoIds(t);
    reviewId = ids.reviewId;
    ({ coordinator, contributor: mlsp, stakeholder, observer, outsider } = await signInDemoCast(t));
    [secondTab, nda] = await Promise.all([
      t.signIn(DEMO.coordinator),
      t.signIn('focal.point@nda.mn.example'),
    ]);
  });

  afterAll(async () => {
    await removeStorage(t);
    await t.close();
  });

  /** Saves, attaches and submits an organisation's contribution to a question; optionally accepts it. */
  async function contribute(agent: request.Agent, code: string, org: string, body: string, accept: boolean) {
    const assignmentId = await ids.assignment(code, org);
    await agent
      .put(`/api/assignments/${assignmentId}/contribution`)
      .send({ baseVersion: 0, body })
      .expect(200);
    await agent
      .post(`/api/assignments/${assignmentId}/attachments`)
      .attach('file', samplePdf(`${org} ${code}`), `${org.toLowerCase()}-${code}.pdf`)
      .expect(201);
    if (!accept) return;
    const submitted = await agent
      .post(`/api/assignments/${assignmentId}/transitions`)
      .send({ action: 'submit', version: 2 })
      .expect(200);
    await coordinator
      .post(`/api/assignments/${assignmentId}/transitions`)
      .send({ action: 'accept', version: submitted.body.assignment.version })
      .expect(200);
  }

  it('shows a question with its empty answer and the contributions, accepted first, with report numbers', async () => {
    await contribute(nda, '1b', 'NDA', 'NDA draft: Vision 2050 was approved on 13 May 2020.', false);
    await contribute(mlsp, '1b', 'MLSP', firstParagraph('1b'), true);

    const view = ZConsolidation.parse((await coordinator.get(`${url('1b')}/consolidation`).expect(200)).body);
    expect(view.question).toMatchObject({
      code: '1b',
      answerKind: 'narrative',
      clusterNumber: 1,
      targetWords: 500,
    });
    expect(view.answer).toEqual({
      questionCode: '1b',
      body: '',
      wordCount: 0,
      data: null,
      status: 'draft',
      language: null,
      version: 0,
      updatedAt: null,
      updatedBy: null,
      origin: null,
    });
    expect(view.templateLanguage).toBe('en');
    expect(view.difference).toBeNull();
    expect(view.readOnlyReason).toBeNull();
    expect(view.contributions.map((c) => [c.organisation.shortName, c.role, c.state])).toEqual([
      ['MLSP', 'lead', 'accepted'],
      ['NDA', 'contributing', 'drafting'],
    ]);
    expect(view.contributions[0]).toMatchObject({
      body: firstParagraph('1b'),
      version: 1,
      attachments: [{ fileName: 'mlsp-1b.pdf', number: 1 }],
    });
    // Only accepted contributions' files go with the report, so the draft's file has no number.
    expect(view.contributions[1]?.attachments).toEqual([
      expect.objectContaining({ fileName: 'nda-1b.pdf', number: null }),
    ]);
  });

  it('shows members what their role allows: a contributor its own organisation, a stakeholder no drafts', async () => {
    const asMlsp = ZConsolidation.parse((await mlsp.get(`${url('1b')}/consolidation`).expect(200)).body);
    expect(asMlsp.contributions.map((c) => c.organisation.shortName)).toEqual(['MLSP']);
    const asStakeholder = ZConsolidation.parse(
      (await stakeholder.get(`${url('1b')}/consolidation`).expect(200)).body,
    );
    expect(asStakeholder.contributions).toEqual([]);
    const asObserver = ZConsolidation.parse(
      (await observer.get(`${url('1b')}/consolidation`).expect(200)).body,
    );
    expect(asObserver.contributions).toHaveLength(2);
    await outsider.get(`${url('1b')}/consolidation`).expect(404);
    const badCode = await coordinator.get(`${url('no-code')}/consolidation`).expect(400);
    expect(ZErrorResponse.parse(badCode.body).fieldErrors).toEqual([
      { path: 'code', message: 'must be a question code such as 1a, 7 or N1' },
    ]);
    // A well-formed code the review does not have.
    await coordinator.get(`${url('11')}/consolidation`).expect(404);
  });

  it('saves the answer as version 1 with its word count, a revision and an audit event', async () => {
    const body = `${firstParagraph('1b')}\n\n- Vision 2050 (May 2020)\n- Law on Development Policy and Planning`;
    const response = await coordinator
      .put(`${url('1b')}/answer`)
      .send({ baseVersion: 0, body })
      .expect(200);
    const answer = ZAnswer.parse(response.body);
    expect(answer).toMatchObject({
      body,
      status: 'draft',
      version: 1,
      data: null,
      updatedBy: { email: DEMO.coordinator },
    });
    expect(answer.wordCount).toBe(countWords(firstParagraph('1b')) + 10);
    const revisions = await t.prisma.answerRevision.findMany({
      where: { answer: { questionId: await ids.question('1b') } },
    });
    expect(revisions).toEqual([expect.objectContaining({ version: 1, body, status: 'draft' })]);
    const event = await t.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'answer.saved', questionId: await ids.question('1b') },
      include: { actor: true },
    });
    expect(event).toMatchObject({
      actor: { email: DEMO.coordinator },
      targetType: 'answer',
      before: { version: 0, status: 'draft' },
      after: { version: 1, status: 'draft', wordCount: answer.wordCount },
    });
  });

  it('refuses a save based on an old version with the stored answer, and keeps every saved version', async () => {
    const mine = await coordinator
      .put(`${url('1b')}/answer`)
      .send({ baseVersion: 1, body: 'First tab: shortened.', status: 'final' })
      .expect(200);
    expect(mine.body).toMatchObject({ version: 2, status: 'final' });
    const stale = await secondTab
      .put(`${url('1b')}/answer`)
      .send({ baseVersion: 1, body: 'Second tab text.' })
      .expect(409);
    const conflict = ZAnswerConflict.parse(stale.body);
    expect(conflict.details.current).toMatchObject({
      body: 'First tab: shortened.',
      status: 'final',
      version: 2,
      updatedBy: { email: DEMO.coordinator },
    });
    expect(conflict.message).toMatch(/you edited version 1, it is now version 2/);
    // The same content again is no new version.
    await coordinator
      .put(`${url('1b')}/answer`)
      .send({ baseVersion: 2, body: 'First tab: shortened.' })
      .expect(200)
      .expect((r) => expect(r.body.version).toBe(2));
    const history = ZListAnswerRevisionsResponse.parse(
      (await observer.get(`${url('1b')}/answer/revisions`).expect(200)).body,
    );
    expect(history.revisions.map((r) => [r.version, r.status])).toEqual([
      [2, 'final'],
      [1, 'draft'],
    ]);
  });

  it('lets only the coordinator write the answer', async () => {
    for (const agent of [mlsp, stakeholder, observer]) {
      const refused = await agent
        .put(`${url('1b')}/answer`)
        .send({ baseVersion: 2, body: 'x' })
        .expect(403);
      expect(refused.body.message).toBe('Only the coordinator can edit the consolidated answer');
    }
    await outsider
      .put(`${url('1b')}/answer`)
      .send({ baseVersion: 2, body: 'x' })
      .expect(404);
    expect(
      (await t.prisma.answer.findFirstOrThrow({ where: { question: { code: '1b', reviewId } } })).version,
    ).toBe(2);
  });

  it('question 5 takes exactly the ten guiding principles, each ticked yes or no with an explanation', async () => {
    const principles = surveyPrinciples();
    const missing = await coordinator
      .put(`${url('5')}/answer`)
      .send({ baseVersion: 0, body: '', data: { principles: principles.slice(0, 9) } })
      .expect(400);
    expect(ZErrorResponse.parse(missing.body).fieldErrors).toEqual([
      {
        path: 'data.principles',
        message: 'must list each of the 10 guiding principles exactly once; missing: whole-of-society',
      },
    ]);
    const twice = await coordinator
      .put(`${url('5')}/answer`)
      .send({
        baseVersion: 0,
        body: '',
        data: { principles: [...principles, { ...principles[0], integrated: false }] },
      })
      .expect(400);
    expect(twice.body.fieldErrors).toEqual([
      { path: 'data.principles.10.key', message: '“people-centred” is listed twice' },
    ]);
    const unknown = await coordinator
      .put(`${url('5')}/answer`)
      .send({
        baseVersion: 0,
        body: '',
        data: {
          principles: [
            ...principles.slice(1),
            { key: 'people-centered', integrated: 'yes', explanation: '' },
          ],
        },
      })
      .expect(400);
    expect(unknown.body.fieldErrors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['data.principles.9.key', 'data.principles.9.integrated']),
    );
    expect(await t.prisma.answer.count({ where: { question: { code: '5', reviewId } } })).toBe(0);

    const saved = await coordinator
      .put(`${url('5')}/answer`)
      .send({ baseVersion: 0, body: '', data: { principles: [...principles].reverse() } })
      .expect(200);
    // Stored in the survey's order, whatever order they came in.
    expect(ZAnswer.parse(saved.body).data?.principles?.map((p) => p.key)).toEqual(
      principles.map((p) => p.key),
    );
    expect(saved.body.data.principles[0]).toEqual({
      key: 'people-centred',
      integrated: true,
      explanation: principles[0]?.explanation,
    });
  });

  it('question 7 takes distinct objectives 1–23 with reasons, titled from the catalogue', async () => {
    const refused = await coordinator
      .put(`${url('7')}/answer`)
      .send({
        baseVersion: 0,
        body: '',
        data: {
          priorities: [
            { objective: 24, reason: 'x' },
            { objective: 3, reason: ' ' },
            { objective: 1, reason: 'a' },
            { objective: 1, reason: 'b' },
          ],
        },
      })
      .expect(400);
    expect(ZErrorResponse.parse(refused.body).fieldErrors).toEqual([
      { path: 'data.priorities.0.objective', message: 'must be an objective number from 1 to 23' },
      { path: 'data.priorities.1.reason', message: 'give the reason for prioritising this objective' },
      { path: 'data.priorities.3.objective', message: 'objective 1 is listed twice' },
    ]);
    const saved = ZAnswer.parse(
      (
        await coordinator
          .put(`${url('7')}/answer`)
          .send({ baseVersion: 0, body: '', data: { priorities: SURVEY_PRIORITIES } })
          .expect(200)
      ).body,
    );
    expect(saved.data?.priorities).toHaveLength(12);
    expect(saved.data?.priorities?.[0]).toEqual({
      objective: 1,
      title: 'Collect and utilize accurate and disaggregated data as a basis for evidence-based policies',
      reason: SURVEY_PRIORITIES[0]?.reason,
    });
    // Leaving data out keeps the table; a narrative question takes none.
    const kept = await saveAnswer(coordinator, reviewId, '7', {
      body: 'The workshop of 19 October 2020 chose 12.',
    });
    expect(kept.data?.priorities).toHaveLength(12);
    const narrative = await coordinator
      .put(`${url('6')}/answer`)
      .send({ baseVersion: 0, body: 'x', data: { priorities: [] } })
      .expect(400);
    expect(narrative.body.fieldErrors).toEqual([
      {
        path: 'data',
        message:
          'question 6 is answered in text only: send no data (only checklist, priority and table questions take data)',
      },
    ]);
  });

  it('an amendment needs a submitted report', async () => {
    const refused = await coordinator
      .post(`/api/reviews/${reviewId}/amendments`)
      .send({ questionCodes: ['2b'], note: 'New figures' })
      .expect(409);
    expect(refused.body.message).toBe(
      'Only a submitted report can be amended; this review is not submitted yet',
    );
  });

  it('after submission every answer is read-only until an amendment reopens chosen questions', async () => {
    await answerEverything(coordinator, reviewId);
    await coordinator
      .post(`/api/reviews/${reviewId}/submissions`)
      .send({ to: ['escap-sdd@un.org'], cc: ['UNRNAP-regreviews@iom.int'], confirm: true })
      .expect(201);

    const locked = await coordinator
      .put(`${url('2b')}/answer`)
      .send({ baseVersion: 1, body: 'Too late.' })
      .expect(409);
    expect(locked.body.message).toBe(
      'The report was submitted on 28 November 2026; open an amendment to change it',
    );
    const view = ZConsolidation.parse((await coordinator.get(`${url('2b')}/consolidation`).expect(200)).body);
    expect(view.readOnlyReason).toBe(locked.body.message);
    // The guard the contributions and assignments modules call.
    await expect(
      t.app.get(ReviewWritability).assertWritable(t.prisma, reviewId, { code: '2b' }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    // Contributions, assignments, due dates and the review's settings are read-only too.
    const assignment = await t.prisma.assignment.findFirstOrThrow({
      where: { reviewId, question: { code: '1c' }, role: 'lead' },
    });
    const refusals = await Promise.all([
      mlsp.put(`/api/assignments/${assignment.id}/contribution`).send({ baseVersion: 0, body: 'Late text.' }),
      coordinator
        .patch(`/api/assignments/${assignment.id}`)
        .send({ version: assignment.version, dueDate: '2026-12-30' }),
      coordinator.patch(`/api/reviews/${reviewId}`).send({ version: 1, status: 'collecting' }),
    ]);
    expect(refusals.map((r) => [r.status, r.body.message])).toEqual(
      refusals.map(() => [
        409,
        'The report was submitted on 28 November 2026; open an amendment to change it',
      ]),
    );

    const invalid = await coordinator
      .post(`/api/reviews/${reviewId}/amendments`)
      .send({ questionCodes: ['2b', 'twelve'], note: '' })
      .expect(400);
    expect(invalid.body.fieldErrors.map((e: { path: string }) => e.path)).toEqual([
      'questionCodes.1',
      'note',
    ]);
    await mlsp
      .post(`/api/reviews/${reviewId}/amendments`)
      .send({ questionCodes: ['2b'], note: 'x' })
      .expect(403);

    const opened = ZAmendment.parse(
      (
        await coordinator
          .post(`/api/reviews/${reviewId}/amendments`)
          .send({
            questionCodes: ['2b'],
            note: 'Updated trafficking figures from the National Police Agency',
          })
          .expect(201)
      ).body,
    );
    expect(opened).toMatchObject({
      questionCodes: ['2b'],
      submittedAt: null,
      openedBy: { email: DEMO.coordinator },
    });
    const again = await coordinator
      .post(`/api/reviews/${reviewId}/amendments`)
      .send({ questionCodes: ['2c'], note: 'More' })
      .expect(409);
    expect(again.body.message).toBe(
      'An amendment is already open (question 2b); submit it before opening another',
    );

    // 2b is a draft again (a new version with its revision); 2c stays as it was, and read-only.
    const reopened = ZAnswer.parse(
      (await coordinator.get(`${url('2b')}/consolidation`).expect(200)).body.answer,
    );
    expect(reopened).toMatchObject({ status: 'draft', version: 2 });
    expect(await t.prisma.auditEvent.count({ where: { action: 'answer.reopened' } })).toBe(1);
    const amended = await saveAnswer(coordinator, reviewId, '2b', { body: 'Amended 2b.', status: 'final' });
    expect(amended.version).toBe(3);
    const other = await coordinator
      .put(`${url('2c')}/answer`)
      .send({ baseVersion: 1, body: 'Not reopened.' })
      .expect(409);
    expect(other.body.message).toBe(
      'The report was submitted on 28 November 2026; the open amendment reopens only question 2b, not question 2c',
    );
    await expect(
      t.app.get(ReviewWritability).assertWritable(t.prisma, reviewId, { code: '2b' }),
    ).resolves.toBeUndefined();
    await expect(
      t.app.get(ReviewWritability).assertWritable(t.prisma, reviewId, { id: await ids.question('2c') }),
    ).rejects.toThrow(/reopens only question 2b/);
  });
});
