import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  daysBetween,
  fromDateColumn,
  type TAnswer,
  textOfChanges,
  ZConsolidation,
  ZErrorResponse,
  ZListAnswerRevisionsResponse,
  ZReviewDetail,
} from '@gcm/domain';
import type request from 'supertest';
import { createAdministrator } from './support/countries';
import {
  createOutsiderWithReview,
  databaseFingerprint,
  demoIds,
  removeStorage,
  signInDemoCast,
} from './support/journey-fixtures';
import {
  answerEverything,
  firstParagraph,
  QUESTION_CODES,
  saveAnswer,
  surveyPrinciples,
} from './support/report-journey';
import { bootTestApp, DEMO, type TestApp } from './support/test-app';

const PACIFIC = path.join(__dirname, 'fixtures', 'pacific-gcm-review-2024.v1.json');

/** Mongolia's 2024 cycle, due a year and a day before the end of August 2024. */
const NEXT_CYCLE = {
  templateKey: 'escap-gcm-review-2020',
  country: 'Mongolia',
  cycle: 2024,
  timeZone: 'Asia/Ulaanbaatar',
  finalDueDate: '2024-08-30',
};

/** Questions of the 2020 review left out of the carry: a draft never agreed, one not applicable. */
const DRAFT_CODE = '10';
const NOT_APPLICABLE_CODE = '6';

describe('carry forward: Mongolia 2024 started from its 2020 review', () => {
  let t: TestApp;
  let reviewId2020: string;
  let mongolia: request.Agent;
  let admin: request.Agent;
  let outsider: { agent: request.Agent; reviewId: string };
  let reviewId2024: string;
  let final2020: Map<string, TAnswer>;

  const consolidation = async (reviewId: string, code: string) =>
    ZConsolidation.parse(
      (await mongolia.get(`/api/reviews/${reviewId}/questions/${code}/consolidation`).expect(200)).body,
    );

  beforeAll(async () => {
    t = await bootTestApp();
    reviewId2020 = demoIds(t).reviewId;
    ({ coordinator: mongolia } = await signInDemoCast(t));
    outsider = await createOutsiderWithReview(t, 'coordinator@outsideland.example');
    admin = await createAdministrator(t, 'admin@secretariat.example');
    // The 2020 review as Mongolia sent it: every answer final, but for one draft and one not applicable.
    await answerEverything(
      mongolia,
      reviewId2020,
      (code) => `${firstParagraph(code)} (2020 text of ${code})`,
    );
    await saveAnswer(mongolia, reviewId2020, DRAFT_CODE, {
      body: 'An unagreed draft of 2020',
      status: 'draft',
    });
    await saveAnswer(mongolia, reviewId2020, NOT_APPLICABLE_CODE, { body: '', status: 'not_applicable' });
    final2020 = new Map();
    for (const code of QUESTION_CODES) {
      final2020.set(code, (await consolidation(reviewId2020, code)).answer);
    }
  });

  afterAll(async () => {
    await removeStorage(t);
    await t.close();
  });

  it('refuses a review of another country, one the person does not coordinate, or a later cycle, creating nothing', async () => {
    const before = await databaseFingerprint(t);
    // The other country's coordinator cannot pull Mongolia's review into their own country…
    const across = await outsider.agent
      .post('/api/reviews')
      .send({ ...NEXT_CYCLE, country: 'Outsideland', cycle: 2028, carryForwardFrom: reviewId2020 })
      .expect(400);
    // …nor Mongolia's coordinator another country's review into Mongolia's, and an unknown id
    // reads exactly the same.
    const foreign = await mongolia
      .post('/api/reviews')
      .send({ ...NEXT_CYCLE, carryForwardFrom: outsider.reviewId })
      .expect(400);
    const unknown = await mongolia
      .post('/api/reviews')
      .send({ ...NEXT_CYCLE, carryForwardFrom: '00000000-0000-4000-8000-000000000000' })
      .expect(400);
    for (const refusal of [across, foreign, unknown]) {
      expect(ZErrorResponse.parse(refusal.body).message).toMatch(
        /^The review to start from is not a review of/,
      );
      expect(refusal.body.fieldErrors).toEqual([
        {
          path: 'carryForwardFrom',
          message: expect.stringMatching(/^is not a review of .+ that you coordinate$/),
        },
      ]);
    }
    expect(foreign.body.message).toBe(unknown.body.message);
    const earlier = await mongolia
      .post('/api/reviews')
      .send({ ...NEXT_CYCLE, cycle: 2016, finalDueDate: '2016-08-31', carryForwardFrom: reviewId2020 })
      .expect(400);
    expect(earlier.body.fieldErrors).toEqual([
      { path: 'carryForwardFrom', message: 'is the 2020 cycle, not one before 2016' },
    ]);
    expect(await databaseFingerprint(t)).toEqual(before);
  });

  it('creates the 2024 review from the 2020 one and says so', async () => {
    const response = await mongolia
      .post('/api/reviews')
      .send({ ...NEXT_CYCLE, carryForwardFrom: reviewId2020 })
      .expect(201);
    const detail = ZReviewDetail.parse(response.body);
    reviewId2024 = detail.id;
    const title2020 = (await t.prisma.review.findUniqueOrThrow({ where: { id: reviewId2020 } })).title;
    expect(detail.carriedForwardFrom).toEqual({ reviewId: reviewId2020, cycle: 2020, title: title2020 });
    const event = await t.prisma.auditEvent.findFirstOrThrow({
      where: { reviewId: reviewId2024, action: 'review.carried_forward' },
    });
    expect(event.after).toMatchObject({
      fromReviewId: reviewId2020,
      fromCycle: 2020,
      answers: QUESTION_CODES.length - 2,
    });
  });

  it('pre-fills every final answer of 2020, recording where it came from, and nothing else', async () => {
    for (const code of QUESTION_CODES) {
      const previous = final2020.get(code);
      const view = await consolidation(reviewId2024, code);
      if (code === DRAFT_CODE || code === NOT_APPLICABLE_CODE) {
        expect({
          code,
          version: view.answer.version,
          body: view.answer.body,
          origin: view.answer.origin,
        }).toEqual({
          code,
          version: 0,
          body: '',
          origin: null,
        });
        expect(view.difference).toBeNull();
        continue;
      }
      expect(previous?.status).toBe('final');
      expect({
        code,
        body: view.answer.body,
        status: view.answer.status,
        version: view.answer.version,
      }).toEqual({
        code,
        body: previous?.body,
        status: 'draft',
        version: 1,
      });
      expect(view.answer.origin).toEqual({
        reviewId: reviewId2020,
        cycle: 2020,
        questionCodes: [code],
        body: previous?.body,
        carriedAt: expect.any(String),
      });
      // Nothing changed yet: the difference view is the whole text, unchanged.
      expect(view.difference).toEqual([{ change: 'same', text: previous?.body }]);
    }
    // Question 5's checklist carries as ticked; question 7's priorities come from the new vote.
    expect((await consolidation(reviewId2024, '5')).answer.data).toEqual({ principles: surveyPrinciples() });
    expect((await consolidation(reviewId2024, '7')).answer.data).toBeNull();
    // The first revision of a carried answer is the coordinator who started the review.
    const history = ZListAnswerRevisionsResponse.parse(
      (await mongolia.get(`/api/reviews/${reviewId2024}/questions/1a/answer/revisions`).expect(200)).body,
    );
    const coordinatorId = (await t.prisma.person.findUniqueOrThrow({ where: { email: DEMO.coordinator } }))
      .id;
    expect(history.revisions).toEqual([
      expect.objectContaining({
        version: 1,
        status: 'draft',
        author: expect.objectContaining({ id: coordinatorId }),
      }),
    ]);
  });

  it('copies the organisations, the people and the plan of assignments, due dates moved with the deadline', async () => {
    const organisationsOf = async (reviewId: string) =>
      (await t.prisma.reviewOrganisation.findMany({ where: { reviewId } }))
        .map((row) => `${row.organisationId}/${row.headContactId}`)
        .sort();
    expect(await organisationsOf(reviewId2024)).toEqual(await organisationsOf(reviewId2020));

    const membersOf = async (reviewId: string) =>
      (await t.prisma.membership.findMany({ where: { reviewId, acceptedAt: { not: null } } }))
        .map((row) => `${row.personId}/${row.role}/${row.organisationId}`)
        .sort();
    expect(await membersOf(reviewId2024)).toEqual(await membersOf(reviewId2020));

    const review2020 = await t.prisma.review.findUniqueOrThrow({ where: { id: reviewId2020 } });
    const shift = daysBetween(fromDateColumn(review2020.finalDueDate), NEXT_CYCLE.finalDueDate);
    const planOf = async (reviewId: string, moveBy: number) =>
      (
        await t.prisma.assignment.findMany({
          where: { reviewId },
          include: { question: { select: { code: true } }, focalPoints: true },
        })
      )
        .map((row) => {
          const due = new Date(row.dueDate.getTime() + moveBy * 86_400_000);
          const moved =
            fromDateColumn(due) > NEXT_CYCLE.finalDueDate ? NEXT_CYCLE.finalDueDate : fromDateColumn(due);
          const focal = row.focalPoints
            .map((focalPoint) => focalPoint.personId)
            .sort()
            .join('+');
          return `${row.question.code}/${row.organisationId}/${row.role}/${moved}/${focal}`;
        })
        .sort();
    const plan2020 = await planOf(reviewId2020, shift);
    expect(plan2020.length).toBeGreaterThan(10);
    expect(await planOf(reviewId2024, 0)).toEqual(plan2020);
    // The new plan starts over: nothing is drafted, submitted or accepted yet.
    const states = await t.prisma.assignment.groupBy({
      by: ['state'],
      where: { reviewId: reviewId2024 },
      _count: true,
    });
    expect(states.map((row) => row.state)).toEqual(['not_started']);
  });

  it('shows the draft against the 2020 text as it is edited, and leaves the 2020 review as it was', async () => {
    const previous = final2020.get('1a')?.body ?? '';
    const edited = `${previous.replace(/\(2020 text of 1a\)/, '(updated for 2024)')} The 2023 amendment to the Law on Migration extends it.`;
    await saveAnswer(mongolia, reviewId2024, '1a', { body: edited });
    const view = await consolidation(reviewId2024, '1a');
    expect(view.answer.origin?.body).toBe(previous);
    const difference = view.difference ?? [];
    expect(textOfChanges(difference, 'previous')).toBe(previous);
    expect(textOfChanges(difference, 'current')).toBe(edited);
    expect(difference.filter((part) => part.change === 'removed').map((part) => part.text.trim())).toEqual([
      '2020 text of 1a',
    ]);
    expect(difference.filter((part) => part.change === 'added').map((part) => part.text.trim())).toEqual([
      'updated for 2024',
      'The 2023 amendment to the Law on Migration extends it.',
    ]);
    // The 2020 review keeps its own answers.
    const answer2020 = await consolidation(reviewId2020, '1a');
    expect(answer2020.answer).toEqual(final2020.get('1a'));
    expect(answer2020.answer.origin).toBeNull();
  });

  it('keeps the carried review out of the other country’s reach', async () => {
    await outsider.agent.get(`/api/reviews/${reviewId2024}`).expect(404);
    await outsider.agent.get(`/api/reviews/${reviewId2024}/questions/1a/consolidation`).expect(404);
    await outsider.agent
      .put(`/api/reviews/${reviewId2024}/questions/1a/answer`)
      .send({ baseVersion: 2, body: 'Overwritten from another country' })
      .expect(404);
    const listed = (await outsider.agent.get('/api/reviews').expect(200)).body.reviews as { id: string }[];
    expect(listed.map((review) => review.id)).toEqual([outsider.reviewId]);
  });

  it('follows the questions a template declares as sources, joining them in order', async () => {
    const file = JSON.parse(await readFile(PACIFIC, 'utf8'));
    file.key = 'pacific-carry-check';
    file.sections[0].questions[0].carryFrom = ['1b', '1a'];
    await admin
      .post('/api/questionnaires')
      .send({ file: JSON.stringify(file) })
      .expect(200);
    const response = await mongolia
      .post('/api/reviews')
      .send({ ...NEXT_CYCLE, templateKey: 'pacific-carry-check', carryForwardFrom: reviewId2020 })
      .expect(201);
    const reviewId = ZReviewDetail.parse(response.body).id;
    const declared = await consolidation(reviewId, 'PD1');
    const joined = `${final2020.get('1b')?.body}\n\n${final2020.get('1a')?.body}`;
    expect(declared.answer.body).toBe(joined);
    expect(declared.answer.origin).toMatchObject({ cycle: 2020, questionCodes: ['1b', '1a'], body: joined });
    // A question with no counterpart in 2020 starts empty.
    expect((await consolidation(reviewId, '1t')).answer.origin).toBeNull();
  });

  it('lets the administrator start a country’s next cycle from any of its reviews, for a coordinator invited by e-mail', async () => {
    const response = await admin
      .post('/api/instance/reviews')
      .send({
        ...NEXT_CYCLE,
        cycle: 2028,
        finalDueDate: '2028-08-31',
        coordinator: { email: 'new.coordinator@mfa.mn.example', name: 'New Coordinator' },
        carryForwardFrom: reviewId2020,
      })
      .expect(201);
    const reviewId = response.body.id as string;
    const carried = await t.prisma.answer.count({
      where: { question: { reviewId }, carriedFromCycle: 2020 },
    });
    expect(carried).toBe(QUESTION_CODES.length - 2);
    // The administrator takes no part in it and, as before, cannot read it.
    await admin.get(`/api/reviews/${reviewId}/questions/1a/consolidation`).expect(404);
    const administrator = await t.prisma.person.findUniqueOrThrow({
      where: { email: 'admin@secretariat.example' },
    });
    expect(await t.prisma.membership.count({ where: { reviewId, personId: administrator.id } })).toBe(0);
  });
});
