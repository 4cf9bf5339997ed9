import { cell, type TPairwiseMatrix } from './pairwise';
import { rankByValue, type TTallyEntry } from './ranking';
import { byMajorityStrength, type TMajority } from './tie-break';

export interface TLockedMajority extends TMajority {
  /** Locked in; false when locking it would have closed a cycle of majorities locked before it. */
  locked: boolean;
}

export interface TRankedPairsTally {
  method: 'ranked';
  measure: 'rankedPairsAbove';
  ballots: number;
  /** Every option, best first; options the locked majorities do not order share a rank. */
  ranking: TTallyEntry[];
  /** Every majority in the order it was considered (strongest first, see `byMajorityStrength`). */
  majorities: TLockedMajority[];
}

/**
 * Ranked pairs (Tideman, 1987). Every head-to-head majority (x beats y: more ballots prefer x to y)
 * is sorted strongest first with the tie-break of `tie-break.ts` (winning votes, then fewer losing
 * votes, then objective numbers), and locked in that order unless it would close a cycle with the
 * majorities already locked. Pairs with as many ballots each way are not majorities and lock nothing.
 *
 * The locked majorities order the options: x is above y when a chain of locked majorities leads from
 * x to y. Each option's value is the number of options it is above, so an option always ranks above
 * every option it is locked above; options with equal values are not ordered by the locked
 * majorities (possible only when some comparisons are tied) and share a rank. When every pair has a
 * majority the ranking is a complete order and its first option is the ranked-pairs winner.
 */
export function tallyRankedPairs(matrix: TPairwiseMatrix): TRankedPairsTally {
  const { objectives } = matrix;
  const n = objectives.length;
  const majorities: TMajority[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const forI = cell(matrix, i, j);
      const forJ = cell(matrix, j, i);
      if (forI > forJ) {
        majorities.push({
          winner: objectives[i] as number,
          loser: objectives[j] as number,
          winningVotes: forI,
          losingVotes: forJ,
        });
      }
    }
  }
  majorities.sort(byMajorityStrength);

  const below = new Map<number, Set<number>>(objectives.map((objective) => [objective, new Set()]));
  /** Whether a chain of locked majorities leads from `from` to `to`. */
  const leads = (from: number, to: number): boolean => {
    const seen = new Set<number>();
    const stack = [from];
    while (stack.length > 0) {
      const at = stack.pop() as number;
      if (at === to) return true;
      if (seen.has(at)) continue;
      seen.add(at);
      stack.push(...(below.get(at) ?? []));
    }
    return false;
  };
  const considered = majorities.map((majority) => {
    const locked = !leads(majority.loser, majority.winner);
    if (locked) below.get(majority.winner)?.add(majority.loser);
    return { ...majority, locked };
  });

  const aboveCount = (objective: number): number => {
    const reached = new Set<number>();
    const stack = [...(below.get(objective) ?? [])];
    while (stack.length > 0) {
      const at = stack.pop() as number;
      if (reached.has(at)) continue;
      reached.add(at);
      stack.push(...(below.get(at) ?? []));
    }
    return reached.size;
  };
  return {
    method: 'ranked',
    measure: 'rankedPairsAbove',
    ballots: matrix.ballots,
    ranking: rankByValue(objectives, aboveCount),
    majorities: considered,
  };
}
