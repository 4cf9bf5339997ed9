import { randomUUID } from 'node:crypto';
import {
  type TCreateVoteRoundRequest,
  type TVoteRound,
  ZListAuditResponse,
  ZMyBallot,
  ZPriorityList,
  ZVoteResults,
  ZVoteRound,
} from '@gcm/domain';
import { VoteReminderPlanner } from '../src/modules/votes/vote-reminder.planner';
import { createOutsider, type DemoIds, demoIds } from './support/journey-fixtures';
import { type SessionClient, sessionClients } from './support/sessions';
import { bootTestApp, DEMO, type TestApp } from './support/test-app';
import { createVoteRound, HOUR, iso, NOW, SESSIONS_END } from './support/vote-rounds';

const EMAILS = {
  coordinator: DEMO.coordinator,
  mlsp: DEMO.contributor,
  gdbp: DEMO.borderContributor,
  unicef: DEMO.stakeholder,
  observer: DEMO.observer,
  immigration: 'focal.point@immigration.mn.example',
  nda: 'focal.point@nda.mn.example',
  mojha: 'focal.point@mojha.mn.example',
  outsider: 'outsider@example.org',
} as const;
type Who = keyof typeof EMAILS;

/** Mongolia's 12 priority objectives (question 7 of its 2020 review), with their reasons shortened. */
const MONGOLIA_PRIORITIES = [
  {
    objective: 1,
    reason: 'Data on internal and international migration is not accurate or disaggregated enough.',
  },
  { objective: 2, reason: 'Employment, education and living conditions in rural areas drive migration.' },
  { objective: 3, reason: 'Information at all stages of migration is not updated regularly.' },
  { objective: 7, reason: 'Rural-urban migration overloads the capital city and provincial centres.' },
  { objective: 10, reason: 'Counter-trafficking laws need better implementation and trained officials.' },
  { objective: 11, reason: 'Border management needs modern technology and information systems.' },
  { objective: 14, reason: 'Consular services face a growing workload every year.' },
  { objective: 15, reason: 'Migrants who do not register their address cannot obtain basic services.' },
  { objective: 18, reason: 'Returning migrants need recognition of their skills and qualifications.' },
  { objective: 19, reason: 'Over 190 thousand Mongolians abroad can contribute to development.' },
  { objective: 20, reason: 'Remittances are a priority for Mongolians living abroad.' },
  { objective: 22, reason: 'Social security entitlements must be portable for Mongolians abroad.' },
];

describe('votes: prioritising the GCM objectives', () => {
  let t: TestApp;
  let ids: DemoIds;
  let reviewUrl: string;
  const as = {} as Record<Who, SessionClient>;
  const personIds = {} as Record<Who, string>;

  async function createRound(
    body: Partial<TCreateVoteRoundRequest> & { voterIds: string[] },
  ): Promise<TVoteRound> {
    return createVoteRound(as.coordinator, reviewUrl, {
      title: 'Priority GCM objectives for Mongolia',
      rules: { method: 'approval', maxPicks: 12 },
      opensAt: iso(-HOUR),
      closesAt: iso(72 * HOUR),
      ...body,
    });
  }

  const voters = (...who: Who[]) => who.map((w) => personIds[w]);
  const counts = async (roundId: string) => ({
    ballots: await t.prisma.ballot.count({ where: { roundId } }),
    participation: await t.prisma.voteParticipation.count({ where: { roundId } }),
    audit: await t.prisma.auditEvent.count({ where: { targetId: roundId } }),
  });

  beforeAll(async () => {
    t = await bootTestApp({ now: NOW });
    ids = demoIds(t);
    reviewUrl = `/api/reviews/${ids.reviewId}`;
    await createOutsider(t);
    // One listening server for all requests, so that hundreds can run side by side.
    await t.app.listen(0, '127.0.0.1');
    const who = Object.keys(EMAILS) as Who[];
    for (const w of who) personIds[w] = await ids.person(EMAILS[w]);
    const clients = await sessionClients(
      t,
      who.map((w) => personIds[w]),
      SESSIONS_END,
    );
    who.forEach((w, index) => {
      as[w] = clients[index] as SessionClient;
    });
  });

  afterEach(() => {
    t.clock.set(NOW);
  });

  afterAll(async () => {
    await t.close();
  });

  it('counts 200 ballots cast at the same moment exactly once each', async () => {
    const unOrganisations = await t.prisma.organisation.findMany({
      where: { shortName: { in: ['UNDP', 'UNFPA', 'NGO', 'MLSP'] } },
      select: { id: true, shortName: true, type: true },
      orderBy: { shortName: 'asc' },
    });
    const people = Array.from({ length: 200 }, (_, i) => ({
      id: randomUUID(),
      email: `voter${i}@stakeholders.example`,
      name: `Voter ${i}`,
      organisation: unOrganisations[i % unOrganisations.length],
    }));
    await t.prisma.person.createMany({
      data: people.map((p) => ({
        id: p.id,
        email: p.email,
        name: p.name,
        organisationId: p.organisation?.id,
      })),
    });
    await t.prisma.membership.createMany({
      data: people.map((p) => ({
        reviewId: ids.reviewId,
        personId: p.id,
        role: 'stakeholder' as const,
        organisationId: p.organisation?.id,
      })),
    });
    const clients = await sessionClients(
      t,
      people.map((p) => p.id),
      SESSIONS_END,
    );
    const round = await createRound({
      title: 'Workshop prioritisation',
      rules: { method: 'approval', maxPicks: 3 },
      voterIds: people.map((p) => p.id),
    });
    const picksOf = (i: number) => [1 + (i % 23), 1 + ((i + 11) % 23)];
    // Everyone votes at once; the first 20 send their ballot twice at the same moment.
    const requests = clients.flatMap((voter, i) => {
      const send = () => voter.put(`/api/votes/${round.id}/ballot`, { content: { picks: picksOf(i) } });
      return i < 20 ? [send(), send()] : [send()];
    });
    const responses = await Promise.all(requests);
    expect(responses.map((r) => r.status)).toEqual(requests.map(() => 200));

    expect(await counts(round.id)).toEqual({ ballots: 200, participation: 200, audit: 1 + 220 });
    const versions = await t.prisma.ballot.groupBy({
      by: ['version'],
      where: { roundId: round.id },
      _count: true,
    });
    expect(versions.map((v) => [v.version, v._count]).sort()).toEqual([
      [1, 180],
      [2, 20],
    ]);
    const shown = ZVoteRound.parse((await as.coordinator.get(`/api/votes/${round.id}`).expect(200)).body);
    expect(shown.turnout).toEqual({ ballots: 200, eligible: 200 });
    expect(shown.me).toEqual({ eligible: false, voted: false });

    const results = ZVoteResults.parse(
      (await as.coordinator.get(`/api/votes/${round.id}/results`).expect(200)).body,
    );
    const expected = new Map<number, number>();
    people.forEach((_, i) => {
      for (const objective of picksOf(i)) expected.set(objective, (expected.get(objective) ?? 0) + 1);
    });
    expect(results.ballots).toBe(200);
    expect(Object.fromEntries(results.ranking.map((e) => [e.objective, e.value]))).toEqual(
      Object.fromEntries([...expected.entries()].sort((a, b) => a[0] - b[0])),
    );
    expect(results.ranking.reduce((sum, e) => sum + e.value, 0)).toBe(400);
    expect(results.byOrganisationType?.map((g) => [g.type, g.ballots])).toEqual([
      ['ministry_agency', 50],
      ['un_entity', 100],
      ['ngo', 50],
    ]);
  }, 120_000);

  describe('who may vote, and when', () => {
    let round: TVoteRound;

    beforeAll(async () => {
      round = await createRound({
        rules: { method: 'approval', maxPicks: 3 },
        voterIds: voters('mlsp', 'gdbp', 'unicef'),
        closesAt: iso(HOUR),
      });
    });

    it('refuses someone who is not on the list of voters (403) and outsiders (404)', async () => {
      const before = await counts(round.id);
      const refused = await as.observer
        .put(`/api/votes/${round.id}/ballot`, { content: { picks: [1] } })
        .expect(403);
      expect(refused.body.message).toBe('You are not on the list of voters for this round');
      await as.coordinator.put(`/api/votes/${round.id}/ballot`, { content: { picks: [1] } }).expect(403);
      await as.observer.get(`/api/votes/${round.id}/ballot`).expect(403);
      await as.outsider.put(`/api/votes/${round.id}/ballot`, { content: { picks: [1] } }).expect(404);
      await as.outsider.get(`/api/votes/${round.id}`).expect(404);
      const observerView = ZVoteRound.parse(
        (await as.observer.get(`/api/votes/${round.id}`).expect(200)).body,
      );
      expect(observerView.me).toEqual({ eligible: false, voted: false });
      expect(await counts(round.id)).toEqual(before);
    });

    it('replaces a changed ballot: still one ballot, a new version, the new content', async () => {
      const url = `/api/votes/${round.id}/ballot`;
      expect(ZMyBallot.parse((await as.mlsp.get(url).expect(200)).body)).toEqual({ content: null });
      await as.mlsp.put(url, { content: { picks: [7, 1] } }).expect(200);
      const changed = await as.mlsp.put(url, { content: { picks: [10, 11] } }).expect(200);
      expect(changed.body).toEqual({ content: { picks: [10, 11] } });
      expect(ZMyBallot.parse((await as.mlsp.get(url).expect(200)).body)).toEqual({
        content: { picks: [10, 11] },
      });
      const rows = await t.prisma.ballot.findMany({ where: { roundId: round.id } });
      expect(rows).toMatchObject([
        { voterKey: personIds.mlsp, personId: personIds.mlsp, version: 2, content: { picks: [10, 11] } },
      ]);
      expect(await t.prisma.voteParticipation.count({ where: { roundId: round.id } })).toBe(1);
      const view = ZVoteRound.parse((await as.mlsp.get(`/api/votes/${round.id}`).expect(200)).body);
      expect(view).toMatchObject({
        state: 'open',
        turnout: { ballots: 1, eligible: 3 },
        me: { eligible: true, voted: true },
      });
    });

    it('refuses a ballot after the closing time with 409, and keeps the ballots cast before', async () => {
      t.clock.advance(2 * HOUR);
      const before = await counts(round.id);
      const late = await as.gdbp
        .put(`/api/votes/${round.id}/ballot`, { content: { picks: [2] } })
        .expect(409);
      expect(late.body.message).toBe(
        'The round closed on 28 November 2026 at 11:00 (Asia/Ulaanbaatar); ballots can no longer be cast or changed',
      );
      await as.mlsp.put(`/api/votes/${round.id}/ballot`, { content: { picks: [2] } }).expect(409);
      expect(await counts(round.id)).toEqual(before);
      const view = ZVoteRound.parse((await as.mlsp.get(`/api/votes/${round.id}`).expect(200)).body);
      expect(view.state).toBe('closed');
      await as.coordinator.post(`/api/votes/${round.id}/close`).expect(409);
    });

    it('closing early (coordinator) stops ballots at once; a round that has not opened takes none', async () => {
      const early = await createRound({ voterIds: voters('mlsp', 'gdbp') });
      await as.gdbp.put(`/api/votes/${early.id}/ballot`, { content: { picks: [3] } }).expect(200);
      await as.mlsp.post(`/api/votes/${early.id}/close`).expect(403);
      t.clock.advance(5 * 60_000);
      const closed = ZVoteRound.parse(
        (await as.coordinator.post(`/api/votes/${early.id}/close`).expect(200)).body,
      );
      expect(closed).toMatchObject({ state: 'closed', version: 2, turnout: { ballots: 1, eligible: 2 } });
      const late = await as.mlsp
        .put(`/api/votes/${early.id}/ballot`, { content: { picks: [3] } })
        .expect(409);
      expect(late.body.message).toBe(
        'The round closed on 28 November 2026 at 10:05 (Asia/Ulaanbaatar); ballots can no longer be cast or changed',
      );
      const again = await as.coordinator.post(`/api/votes/${early.id}/close`).expect(409);
      expect(again.body.message).toContain('already closed');
      const auto = await t.prisma.outboxMessage.findFirstOrThrow({
        where: { dedupeKey: `vote:${early.id}:auto` },
      });
      expect(auto).toMatchObject({ status: 'cancelled', cancelledReason: 'the round was closed early' });

      const later = await createRound({ voterIds: voters('mlsp'), opensAt: iso(24 * HOUR) });
      expect(later.state).toBe('scheduled');
      const tooEarly = await as.mlsp
        .put(`/api/votes/${later.id}/ballot`, { content: { picks: [3] } })
        .expect(409);
      expect(tooEarly.body.message).toBe(
        'The round opens on 29 November 2026 at 10:00 (Asia/Ulaanbaatar); ballots cannot be cast before then',
      );
    });
  });

  describe('a secret round', () => {
    let round: TVoteRound;
    const secretVoters: Who[] = ['mlsp', 'gdbp', 'unicef'];

    beforeAll(async () => {
      round = await createRound({
        title: 'Secret prioritisation',
        secret: true,
        rules: { method: 'ranked', maxRanks: 5 },
        voterIds: voters(...secretVoters),
      });
      await as.mlsp.put(`/api/votes/${round.id}/ballot`, { content: { ranking: [1, 2, 3] } }).expect(200);
      await as.gdbp.put(`/api/votes/${round.id}/ballot`, { content: { ranking: [2, 1] } }).expect(200);
      await as.unicef.put(`/api/votes/${round.id}/ballot`, { content: { ranking: [3] } }).expect(200);
      await as.unicef.put(`/api/votes/${round.id}/ballot`, { content: { ranking: [3, 1] } }).expect(200);
    });

    /** Nothing in a response may name a voter: neither their id nor their e-mail nor their name. */
    async function expectNoVoterIn(body: unknown) {
      const text = typeof body === 'string' ? body : JSON.stringify(body);
      for (const w of secretVoters) {
        const person = await t.prisma.person.findUniqueOrThrow({ where: { id: personIds[w] } });
        expect(text).not.toContain(person.id);
        expect(text).not.toContain(person.email);
        expect(text).not.toContain(person.name);
      }
    }

    it('stores ballots under keyed HMACs with no person, and audits casting without content', async () => {
      expect(round).toMatchObject({ secret: true, resultsHidden: true });
      const ballots = await t.prisma.ballot.findMany({ where: { roundId: round.id } });
      expect(ballots).toHaveLength(3);
      const ids = new Set(Object.values(personIds));
      for (const ballot of ballots) {
        expect(ballot).toMatchObject({ personId: null, version: 1 });
        expect(ballot.voterKey).toMatch(/^[\w-]{43}$/);
        expect(ids.has(ballot.voterKey)).toBe(false);
      }
      const participation = await t.prisma.voteParticipation.findMany({ where: { roundId: round.id } });
      const ballotKeys = new Set(ballots.map((b) => b.voterKey));
      expect(participation.some((p) => ballotKeys.has(p.voterKey))).toBe(false);
      const events = await t.prisma.auditEvent.findMany({
        where: { targetId: round.id, action: 'ballot.cast' },
      });
      // That each voter submitted a ballot (unicef twice), never what nor whether it was a change.
      expect(events.map((e) => e.actorId).sort()).toEqual(voters('mlsp', 'gdbp', 'unicef', 'unicef').sort());
      for (const event of events) {
        expect(event).toMatchObject({ before: null, after: null, targetType: 'vote_round' });
      }
      const trail = ZListAuditResponse.parse(
        (await as.coordinator.get(`${reviewUrl}/audit?limit=100`).expect(200)).body,
      );
      const roundEvents = trail.events.filter((e) => e.targetId === round.id);
      expect(roundEvents.map((e) => e.action)).toEqual([
        ...Array(4).fill('ballot.cast'),
        'vote_round.created',
      ]);
      expect(JSON.stringify(roundEvents)).not.toMatch(/ranking|version/);
    });

    it('gives each voter their own ballot back, and nobody else', async () => {
      expect((await as.gdbp.get(`/api/votes/${round.id}/ballot`).expect(200)).body).toEqual({
        content: { ranking: [2, 1] },
      });
      expect((await as.unicef.get(`/api/votes/${round.id}/ballot`).expect(200)).body).toEqual({
        content: { ranking: [3, 1] },
      });
      await as.coordinator.get(`/api/votes/${round.id}/ballot`).expect(403);
    });

    it('hides the results from everyone, the coordinator included, until the close', async () => {
      for (const who of ['coordinator', 'mlsp', 'observer'] as const) {
        const hidden = await as[who].get(`/api/votes/${round.id}/results`).expect(403);
        expect(hidden.body.message).toBe('Results are hidden until the round closes');
        await as[who].get(`/api/votes/${round.id}/results.csv`).expect(403);
      }
    });

    it('after the close, shows results without any per-voter or per-type breakdown', async () => {
      await as.coordinator.post(`/api/votes/${round.id}/close`).expect(200);
      const response = await as.observer.get(`/api/votes/${round.id}/results`).expect(200);
      const results = ZVoteResults.parse(response.body);
      expect(results).toMatchObject({ ballots: 3, eligible: 3, byOrganisationType: null });
      expect(results.ranking[0]).toMatchObject({ objective: 1, rank: 1 });
      await expectNoVoterIn(response.body);
      const csv = await as.coordinator.get(`/api/votes/${round.id}/results.csv`).expect(200);
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
      // The ranking (23 objectives), the figures, the pairwise matrix and the majorities; no voter rows.
      const sections = csv.text.trimEnd().split('\r\n\r\n');
      expect(sections.map((section) => section.split('\r\n')[0]?.split(',')[0])).toEqual([
        'objective',
        'figure',
        'prefers_row_to_column',
        'ranked_pairs_winner',
      ]);
      expect(sections[0]?.split('\r\n')).toHaveLength(1 + 23);
      expect(csv.text).not.toContain('voter');
      await expectNoVoterIn(csv.text);
      for (const who of ['coordinator', 'mlsp'] as const) {
        await expectNoVoterIn((await as[who].get(`/api/votes/${round.id}`).expect(200)).body);
        await expectNoVoterIn((await as[who].get(`${reviewUrl}/votes`).expect(200)).body);
      }
      await expectNoVoterIn((await as.mlsp.get(`/api/votes/${round.id}/ballot`).expect(200)).body);
    });
  });

  describe('ballots that break the rules', () => {
    it('are refused with 400 and a clear message, and nothing is written', async () => {
      const approval = await createRound({
        rules: { method: 'approval', maxPicks: 3 },
        voterIds: voters('unicef'),
      });
      const dot = await createRound({
        rules: { method: 'dot', budget: 10, maxPerOption: 5 },
        voterIds: voters('unicef'),
      });
      const ranked = await createRound({
        rules: { method: 'ranked', maxRanks: null },
        voterIds: voters('unicef'),
      });
      const score = await createRound({
        rules: { method: 'score', maxScore: 5 },
        voterIds: voters('unicef'),
      });
      const cases: [TVoteRound, object, string, { path: string; message: string }[] | null][] = [
        [
          approval,
          { picks: [1, 2, 24] },
          'Objective 24 is not on this ballot',
          [{ path: 'picks.2', message: 'Objective 24 is not on this ballot' }],
        ],
        [approval, { picks: [1, 2, 3, 4] }, 'You may pick at most 3 objectives; you picked 4', null],
        [
          dot,
          {
            points: [
              { objective: 1, points: 5 },
              { objective: 2, points: 5 },
              { objective: 3, points: 1 },
            ],
          },
          'You gave 11 points but have 10',
          null,
        ],
        [
          dot,
          { points: [{ objective: 1, points: 6 }] },
          'You may put at most 5 points on one objective; objective 1 has 6',
          null,
        ],
        [
          ranked,
          { ranking: [1, 2, 1] },
          'Objective 1 is ranked twice',
          [{ path: 'ranking.2', message: 'Objective 1 is ranked twice' }],
        ],
        [
          score,
          { scores: [{ objective: 3, score: 6 }] },
          'Objective 3 has a score of 6; scores go from 0 to 5',
          [{ path: 'scores.0.score', message: 'Objective 3 has a score of 6; scores go from 0 to 5' }],
        ],
      ];
      for (const [round, content, message, fieldErrors] of cases) {
        const before = await counts(round.id);
        const response = await as.unicef.put(`/api/votes/${round.id}/ballot`, { content }).expect(400);
        expect(response.body.message).toBe(message);
        if (fieldErrors) expect(response.body.fieldErrors).toEqual(fieldErrors);
        expect(await counts(round.id)).toEqual(before);
      }
      const wrongShape = await as.unicef
        .put(`/api/votes/${approval.id}/ballot`, { content: { ranking: [1] } })
        .expect(400);
      expect(wrongShape.body.message).toMatch(/^The ballot is not valid: /);
      await as.unicef.put(`/api/votes/${approval.id}/ballot`, { content: { picks: 'all' } }).expect(400);
      await as.unicef.put(`/api/votes/${approval.id}/ballot`, {}).expect(400);
      expect(
        await t.prisma.ballot.count({
          where: { roundId: { in: [approval.id, dot.id, ranked.id, score.id] } },
        }),
      ).toBe(0);
    });

    it('a round is set up only by the coordinator, with voters of the review and limits that fit the ballot', async () => {
      const before = await t.prisma.voteRound.count();
      const base = {
        title: 'X',
        rules: { method: 'approval', maxPicks: 5 },
        opensAt: iso(0),
        closesAt: iso(HOUR),
        voterIds: voters('unicef'),
      };
      await as.unicef.post(`${reviewUrl}/votes`, base).expect(403);
      await as.outsider.post(`${reviewUrl}/votes`, base).expect(404);
      const bad = await as.coordinator
        .post(`${reviewUrl}/votes`, {
          ...base,
          options: [1, 2, 3],
          closesAt: iso(-HOUR / 2),
          opensAt: iso(-HOUR),
          voterIds: [personIds.unicef, personIds.outsider, personIds.unicef],
        })
        .expect(400);
      expect(bad.body.fieldErrors).toEqual([
        { path: 'rules.maxPicks', message: 'must be at most 3, the number of objectives on the ballot' },
        { path: 'voterIds.2', message: 'is listed twice' },
        { path: 'closesAt', message: 'must be in the future' },
        { path: 'voterIds.1', message: 'is not a member of this review' },
      ]);
      const orgs = await as.coordinator
        .post(`${reviewUrl}/votes`, { ...base, eligibility: 'organisation', voterIds: [personIds.unicef] })
        .expect(400);
      expect(orgs.body.fieldErrors).toEqual([
        { path: 'voterIds.0', message: 'is not an organisation taking part in this review' },
      ]);
      const options = await as.coordinator
        .post(`${reviewUrl}/votes`, { ...base, options: [1, 1, 24] })
        .expect(400);
      expect(options.body.fieldErrors).toEqual(
        expect.arrayContaining([{ path: 'options.2', message: 'must be at most 23' }]),
      );
      expect(await t.prisma.voteRound.count()).toBe(before);
    });
  });

  describe('results of an open round', () => {
    let round: TVoteRound;

    beforeAll(async () => {
      round = await createRound({
        rules: { method: 'approval', maxPicks: 2 },
        voterIds: voters('mlsp', 'gdbp', 'unicef'),
        quorum: 3,
      });
      await as.mlsp.put(`/api/votes/${round.id}/ballot`, { content: { picks: [1, 2] } }).expect(200);
      await as.gdbp.put(`/api/votes/${round.id}/ballot`, { content: { picks: [1, 3] } }).expect(200);
    });

    it('are not valid below the quorum, and become valid when it is reached', async () => {
      const below = ZVoteResults.parse(
        (await as.observer.get(`/api/votes/${round.id}/results`).expect(200)).body,
      );
      expect(below).toMatchObject({ ballots: 2, eligible: 3, quorum: 3, valid: false });
      await as.unicef.put(`/api/votes/${round.id}/ballot`, { content: { picks: [2, 3] } }).expect(200);
      const reached = ZVoteResults.parse(
        (await as.observer.get(`/api/votes/${round.id}/results`).expect(200)).body,
      );
      expect(reached).toMatchObject({ ballots: 3, valid: true });
    });

    it('show ties as ties, per organisation type and per cluster', async () => {
      const results = ZVoteResults.parse(
        (await as.coordinator.get(`/api/votes/${round.id}/results`).expect(200)).body,
      );
      expect(results.ranking.slice(0, 4)).toEqual([
        {
          objective: 1,
          title: expect.stringMatching(/^Collect and utilize accurate/),
          value: 2,
          rank: 1,
          tiedWith: [2, 3],
        },
        { objective: 2, title: expect.any(String), value: 2, rank: 1, tiedWith: [1, 3] },
        {
          objective: 3,
          title: 'Provide accurate and timely information at all stages of migration',
          value: 2,
          rank: 1,
          tiedWith: [1, 2],
        },
        {
          objective: 4,
          title: expect.any(String),
          value: 0,
          rank: 4,
          tiedWith: Array.from({ length: 19 }, (_, i) => i + 5),
        },
      ]);
      expect(results).toMatchObject({ borda: null, condorcetWinner: null });
      expect(results.byOrganisationType?.map((g) => [g.type, g.ballots, g.ranking[0]?.objective])).toEqual([
        ['ministry_agency', 2, 1],
        ['un_entity', 1, 2],
      ]);
      expect(results.byCluster.map((c) => c.cluster)).toEqual([1, 2, 3, 4]);
      expect(results.byCluster[0]?.ranking.map((e) => [e.objective, e.value, e.rank])).toEqual([
        [2, 2, 1],
        [5, 0, 2],
        [6, 0, 2],
        [12, 0, 2],
        [18, 0, 2],
      ]);
      expect(
        results.byCluster[3]?.ranking.slice(0, 2).map((e) => [e.objective, e.value, e.tiedWith]),
      ).toEqual([
        [1, 2, [3]],
        [3, 2, [1]],
      ]);
    });

    it('download as CSV, with one row per voter because the round is open', async () => {
      const csv = await as.coordinator.get(`/api/votes/${round.id}/results.csv`).expect(200);
      const lines = csv.text.split('\r\n');
      expect(lines[0]).toBe('objective,title,value,rank,tied_with');
      expect(lines[1]).toBe(
        '1,Collect and utilize accurate and disaggregated data as a basis for evidence-based policies,2,1,2 3',
      );
      expect(lines).toContain(
        '12,"Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral",0,4,' +
          [4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23].join(' '),
      );
      const voterSection = lines.slice(lines.indexOf('voter,organisation,ballot') + 1).filter(Boolean);
      expect(voterSection.sort()).toEqual(
        [
          'B. Enkhjargal,Ministry of Labour and Social Protection,1 2',
          'D. Batbayar,General Department for Border Protection,1 3',
          'UNICEF focal point,United Nations Children’s Fund,2 3',
        ].sort(),
      );
    });
  });

  it('counts a small ranked round with Schulze and Borda, which disagree here', async () => {
    const round = await createRound({
      rules: { method: 'ranked', maxRanks: null },
      options: [1, 2, 3],
      resultsHidden: true,
      voterIds: voters('mlsp', 'gdbp', 'immigration', 'nda', 'mojha'),
    });
    const ballots: [Who, number[]][] = [
      ['mlsp', [1, 2, 3]],
      ['gdbp', [1, 2, 3]],
      ['immigration', [1, 2, 3]],
      ['nda', [2, 3, 1]],
      ['mojha', [2, 3, 1]],
    ];
    for (const [who, ranking] of ballots) {
      await as[who].put(`/api/votes/${round.id}/ballot`, { content: { ranking } }).expect(200);
    }
    await as.coordinator.get(`/api/votes/${round.id}/results`).expect(403);
    await as.coordinator.post(`/api/votes/${round.id}/close`).expect(200);
    const results = ZVoteResults.parse(
      (await as.mlsp.get(`/api/votes/${round.id}/results`).expect(200)).body,
    );
    // Head to head, 1 beats 2 and 3 (3 ballots to 2): the Condorcet winner, first by Schulze.
    expect(results.condorcetWinner).toBe(1);
    expect(results.ranking.map((e) => [e.objective, e.value, e.rank])).toEqual([
      [1, 2, 1],
      [2, 1, 2],
      [3, 0, 3],
    ]);
    // Borda puts 2 first: 3×1 + 2×2 = 7 points against 3×2 = 6 for objective 1.
    expect(results.borda?.map((e) => [e.objective, e.value, e.rank])).toEqual([
      [2, 7, 1],
      [1, 6, 2],
      [3, 2, 3],
    ]);
  });

  describe('finalising the priorities', () => {
    let round: TVoteRound;

    beforeAll(async () => {
      round = await createRound({ voterIds: voters('mlsp', 'unicef') });
      await as.unicef.put(`/api/votes/${round.id}/ballot`, { content: { picks: [1, 2, 3, 7] } }).expect(200);
    });

    it('waits for the close (409)', async () => {
      const open = await as.coordinator.put(`/api/votes/${round.id}/priorities`, {
        version: round.version,
        priorities: MONGOLIA_PRIORITIES,
      });
      expect(open.status).toBe(409);
      expect(open.body.message).toMatch(
        /^The round is still open .*; close it before finalising the priorities$/,
      );
    });

    it('writes the 12 priority objectives with their reasons into the answer to question 7', async () => {
      const closed = ZVoteRound.parse(
        (await as.coordinator.post(`/api/votes/${round.id}/close`).expect(200)).body,
      );
      const response = await as.coordinator
        .put(`/api/votes/${round.id}/priorities`, {
          version: closed.version,
          priorities: MONGOLIA_PRIORITIES,
        })
        .expect(200);
      const list = ZPriorityList.parse(response.body);
      expect(list.priorities).toHaveLength(12);
      expect(list.priorities[3]).toEqual({
        position: 4,
        objective: 7,
        title: 'Address and reduce vulnerabilities in migration',
        reason: MONGOLIA_PRIORITIES[3]?.reason,
      });
      const question = await t.prisma.question.findFirstOrThrow({
        where: { reviewId: ids.reviewId, code: '7' },
        include: { answer: { include: { revisions: true } } },
      });
      const answer = question.answer;
      if (!answer) throw new Error('question 7 has no answer');
      expect(answer).toMatchObject({ status: 'draft', version: 1 });
      // The table is the answer; the body is left for the coordinator's own introduction.
      expect(answer.body).toBe('');
      expect(answer.wordCount).toBeGreaterThan(100);
      expect((answer.data as { priorities: unknown[] }).priorities[4]).toEqual({
        objective: 10,
        title:
          'Prevent, combat and eradicate trafficking in persons in the context of international migration',
        reason: MONGOLIA_PRIORITIES[4]?.reason,
      });
      expect(answer.revisions).toMatchObject([
        { version: 1, status: 'draft', authorId: personIds.coordinator, body: answer.body },
      ]);
      const event = await t.prisma.auditEvent.findFirstOrThrow({
        where: { targetId: round.id, action: 'vote_round.priorities_finalised' },
      });
      expect(event).toMatchObject({
        actorId: personIds.coordinator,
        questionId: question.id,
        after: { answerVersion: 1 },
      });
      const view = ZVoteRound.parse((await as.observer.get(`/api/votes/${round.id}`).expect(200)).body);
      expect(view).toMatchObject({ state: 'finalised', version: closed.version + 1 });
      expect(
        ZPriorityList.parse((await as.observer.get(`/api/votes/${round.id}/priorities`).expect(200)).body),
      ).toEqual(list);
    });

    it('refuses a stale version, other roles, repeated objectives and objectives off the ballot; writes nothing', async () => {
      const current = ZVoteRound.parse((await as.coordinator.get(`/api/votes/${round.id}`).expect(200)).body);
      const answerBefore = await t.prisma.answer.findFirstOrThrow({
        where: { question: { reviewId: ids.reviewId, code: '7' } },
      });
      const stale = await as.coordinator
        .put(`/api/votes/${round.id}/priorities`, {
          version: current.version - 1,
          priorities: MONGOLIA_PRIORITIES,
        })
        .expect(409);
      expect(stale.body.details.current.priorities).toHaveLength(12);
      await as.mlsp
        .put(`/api/votes/${round.id}/priorities`, {
          version: current.version,
          priorities: MONGOLIA_PRIORITIES,
        })
        .expect(403);
      const repeated = await as.coordinator
        .put(`/api/votes/${round.id}/priorities`, {
          version: current.version,
          priorities: [
            { objective: 1, reason: 'a' },
            { objective: 1, reason: 'b' },
          ],
        })
        .expect(400);
      expect(repeated.body.fieldErrors).toEqual([
        { path: 'priorities.1.objective', message: 'is listed twice' },
      ]);
      const noReason = await as.coordinator
        .put(`/api/votes/${round.id}/priorities`, {
          version: current.version,
          priorities: [{ objective: 1, reason: ' ' }],
        })
        .expect(400);
      expect(noReason.body.fieldErrors).toEqual([
        { path: 'priorities.0.reason', message: 'give a reason for each objective' },
      ]);
      expect(await t.prisma.answer.findFirstOrThrow({ where: { id: answerBefore.id } })).toEqual(
        answerBefore,
      );

      const narrow = await createRound({
        options: [1, 2, 3],
        rules: { method: 'approval', maxPicks: 2 },
        voterIds: voters('mlsp'),
      });
      const closed = ZVoteRound.parse(
        (await as.coordinator.post(`/api/votes/${narrow.id}/close`).expect(200)).body,
      );
      const off = await as.coordinator
        .put(`/api/votes/${narrow.id}/priorities`, {
          version: closed.version,
          priorities: [{ objective: 7, reason: 'r' }],
        })
        .expect(400);
      expect(off.body.fieldErrors).toEqual([
        { path: 'priorities.0.objective', message: 'objective 7 was not on the ballot' },
      ]);
    });

    it('finalising again replaces the list and writes a new version of the answer', async () => {
      const current = ZVoteRound.parse((await as.coordinator.get(`/api/votes/${round.id}`).expect(200)).body);
      const reordered = [...MONGOLIA_PRIORITIES].reverse().slice(0, 11);
      const list = ZPriorityList.parse(
        (
          await as.coordinator
            .put(`/api/votes/${round.id}/priorities`, { version: current.version, priorities: reordered })
            .expect(200)
        ).body,
      );
      expect(list.priorities.map((p) => p.objective)).toEqual(reordered.map((p) => p.objective));
      const answer = await t.prisma.answer.findFirstOrThrow({
        where: { question: { reviewId: ids.reviewId, code: '7' } },
        include: { revisions: { orderBy: { version: 'asc' } } },
      });
      expect(answer.version).toBe(2);
      expect(answer.revisions.map((r) => r.version)).toEqual([1, 2]);
      expect((answer.data as { priorities: { objective: number }[] }).priorities[0]?.objective).toBe(22);
    });
  });

  describe('reminders to those who have not voted', () => {
    it('plans the automatic reminder a day before the close, and e-mails non-voters on request once an hour', async () => {
      const round = await createRound({ voterIds: voters('mlsp', 'gdbp', 'unicef') });
      const auto = await t.prisma.outboxMessage.findFirstOrThrow({
        where: { dedupeKey: `vote:${round.id}:auto` },
      });
      expect(auto).toMatchObject({
        kind: 'vote.reminder.auto',
        status: 'pending',
        notBefore: new Date(NOW.getTime() + 48 * HOUR),
        payload: { roundId: round.id },
        toAddresses: [],
      });
      await as.mlsp.put(`/api/votes/${round.id}/ballot`, { content: { picks: [1] } }).expect(200);
      await as.mlsp.post(`/api/votes/${round.id}/remind`).expect(403);
      const sent = await as.coordinator.post(`/api/votes/${round.id}/remind`).expect(202);
      expect(sent.body).toEqual({ queued: 2 });
      const mails = await t.prisma.outboxMessage.findMany({
        where: { dedupeKey: { startsWith: `vote:${round.id}:manual:` } },
        orderBy: { dedupeKey: 'asc' },
      });
      expect(mails.map((m) => m.toAddresses).sort()).toEqual([[DEMO.borderContributor], [DEMO.stakeholder]]);
      for (const mail of mails) {
        expect(mail).toMatchObject({ kind: 'vote.reminder', status: 'pending', reviewId: ids.reviewId });
        expect(mail.subject).toBe(
          'Your vote is awaited: "Priority GCM objectives for Mongolia" closes on 1 December 2026 at 10:00 (Asia/Ulaanbaatar)',
        );
        expect(mail.text).toContain(`/votes/${round.id}`);
        expect(mail.html).toContain('Vote now');
      }
      const again = await as.coordinator.post(`/api/votes/${round.id}/remind`).expect(429);
      expect(again.body.message).toMatch(/went out 1 minute\(s\) ago/);
      t.clock.advance(61 * 60_000);
      await as.gdbp.put(`/api/votes/${round.id}/ballot`, { content: { picks: [2] } }).expect(200);
      expect((await as.coordinator.post(`/api/votes/${round.id}/remind`).expect(202)).body).toEqual({
        queued: 1,
      });
    });

    it('sends the automatic reminder, when due, to those who still have not voted', async () => {
      const round = await createRound({ voterIds: voters('mlsp', 'gdbp') });
      await as.gdbp.put(`/api/votes/${round.id}/ballot`, { content: { picks: [2] } }).expect(200);
      const planner = t.app.get(VoteReminderPlanner);
      const fanned = await planner.fanOutAutomatic(round.id);
      expect('queued' in fanned && fanned.queued).toHaveLength(1);
      const mails = await t.prisma.outboxMessage.findMany({
        where: { dedupeKey: { startsWith: `vote:${round.id}:auto:` } },
      });
      expect(mails).toMatchObject([
        { kind: 'vote.reminder', toAddresses: [DEMO.contributor], payload: { automatic: true } },
      ]);
      expect(await planner.fanOutAutomatic(round.id)).toEqual({ queued: [] });
      await as.coordinator.post(`/api/votes/${round.id}/close`).expect(200);
      expect(await planner.fanOutAutomatic(round.id)).toEqual({ cancel: 'the vote is closed' });
    });

    it('in a round where organisations vote, one ballot per organisation, and reminders go to organisations that have not voted', async () => {
      const mlspOrg = await ids.organisation('MLSP');
      const unicefOrg = await ids.organisation('UNICEF');
      const round = await createRound({ eligibility: 'organisation', voterIds: [mlspOrg, unicefOrg] });
      const mine = ZVoteRound.parse((await as.mlsp.get(`/api/votes/${round.id}`).expect(200)).body);
      expect(mine.me).toEqual({ eligible: true, voted: false });
      await as.gdbp.put(`/api/votes/${round.id}/ballot`, { content: { picks: [1] } }).expect(403);
      await as.mlsp.put(`/api/votes/${round.id}/ballot`, { content: { picks: [1, 2] } }).expect(200);
      expect(await t.prisma.ballot.findMany({ where: { roundId: round.id } })).toMatchObject([
        { voterKey: mlspOrg, personId: personIds.mlsp },
      ]);
      expect((await as.coordinator.post(`/api/votes/${round.id}/remind`).expect(202)).body).toEqual({
        queued: 1,
      });
      const mail = await t.prisma.outboxMessage.findFirstOrThrow({
        where: { dedupeKey: { startsWith: `vote:${round.id}:manual:` } },
      });
      expect(mail.toAddresses).toEqual([DEMO.stakeholder]);
      expect(mail.text).toContain('United Nations Children’s Fund has not voted yet');
      await as.coordinator.post(`/api/votes/${round.id}/close`).expect(200);
      const results = ZVoteResults.parse(
        (await as.unicef.get(`/api/votes/${round.id}/results`).expect(200)).body,
      );
      expect(results).toMatchObject({ ballots: 1, eligible: 2 });
      expect(results.byOrganisationType).toEqual([
        { type: 'ministry_agency', ballots: 1, ranking: results.ranking },
      ]);
      const list = (await as.observer.get(`${reviewUrl}/votes`).expect(200)).body as { rounds: TVoteRound[] };
      expect(list.rounds.find((r) => r.id === round.id)).toMatchObject({
        eligibility: 'organisation',
        state: 'closed',
      });
      await as.outsider.get(`${reviewUrl}/votes`).expect(404);
    });
  });
});
