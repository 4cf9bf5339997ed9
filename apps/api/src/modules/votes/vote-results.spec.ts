import { ballotSetSha256 } from '@gcm/domain';
import { voteResults } from './vote-results';
import { ballotText, csvCell, resultsCsv } from './vote-results-csv';

describe('vote results', () => {
  const round = {
    id: '00000000-0000-4000-8000-000000000001',
    rules: { method: 'dot' as const, budget: 5, maxPerOption: 5 },
    options: [1, 2, 11],
    quorum: 2,
    secret: true,
  };

  it('counts with the domain tally, per cluster on the cluster’s objectives, and no types when secret', () => {
    const results = voteResults(
      round,
      [
        {
          content: {
            points: [
              { objective: 11, points: 3 },
              { objective: 2, points: 2 },
            ],
          },
          organisationType: null,
        },
        { content: { points: [{ objective: 1, points: 5 }] }, organisationType: null },
      ],
      4,
    );
    expect(results.ranking.map((e) => [e.objective, e.value, e.rank])).toEqual([
      [1, 5, 1],
      [11, 3, 2],
      [2, 2, 3],
    ]);
    expect(results).toMatchObject({ ballots: 2, eligible: 4, valid: true, byOrganisationType: null });
    expect(results.byCluster.map((c) => c.ranking.map((e) => [e.objective, e.value]))).toEqual([
      [[2, 2]],
      [[11, 3]],
      [],
      [[1, 5]],
    ]);
  });

  it('writes CSV that spreadsheets cannot mistake for formulas', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell(3)).toBe('3');
    expect(ballotText({ ranking: [3, 1] })).toBe('3 > 1');
    const csv = resultsCsv(voteResults({ ...round, secret: false }, [], 0), [
      { voter: '@someone', organisation: 'Org', ballot: { picks: [1, 2] } },
    ]);
    expect(csv.split('\r\n')).toEqual([
      'objective,title,value,rank,tied_with',
      '1,Collect and utilize accurate and disaggregated data as a basis for evidence-based policies,0,1,2 11',
      '2,Minimize the adverse drivers and structural factors that compel people to leave their country of origin,0,1,1 11',
      '11,"Manage borders in an integrated, secure and coordinated manner",0,1,1 2',
      '',
      'figure,value',
      'ballots_cast,0',
      'valid,0',
      'invalid,0',
      'partial,0',
      'eligible,0',
      'abstaining,0',
      'quorum,2',
      'result_valid,no',
      'ballot_set_sha256,e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      '',
      'voter,organisation,ballot',
      '"\'@someone",Org,1 2',
      '',
    ]);
  });

  describe('a ranked round', () => {
    const ranked = {
      id: '00000000-0000-4000-8000-000000000002',
      rules: { method: 'ranked' as const, maxRanks: null },
      options: [1, 2, 3],
      quorum: null,
      secret: false,
    };
    // Three NGOs rank 3 first, two ministries rank 1 first; one stored ballot breaks the rules.
    const ballots = [
      { content: { ranking: [3, 1, 2] }, organisationType: 'ngo' as const },
      { content: { ranking: [3, 2] }, organisationType: 'ngo' as const },
      { content: { ranking: [3] }, organisationType: 'ngo' as const },
      { content: { ranking: [1, 2, 3] }, organisationType: 'ministry_agency' as const },
      { content: { ranking: [1, 3, 2] }, organisationType: 'ministry_agency' as const },
      { content: { ranking: [7] }, organisationType: 'other' as const },
    ];

    it('counts every method over the valid ballots, and the hash over every ballot cast', () => {
      const results = voteResults(ranked, ballots, 8);
      expect(results.counts).toEqual({
        cast: 6,
        valid: 5,
        invalid: 1,
        partial: 1,
        eligible: 8,
        abstaining: 2,
      });
      expect(results.ballotSetSha256).toBe(ballotSetSha256(ballots.map((b) => b.content)));
      expect(results.ranking.map((e) => [e.objective, e.rank])).toEqual([
        [3, 1],
        [1, 2],
        [2, 3],
      ]);
      expect(results.ranked).toMatchObject({
        smithSet: [3],
        condorcetWinner: { objective: 3, noneBecause: null },
        condorcetLoser: { objective: 2, noneBecause: null },
        pairwise: {
          organisationType: null,
          ballots: 5,
          objectives: [1, 2, 3],
          counts: [
            [null, 3, 2],
            [1, null, 1],
            [3, 4, null],
          ],
        },
      });
      expect(results.ranked?.copeland.map((e) => [e.objective, e.value])).toEqual([
        [3, 2],
        [1, 1],
        [2, 0],
      ]);
      expect(results.ranked?.rankedPairs.map((e) => [e.objective, e.rank])).toEqual([
        [3, 1],
        [1, 2],
        [2, 3],
      ]);
      // The invalid ballot is left out of every breakdown too.
      expect(results.byOrganisationType?.map((g) => [g.type, g.ballots])).toEqual([
        ['ministry_agency', 2],
        ['ngo', 3],
      ]);
    });

    it('restricts the pairwise matrix to one type of organisation, and never in a secret round', () => {
      const ngo = voteResults(ranked, ballots, 8, { organisationType: 'ngo' });
      expect(ngo.ranked?.pairwise).toEqual({
        organisationType: 'ngo',
        ballots: 3,
        objectives: [1, 2, 3],
        counts: [
          [null, 1, 0],
          [1, null, 0],
          [3, 3, null],
        ],
      });
      // The rankings stay those of every ballot.
      expect(ngo.ranking).toEqual(voteResults(ranked, ballots, 8).ranking);
      const secret = voteResults({ ...ranked, secret: true }, ballots, 8, { organisationType: 'ngo' });
      expect(secret.ranked?.pairwise).toMatchObject({ organisationType: null, ballots: 5 });
      expect(secret.byOrganisationType).toBeNull();
    });

    it('writes one column pair per method, the counts, the Condorcet lines, the hash and the matrix', () => {
      const results = voteResults(ranked, ballots, 8);
      const sections = resultsCsv(results, null).split('\r\n\r\n');
      expect(sections[0]?.split('\r\n')).toEqual([
        'objective,title,schulze_wins,schulze_rank,borda_points,borda_rank,copeland_score,copeland_rank,ranked_pairs_above,ranked_pairs_rank,smith_set',
        '3,Provide accurate and timely information at all stages of migration,2,1,7,1,2,1,2,1,yes',
        '1,Collect and utilize accurate and disaggregated data as a basis for evidence-based policies,1,2,5,2,1,2,1,2,no',
        '2,Minimize the adverse drivers and structural factors that compel people to leave their country of origin,0,3,2,3,0,3,0,3,no',
      ]);
      expect(sections[1]?.split('\r\n')).toEqual([
        'figure,value',
        'ballots_cast,6',
        'valid,5',
        'invalid,1',
        'partial,1',
        'eligible,8',
        'abstaining,2',
        'quorum,',
        'result_valid,yes',
        'condorcet_winner,3',
        'condorcet_loser,2',
        'smith_set,3',
        `ballot_set_sha256,${results.ballotSetSha256}`,
      ]);
      expect(sections[2]?.split('\r\n')).toEqual([
        'prefers_row_to_column,1,2,3',
        '1,,3,2',
        '2,1,,1',
        '3,3,4,',
      ]);
      expect(sections[3]?.split('\r\n')).toEqual([
        'ranked_pairs_winner,ranked_pairs_loser,winning_votes,losing_votes,locked',
        '3,2,4,1,yes',
        '1,2,3,1,yes',
        '3,1,3,2,yes',
        '',
      ]);
      expect(sections).toHaveLength(4);
    });
  });
});
