import { execFileSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type TCreateVoteRoundRequest,
  type TVoteRound,
  ZBallotSetExport,
  ZErrorResponse,
  ZVoteResults,
  ZVoteRound,
} from '@gcm/domain';
import { VoteResultsService } from '../src/modules/votes/vote-results.service';
import { createOutsiderWithReview, type DemoIds, demoIds } from './support/journey-fixtures';
import { type SessionClient, sessionClient } from './support/sessions';
import { bootTestApp, DEMO, type TestApp } from './support/test-app';
import { createVoteRound, HOUR, iso, NOW, SESSIONS_END } from './support/vote-rounds';

/**
 * Vote results worth citing (decision 0018): every ranked method side by side, the counts, the
 * ballot-set SHA-256 recomputed from the anonymised export with the recipe of the documentation,
 * the pairwise matrix by type of organisation (open rounds only), the CSV with every method, and
 * the fingerprints the report's annex reads. Two reviews, by two coordinators, see nothing of each
 * other's rounds.
 */

/** The node one-liner of docs/administration.md ("Recounting a vote"), run as the documentation says. */
function documentedRecount(exportJson: string): string {
  const docs = readFileSync(join(__dirname, '../../../docs/administration.md'), 'utf8');
  const line = docs.match(/^node -e '(.+)' < vote-ballots\.json$/m);
  if (!line?.[1]) throw new Error('docs/administration.md has no node recount one-liner');
  return execFileSync(process.execPath, ['-e', line[1]], { input: exportJson, encoding: 'utf8' }).trim();
}

/** The same hash written independently here: sorted keys, no spaces, sorted lines, LF after each. */
function independentHash(ballots: unknown[]): string {
  const canonical = (value: unknown): string =>
    JSON.stringify(value, (_key, v) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
        : v,
    );
  const text = ballots
    .map(canonical)
    .sort()
    .map((line) => `${line}\n`)
    .join('');
  return createHash('sha256').update(text).digest('hex');
}

describe('vote results: every method, counts, the ballot-set hash and the filter by type', () => {
  let t: TestApp;
  let ids: DemoIds;
  let reviewUrl: string;
  let coordinator: SessionClient;
  let stakeholder: SessionClient;
  let outsider: SessionClient;
  let outsiderReviewUrl: string;
  let outsiderId: string;
  const voter: Record<string, { id: string; client: SessionClient }> = {};

  const sessionFor = (personId: string) => sessionClient(t, personId, SESSIONS_END);

  async function createRound(
    as: SessionClient,
    url: string,
    body: Partial<TCreateVoteRoundRequest> & { voterIds: string[] },
  ): Promise<TVoteRound> {
    return createVoteRound(as, url, {
      title: 'Ranked priorities',
      rules: { method: 'ranked', maxRanks: null },
      options: [1, 2, 3, 7],
      opensAt: iso(-HOUR),
      closesAt: iso(72 * HOUR),
      ...body,
    });
  }

  /** Nothing in `text` names a person of the demo review's voters: id, e-mail or name. */
  async function expectNoVoterIn(text: string) {
    for (const { id } of Object.values(voter)) {
      const person = await t.prisma.person.findUniqueOrThrow({ where: { id } });
      expect(text).not.toContain(person.id);
      expect(text).not.toContain(person.email);
      expect(text).not.toContain(person.name);
    }
    const keys = await t.prisma.ballot.findMany({ select: { voterKey: true, id: true } });
    for (const key of keys) {
      expect(text).not.toContain(key.voterKey);
      expect(text).not.toContain(key.id);
    }
  }

  beforeAll(async () => {
    t = await bootTestApp({ now: NOW });
    ids = demoIds(t);
    reviewUrl = `/api/reviews/${ids.reviewId}`;
    const other = await createOutsiderWithReview(t);
    outsiderReviewUrl = `/api/reviews/${other.reviewId}`;
    outsiderId = await ids.person('outsider@example.org');
    await t.app.listen(0, '127.0.0.1');
    coordinator = await sessionFor(await ids.person(DEMO.coordinator));
    stakeholder = await sessionFor(await ids.person(DEMO.stakeholder));
    outsider = await sessionFor(outsiderId);
    for (const [key, email] of [
      ['mlsp', DEMO.contributor],
      ['gdbp', DEMO.borderContributor],
      ['unicef', DEMO.stakeholder],
    ] as const) {
      const id = await ids.person(email);
      voter[key] = { id, client: await sessionFor(id) };
    }
    // Three people of the umbrella NGO, members of the review for it.
    const ngo = await ids.organisation('NGO');
    for (const key of ['ngo1', 'ngo2', 'ngo3']) {
      const id = randomUUID();
      await t.prisma.person.create({
        data: { id, email: `${key}@ngo.mn.example`, name: `NGO member ${key}` },
      });
      await t.prisma.membership.create({
        data: { reviewId: ids.reviewId, personId: id, role: 'stakeholder', organisationId: ngo },
      });
      voter[key] = { id, client: await sessionFor(id) };
    }
  });

  afterEach(() => {
    t.clock.set(NOW);
  });

  afterAll(async () => {
    await t.close();
  });

  describe('an open ranked round', () => {
    let round: TVoteRound;
    const ballots: [string, number[]][] = [
      ['mlsp', [1, 2, 3, 7]],
      ['gdbp', [1, 3]],
      ['unicef', [2, 1, 3]],
      ['ngo1', [7, 3, 2, 1]],
      ['ngo2', [7, 3]],
    ];

    beforeAll(async () => {
      round = await createRound(coordinator, reviewUrl, {
        title: 'Open ranked priorities',
        voterIds: ['mlsp', 'gdbp', 'unicef', 'ngo1', 'ngo2', 'ngo3'].map((k) => voter[k]?.id ?? ''),
      });
      for (const [who, ranking] of ballots) {
        await voter[who]?.client.put(`/api/votes/${round.id}/ballot`, { content: { ranking } }).expect(200);
      }
    });

    it('shows every method, the counts and the Condorcet lines, with the hash of the ballot set', async () => {
      const results = ZVoteResults.parse(
        (await stakeholder.get(`/api/votes/${round.id}/results`).expect(200)).body,
      );
      // Ranked 4 of 4, 2 of 4 (partial), 3 of 4 (complete: the last is implied), 4, 2 (partial).
      expect(results.counts).toEqual({
        cast: 5,
        valid: 5,
        invalid: 0,
        partial: 2,
        eligible: 6,
        abstaining: 1,
      });
      expect(results.ballotSetSha256).toBe(independentHash(ballots.map(([, ranking]) => ({ ranking }))));
      const ranked = results.ranked;
      if (!ranked) throw new Error('a ranked round has ranked results');
      // 1 beats 3 and 7 (3–2) and ties 2 (2–2); 3 beats 2 and 7; 2 ties 7: no cycle, only ties.
      expect(ranked.pairwise).toEqual({
        organisationType: null,
        ballots: 5,
        objectives: [1, 2, 3, 7],
        counts: [
          [null, 2, 3, 3],
          [2, null, 2, 2],
          [2, 3, null, 3],
          [2, 2, 2, null],
        ],
      });
      expect(ranked.condorcetWinner).toEqual({ objective: null, noneBecause: 'tie' });
      expect(ranked.condorcetLoser).toEqual({ objective: null, noneBecause: 'tie' });
      expect(results.condorcetWinner).toBeNull();
      expect(ranked.smithSet).toEqual([1, 2, 3, 7]);
      expect(ranked.copeland.map((e) => [e.objective, e.value, e.rank])).toEqual([
        [1, 2.5, 1],
        [3, 2, 2],
        [2, 1, 3],
        [7, 0.5, 4],
      ]);
      // Locked: 1>3, 1>7, 3>7 (3–2), then 3>2 (3–2): 1 above all, then 3, then 2 and 7 unordered.
      expect(ranked.rankedPairs.map((e) => [e.objective, e.rank])).toEqual([
        [1, 1],
        [3, 2],
        [2, 3],
        [7, 3],
      ]);
      expect(ranked.majorities.every((m) => m.locked)).toBe(true);
      expect(results.ranking.map((e) => [e.objective, e.rank])).toEqual([
        [1, 1],
        [3, 2],
        [2, 3],
        [7, 3],
      ]);
      expect(results.borda?.map((e) => [e.objective, e.value])).toEqual([
        [1, 8],
        [3, 8],
        [2, 6],
        [7, 6],
      ]);
    });

    it('filters the pairwise matrix by type of organisation, and refuses what is not a type', async () => {
      const ngo = ZVoteResults.parse(
        (await coordinator.get(`/api/votes/${round.id}/results?organisationType=ngo`).expect(200)).body,
      );
      expect(ngo.ranked?.pairwise).toEqual({
        organisationType: 'ngo',
        ballots: 2,
        objectives: [1, 2, 3, 7],
        counts: [
          [null, 0, 0, 0],
          [1, null, 0, 0],
          [2, 2, null, 0],
          [2, 2, 2, null],
        ],
      });
      // Only the matrix is filtered: the rankings and counts stay those of every ballot.
      expect(ngo.counts.cast).toBe(5);
      const ministries = ZVoteResults.parse(
        (await coordinator.get(`/api/votes/${round.id}/results?organisationType=ministry_agency`).expect(200))
          .body,
      );
      expect(ministries.ranked?.pairwise).toMatchObject({ organisationType: 'ministry_agency', ballots: 2 });
      const none = ZVoteResults.parse(
        (await coordinator.get(`/api/votes/${round.id}/results?organisationType=academia`).expect(200)).body,
      );
      expect(none.ranked?.pairwise.ballots).toBe(0);

      const bad = await coordinator
        .get(`/api/votes/${round.id}/results?organisationType=ministry`)
        .expect(400);
      expect(bad.body.code).toBe('VALIDATION');
      expect(bad.body.fieldErrors.map((e: { path: string }) => e.path)).toEqual(['organisationType']);
      const unknown = await coordinator.get(`/api/votes/${round.id}/results?sort=asc`).expect(400);
      expect(unknown.body.code).toBe('VALIDATION');
    });

    it('writes every method, the counts, the hash and the matrix to the CSV, with a row per voter', async () => {
      const results = ZVoteResults.parse(
        (await coordinator.get(`/api/votes/${round.id}/results`).expect(200)).body,
      );
      const csv = await coordinator.get(`/api/votes/${round.id}/results.csv`).expect(200);
      const sections = csv.text.trimEnd().split('\r\n\r\n');
      expect(sections.map((s) => s.split('\r\n')[0])).toEqual([
        'objective,title,schulze_wins,schulze_rank,borda_points,borda_rank,copeland_score,copeland_rank,ranked_pairs_above,ranked_pairs_rank,smith_set',
        'figure,value',
        'prefers_row_to_column,1,2,3,7',
        'ranked_pairs_winner,ranked_pairs_loser,winning_votes,losing_votes,locked',
        'voter,organisation,ballot',
      ]);
      expect(sections[0]?.split('\r\n')[1]).toBe(
        '1,Collect and utilize accurate and disaggregated data as a basis for evidence-based policies,3,1,8,1,2.5,1,3,1,yes',
      );
      const figures = Object.fromEntries((sections[1] ?? '').split('\r\n').map((line) => line.split(',')));
      expect(figures).toMatchObject({
        ballots_cast: '5',
        valid: '5',
        invalid: '0',
        partial: '2',
        eligible: '6',
        abstaining: '1',
        condorcet_winner: 'none (tie)',
        condorcet_loser: 'none (tie)',
        smith_set: '1 2 3 7',
        ballot_set_sha256: results.ballotSetSha256,
      });
      expect(sections[2]?.split('\r\n').slice(1)).toEqual(['1,,2,3,3', '2,2,,2,2', '3,2,3,,3', '7,2,2,2,']);
      expect(sections[4]?.split('\r\n')).toContain(
        'NGO member ngo2,Umbrella NGO of migrants’ associations,7 > 3',
      );
    });

    it('exports the ballots to the coordinator only, anonymised, and the documented recount gives the hash', async () => {
      await stakeholder.get(`/api/votes/${round.id}/ballots.json`).expect(403);
      const response = await coordinator.get(`/api/votes/${round.id}/ballots.json`).expect(200);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.headers['content-disposition']).toBe('attachment; filename="vote-ballots.json"');
      const exported = ZBallotSetExport.parse(response.body);
      expect(exported).toMatchObject({
        format: 'gcm-ballot-set',
        roundId: round.id,
        method: 'ranked',
        secret: false,
        ballotsCast: 5,
      });
      // Content order: by canonical JSON, whatever order they were cast in.
      expect(exported.ballots).toEqual([
        { ranking: [1, 2, 3, 7] },
        { ranking: [1, 3] },
        { ranking: [2, 1, 3] },
        { ranking: [7, 3, 2, 1] },
        { ranking: [7, 3] },
      ]);
      await expectNoVoterIn(response.text);
      const results = ZVoteResults.parse(
        (await coordinator.get(`/api/votes/${round.id}/results`).expect(200)).body,
      );
      expect(exported.sha256).toBe(results.ballotSetSha256);
      expect(independentHash(exported.ballots)).toBe(exported.sha256);
      expect(documentedRecount(response.text)).toBe(exported.sha256);
    });

    it('changes the hash when one ballot changes', async () => {
      const before = ZVoteResults.parse(
        (await coordinator.get(`/api/votes/${round.id}/results`).expect(200)).body,
      );
      await voter.ngo2?.client
        .put(`/api/votes/${round.id}/ballot`, { content: { ranking: [7, 2] } })
        .expect(200);
      const after = ZVoteResults.parse(
        (await coordinator.get(`/api/votes/${round.id}/results`).expect(200)).body,
      );
      expect(after.ballotSetSha256).not.toBe(before.ballotSetSha256);
      expect(after.counts.cast).toBe(5);
      await voter.ngo2?.client
        .put(`/api/votes/${round.id}/ballot`, { content: { ranking: [7, 3] } })
        .expect(200);
      const back = ZVoteResults.parse(
        (await coordinator.get(`/api/votes/${round.id}/results`).expect(200)).body,
      );
      expect(back.ballotSetSha256).toBe(before.ballotSetSha256);
    });

    it('hands the report the fingerprint of each finalised round, of its own review only', async () => {
      const service = t.app.get(VoteResultsService);
      expect(await service.ballotSetDigests(ids.reviewId)).toEqual([]);
      const closed = ZVoteRound.parse(
        (await coordinator.post(`/api/votes/${round.id}/close`).expect(200)).body,
      );
      await coordinator
        .put(`/api/votes/${round.id}/priorities`, {
          version: closed.version,
          priorities: [{ objective: 1, reason: 'First by every Condorcet count.' }],
        })
        .expect(200);
      const results = ZVoteResults.parse(
        (await coordinator.get(`/api/votes/${round.id}/results`).expect(200)).body,
      );
      expect(await service.ballotSetDigests(ids.reviewId)).toEqual([
        {
          roundId: round.id,
          title: 'Open ranked priorities',
          method: 'ranked',
          ballotsCast: 5,
          sha256: results.ballotSetSha256,
        },
      ]);
      // The compiled report prints it in its annex, as the results show it.
      const preview = await coordinator.get(`/api/reviews/${ids.reviewId}/report/preview`).expect(200);
      expect(preview.body.text).toContain(
        `Vote “Open ranked priorities”: 5 ballots cast; SHA-256 of the ballot set: ${results.ballotSetSha256}`,
      );
      const otherReviewId = outsiderReviewUrl.split('/').pop() ?? '';
      expect(await service.ballotSetDigests(otherReviewId)).toEqual([]);
    });
  });

  describe('a secret ranked round', () => {
    let round: TVoteRound;

    beforeAll(async () => {
      round = await createRound(coordinator, reviewUrl, {
        title: 'Secret ranked priorities',
        secret: true,
        voterIds: ['mlsp', 'unicef', 'ngo1', 'ngo3'].map((k) => voter[k]?.id ?? ''),
      });
      await voter.ngo1?.client
        .put(`/api/votes/${round.id}/ballot`, { content: { ranking: [3, 1] } })
        .expect(200);
      await voter.mlsp?.client
        .put(`/api/votes/${round.id}/ballot`, { content: { ranking: [1, 3, 2] } })
        .expect(200);
      await voter.unicef?.client
        .put(`/api/votes/${round.id}/ballot`, { content: { ranking: [2] } })
        .expect(200);
    });

    it('hides results, the filter and the ballots until the close', async () => {
      for (const url of ['results', 'results?organisationType=ngo', 'ballots.json']) {
        const hidden = await coordinator.get(`/api/votes/${round.id}/${url}`).expect(403);
        expect(hidden.body.message).toBe('Results are hidden until the round closes');
      }
    });

    it('after the close, refuses the filter by type with a reason, and counts without it', async () => {
      await coordinator.post(`/api/votes/${round.id}/close`).expect(200);
      for (const type of ['ngo', 'un_entity']) {
        const refused = await coordinator
          .get(`/api/votes/${round.id}/results?organisationType=${type}`)
          .expect(403);
        expect(ZErrorResponse.parse(refused.body)).toMatchObject({
          code: 'FORBIDDEN',
          message:
            'The results of a secret vote cannot be broken down by type of organisation: in a small group, the figures would show how its members voted',
        });
      }
      const response = await stakeholder.get(`/api/votes/${round.id}/results`).expect(200);
      const results = ZVoteResults.parse(response.body);
      expect(results.counts).toEqual({
        cast: 3,
        valid: 3,
        invalid: 0,
        partial: 2,
        eligible: 4,
        abstaining: 1,
      });
      expect(results.byOrganisationType).toBeNull();
      expect(results.ranked?.pairwise).toMatchObject({ organisationType: null, ballots: 3 });
      await expectNoVoterIn(response.text);
    });

    it('exports the anonymised ballots in content order, and the recount gives the results’ hash', async () => {
      const response = await coordinator.get(`/api/votes/${round.id}/ballots.json`).expect(200);
      const exported = ZBallotSetExport.parse(response.body);
      expect(exported).toMatchObject({ secret: true, ballotsCast: 3 });
      expect(exported.ballots).toEqual([{ ranking: [1, 3, 2] }, { ranking: [2] }, { ranking: [3, 1] }]);
      expect(Object.keys(exported).sort()).toEqual(Object.keys(ZBallotSetExport.shape).sort());
      await expectNoVoterIn(response.text);
      const results = ZVoteResults.parse(
        (await coordinator.get(`/api/votes/${round.id}/results`).expect(200)).body,
      );
      expect(documentedRecount(response.text)).toBe(results.ballotSetSha256);
      const csv = await coordinator.get(`/api/votes/${round.id}/results.csv`).expect(200);
      expect(csv.text).toContain(`\r\nballot_set_sha256,${results.ballotSetSha256}\r\n`);
      expect(csv.text).not.toContain('voter');
      await expectNoVoterIn(csv.text);
    });
  });

  it('refuses the filter on a round that is not ranked (400)', async () => {
    const approval = await createRound(coordinator, reviewUrl, {
      title: 'Approval',
      rules: { method: 'approval', maxPicks: 2 },
      voterIds: [voter.ngo1?.id ?? ''],
    });
    const refused = await coordinator
      .get(`/api/votes/${approval.id}/results?organisationType=ngo`)
      .expect(400);
    expect(refused.body).toMatchObject({
      code: 'VALIDATION',
      message: 'Only ranked votes have a pairwise matrix to filter by type of organisation',
    });
    const results = ZVoteResults.parse(
      (await coordinator.get(`/api/votes/${approval.id}/results`).expect(200)).body,
    );
    expect(results).toMatchObject({ ranked: null, counts: { cast: 0, eligible: 1, abstaining: 1 } });
  });

  it('shows nothing of one review’s rounds to the other review’s coordinator, and the other way round (404)', async () => {
    const mine = await createRound(coordinator, reviewUrl, {
      title: 'Demo round',
      voterIds: [voter.ngo1?.id ?? ''],
    });
    await voter.ngo1?.client
      .put(`/api/votes/${mine.id}/ballot`, { content: { ranking: [2, 1] } })
      .expect(200);
    const theirs = await createRound(outsider, outsiderReviewUrl, {
      title: 'Their round',
      voterIds: [outsiderId],
    });
    await outsider.put(`/api/votes/${theirs.id}/ballot`, { content: { ranking: [7] } }).expect(200);
    const paths = ['results', 'results?organisationType=ngo', 'results.csv', 'ballots.json'];
    const cases: [SessionClient, TVoteRound][] = [
      [outsider, mine],
      [coordinator, theirs],
    ];
    for (const [who, round] of cases) {
      for (const path of paths) {
        const foreign = await who.get(`/api/votes/${round.id}/${path}`);
        const none = await who.get(`/api/votes/${randomUUID()}/${path}`);
        expect({ path, status: foreign.status }).toEqual({ path, status: 404 });
        expect(JSON.parse(foreign.text)).toEqual(JSON.parse(none.text));
      }
    }
    // Each coordinator still reads their own.
    await outsider.get(`/api/votes/${theirs.id}/ballots.json`).expect(200);
    await coordinator.get(`/api/votes/${mine.id}/ballots.json`).expect(200);
  });
});
