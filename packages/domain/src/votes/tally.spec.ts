import fc from 'fast-check';
import { AppError } from '../errors/app-error';
import {
  tally,
  tallyApproval,
  tallyBorda,
  tallyDots,
  tallyRanked,
  tallySchulze,
  tallyScore,
  topN,
} from './tally';
import {
  type TDotVoteRules,
  type TRankedBallot,
  validateBallot,
  ZBallotContent,
  ZVoteRules,
} from './vote.schemas';

/** `count` copies of a ranking. */
const times = (count: number, ranking: number[]): TRankedBallot[] =>
  Array.from({ length: count }, () => ({ ranking: [...ranking] }));

const failure = (fn: () => unknown): AppError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
};

const order = (t: { ranking: { objective: number }[] }) => t.ranking.map((entry) => entry.objective);

describe('tallySchulze on the Wikipedia "Schulze method" example (45 voters, A–E as objectives 1–5)', () => {
  const [A, B, C, D, E] = [1, 2, 3, 4, 5];
  const ballots = [
    ...times(5, [A, C, B, E, D]),
    ...times(5, [A, D, E, C, B]),
    ...times(8, [B, E, D, A, C]),
    ...times(3, [C, A, B, E, D]),
    ...times(7, [C, A, E, B, D]),
    ...times(2, [C, B, A, D, E]),
    ...times(7, [D, C, E, B, A]),
    ...times(8, [E, B, A, D, C]),
  ];
  const result = tallySchulze([A, B, C, D, E], ballots);

  it('counts the pairwise preferences d[i][j] of the published table', () => {
    expect(result.ballots).toBe(45);
    expect(result.pairwise).toEqual({
      [A]: { [B]: 20, [C]: 26, [D]: 30, [E]: 22 },
      [B]: { [A]: 25, [C]: 16, [D]: 33, [E]: 18 },
      [C]: { [A]: 19, [B]: 29, [D]: 17, [E]: 24 },
      [D]: { [A]: 15, [B]: 12, [C]: 28, [E]: 14 },
      [E]: { [A]: 23, [B]: 27, [C]: 21, [D]: 31 },
    });
  });

  it('finds the strongest paths of the published table', () => {
    expect(result.strongestPaths).toEqual({
      [A]: { [B]: 28, [C]: 28, [D]: 30, [E]: 24 },
      [B]: { [A]: 25, [C]: 28, [D]: 33, [E]: 24 },
      [C]: { [A]: 25, [B]: 29, [D]: 29, [E]: 24 },
      [D]: { [A]: 25, [B]: 28, [C]: 28, [E]: 24 },
      [E]: { [A]: 25, [B]: 28, [C]: 28, [D]: 31 },
    });
  });

  it('ranks E > A > C > B > D, without ties and without a Condorcet winner', () => {
    expect(order(result)).toEqual([E, A, C, B, D]);
    expect(result.ranking.map((entry) => [entry.value, entry.rank])).toEqual([
      [4, 1],
      [3, 2],
      [2, 3],
      [1, 4],
      [0, 5],
    ]);
    expect(result.ranking.every((entry) => entry.tiedWith.length === 0)).toBe(true);
    expect(result.condorcetWinner).toBeNull();
    expect(result.measure).toBe('schulzeWins');
  });
});

describe('the "Tennessee capital" example (100 voters; Memphis, Nashville, Chattanooga, Knoxville as 1–4)', () => {
  const [memphis, nashville, chattanooga, knoxville] = [1, 2, 3, 4];
  const options = [memphis, nashville, chattanooga, knoxville];
  const ballots = [
    ...times(42, [memphis, nashville, chattanooga, knoxville]),
    ...times(26, [nashville, chattanooga, knoxville, memphis]),
    ...times(15, [chattanooga, knoxville, nashville, memphis]),
    ...times(17, [knoxville, chattanooga, nashville, memphis]),
  ];

  it('Borda (n−1 points for a first choice): Nashville 194, Chattanooga 173, Memphis 126, Knoxville 107', () => {
    const borda = tallyBorda(options, ballots);
    expect(borda.ranking.map((entry) => [entry.objective, entry.value, entry.rank])).toEqual([
      [nashville, 194, 1],
      [chattanooga, 173, 2],
      [memphis, 126, 3],
      [knoxville, 107, 4],
    ]);
    expect(borda.measure).toBe('bordaPoints');
  });

  it('Nashville is the Condorcet winner and comes first under Schulze, then Chattanooga, Knoxville, Memphis', () => {
    const schulze = tallySchulze(options, ballots);
    expect(schulze.condorcetWinner).toBe(nashville);
    expect(order(schulze)).toEqual([nashville, chattanooga, knoxville, memphis]);
    expect(schulze.pairwise[nashville]).toEqual({ [memphis]: 58, [chattanooga]: 68, [knoxville]: 68 });
    expect(schulze.pairwise[memphis]).toEqual({ [nashville]: 42, [chattanooga]: 42, [knoxville]: 42 });
  });

  it('tallyRanked reports both counts over the same ballots', () => {
    const ranked = tallyRanked(options, ballots);
    expect(ranked.method).toBe('ranked');
    expect(ranked.ballots).toBe(100);
    expect(ranked.borda.ranking[0]?.objective).toBe(nashville);
    expect(ranked.schulze.ranking[0]?.objective).toBe(nashville);
  });
});

describe('truncated rankings', () => {
  it('Borda gives a ranked objective n−1, n−2, … points and the unranked ones nothing', () => {
    const borda = tallyBorda([3, 7, 9, 12], [{ ranking: [9] }, { ranking: [12, 9] }]);
    expect(borda.ranking.map((entry) => [entry.objective, entry.value])).toEqual([
      [9, 5],
      [12, 3],
      [3, 0],
      [7, 0],
    ]);
    expect(borda.ranking[2]).toMatchObject({ rank: 3, tiedWith: [7] });
  });

  it('Schulze counts a ranked objective as preferred to every unranked one and the unranked ones as tied', () => {
    const schulze = tallySchulze([3, 7, 9], [{ ranking: [9] }]);
    expect(schulze.pairwise).toEqual({ 3: { 7: 0, 9: 0 }, 7: { 3: 0, 9: 0 }, 9: { 3: 1, 7: 1 } });
    expect(schulze.condorcetWinner).toBe(9);
    expect(schulze.ranking.map((entry) => [entry.objective, entry.rank, entry.tiedWith])).toEqual([
      [9, 1, []],
      [3, 2, [7]],
      [7, 2, [3]],
    ]);
  });

  it('with no ballots every objective ties and there is no Condorcet winner', () => {
    const schulze = tallySchulze([1, 2, 3], []);
    expect(schulze.condorcetWinner).toBeNull();
    expect(schulze.ranking.every((entry) => entry.rank === 1 && entry.tiedWith.length === 2)).toBe(true);
  });
});

describe('tallyApproval', () => {
  it('counts the ballots that pick each objective and lists the objectives nobody picked last', () => {
    const result = tallyApproval(
      [2, 5, 7, 10],
      [{ picks: [2, 7] }, { picks: [7] }, { picks: [7, 10] }, { picks: [2] }],
    );
    expect(result).toEqual({
      method: 'approval',
      measure: 'approvals',
      ballots: 4,
      ranking: [
        { objective: 7, value: 3, rank: 1, tiedWith: [] },
        { objective: 2, value: 2, rank: 2, tiedWith: [] },
        { objective: 10, value: 1, rank: 3, tiedWith: [] },
        { objective: 5, value: 0, rank: 4, tiedWith: [] },
      ],
    });
  });

  it('makes ties visible: equal approvals share a rank, list each other, and the next rank is skipped', () => {
    const result = tallyApproval([1, 2, 3, 4], [{ picks: [1, 2, 3] }, { picks: [2, 3] }, { picks: [4] }]);
    expect(result.ranking).toEqual([
      { objective: 2, value: 2, rank: 1, tiedWith: [3] },
      { objective: 3, value: 2, rank: 1, tiedWith: [2] },
      { objective: 1, value: 1, rank: 3, tiedWith: [4] },
      { objective: 4, value: 1, rank: 3, tiedWith: [1] },
    ]);
  });

  it('refuses to count a stored ballot that names an objective outside the options', () => {
    expect(() => tallyApproval([1, 2], [{ picks: [1] }, { picks: [3] }])).toThrow(
      'Ballot 2 names objective 3 which is not an option of this vote',
    );
  });
});

describe('topN', () => {
  const result = tallyApproval(
    [1, 2, 3, 4, 5],
    [{ picks: [1, 2, 3, 4] }, { picks: [1, 2, 3, 4] }, { picks: [1, 2] }, { picks: [1] }],
  );
  // 1: 4, 2: 3, 3: 2, 4: 2, 5: 0

  it('reports the objectives tied with the n-th that fall out of the top n', () => {
    expect(topN(result, 3)).toEqual({ objectives: [1, 2, 3], tiesAtCutoff: [4] });
  });

  it('reports no tie when the cut falls between different values', () => {
    expect(topN(result, 2)).toEqual({ objectives: [1, 2], tiesAtCutoff: [] });
    expect(topN(result, 4)).toEqual({ objectives: [1, 2, 3, 4], tiesAtCutoff: [] });
  });

  it('takes every objective when n is larger than the ballot and none when n is 0', () => {
    expect(topN(result, 10)).toEqual({ objectives: [1, 2, 3, 4, 5], tiesAtCutoff: [] });
    expect(topN(result, 0)).toEqual({ objectives: [], tiesAtCutoff: [] });
    expect(() => topN(result, -1)).toThrow(/whole number/);
    expect(() => topN(result, 1.5)).toThrow(/whole number/);
  });
});

describe('tallyDots', () => {
  it('adds up the points each objective got', () => {
    const result = tallyDots(
      [4, 8, 15],
      [
        {
          points: [
            { objective: 4, points: 3 },
            { objective: 15, points: 2 },
          ],
        },
        { points: [{ objective: 15, points: 5 }] },
      ],
    );
    expect(result.measure).toBe('points');
    expect(result.ranking.map((entry) => [entry.objective, entry.value, entry.rank])).toEqual([
      [15, 7, 1],
      [4, 3, 2],
      [8, 0, 3],
    ]);
  });
});

describe('tallyScore', () => {
  it('averages the scores over all ballots, an objective left out counting as 0, and reports the totals', () => {
    const result = tallyScore(
      [1, 2, 3],
      [
        {
          scores: [
            { objective: 1, score: 5 },
            { objective: 2, score: 3 },
          ],
        },
        { scores: [{ objective: 2, score: 4 }] },
        {
          scores: [
            { objective: 1, score: 1 },
            { objective: 3, score: 2 },
          ],
        },
      ],
    );
    expect(result.totals).toEqual({ 1: 6, 2: 7, 3: 2 });
    expect(result.ranking.map((entry) => [entry.objective, entry.value, entry.rank])).toEqual([
      [2, 7 / 3, 1],
      [1, 2, 2],
      [3, 2 / 3, 3],
    ]);
  });

  it('gives every objective 0 when nobody voted', () => {
    expect(tallyScore([1, 2], []).ranking.map((entry) => entry.value)).toEqual([0, 0]);
  });
});

describe('tally', () => {
  it('counts by the method of the rules', () => {
    expect(tally({ method: 'approval', maxPicks: 3 }, [1, 2], [{ picks: [2] }]).ranking[0]?.objective).toBe(
      2,
    );
    expect(
      tally(
        { method: 'dot', budget: 5, maxPerOption: 5 },
        [1, 2],
        [{ points: [{ objective: 1, points: 2 }] }],
      ).measure,
    ).toBe('points');
    const ranked = tally({ method: 'ranked', maxRanks: null }, [1, 2], [{ ranking: [2, 1] }]);
    expect(ranked.schulze.condorcetWinner).toBe(2);
    expect(ranked.borda.ranking[0]?.objective).toBe(2);
    expect(
      tally({ method: 'score', maxScore: 5 }, [1], [{ scores: [{ objective: 1, score: 4 }] }]).totals,
    ).toEqual({ 1: 4 });
  });

  it('refuses options that repeat an objective or are not GCM objectives', () => {
    expect(() => tallyApproval([1, 1], [])).toThrow(/must not list an objective twice/);
    expect(() => tallyApproval([24], [])).toThrow(/must be at most 23/);
    expect(() => tallyApproval([], [])).toThrow(/at least one objective/);
  });
});

describe('ZVoteRules', () => {
  it('accepts each method with its settings', () => {
    for (const rules of [
      { method: 'approval', maxPicks: 12 },
      { method: 'dot', budget: 10, maxPerOption: 3 },
      { method: 'ranked', maxRanks: 5 },
      { method: 'ranked', maxRanks: null },
      { method: 'score', maxScore: 5 },
    ]) {
      expect(ZVoteRules.parse(rules)).toEqual(rules);
    }
  });

  it('refuses settings outside their limits, unknown fields and a score other than 0–5', () => {
    expect(ZVoteRules.safeParse({ method: 'approval', maxPicks: 24 }).success).toBe(false);
    expect(ZVoteRules.safeParse({ method: 'approval', maxPicks: 0 }).success).toBe(false);
    expect(ZVoteRules.safeParse({ method: 'dot', budget: 201, maxPerOption: 3 }).success).toBe(false);
    expect(ZVoteRules.safeParse({ method: 'ranked' }).success).toBe(false);
    expect(ZVoteRules.safeParse({ method: 'score', maxScore: 10 }).success).toBe(false);
    expect(ZVoteRules.safeParse({ method: 'approval', maxPicks: 3, budget: 2 }).success).toBe(false);
    expect(ZVoteRules.safeParse({ method: 'plurality' }).success).toBe(false);
  });

  it('refuses a dot vote that allows more points on one objective than the whole budget', () => {
    const result = ZVoteRules.safeParse({ method: 'dot', budget: 5, maxPerOption: 6 });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['maxPerOption', 'must not be more than the budget'],
    ]);
  });

  it('is registered for the API documentation as VoteRules, ballots as BallotContent', () => {
    expect(ZVoteRules.meta()).toMatchObject({ id: 'VoteRules' });
    expect(ZBallotContent.meta()).toMatchObject({ id: 'BallotContent' });
  });
});

describe('validateBallot', () => {
  const options = Array.from({ length: 23 }, (_, i) => i + 1);

  it('sorts approval picks, dot and score entries, keeps the order of a ranking and drops scores of 0', () => {
    expect(validateBallot({ method: 'approval', maxPicks: 3 }, options, { picks: [9, 2, 5] })).toEqual({
      picks: [2, 5, 9],
    });
    expect(
      validateBallot({ method: 'dot', budget: 10, maxPerOption: 5 }, options, {
        points: [
          { objective: 8, points: 5 },
          { objective: 3, points: 4 },
        ],
      }),
    ).toEqual({
      points: [
        { objective: 3, points: 4 },
        { objective: 8, points: 5 },
      ],
    });
    expect(validateBallot({ method: 'ranked', maxRanks: null }, options, { ranking: [9, 2, 5] })).toEqual({
      ranking: [9, 2, 5],
    });
    expect(
      validateBallot({ method: 'score', maxScore: 5 }, options, {
        scores: [
          { objective: 9, score: 5 },
          { objective: 2, score: 0 },
          { objective: 4, score: 3 },
        ],
      }),
    ).toEqual({
      scores: [
        { objective: 4, score: 3 },
        { objective: 9, score: 5 },
      ],
    });
  });

  it('refuses an objective that is not on the ballot', () => {
    const error = failure(() =>
      validateBallot({ method: 'approval', maxPicks: 3 }, [1, 2, 3], { picks: [1, 24] }),
    );
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toBe('Objective 24 is not on this ballot');
    expect(error.details).toEqual({
      fieldErrors: [{ path: 'picks.1', message: 'Objective 24 is not on this ballot' }],
    });
  });

  it('refuses an objective ranked, picked, given points or scored twice', () => {
    expect(() =>
      validateBallot({ method: 'ranked', maxRanks: null }, options, { ranking: [3, 7, 1, 7] }),
    ).toThrow('Objective 7 is ranked twice');
    expect(
      failure(() => validateBallot({ method: 'ranked', maxRanks: null }, options, { ranking: [3, 7, 1, 7] }))
        .details,
    ).toEqual({
      fieldErrors: [{ path: 'ranking.3', message: 'Objective 7 is ranked twice' }],
    });
    expect(() => validateBallot({ method: 'approval', maxPicks: 5 }, options, { picks: [7, 7] })).toThrow(
      'Objective 7 is picked twice',
    );
    expect(() =>
      validateBallot({ method: 'dot', budget: 10, maxPerOption: 5 }, options, {
        points: [
          { objective: 7, points: 1 },
          { objective: 7, points: 1 },
        ],
      }),
    ).toThrow('Objective 7 is given points twice');
    expect(() =>
      validateBallot({ method: 'score', maxScore: 5 }, options, {
        scores: [
          { objective: 7, score: 1 },
          { objective: 7, score: 2 },
        ],
      }),
    ).toThrow('Objective 7 is scored twice');
  });

  it('refuses more picks or ranks than the rules allow', () => {
    expect(() =>
      validateBallot({ method: 'approval', maxPicks: 12 }, options, { picks: options.slice(0, 13) }),
    ).toThrow('You may pick at most 12 objectives; you picked 13');
    expect(() =>
      validateBallot({ method: 'ranked', maxRanks: 3 }, options, { ranking: [1, 2, 3, 4] }),
    ).toThrow('You may rank at most 3 objectives; you ranked 4');
    expect(
      validateBallot({ method: 'ranked', maxRanks: null }, options, { ranking: [...options].reverse() })
        .ranking,
    ).toHaveLength(23);
  });

  it('refuses more points than the budget, more than the cap on one objective, and fewer than 1', () => {
    const rules: TDotVoteRules = { method: 'dot', budget: 10, maxPerOption: 3 };
    const dots = (...points: number[]) => ({
      points: points.map((p, i) => ({ objective: i + 1, points: p })),
    });
    expect(() => validateBallot(rules, options, dots(3, 3, 3, 3))).toThrow('You gave 12 points but have 10');
    expect(() => validateBallot(rules, options, dots(4, 1))).toThrow(
      'You may put at most 3 points on one objective; objective 1 has 4',
    );
    expect(() => validateBallot(rules, options, dots(2, 0))).toThrow(
      'Objective 2 gets 0 points; give it at least 1 point or leave it out',
    );
    expect(() => validateBallot(rules, options, dots(2.5))).toThrow(
      'The ballot is not valid: points.0.points must be a whole number of points',
    );
    expect(validateBallot(rules, options, dots(3, 3, 3, 1))).toEqual(dots(3, 3, 3, 1));
  });

  it('refuses a score of 6 or below 0', () => {
    const error = failure(() =>
      validateBallot({ method: 'score', maxScore: 5 }, options, { scores: [{ objective: 3, score: 6 }] }),
    );
    expect(error.message).toBe('Objective 3 has a score of 6; scores go from 0 to 5');
    expect(error.details).toEqual({
      fieldErrors: [
        { path: 'scores.0.score', message: 'Objective 3 has a score of 6; scores go from 0 to 5' },
      ],
    });
    expect(() =>
      validateBallot({ method: 'score', maxScore: 5 }, options, { scores: [{ objective: 3, score: -1 }] }),
    ).toThrow('Objective 3 has a score of -1; scores go from 0 to 5');
  });

  it('refuses an empty ballot, and a score ballot with only zeros', () => {
    expect(() => validateBallot({ method: 'approval', maxPicks: 3 }, options, { picks: [] })).toThrow(
      'Pick at least one objective',
    );
    expect(() =>
      validateBallot({ method: 'dot', budget: 10, maxPerOption: 3 }, options, { points: [] }),
    ).toThrow('Give at least one point');
    expect(() => validateBallot({ method: 'ranked', maxRanks: null }, options, { ranking: [] })).toThrow(
      'Rank at least one objective',
    );
    expect(() => validateBallot({ method: 'score', maxScore: 5 }, options, { scores: [] })).toThrow(
      'Give at least one objective a score above 0',
    );
    expect(() =>
      validateBallot({ method: 'score', maxScore: 5 }, options, { scores: [{ objective: 1, score: 0 }] }),
    ).toThrow('Give at least one objective a score above 0');
  });

  it('refuses a ballot of another method or shape, naming the field', () => {
    const error = failure(() =>
      validateBallot({ method: 'ranked', maxRanks: null }, options, { picks: [1, 2] }),
    );
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toMatch(/^The ballot is not valid: ranking must be a list of objective numbers/);
    expect(
      (error.details as { fieldErrors: { path: string }[] }).fieldErrors.map((fieldError) => fieldError.path),
    ).toEqual(['ranking', '']);
    expect(() => validateBallot({ method: 'approval', maxPicks: 3 }, options, null)).toThrow(
      /The ballot is not valid/,
    );
  });

  it('reports every problem in fieldErrors and the first in the message', () => {
    const error = failure(() =>
      validateBallot({ method: 'approval', maxPicks: 1 }, [1, 2, 3], { picks: [1, 1, 24] }),
    );
    expect(error.message).toBe('Objective 1 is picked twice (and 2 more problems)');
    expect((error.details as { fieldErrors: unknown[] }).fieldErrors).toEqual([
      { path: 'picks.1', message: 'Objective 1 is picked twice' },
      { path: 'picks.2', message: 'Objective 24 is not on this ballot' },
      { path: 'picks', message: 'You may pick at most 1 objective; you picked 3' },
    ]);
  });
});

describe('properties', () => {
  const optionsArb = fc.uniqueArray(fc.integer({ min: 1, max: 23 }), { minLength: 1, maxLength: 7 });
  const rankedProfile = optionsArb.chain((options) =>
    fc.tuple(
      fc.constant(options),
      fc.array(
        fc.shuffledSubarray(options, { minLength: 1 }).map((ranking) => ({ ranking })),
        { maxLength: 30 },
      ),
    ),
  );

  it('approval: the approvals add up to the number of picks on all ballots', () => {
    fc.assert(
      fc.property(
        optionsArb.chain((options) =>
          fc.tuple(
            fc.constant(options),
            fc.array(fc.subarray(options, { minLength: 1 }).map((picks) => ({ picks }))),
          ),
        ),
        ([options, ballots]) => {
          const valid = ballots.map((ballot) =>
            validateBallot({ method: 'approval', maxPicks: 23 }, options, ballot),
          );
          const result = tallyApproval(options, valid);
          const total = result.ranking.reduce((sum, entry) => sum + entry.value, 0);
          expect(total).toBe(valid.reduce((sum, ballot) => sum + ballot.picks.length, 0));
          expect(result.ranking).toHaveLength(options.length);
        },
      ),
    );
  });

  it('dot: validateBallot refuses every ballot over budget, and the totals add up to the points given', () => {
    const rulesArb = fc
      .record({ budget: fc.integer({ min: 1, max: 20 }), maxPerOption: fc.integer({ min: 1, max: 20 }) })
      .filter((rules) => rules.maxPerOption <= rules.budget)
      .map((rules): TDotVoteRules => ({ method: 'dot', ...rules }));
    fc.assert(
      fc.property(
        rulesArb,
        optionsArb.chain((options) =>
          fc.tuple(
            fc.constant(options),
            fc.array(
              fc
                .subarray(options, { minLength: 1 })
                .chain((picked) =>
                  fc.tuple(
                    ...picked.map((objective) =>
                      fc.record({
                        objective: fc.constant(objective),
                        points: fc.integer({ min: 1, max: 20 }),
                      }),
                    ),
                  ),
                )
                .map((points) => ({ points })),
              { maxLength: 15 },
            ),
          ),
        ),
        (rules, [options, ballots]) => {
          const valid = ballots.flatMap((ballot) => {
            const total = ballot.points.reduce((sum, entry) => sum + entry.points, 0);
            const overCap = ballot.points.some((entry) => entry.points > rules.maxPerOption);
            if (total > rules.budget || overCap) {
              expect(() => validateBallot(rules, options, ballot)).toThrow(AppError);
              return [];
            }
            return [validateBallot(rules, options, ballot)];
          });
          for (const ballot of valid) {
            expect(ballot.points.reduce((sum, entry) => sum + entry.points, 0)).toBeLessThanOrEqual(
              rules.budget,
            );
          }
          const result = tallyDots(options, valid);
          expect(result.ranking.reduce((sum, entry) => sum + entry.value, 0)).toBe(
            valid.reduce((sum, ballot) => sum + ballot.points.reduce((s, entry) => s + entry.points, 0), 0),
          );
        },
      ),
    );
  });

  it('Schulze: a Condorcet winner, when there is one, is alone in first place', () => {
    fc.assert(
      fc.property(rankedProfile, ([options, ballots]) => {
        const result = tallySchulze(options, ballots);
        if (result.condorcetWinner === null) return;
        expect(result.ranking[0]).toMatchObject({
          objective: result.condorcetWinner,
          rank: 1,
          tiedWith: [],
          value: options.length - 1,
        });
      }),
      { numRuns: 300 },
    );
  });

  it('Schulze: "beats" on the strongest paths is transitive and an objective ranks above all it beats', () => {
    fc.assert(
      fc.property(rankedProfile, ([options, ballots]) => {
        const result = tallySchulze(options, ballots);
        const p = result.strongestPaths;
        const beats = (a: number, b: number) => a !== b && (p[a]?.[b] ?? 0) > (p[b]?.[a] ?? 0);
        const rankOf = new Map(result.ranking.map((entry) => [entry.objective, entry.rank]));
        for (const a of options) {
          for (const b of options) {
            if (!beats(a, b)) continue;
            expect(rankOf.get(a) ?? 0).toBeLessThan(rankOf.get(b) ?? 0);
            for (const c of options) {
              if (beats(b, c)) expect(beats(a, c)).toBe(true);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('Borda: the points of all objectives add up to the points the ballots gave', () => {
    fc.assert(
      fc.property(rankedProfile, ([options, ballots]) => {
        const result = tallyBorda(options, ballots);
        const given = ballots.reduce(
          (sum, ballot) =>
            sum + ballot.ranking.reduce((s, _, position) => s + (options.length - 1 - position), 0),
          0,
        );
        expect(result.ranking.reduce((sum, entry) => sum + entry.value, 0)).toBe(given);
      }),
    );
  });
});
