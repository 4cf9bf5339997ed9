import { ballotText, csvCell, resultsCsv, voteResults } from './vote-results';

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
      'voter,organisation,ballot',
      '"\'@someone",Org,1 2',
      '',
    ]);
  });
});
