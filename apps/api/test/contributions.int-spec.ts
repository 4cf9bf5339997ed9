import {
  type TContribution,
  ZContribution,
  ZContributionConflict,
  ZListAuditResponse,
  ZListRevisionsResponse,
} from '@gcm/domain';
import type request from 'supertest';
import { type DemoIds, databaseFingerprint, demoIds } from './support/journey-fixtures';
import { bootTestApp, DEMO, type TestApp } from './support/test-app';

const DRAFT =
  'In 2019, 6,767,687 border crossings were registered.\n\n- rural-to-urban migration rose\n- 5.8% of workers are abroad';

describe('contributions: drafting, review and history', () => {
  let t: TestApp;
  let ids: DemoIds;
  let coordinator: request.Agent;
  let mlsp: request.Agent;
  let mlspSecondTab: request.Agent;
  let gdbp: request.Agent;
  let observer: request.Agent;
  let q1b: string;
  let url: string;

  beforeAll(async () => {
    t = await bootTestApp();
    ids = demoIds(t);
    [coordinator, mlsp, mlspSecondTab, gdbp, observer] = await Promise.all([
      t.signIn(DEMO.coordinator),
      t.signIn(DEMO.contributor),
      t.signIn(DEMO.contributor),
      t.signIn(DEMO.borderContributor),
      t.signIn(DEMO.observer),
    ]);
    q1b = await ids.assignment('1b', 'MLSP');
    url = `/api/assignments/${q1b}`;
  });

  afterAll(async () => {
    await t.close();
  });

  async function read(agent: request.Agent, id = q1b): Promise<TContribution> {
    return ZContribution.parse((await agent.get(`/api/assignments/${id}/contribution`).expect(200)).body);
  }

  it('an untouched contribution is empty at version 0 and tells the contributor what it may do', async () => {
    const contribution = await read(mlsp);
    expect(contribution).toMatchObject({
      body: '',
      version: 0,
      wordCount: 0,
      references: [],
      updatedAt: null,
      updatedBy: null,
      attachments: [],
      comments: [],
      allowedActions: ['start', 'save'],
      canEdit: true,
      assignment: {
        question: { code: '1b' },
        organisation: { shortName: 'MLSP' },
        state: 'not_started',
        version: 1,
      },
    });
    expect((await read(observer)).allowedActions).toEqual([]);
    expect((await read(observer)).canEdit).toBe(false);
  });

  it('the first save stores the draft as revision 1 and moves the assignment to drafting', async () => {
    const references = [{ title: 'Labour Migration Law 2020', url: 'https://legalinfo.mn/law/1' }];
    const response = await mlsp
      .put(`${url}/contribution`)
      .send({ baseVersion: 0, body: DRAFT, references })
      .expect(200);
    const saved = ZContribution.parse(response.body);
    expect(saved).toMatchObject({
      body: DRAFT,
      version: 1,
      wordCount: 15,
      references,
      updatedBy: { email: DEMO.contributor },
      assignment: { state: 'drafting', version: 2, wordCount: 15 },
      allowedActions: ['save', 'submit'],
    });
    const revisions = await t.prisma.contributionRevision.findMany({
      where: { contribution: { assignmentId: q1b } },
    });
    expect(revisions).toEqual([
      expect.objectContaining({ version: 1, body: DRAFT, wordCount: 15, references }),
    ]);
    const event = await t.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'contribution.saved', questionId: await ids.question('1b') },
      include: { actor: true },
    });
    expect(event).toMatchObject({
      actor: { email: DEMO.contributor },
      before: { version: 0, wordCount: 0, state: 'not_started' },
      after: { version: 1, wordCount: 15, references: 1, state: 'drafting' },
    });
  });

  it('saving exactly the stored text again changes nothing', async () => {
    const before = await databaseFingerprint(t);
    const current = await read(mlsp);
    const response = await mlsp
      .put(`${url}/contribution`)
      .send({ baseVersion: 1, body: current.body, references: current.references })
      .expect(200);
    expect(response.body.version).toBe(1);
    expect(await databaseFingerprint(t)).toEqual(before);
  });

  it('a save from an old version is refused with the stored text to merge with', async () => {
    await mlsp
      .put(`${url}/contribution`)
      .send({ baseVersion: 1, body: `${DRAFT}\n\nSecond paragraph.` })
      .expect(200);
    const before = await databaseFingerprint(t);
    const response = await mlspSecondTab
      .put(`${url}/contribution`)
      .send({ baseVersion: 1, body: 'An edit made in an old tab' })
      .expect(409);
    const conflict = ZContributionConflict.parse(response.body);
    expect(conflict.message).toBe(
      'This contribution was saved by B. Enkhjargal after you opened it (you edited version 1, it is now version 2). Your text was not saved: compare it with the current text and save again.',
    );
    expect(conflict.details.current).toMatchObject({
      body: `${DRAFT}\n\nSecond paragraph.`,
      version: 2,
      references: [],
      updatedBy: { email: DEMO.contributor },
    });
    expect(await databaseFingerprint(t)).toEqual(before);
  });

  describe('two people saving from the same version at the same moment', () => {
    async function race(id: string, baseVersion: number, round: number) {
      const texts = [`Coordinator's wording, round ${round}`, `Focal point's wording, round ${round}`];
      const responses = await Promise.all([
        coordinator.put(`/api/assignments/${id}/contribution`).send({ baseVersion, body: texts[0] }),
        mlsp.put(`/api/assignments/${id}/contribution`).send({ baseVersion, body: texts[1] }),
      ]);
      const statuses = responses.map((r) => r.status).sort();
      expect(statuses).toEqual([200, 409]);
      const winner = responses.find((r) => r.status === 200);
      const loser = responses.find((r) => r.status === 409);
      const winnerText: string = winner?.body.body;
      expect(texts).toContain(winnerText);
      const conflict = ZContributionConflict.parse(loser?.body);
      expect(conflict.details.current).toMatchObject({ body: winnerText, version: baseVersion + 1 });
      const revisions = await t.prisma.contributionRevision.findMany({
        where: { contribution: { assignmentId: id }, version: { gt: baseVersion } },
      });
      expect(revisions.map((r) => [r.version, r.body])).toEqual([[baseVersion + 1, winnerText]]);
      const stored = await t.prisma.contribution.findUniqueOrThrow({ where: { assignmentId: id } });
      expect([stored.version, stored.body]).toEqual([baseVersion + 1, winnerText]);
    }

    it('the very first save: exactly one is stored, the other gets 409 with the winner’s text', async () => {
      await race(await ids.assignment('1d', 'MLSP'), 0, 0);
    });

    it('later saves, again and again: never both, never none, never a lost revision', async () => {
      const id = await ids.assignment('1d', 'MLSP');
      for (let round = 1; round <= 5; round += 1) {
        await race(id, round, round);
      }
      const history = await t.prisma.contributionRevision.count({
        where: { contribution: { assignmentId: id } },
      });
      expect(history).toBe(6);
    });
  });

  describe('submitting, asking for changes, resubmitting and accepting', () => {
    async function act(agent: request.Agent, action: string, comment?: string) {
      const { assignment } = await read(coordinator);
      return agent.post(`${url}/transitions`).send({ action, version: assignment.version, comment });
    }

    it('the focal point submits; the text is then read-only for everyone', async () => {
      const response = await act(mlsp, 'submit');
      expect(response.status).toBe(200);
      expect(ZContribution.parse(response.body)).toMatchObject({
        assignment: { state: 'submitted', deadlineStatus: 'done' },
        allowedActions: [],
        canEdit: false,
      });
      const before = await databaseFingerprint(t);
      for (const agent of [mlsp, coordinator]) {
        const refused = await agent
          .put(`${url}/contribution`)
          .send({ baseVersion: 2, body: 'Late edit' })
          .expect(409);
        expect(refused.body).toMatchObject({
          code: 'INVALID_TRANSITION',
          message: 'A contribution that is submitted cannot be edited',
        });
      }
      expect(await databaseFingerprint(t)).toEqual(before);
    });

    it('a contributor cannot accept its own submission', async () => {
      const response = await act(mlsp, 'accept');
      expect(response.status).toBe(403);
      expect(response.body.message).toBe('Only the coordinator can accept a contribution');
    });

    it('asking for changes needs a comment', async () => {
      const response = await act(coordinator, 'request_changes', '   ');
      expect(response.status).toBe(400);
      expect(response.body.message).toBe('A comment is required to request changes');
    });

    it('the coordinator asks for changes with a comment the focal point sees', async () => {
      const response = await act(coordinator, 'request_changes', 'Please add the 2019 figures by province.');
      expect(response.status).toBe(200);
      const seen = await read(mlsp);
      expect(seen.assignment.state).toBe('changes_requested');
      expect(seen.comments).toEqual([
        expect.objectContaining({
          kind: 'change_request',
          body: 'Please add the 2019 figures by province.',
          author: expect.objectContaining({ email: DEMO.coordinator }),
        }),
      ]);
      expect(seen.allowedActions).toEqual(['save', 'submit']);
    });

    it('the focal point revises and resubmits; the coordinator accepts', async () => {
      const current = await read(mlsp);
      await mlsp
        .put(`${url}/contribution`)
        .send({ baseVersion: current.version, body: `${current.body}\n\nUlaanbaatar: 1,204; Darkhan: 310.` })
        .expect(200);
      expect((await act(mlsp, 'submit')).status).toBe(200);
      const accepted = await act(coordinator, 'accept');
      expect(accepted.status).toBe(200);
      expect(accepted.body.assignment.state).toBe('accepted');
      expect(accepted.body.allowedActions).toEqual(['reopen']);
    });

    it('a transition based on a stale assignment version is refused', async () => {
      const before = await databaseFingerprint(t);
      const response = await coordinator
        .post(`${url}/transitions`)
        .send({ action: 'reopen', comment: 'Census results are out', version: 2 })
        .expect(409);
      expect(response.body.message).toMatch(
        /^The assignment changed after you loaded it \(you saw version 2, it is now version \d+ and accepted\)/,
      );
      expect(await databaseFingerprint(t)).toEqual(before);
    });

    it('the coordinator reopens the accepted contribution with a reason', async () => {
      const response = await act(coordinator, 'reopen', 'The census results are out.');
      expect(response.status).toBe(200);
      expect(response.body.assignment.state).toBe('changes_requested');
      expect(response.body.comments.map((c: { kind: string }) => c.kind)).toEqual([
        'change_request',
        'reopen',
      ]);
    });

    it('an empty contribution cannot be submitted', async () => {
      const id = await ids.assignment('3a', 'MLSP');
      await mlsp.post(`/api/assignments/${id}/transitions`).send({ action: 'start', version: 1 }).expect(200);
      const response = await mlsp
        .post(`/api/assignments/${id}/transitions`)
        .send({ action: 'submit', version: 2 });
      expect(response.status).toBe(409);
      expect(response.body.message).toBe(
        'An empty contribution cannot be submitted: write and save the text first',
      );
    });
  });

  it('keeps every saved version, newest first, with its author and time', async () => {
    const response = await observer.get(`${url}/revisions`).expect(200);
    const { revisions } = ZListRevisionsResponse.parse(response.body);
    expect(revisions.map((r) => [r.version, r.author?.email])).toEqual([
      [3, DEMO.contributor],
      [2, DEMO.contributor],
      [1, DEMO.contributor],
    ]);
    expect(revisions[2]?.body).toBe(DRAFT);
    expect(revisions[0]?.body).toContain('Darkhan: 310.');
    expect(revisions.every((r) => !Number.isNaN(Date.parse(r.createdAt)))).toBe(true);
  });

  it('another organisation’s contributor and stakeholders cannot read it', async () => {
    expect((await gdbp.get(`${url}/contribution`).expect(403)).body.message).toBe(
      "Only the assigned organisation's focal points or the coordinator can read this contribution",
    );
    await gdbp.get(`${url}/revisions`).expect(403);
    const stakeholder = await t.signIn(DEMO.stakeholder);
    expect((await stakeholder.get(`${url}/contribution`).expect(403)).body.message).toBe(
      'Only the coordinator or an observer or a contributor can read this contribution',
    );
  });

  it('the audit trail of question 1b tells who did what, with before and after', async () => {
    const questionId = await ids.question('1b');
    const response = await coordinator
      .get(`/api/reviews/${ids.reviewId}/audit?questionId=${questionId}`)
      .expect(200);
    const { events, nextBefore } = ZListAuditResponse.parse(response.body);
    expect(nextBefore).toBeNull();
    expect(events.map((e) => [e.action, e.actor?.email])).toEqual([
      ['contribution.reopened', DEMO.coordinator],
      ['contribution.accepted', DEMO.coordinator],
      ['contribution.submitted', DEMO.contributor],
      ['contribution.saved', DEMO.contributor],
      ['contribution.changes_requested', DEMO.coordinator],
      ['contribution.submitted', DEMO.contributor],
      ['contribution.saved', DEMO.contributor],
      ['contribution.saved', DEMO.contributor],
    ]);
    expect(events.every((e) => e.questionCode === '1b')).toBe(true);
    expect(events[4]).toMatchObject({
      before: { state: 'submitted' },
      after: { state: 'changes_requested', comment: 'Please add the 2019 figures by province.' },
    });
    const firstPage = ZListAuditResponse.parse(
      (
        await coordinator
          .get(`/api/reviews/${ids.reviewId}/audit?questionId=${questionId}&limit=3`)
          .expect(200)
      ).body,
    );
    expect(firstPage.events.map((e) => e.id)).toEqual(events.slice(0, 3).map((e) => e.id));
    const secondPage = ZListAuditResponse.parse(
      (
        await coordinator
          .get(
            `/api/reviews/${ids.reviewId}/audit?questionId=${questionId}&limit=3&before=${firstPage.nextBefore}`,
          )
          .expect(200)
      ).body,
    );
    expect(secondPage.events.map((e) => e.id)).toEqual(events.slice(3, 6).map((e) => e.id));
    expect((await mlsp.get(`/api/reviews/${ids.reviewId}/audit`).expect(403)).body.message).toBe(
      'Only the coordinator can read the audit trail',
    );
  });
});
