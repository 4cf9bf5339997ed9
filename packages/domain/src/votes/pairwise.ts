import { AppError } from '../errors/app-error';
import { assertVoteOptions, type TRankedBallot } from './vote.schemas';

/**
 * The head-to-head counts of a ranked vote. `counts[i][j]` is the number of ballots that prefer
 * `objectives[i]` to `objectives[j]`; the diagonal is 0. A ballot prefers every objective it ranks
 * to every objective it leaves out, and prefers none of the left-out ones to another (they are
 * tied, last). Every Condorcet count (Schulze, Copeland, ranked pairs, the Smith set, the Condorcet
 * winner and loser) reads only this matrix.
 */
export interface TPairwiseMatrix {
  /** The options, in ascending order of their number. */
  objectives: number[];
  counts: number[][];
  /** How many ballots the matrix counts. */
  ballots: number;
}

/** Stored ballots are validated when cast; one whose objectives do not fit the options is a broken invariant. */
export function checkStoredBallot(
  ranking: readonly number[],
  options: ReadonlySet<number>,
  index: number,
): void {
  const seen = new Set<number>();
  for (const objective of ranking) {
    if (!options.has(objective) || seen.has(objective)) {
      throw new AppError(
        'INTERNAL',
        `Ballot ${index + 1} names objective ${objective} ${
          seen.has(objective) ? 'twice' : 'which is not an option of this vote'
        }`,
      );
    }
    seen.add(objective);
  }
}

/**
 * Counts the pairwise preferences of `ballots` over `options`. Pass any subset of a round's ballots
 * (one type of organisation, say) to get the matrix of that subset.
 */
export function pairwiseMatrix(
  options: readonly number[],
  ballots: readonly TRankedBallot[],
): TPairwiseMatrix {
  assertVoteOptions(options);
  const objectives = [...options].sort((a, b) => a - b);
  const n = objectives.length;
  const indexOf = new Map(objectives.map((objective, index) => [objective, index]));
  const onBallot = new Set(objectives);
  const counts = objectives.map(() => new Array<number>(n).fill(0));
  ballots.forEach((ballot, index) => {
    checkStoredBallot(ballot.ranking, onBallot, index);
    // position[i]: where the ballot ranks option i; unranked options share the place after the last.
    const position = objectives.map(() => ballot.ranking.length);
    ballot.ranking.forEach((objective, place) => {
      const i = indexOf.get(objective);
      if (i !== undefined) position[i] = place;
    });
    for (let i = 0; i < n; i++) {
      const row = counts[i] as number[];
      for (let j = 0; j < n; j++) {
        if ((position[i] ?? 0) < (position[j] ?? 0)) row[j] = (row[j] ?? 0) + 1;
      }
    }
  });
  return { objectives, counts, ballots: ballots.length };
}

/** `counts[i][j]` by index, 0 outside the matrix. */
export function cell(matrix: Pick<TPairwiseMatrix, 'counts'>, i: number, j: number): number {
  return matrix.counts[i]?.[j] ?? 0;
}

/** Whether objective index i beats j head to head: more ballots prefer i to j than j to i. */
export function beatsAt(matrix: Pick<TPairwiseMatrix, 'counts'>, i: number, j: number): boolean {
  return cell(matrix, i, j) > cell(matrix, j, i);
}

/** The same matrix seen from below: `counts[i][j]` becomes `counts[j][i]` (for the Condorcet loser). */
export function transposed(matrix: TPairwiseMatrix): TPairwiseMatrix {
  return {
    objectives: [...matrix.objectives],
    counts: matrix.objectives.map((_, i) => matrix.objectives.map((__, j) => cell(matrix, j, i))),
    ballots: matrix.ballots,
  };
}
