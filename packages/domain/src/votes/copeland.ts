import { cell, type TPairwiseMatrix } from './pairwise';
import { rankByValue, type TTallyEntry } from './ranking';

export interface TCopelandTally {
  method: 'ranked';
  measure: 'copelandScore';
  ballots: number;
  /** Every option by Copeland score, best first; equal scores share a rank. */
  ranking: TTallyEntry[];
}

/**
 * Copeland's method: each option scores 1 for every other option it beats head to head and ½ for
 * every one it ties with (equal numbers of ballots each way), 0 for a defeat. With n options a score
 * goes from 0 to n − 1; the scores of all options add up to n(n − 1)/2. (Some texts count wins minus
 * defeats instead: with ties worth ½ that is 2 × score − (n − 1), the same order.)
 */
export function tallyCopeland(matrix: TPairwiseMatrix): TCopelandTally {
  const { objectives } = matrix;
  const score = objectives.map((_, i) =>
    objectives.reduce((sum, __, j) => {
      if (i === j) return sum;
      const forI = cell(matrix, i, j);
      const forJ = cell(matrix, j, i);
      return sum + (forI > forJ ? 1 : forI === forJ ? 0.5 : 0);
    }, 0),
  );
  const indexOf = new Map(objectives.map((objective, index) => [objective, index]));
  return {
    method: 'ranked',
    measure: 'copelandScore',
    ballots: matrix.ballots,
    ranking: rankByValue(objectives, (objective) => score[indexOf.get(objective) ?? -1] ?? 0),
  };
}
