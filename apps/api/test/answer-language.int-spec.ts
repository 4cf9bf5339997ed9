import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ZCompletenessReport, ZConsolidation, ZContribution, ZListRevisionsResponse } from '@gcm/domain';
import type request from 'supertest';
import { acceptInvitation, createAdministrator } from './support/countries';
import {
  createOutsiderWithReview,
  type DemoIds,
  databaseFingerprint,
  demoIds,
} from './support/journey-fixtures';
import { bootTestApp, DEMO, type TestApp } from './support/test-app';

const FIXTURE = path.join(__dirname, 'fixtures', 'pacific-gcm-review-2024.v1.json');
const MONGOLIAN = 'Монгол Улс 2019 онд 6 767 687 хил нэвтрэлт бүртгэсэн.';

/**
 * Issue 14, part 2: the questionnaire and the report stay in the template's language; an answer
 * may be drafted in another language and records it (contributions and the consolidated answer,
 * each version, the audit trail), and the completeness check says so before submission. Review B,
 * started by another coordinator, can neither read nor change review A's languages.
 */
describe('the language an answer is drafted in', () => {
  let t: TestApp;
  let ids: DemoIds;
  let coordinator: request.Agent;
  let mlsp: request.Agent;
  let bCoordinator: request.Agent;
  let bReview: string;
  let assignmentA: string;

  beforeAll(async () => {
    t = await bootTestApp();
    ids = demoIds(t);
    [coordinator, mlsp] = await Promise.all([t.signIn(DEMO.coordinator), t.signIn(DEMO.contributor)]);
    assignmentA = await ids.assignment('1b', 'MLSP');
    ({ agent: bCoordinator, reviewId: bReview } = await createOutsiderWithReview(
      t,
      'coordinator@outsideland.example',
    ));
  });

  afterAll(() => t.close());

  const contributionOf = async (agent: request.Agent) =>
    ZContribution.parse((await agent.get(`/api/assignments/${assignmentA}/contribution`).expect(200)).body);

  it('records a contribution drafted in Mongolian, in the contribution, its revision and the audit event', async () => {
    const before = await contributionOf(mlsp);
    expect(before).toMatchObject({ language: null, templateLanguage: 'en' });

    const saved = await mlsp
      .put(`/api/assignments/${assignmentA}/contribution`)
      .send({ baseVersion: before.version, body: MONGOLIAN, language: 'MN' })
      .expect(200);
    expect(ZContribution.parse(saved.body)).toMatchObject({
      body: MONGOLIAN,
      language: 'mn',
      templateLanguage: 'en',
    });
    // The coordinator sees the language too, on the contribution and where answers are merged.
    expect(await contributionOf(coordinator)).toMatchObject({ language: 'mn' });
    const merged = ZConsolidation.parse(
      (await coordinator.get(`/api/reviews/${ids.reviewId}/questions/1b/consolidation`).expect(200)).body,
    );
    expect(merged.templateLanguage).toBe('en');
    expect(merged.contributions.find((c) => c.assignmentId === assignmentA)).toMatchObject({
      language: 'mn',
    });

    const { revisions } = ZListRevisionsResponse.parse(
      (await mlsp.get(`/api/assignments/${assignmentA}/revisions`).expect(200)).body,
    );
    expect(revisions[0]).toMatchObject({ version: before.version + 1, language: 'mn' });
    const event = await t.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'contribution.saved' },
      orderBy: { createdAt: 'desc' },
    });
    expect(event.before).toMatchObject({ language: null });
    expect(event.after).toMatchObject({ language: 'mn' });
  });

  it('keeps the language when a save leaves it out, and a change of language alone is a new version', async () => {
    const current = await contributionOf(mlsp);
    const kept = await mlsp
      .put(`/api/assignments/${assignmentA}/contribution`)
      .send({ baseVersion: current.version, body: `${MONGOLIAN}\n\nНэмэлт.` })
      .expect(200);
    expect(kept.body).toMatchObject({ language: 'mn', version: current.version + 1 });

    // Translated into English: the template's own language is stored as "no other language".
    const english = await mlsp
      .put(`/api/assignments/${assignmentA}/contribution`)
      .send({ baseVersion: kept.body.version, body: kept.body.body, language: 'en-GB' })
      .expect(200);
    expect(english.body).toMatchObject({ language: null, version: kept.body.version + 1 });
  });

  it('refuses a language that is not a language tag with 400 at the field, changing nothing', async () => {
    const current = await contributionOf(mlsp);
    const before = await databaseFingerprint(t);
    const response = await mlsp
      .put(`/api/assignments/${assignmentA}/contribution`)
      .send({ baseVersion: current.version, body: 'Text', language: 'Mongolian language' })
      .expect(400);
    expect(response.body.fieldErrors).toEqual([
      { path: 'language', message: 'must be a language tag such as en, fr or mn' },
    ]);
    expect(await databaseFingerprint(t)).toEqual(before);
  });

  it('does not let review B’s coordinator read or set the language of review A’s contribution', async () => {
    const current = await contributionOf(mlsp);
    const before = await databaseFingerprint(t);
    await bCoordinator.get(`/api/assignments/${assignmentA}/contribution`).expect(404);
    await bCoordinator
      .put(`/api/assignments/${assignmentA}/contribution`)
      .send({ baseVersion: current.version, body: current.body, language: 'fr' })
      .expect(404);
    await bCoordinator
      .put(`/api/reviews/${ids.reviewId}/questions/3c/answer`)
      .send({ baseVersion: 0, body: 'x', language: 'fr' })
      .expect(404);
    expect(await databaseFingerprint(t)).toEqual(before);
    expect(await contributionOf(mlsp)).toMatchObject({
      language: current.language,
      version: current.version,
    });
    // Review B's own answers are untouched and in its template's language.
    const b = ZConsolidation.parse(
      (await bCoordinator.get(`/api/reviews/${bReview}/questions/1b/consolidation`).expect(200)).body,
    );
    expect(b.answer.language).toBeNull();
  });

  it('records the consolidated answer’s language, and the report check warns before submission', async () => {
    const merged = ZConsolidation.parse(
      (await coordinator.get(`/api/reviews/${ids.reviewId}/questions/3c/consolidation`).expect(200)).body,
    );
    const saved = await coordinator
      .put(`/api/reviews/${ids.reviewId}/questions/3c/answer`)
      .send({ baseVersion: merged.answer.version, body: MONGOLIAN, language: 'mn' })
      .expect(200);
    expect(saved.body).toMatchObject({ language: 'mn', version: merged.answer.version + 1 });
    const revisions = await coordinator
      .get(`/api/reviews/${ids.reviewId}/questions/3c/answer/revisions`)
      .expect(200);
    expect(revisions.body.revisions[0]).toMatchObject({ language: 'mn' });

    const report = ZCompletenessReport.parse(
      (await coordinator.get(`/api/reviews/${ids.reviewId}/completeness`).expect(200)).body,
    );
    expect(report.items).toContainEqual({
      id: 'question-language:3c',
      level: 'warning',
      message:
        'Question 3c is written in Mongolian, not in the language of the report (English): translate it before submitting',
      questionCode: '3c',
      link: 'question',
    });
  });

  it('takes the review’s language from its questionnaire: a review on a French template is in French', async () => {
    const file = JSON.parse(await readFile(FIXTURE, 'utf8'));
    file.key = 'pacific-gcm-review-2024-fr';
    file.language = 'fr';
    const admin = await createAdministrator(t, 'admin@secretariat.example');
    await admin
      .post('/api/questionnaires')
      .send({ file: JSON.stringify(file) })
      .expect(200);
    const started = await admin
      .post('/api/instance/reviews')
      .send({
        templateKey: 'pacific-gcm-review-2024-fr',
        templateVersion: 1,
        country: 'Vanuatu',
        cycle: 2024,
        timeZone: 'Pacific/Efate',
        finalDueDate: '2027-08-31',
        coordinator: { email: 'coordinator@mfa.vu.example', name: 'Vanuatu Coordinator' },
      })
      .expect(201);
    const vanuatu = await acceptInvitation(t, 'coordinator@mfa.vu.example');
    const merged = ZConsolidation.parse(
      (await vanuatu.get(`/api/reviews/${started.body.id}/questions/1a/consolidation`).expect(200)).body,
    );
    expect(merged.templateLanguage).toBe('fr');
    const created = await t.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'review.created', targetId: started.body.id },
    });
    expect(created.after).toMatchObject({ templateLanguage: 'fr' });
    // French drafted for a French questionnaire is no other language: stored as null.
    const saved = await vanuatu
      .put(`/api/reviews/${started.body.id}/questions/1a/answer`)
      .send({ baseVersion: 0, body: 'Le Vanuatu a adopté une politique nationale.', language: 'fr' })
      .expect(200);
    expect(saved.body.language).toBeNull();
  });
});
