import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { AppError } from '../errors/app-error';
import { ballotSetSha256, ballotSetText, canonicalJson, inCanonicalOrder } from './ballot-set-hash';
import type { TBallotContent } from './vote.schemas';

/** SHA-256 by Node's own implementation, to check the domain's one against. */
const nodeSha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('canonical JSON of a ballot', () => {
  it('sorts keys at every level, writes no whitespace and keeps array order', () => {
    expect(
      canonicalJson({
        points: [
          { points: 3, objective: 11 },
          { points: 2, objective: 2 },
        ],
      }),
    ).toBe('{"points":[{"objective":11,"points":3},{"objective":2,"points":2}]}');
    expect(canonicalJson({ ranking: [7, 1, 10] })).toBe('{"ranking":[7,1,10]}');
    expect(canonicalJson({ b: null, a: [true, 'x'] })).toBe('{"a":[true,"x"],"b":null}');
  });

  it('refuses what is not a whole number or not JSON data', () => {
    for (const bad of [
      { picks: [1.5] },
      { picks: [Number.NaN] },
      { picks: [2 ** 60] },
      { at: new Date(0) },
    ]) {
      expect(() => canonicalJson(bad)).toThrow(AppError);
    }
    expect(canonicalJson({ picks: [-0] })).toBe('{"picks":[0]}');
  });
});

describe('the ballot-set hash', () => {
  it('hashes the sorted canonical lines, each ending in a line feed', () => {
    const ballots = [{ ranking: [2, 1] }, { picks: [3] }, { ranking: [1, 2] }];
    expect(ballotSetText(ballots)).toBe('{"picks":[3]}\n{"ranking":[1,2]}\n{"ranking":[2,1]}\n');
    expect(ballotSetSha256(ballots)).toBe(
      nodeSha256('{"picks":[3]}\n{"ranking":[1,2]}\n{"ranking":[2,1]}\n'),
    );
    expect(ballotSetSha256([])).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('lists ballots in the order of their canonical JSON (the order of the export)', () => {
    const ballots = [
      { ranking: [3, 1] },
      { ranking: [1, 2, 3] },
      { ranking: [2, 1] },
      { ranking: [1, 2, 3] },
    ];
    expect(inCanonicalOrder(ballots)).toEqual([
      { ranking: [1, 2, 3] },
      { ranking: [1, 2, 3] },
      { ranking: [2, 1] },
      { ranking: [3, 1] },
    ]);
  });

  const objective = fc.integer({ min: 1, max: 23 });
  const ballot: fc.Arbitrary<TBallotContent> = fc.oneof(
    fc.uniqueArray(objective, { minLength: 1, maxLength: 23 }).map((ranking) => ({ ranking })),
    fc.uniqueArray(objective, { minLength: 1, maxLength: 12 }).map((picks) => ({ picks })),
    fc
      .uniqueArray(fc.record({ objective, points: fc.integer({ min: 1, max: 20 }) }), {
        minLength: 1,
        maxLength: 6,
        selector: (entry) => entry.objective,
      })
      .map((points) => ({ points })),
    fc
      .uniqueArray(fc.record({ objective, score: fc.integer({ min: 1, max: 5 }) }), {
        minLength: 1,
        maxLength: 6,
        selector: (entry) => entry.objective,
      })
      .map((scores) => ({ scores })),
  );

  it('does not depend on the order of the ballots (any permutation)', () => {
    fc.assert(
      fc.property(
        fc
          .array(ballot, { maxLength: 40 })
          .chain((ballots) =>
            fc.tuple(fc.constant(ballots), fc.shuffledSubarray(ballots, { minLength: ballots.length })),
          ),
        ([ballots, permuted]) => {
          expect(permuted).toHaveLength(ballots.length);
          expect(ballotSetSha256(permuted)).toBe(ballotSetSha256(ballots));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order of the keys inside a ballot', () => {
    fc.assert(
      fc.property(fc.array(ballot, { minLength: 1, maxLength: 20 }), (ballots) => {
        const reordered = ballots.map((content) =>
          'points' in content
            ? {
                points: content.points.map((entry) => ({ points: entry.points, objective: entry.objective })),
              }
            : 'scores' in content
              ? {
                  scores: content.scores.map((entry) => ({ score: entry.score, objective: entry.objective })),
                }
              : content,
        );
        expect(ballotSetSha256(reordered)).toBe(ballotSetSha256(ballots));
      }),
    );
  });

  it('changes when any one ballot changes, and when a ballot is added or removed', () => {
    fc.assert(
      fc.property(
        fc.array(ballot, { minLength: 1, maxLength: 30 }),
        fc.nat(),
        ballot,
        (ballots, at, replacement) => {
          const index = at % ballots.length;
          fc.pre(canonicalJson(replacement) !== canonicalJson(ballots[index]));
          const changed = ballots.map((content, i) => (i === index ? replacement : content));
          expect(ballotSetSha256(changed)).not.toBe(ballotSetSha256(ballots));
          expect(ballotSetSha256([...ballots, replacement])).not.toBe(ballotSetSha256(ballots));
          expect(ballotSetSha256(ballots.filter((_, i) => i !== index))).not.toBe(ballotSetSha256(ballots));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('agrees with SHA-256 from Node over the documented text', () => {
    fc.assert(
      fc.property(fc.array(ballot, { maxLength: 20 }), (ballots) => {
        const text = ballots
          .map((content) => `${canonicalJson(content)}`)
          .sort()
          .join('\n');
        expect(ballotSetSha256(ballots)).toBe(nodeSha256(ballots.length === 0 ? '' : `${text}\n`));
      }),
    );
  });
});
