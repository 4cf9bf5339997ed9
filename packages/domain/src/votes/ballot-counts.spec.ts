import { countBallots, isPartialBallot } from './ballot-counts';

describe('countBallots', () => {
  it('counts cast, valid, invalid, partial and abstaining ballots of a ranked round', () => {
    const rules = { method: 'ranked' as const, maxRanks: null };
    const options = [1, 2, 3, 4];
    const { counts, valid } = countBallots(
      rules,
      options,
      [
        { ranking: [1, 2, 3, 4] },
        { ranking: [4, 3, 2] }, // all but one: complete, the last is implied
        { ranking: [2, 1] }, // partial
        { ranking: [9] }, // not on the ballot: invalid, left out of the tallies
        { picks: [1] }, // the wrong shape: invalid
      ],
      7,
    );
    expect(counts).toEqual({ cast: 5, valid: 3, invalid: 2, partial: 1, eligible: 7, abstaining: 2 });
    expect(valid).toEqual([{ ranking: [1, 2, 3, 4] }, { ranking: [4, 3, 2] }, { ranking: [2, 1] }]);
  });

  it('never counts fewer than 0 abstaining (a voter deleted after voting)', () => {
    const { counts } = countBallots(
      { method: 'approval', maxPicks: 2 },
      [1, 2],
      [{ picks: [1] }, { picks: [2] }],
      1,
    );
    expect(counts.abstaining).toBe(0);
  });
});

describe('isPartialBallot', () => {
  const options = [1, 2, 3, 4, 5];

  it('ranked: fewer ranks than the limit and than all options but one', () => {
    const unlimited = { method: 'ranked' as const, maxRanks: null };
    expect(isPartialBallot(unlimited, options, { ranking: [1, 2, 3] })).toBe(true);
    expect(isPartialBallot(unlimited, options, { ranking: [1, 2, 3, 4] })).toBe(false);
    const three = { method: 'ranked' as const, maxRanks: 3 };
    expect(isPartialBallot(three, options, { ranking: [1, 2, 3] })).toBe(false);
    expect(isPartialBallot(three, options, { ranking: [5, 1] })).toBe(true);
    expect(isPartialBallot(unlimited, [7], { ranking: [7] })).toBe(false);
  });

  it('approval: fewer picks than allowed; dot: fewer points than can be spent', () => {
    expect(isPartialBallot({ method: 'approval', maxPicks: 2 }, options, { picks: [1] })).toBe(true);
    expect(isPartialBallot({ method: 'approval', maxPicks: 2 }, options, { picks: [1, 4] })).toBe(false);
    expect(isPartialBallot({ method: 'approval', maxPicks: 9 }, [1, 2], { picks: [1, 2] })).toBe(false);
    const dot = { method: 'dot' as const, budget: 10, maxPerOption: 3 };
    expect(isPartialBallot(dot, options, { points: [{ objective: 1, points: 3 }] })).toBe(true);
    expect(
      isPartialBallot(dot, [1, 2], {
        points: [
          { objective: 1, points: 3 },
          { objective: 2, points: 3 },
        ],
      }),
    ).toBe(false);
  });

  it('score: any option without a score above 0', () => {
    const rules = { method: 'score' as const, maxScore: 5 as const };
    expect(isPartialBallot(rules, [1, 2], { scores: [{ objective: 1, score: 5 }] })).toBe(true);
    expect(
      isPartialBallot(rules, [1, 2], {
        scores: [
          { objective: 1, score: 5 },
          { objective: 2, score: 1 },
        ],
      }),
    ).toBe(false);
  });
});
