import fc from 'fast-check';
import { condorcetLoser, condorcetWinner, smithSet } from './condorcet';
import { tallyCopeland } from './copeland';
import { pairwiseMatrix, type TPairwiseMatrix } from './pairwise';
import { tallyRankedPairs } from './ranked-pairs';
import { tallyRanked } from './tally';
import { byMajorityStrength } from './tie-break';
import type { TRankedBallot } from './vote.schemas';

/** `count` copies of a ranking. */
const times = (count: number, ranking: number[]): TRankedBallot[] =>
  Array.from({ length: count }, () => ({ ranking: [...ranking] }));

const scores = (t: { ranking: { objective: number; value: number; rank: number }[] }) =>
  t.ranking.map((entry) => [entry.objective, entry.value, entry.rank]);

const majorities = (t: ReturnType<typeof tallyRankedPairs>) =>
  t.majorities.map(
    (m) => `${m.winner}>${m.loser} ${m.winningVotes}-${m.losingVotes}${m.locked ? '' : ' skipped'}`,
  );

/**
 * The "Tennessee capital" example that Wikipedia uses for Copeland's method, ranked pairs and
 * Schulze: 100 voters, 42% Memphis > Nashville > Chattanooga > Knoxville, 26% Nashville >
 * Chattanooga > Knoxville > Memphis, 15% Chattanooga > Knoxville > Nashville > Memphis, 17% Knoxville
 * > Chattanooga > Nashville > Memphis. Published figures: Nashville beats Memphis 58–42, Chattanooga
 * and Knoxville 68–32; Chattanooga beats Knoxville 83–17 and Memphis 58–42; Knoxville beats Memphis
 * 58–42. Copeland: Nashville 3 wins, Chattanooga 2, Knoxville 1, Memphis 0. Ranked pairs ("Ranked
 * pairs", Wikipedia): the majorities sorted 83, 68, 68, 58, 58, 58 all lock, giving Nashville >
 * Chattanooga > Knoxville > Memphis. Nashville is the Condorcet winner, Memphis the Condorcet loser.
 */
describe('the Tennessee capital example (Memphis, Nashville, Chattanooga, Knoxville as objectives 1–4)', () => {
  const [memphis, nashville, chattanooga, knoxville] = [1, 2, 3, 4];
  const matrix = pairwiseMatrix(
    [memphis, nashville, chattanooga, knoxville],
    [
      ...times(42, [memphis, nashville, chattanooga, knoxville]),
      ...times(26, [nashville, chattanooga, knoxville, memphis]),
      ...times(15, [chattanooga, knoxville, nashville, memphis]),
      ...times(17, [knoxville, chattanooga, nashville, memphis]),
    ],
  );

  it('counts the published head-to-head results', () => {
    expect(matrix).toEqual({
      objectives: [1, 2, 3, 4],
      ballots: 100,
      counts: [
        [0, 42, 42, 42],
        [58, 0, 68, 68],
        [58, 32, 0, 83],
        [58, 32, 17, 0],
      ],
    });
  });

  it('Copeland: Nashville 3, Chattanooga 2, Knoxville 1, Memphis 0', () => {
    const copeland = tallyCopeland(matrix);
    expect(copeland.measure).toBe('copelandScore');
    expect(scores(copeland)).toEqual([
      [nashville, 3, 1],
      [chattanooga, 2, 2],
      [knoxville, 1, 3],
      [memphis, 0, 4],
    ]);
  });

  it('ranked pairs locks 83, 68, 68, 58, 58, 58 and ranks Nashville > Chattanooga > Knoxville > Memphis', () => {
    const rankedPairs = tallyRankedPairs(matrix);
    expect(majorities(rankedPairs)).toEqual([
      '3>4 83-17',
      '2>3 68-32',
      '2>4 68-32',
      '2>1 58-42',
      '3>1 58-42',
      '4>1 58-42',
    ]);
    expect(scores(rankedPairs)).toEqual([
      [nashville, 3, 1],
      [chattanooga, 2, 2],
      [knoxville, 1, 3],
      [memphis, 0, 4],
    ]);
  });

  it('Nashville is the Condorcet winner and the whole Smith set; Memphis is the Condorcet loser', () => {
    expect(condorcetWinner(matrix)).toEqual({ objective: nashville, noneBecause: null });
    expect(condorcetLoser(matrix)).toEqual({ objective: memphis, noneBecause: null });
    expect(smithSet(matrix)).toEqual([nashville]);
  });
});

/**
 * A rock-paper-scissors cycle with a fourth candidate close behind: Juho Laatu's example on the
 * election-methods mailing list ("Smith set", 19 March 2018): 17 A>B>d>C, 16 A>d>B>C, 17 B>C>d>A,
 * 16 B>d>C>A, 17 C>A>d>B, 16 C>d>A>B. A beats B, B beats C and C beats A, each 66–33; each of them
 * beats d 50–49 ("d is not in the Smith set, but is very close to being a Condorcet winner"). So
 * the Smith set is {A, B, C}, there is no Condorcet winner because of the cycle, and d is the
 * Condorcet loser. A, B and C as objectives 1–3, d as 4.
 */
describe('a Condorcet cycle: Laatu’s A, B, C and d (objectives 1–4)', () => {
  const [A, B, C, d] = [1, 2, 3, 4];
  const ballots = [
    ...times(17, [A, B, d, C]),
    ...times(16, [A, d, B, C]),
    ...times(17, [B, C, d, A]),
    ...times(16, [B, d, C, A]),
    ...times(17, [C, A, d, B]),
    ...times(16, [C, d, A, B]),
  ];
  const matrix = pairwiseMatrix([A, B, C, d], ballots);

  it('has the published 66–33 cycle and 50–49 wins over d', () => {
    expect(matrix.counts).toEqual([
      [0, 66, 33, 50],
      [33, 0, 66, 50],
      [66, 33, 0, 50],
      [49, 49, 49, 0],
    ]);
  });

  it('Smith set {A, B, C}; no Condorcet winner because of a cycle; d is the Condorcet loser', () => {
    expect(smithSet(matrix)).toEqual([A, B, C]);
    expect(condorcetWinner(matrix)).toEqual({ objective: null, noneBecause: 'cycle' });
    expect(condorcetLoser(matrix)).toEqual({ objective: d, noneBecause: null });
  });

  it('Copeland ties A, B and C at 2 wins; d has none', () => {
    expect(scores(tallyCopeland(matrix))).toEqual([
      [A, 2, 1],
      [B, 2, 1],
      [C, 2, 1],
      [d, 0, 4],
    ]);
  });

  it('ranked pairs: the three equal 66–33 majorities lock in objective order, so C>A is the one skipped', () => {
    const rankedPairs = tallyRankedPairs(matrix);
    expect(majorities(rankedPairs)).toEqual([
      '1>2 66-33',
      '2>3 66-33',
      '3>1 66-33 skipped',
      '1>4 50-49',
      '2>4 50-49',
      '3>4 50-49',
    ]);
    expect(scores(rankedPairs)).toEqual([
      [A, 3, 1],
      [B, 2, 2],
      [C, 1, 3],
      [d, 0, 4],
    ]);
  });

  it('Schulze leaves the cycle tied (no tie-break), all above d', () => {
    const ranked = tallyRanked([A, B, C, d], ballots);
    expect(scores(ranked.schulze)).toEqual([
      [A, 1, 1],
      [B, 1, 1],
      [C, 1, 1],
      [d, 0, 4],
    ]);
    expect(ranked.condorcetWinner.noneBecause).toBe('cycle');
  });
});

/**
 * Ranked pairs with equal-strength majorities in a cycle: the election-methods mailing list, 27
 * December 2002 ("Who would win under the rules of Ranked Pairs?"): 5 ABCD, 4 BDAC, 3 CDAB, 1 DBCA.
 * Published figures: A (8) > B (5), A (9) > C (4), D (8) > A (5), B (10) > C (3), B (9) > D (4),
 * C (8) > D (5). "B>C locks, then A>C and B>D. A>B, D>A, C>D cannot all lock." The reply settles on
 * A > B > C > D. Our tie-break locks the three 8–5 majorities in objective order (A>B, C>D, D>A) and
 * skips D>A, which closes the cycle A>B>D>A: the same order. A–D as objectives 1–4.
 */
describe('ranked pairs with tied majorities in a cycle (the 2002 ABCD example)', () => {
  const [A, B, C, D] = [1, 2, 3, 4];
  const matrix = pairwiseMatrix(
    [A, B, C, D],
    [
      ...times(5, [A, B, C, D]),
      ...times(4, [B, D, A, C]),
      ...times(3, [C, D, A, B]),
      ...times(1, [D, B, C, A]),
    ],
  );

  it('counts the published majorities and ranks A > B > C > D', () => {
    const rankedPairs = tallyRankedPairs(matrix);
    expect(majorities(rankedPairs)).toEqual([
      '2>3 10-3',
      '1>3 9-4',
      '2>4 9-4',
      '1>2 8-5',
      '3>4 8-5',
      '4>1 8-5 skipped',
    ]);
    expect(rankedPairs.ranking.map((entry) => entry.objective)).toEqual([A, B, C, D]);
    expect(rankedPairs.ranking.map((entry) => entry.rank)).toEqual([1, 2, 3, 4]);
  });

  it('the cycle puts all four in the Smith set, with neither a Condorcet winner nor loser', () => {
    expect(smithSet(matrix)).toEqual([A, B, C, D]);
    expect(condorcetWinner(matrix)).toEqual({ objective: null, noneBecause: 'cycle' });
    expect(condorcetLoser(matrix)).toEqual({ objective: null, noneBecause: 'cycle' });
    expect(scores(tallyCopeland(matrix))).toEqual([
      [A, 2, 1],
      [B, 2, 1],
      [C, 1, 3],
      [D, 1, 3],
    ]);
  });
});

/** A matrix from a table of results: `wins` lists "X>Y" (2 ballots to 1), `ties` "X=Y" (1 to 1). */
function matrixOf(objectives: number[], wins: [number, number][], ties: [number, number][]): TPairwiseMatrix {
  const counts = objectives.map(() => objectives.map(() => 0));
  const set = (x: number, y: number, value: number) => {
    (counts[objectives.indexOf(x)] as number[])[objectives.indexOf(y)] = value;
  };
  for (const [x, y] of wins) {
    set(x, y, 2);
    set(y, x, 1);
  }
  for (const [x, y] of ties) {
    set(x, y, 1);
    set(y, x, 1);
  }
  return { objectives, counts, ballots: 3 };
}

/**
 * The Smith set example of Wikipedia (Simple English, "Smith set"), seven candidates A–G in Copeland
 * order: A loses only to C; B loses only to A; C beats A, E, F, G and loses to B and D; D beats C, F,
 * G and ties E; E beats F and G; F beats G. "A pairwise loses to C … C loses to D; so D is confirmed
 * to be in the Smith set … D ties with E. So E is added": the Smith set is {A, B, C, D, E}. A–G as
 * objectives 1–7.
 */
describe('the Smith set example with a tie pulling in E (A–G as objectives 1–7)', () => {
  const [A, B, C, D, E, F, G] = [1, 2, 3, 4, 5, 6, 7];
  const matrix = matrixOf(
    [A, B, C, D, E, F, G],
    [
      [A, B],
      [A, D],
      [A, E],
      [A, F],
      [A, G],
      [B, C],
      [B, D],
      [B, E],
      [B, F],
      [B, G],
      [C, A],
      [C, E],
      [C, F],
      [C, G],
      [D, C],
      [D, F],
      [D, G],
      [E, F],
      [E, G],
      [F, G],
    ],
    [[D, E]],
  );

  it('is {A, B, C, D, E}; no Condorcet winner (cycle A>B>C>A); G loses to everyone', () => {
    expect(smithSet(matrix)).toEqual([A, B, C, D, E]);
    expect(condorcetWinner(matrix)).toEqual({ objective: null, noneBecause: 'cycle' });
    expect(condorcetLoser(matrix)).toEqual({ objective: G, noneBecause: null });
  });

  it('Copeland counts the tie as a half: A 5, B 5, C 4, D 3½, E 2½, F 1, G 0', () => {
    expect(scores(tallyCopeland(matrix))).toEqual([
      [A, 5, 1],
      [B, 5, 1],
      [C, 4, 3],
      [D, 3.5, 4],
      [E, 2.5, 5],
      [F, 1, 6],
      [G, 0, 7],
    ]);
  });
});

describe('no Condorcet winner because of ties rather than a cycle', () => {
  it('two objectives tied at the top, both beating the third', () => {
    const matrix = pairwiseMatrix([1, 2, 3], [{ ranking: [1, 2] }, { ranking: [2, 1] }]);
    expect(condorcetWinner(matrix)).toEqual({ objective: null, noneBecause: 'tie' });
    expect(condorcetLoser(matrix)).toEqual({ objective: 3, noneBecause: null });
    expect(smithSet(matrix)).toEqual([1, 2]);
    expect(scores(tallyCopeland(matrix))).toEqual([
      [1, 1.5, 1],
      [2, 1.5, 1],
      [3, 0, 3],
    ]);
    // The locked majorities do not order 1 and 2: they share first place rather than being split.
    const rankedPairs = tallyRankedPairs(matrix);
    expect(rankedPairs.ranking.map((entry) => [entry.objective, entry.rank, entry.tiedWith])).toEqual([
      [1, 1, [2]],
      [2, 1, [1]],
      [3, 3, []],
    ]);
  });

  it('no ballots at all: every comparison is tied, no winner and no loser', () => {
    const matrix = pairwiseMatrix([4, 8, 15], []);
    expect(condorcetWinner(matrix)).toEqual({ objective: null, noneBecause: 'tie' });
    expect(condorcetLoser(matrix)).toEqual({ objective: null, noneBecause: 'tie' });
    expect(smithSet(matrix)).toEqual([4, 8, 15]);
    expect(tallyRankedPairs(matrix).majorities).toEqual([]);
  });
});

describe('the tie-break of majorities', () => {
  it('orders by winning votes, then fewer losing votes, then winner and loser numbers', () => {
    const sorted = [
      { winner: 9, loser: 1, winningVotes: 5, losingVotes: 2 },
      { winner: 3, loser: 4, winningVotes: 5, losingVotes: 1 },
      { winner: 2, loser: 7, winningVotes: 6, losingVotes: 4 },
      { winner: 3, loser: 2, winningVotes: 5, losingVotes: 1 },
      { winner: 1, loser: 9, winningVotes: 5, losingVotes: 2 },
    ].sort(byMajorityStrength);
    expect(sorted.map((m) => `${m.winner}>${m.loser}`)).toEqual(['2>7', '3>2', '3>4', '1>9', '9>1']);
  });
});

describe('the pairwise matrix of a subset of the ballots', () => {
  it('adds up: the matrix of the ballots is the sum of the matrices of any split of them', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 23 }), { minLength: 1, maxLength: 6 }).chain((options) =>
          fc.tuple(
            fc.constant(options),
            fc.array(
              fc.tuple(
                fc.shuffledSubarray(options, { minLength: 1 }).map((ranking) => ({ ranking })),
                fc.boolean(),
              ),
              { maxLength: 25 },
            ),
          ),
        ),
        ([options, tagged]) => {
          const all = pairwiseMatrix(
            options,
            tagged.map(([ballot]) => ballot),
          );
          const some = pairwiseMatrix(
            options,
            tagged.filter(([, inSubset]) => inSubset).map(([ballot]) => ballot),
          );
          const rest = pairwiseMatrix(
            options,
            tagged.filter(([, inSubset]) => !inSubset).map(([ballot]) => ballot),
          );
          expect(some.ballots + rest.ballots).toBe(all.ballots);
          expect(all.counts).toEqual(
            some.counts.map((row, i) => row.map((v, j) => v + (rest.counts[i]?.[j] ?? 0))),
          );
        },
      ),
    );
  });
});

describe('properties of the Condorcet counts', () => {
  const rankedProfile = fc
    .uniqueArray(fc.integer({ min: 1, max: 23 }), { minLength: 1, maxLength: 7 })
    .chain((options) =>
      fc.tuple(
        fc.constant(options),
        fc.array(
          fc.shuffledSubarray(options, { minLength: 1 }).map((ranking) => ({ ranking })),
          { maxLength: 30 },
        ),
      ),
    );

  it('every member of the Smith set beats every option outside it; a Condorcet winner is the set alone', () => {
    fc.assert(
      fc.property(rankedProfile, ([options, ballots]) => {
        const matrix = pairwiseMatrix(options, ballots);
        const smith = smithSet(matrix);
        expect(smith.length).toBeGreaterThan(0);
        const at = (x: number, y: number) =>
          matrix.counts[matrix.objectives.indexOf(x)]?.[matrix.objectives.indexOf(y)] ?? 0;
        for (const inside of smith) {
          for (const outside of options.filter((o) => !smith.includes(o))) {
            expect(at(inside, outside)).toBeGreaterThan(at(outside, inside));
          }
        }
        const winner = condorcetWinner(matrix);
        if (winner.objective !== null) expect(smith).toEqual([winner.objective]);
        else expect(smith.length).toBeGreaterThan(1);
      }),
      { numRuns: 300 },
    );
  });

  it('Copeland scores add up to n(n − 1)/2; ranked pairs puts every locked winner above its loser', () => {
    fc.assert(
      fc.property(rankedProfile, ([options, ballots]) => {
        const ranked = tallyRanked(options, ballots);
        const n = options.length;
        expect(ranked.copeland.ranking.reduce((sum, entry) => sum + entry.value, 0)).toBe((n * (n - 1)) / 2);
        const rankOf = new Map(ranked.rankedPairs.ranking.map((entry) => [entry.objective, entry.rank]));
        for (const majority of ranked.rankedPairs.majorities.filter((m) => m.locked)) {
          expect(rankOf.get(majority.winner) ?? 0).toBeLessThan(rankOf.get(majority.loser) ?? 0);
        }
        if (ranked.condorcetWinner.objective !== null) {
          expect(ranked.rankedPairs.ranking[0]).toMatchObject({
            objective: ranked.condorcetWinner.objective,
            rank: 1,
            tiedWith: [],
          });
          expect(ranked.copeland.ranking[0]).toMatchObject({ objective: ranked.condorcetWinner.objective });
        }
      }),
      { numRuns: 300 },
    );
  });
});
