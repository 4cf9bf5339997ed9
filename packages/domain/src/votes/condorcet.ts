import { beatsAt, cell, type TPairwiseMatrix, transposed } from './pairwise';

/**
 * Who wins (or loses) every head-to-head comparison, if anyone does.
 * - `objective`: the Condorcet winner (it beats every other option head to head), or the Condorcet
 *   loser (every other option beats it); null when there is none.
 * - `noneBecause`, when there is none: `cycle` when the options that contend for the place include
 *   a cycle of majorities (A beats B, B beats C, C beats A); `tie` when no such cycle exists and the
 *   place stays empty only because some comparisons are tied (equal numbers of ballots each way,
 *   which includes a vote with no ballots). Null when there is a winner (or loser).
 */
export interface TCondorcetOutcome {
  objective: number | null;
  noneBecause: 'cycle' | 'tie' | null;
}

/** For each index, the indices it reaches through comparisons it wins or ties (Floyd–Warshall closure). */
function beatsOrTiesClosure(matrix: TPairwiseMatrix): boolean[][] {
  const n = matrix.objectives.length;
  const reach = matrix.objectives.map((_, i) =>
    matrix.objectives.map((__, j) => i !== j && cell(matrix, i, j) >= cell(matrix, j, i)),
  );
  for (let k = 0; k < n; k++) {
    for (let i = 0; i < n; i++) {
      if (!reach[i]?.[k]) continue;
      for (let j = 0; j < n; j++) {
        if (reach[k]?.[j] && i !== j) (reach[i] as boolean[])[j] = true;
      }
    }
  }
  return reach;
}

function smithIndices(matrix: TPairwiseMatrix): number[] {
  const reach = beatsOrTiesClosure(matrix);
  return matrix.objectives.flatMap((_, i) =>
    matrix.objectives.every((__, j) => i === j || reach[i]?.[j]) ? [i] : [],
  );
}

/**
 * The Smith set: the smallest non-empty set of options each of which beats every option outside it
 * head to head. It is the Condorcet winner alone when there is one; otherwise the options caught in
 * a cycle or a tie at the top. Computed as the options that reach every other option through
 * comparisons they win or tie. Ascending objective numbers.
 */
export function smithSet(matrix: TPairwiseMatrix): number[] {
  return smithIndices(matrix).map((i) => matrix.objectives[i] as number);
}

/** Whether the majorities (strict wins) among `members` contain a cycle (depth-first search). */
function hasMajorityCycle(matrix: TPairwiseMatrix, members: readonly number[]): boolean {
  const state = new Map<number, 'open' | 'done'>();
  const visit = (i: number): boolean => {
    state.set(i, 'open');
    for (const j of members) {
      if (j === i || !beatsAt(matrix, i, j)) continue;
      const seen = state.get(j);
      if (seen === 'open') return true;
      if (seen === undefined && visit(j)) return true;
    }
    state.set(i, 'done');
    return false;
  };
  return members.some((i) => state.get(i) === undefined && visit(i));
}

function topOutcome(matrix: TPairwiseMatrix): TCondorcetOutcome {
  const top = smithIndices(matrix);
  const [only] = top;
  // A lone member of the Smith set beats every other option: the Condorcet winner.
  if (top.length === 1 && only !== undefined) {
    return { objective: matrix.objectives[only] ?? null, noneBecause: null };
  }
  return { objective: null, noneBecause: hasMajorityCycle(matrix, top) ? 'cycle' : 'tie' };
}

/** The option that beats every other option head to head, or why there is none. */
export function condorcetWinner(matrix: TPairwiseMatrix): TCondorcetOutcome {
  return topOutcome(matrix);
}

/**
 * The option that every other option beats head to head, or why there is none: the same question
 * asked of the matrix read the other way round (the Smith set of the defeats).
 */
export function condorcetLoser(matrix: TPairwiseMatrix): TCondorcetOutcome {
  return topOutcome(transposed(matrix));
}
