import { AppError } from '../errors/app-error';
import { condorcetLoser, condorcetWinner, smithSet, type TCondorcetOutcome } from './condorcet';
import { type TCopelandTally, tallyCopeland } from './copeland';
import { cell, checkStoredBallot, pairwiseMatrix, type TPairwiseMatrix } from './pairwise';
import { type TRankedPairsTally, tallyRankedPairs } from './ranked-pairs';
import { rankByValue, type TTallyEntry } from './ranking';
import {
  assertVoteOptions,
  type TApprovalBallot,
  type TDotBallot,
  type TRankedBallot,
  type TScoreBallot,
  type TValidBallot,
  type TVoteMethod,
  type TVoteRules,
} from './vote.schemas';

/** What `value` of a tally entry counts. */
export type TTallyMeasure =
  | 'approvals'
  | 'points'
  | 'averageScore'
  | 'bordaPoints'
  | 'schulzeWins'
  | 'copelandScore'
  | 'rankedPairsAbove';

export interface TTally {
  method: TVoteMethod;
  measure: TTallyMeasure;
  /** How many ballots were counted. */
  ballots: number;
  /** Every option, best first; tied objectives in ascending order of their number. */
  ranking: TTallyEntry[];
}

export interface TScoreTally extends TTally {
  method: 'score';
  measure: 'averageScore';
  /** The sum of the scores of each objective. */
  totals: Record<number, number>;
}

/** `matrix[i][j]` for every pair of distinct options i and j (no entry for i = j). */
export type TObjectiveMatrix = Record<number, Record<number, number>>;

export interface TSchulzeTally extends TTally {
  method: 'ranked';
  measure: 'schulzeWins';
  /** `pairwise[i][j]`: how many ballots prefer i to j. */
  pairwise: TObjectiveMatrix;
  /** `strongestPaths[i][j]`: the strength of the strongest path from i to j (0 when there is none). */
  strongestPaths: TObjectiveMatrix;
  /** The option that beats every other option head to head, if there is one. */
  condorcetWinner: number | null;
}

/** A ranked vote counted every way the product offers, all from the same ballots. */
export interface TRankedTally {
  method: 'ranked';
  ballots: number;
  /** The head-to-head counts every Condorcet method below reads. */
  pairwise: TPairwiseMatrix;
  borda: TTally;
  schulze: TSchulzeTally;
  copeland: TCopelandTally;
  rankedPairs: TRankedPairsTally;
  /** The smallest set of options that each beat every option outside it; ascending numbers. */
  smithSet: number[];
  condorcetWinner: TCondorcetOutcome;
  condorcetLoser: TCondorcetOutcome;
}

export interface TTallyByMethod {
  approval: TTally;
  dot: TTally;
  ranked: TRankedTally;
  score: TScoreTally;
}

export interface TTopN {
  /** The first n objectives of the ranking (all of them when there are fewer). */
  objectives: number[];
  /** Objectives outside the top n that are tied with the n-th: the cut falls inside a tie. */
  tiesAtCutoff: number[];
}

function sortedOptions(options: readonly number[]): number[] {
  assertVoteOptions(options);
  return [...options].sort((a, b) => a - b);
}

function sumsBy(
  options: readonly number[],
  ballots: readonly (readonly { objective: number; amount: number }[])[],
): Map<number, number> {
  const onBallot = new Set(options);
  const sums = new Map(options.map((objective) => [objective, 0]));
  ballots.forEach((entries, index) => {
    checkStoredBallot(
      entries.map((entry) => entry.objective),
      onBallot,
      index,
    );
    for (const { objective, amount } of entries) sums.set(objective, (sums.get(objective) ?? 0) + amount);
  });
  return sums;
}

/** Approval: each objective's value is the number of ballots that pick it. */
export function tallyApproval(options: readonly number[], ballots: readonly TApprovalBallot[]): TTally {
  const sorted = sortedOptions(options);
  const sums = sumsBy(
    sorted,
    ballots.map((ballot) => ballot.picks.map((objective) => ({ objective, amount: 1 }))),
  );
  return {
    method: 'approval',
    measure: 'approvals',
    ballots: ballots.length,
    ranking: rankByValue(sorted, (objective) => sums.get(objective) ?? 0),
  };
}

/** Dot voting: each objective's value is the total of the points it got. */
export function tallyDots(options: readonly number[], ballots: readonly TDotBallot[]): TTally {
  const sorted = sortedOptions(options);
  const sums = sumsBy(
    sorted,
    ballots.map((ballot) =>
      ballot.points.map((entry) => ({ objective: entry.objective, amount: entry.points })),
    ),
  );
  return {
    method: 'dot',
    measure: 'points',
    ballots: ballots.length,
    ranking: rankByValue(sorted, (objective) => sums.get(objective) ?? 0),
  };
}

/**
 * Score voting: each objective's value is its average score over all ballots, an objective a ballot
 * leaves out counting as 0 there (so the ranking is the ranking of the totals). No ballots: all 0.
 */
export function tallyScore(options: readonly number[], ballots: readonly TScoreBallot[]): TScoreTally {
  const sorted = sortedOptions(options);
  const sums = sumsBy(
    sorted,
    ballots.map((ballot) =>
      ballot.scores.map((entry) => ({ objective: entry.objective, amount: entry.score })),
    ),
  );
  const totals: Record<number, number> = {};
  for (const objective of sorted) totals[objective] = sums.get(objective) ?? 0;
  return {
    method: 'score',
    measure: 'averageScore',
    ballots: ballots.length,
    ranking: rankByValue(sorted, (objective) =>
      ballots.length === 0 ? 0 : (totals[objective] ?? 0) / ballots.length,
    ),
    totals,
  };
}

function checkStoredBallots(options: readonly number[], ballots: readonly TRankedBallot[]): void {
  const onBallot = new Set(options);
  ballots.forEach((ballot, index) => {
    checkStoredBallot(ballot.ranking, onBallot, index);
  });
}

/** The points a ballot ranking objectives gives its k-th choice (k from 0) when there are n options. */
export function bordaPoints(optionCount: number, position: number): number {
  return Math.max(optionCount - 1 - position, 0);
}

/**
 * Borda count: with n options a ballot gives n−1 points to its first choice, n−2 to its second and so
 * on. Truncated ballots: unranked options get 0 from that ballot (the ranked ones keep n−1, n−2, …,
 * whatever the length of the ranking).
 */
export function tallyBorda(options: readonly number[], ballots: readonly TRankedBallot[]): TTally {
  const sorted = sortedOptions(options);
  checkStoredBallots(sorted, ballots);
  const points = new Map(sorted.map((objective) => [objective, 0]));
  for (const ballot of ballots) {
    ballot.ranking.forEach((objective, position) => {
      points.set(objective, (points.get(objective) ?? 0) + bordaPoints(sorted.length, position));
    });
  }
  return {
    method: 'ranked',
    measure: 'bordaPoints',
    ballots: ballots.length,
    ranking: rankByValue(sorted, (objective) => points.get(objective) ?? 0),
  };
}

/** Turns an n × n matrix stored row by row into records keyed by objective. */
function toMatrix(options: readonly number[], cells: readonly number[]): TObjectiveMatrix {
  const matrix: TObjectiveMatrix = {};
  options.forEach((row, i) => {
    const entries: Record<number, number> = {};
    options.forEach((column, j) => {
      if (i !== j) entries[column] = cells[i * options.length + j] ?? 0;
    });
    matrix[row] = entries;
  });
  return matrix;
}

/**
 * Schulze method. `pairwise[i][j]` counts the ballots that prefer i to j, where a ballot prefers every
 * objective it ranks to every objective it leaves out, and prefers none of the left-out ones to another.
 * The strongest paths come from the widest-path variant of Floyd–Warshall on the links i→j with
 * d[i][j] > d[j][i] (strength d[i][j], "winning votes"). i beats j when p[i][j] > p[j][i]; this relation
 * is transitive. Each objective's value is the number of options it beats, so an objective ranks above
 * every objective it beats; objectives with equal values beat neither one another and share a rank.
 */
export function tallySchulze(options: readonly number[], ballots: readonly TRankedBallot[]): TSchulzeTally {
  return schulzeFromMatrix(pairwiseMatrix(options, ballots));
}

/** The Schulze count of a pairwise matrix (see `tallySchulze`). */
export function schulzeFromMatrix(matrix: TPairwiseMatrix): TSchulzeTally {
  const sorted = matrix.objectives;
  const n = sorted.length;
  const indexOf = new Map(sorted.map((objective, index) => [objective, index]));
  const at = (cells: readonly number[], i: number, j: number): number => cells[i * n + j] ?? 0;
  // n × n matrices stored row by row.
  const d = sorted.flatMap((_, i) => sorted.map((__, j) => cell(matrix, i, j)));

  const p = d.map((strength, index) => {
    const i = Math.floor(index / n);
    const j = index % n;
    return i !== j && strength > at(d, j, i) ? strength : 0;
  });
  for (let k = 0; k < n; k++) {
    for (let i = 0; i < n; i++) {
      if (i === k) continue;
      for (let j = 0; j < n; j++) {
        if (j === i || j === k) continue;
        const through = Math.min(at(p, i, k), at(p, k, j));
        if (through > at(p, i, j)) p[i * n + j] = through;
      }
    }
  }

  const beats = (cells: readonly number[], i: number, j: number) => at(cells, i, j) > at(cells, j, i);
  const wins = sorted.map((_, i) => sorted.filter((_, j) => beats(p, i, j)).length);
  const condorcet = sorted.findIndex((_, i) => sorted.every((_, j) => i === j || beats(d, i, j)));

  return {
    method: 'ranked',
    measure: 'schulzeWins',
    ballots: matrix.ballots,
    ranking: rankByValue(sorted, (objective) => wins[indexOf.get(objective) ?? -1] ?? 0),
    pairwise: toMatrix(sorted, d),
    strongestPaths: toMatrix(sorted, p),
    condorcetWinner: condorcet === -1 ? null : (sorted[condorcet] ?? null),
  };
}

/**
 * A ranked vote counted every way: Borda (positional) and, from one pairwise matrix, Schulze,
 * Copeland, ranked pairs, the Smith set and the Condorcet winner and loser. Ties that must be broken
 * for an order are broken by `tie-break.ts` only.
 */
export function tallyRanked(options: readonly number[], ballots: readonly TRankedBallot[]): TRankedTally {
  const pairwise = pairwiseMatrix(options, ballots);
  return {
    method: 'ranked',
    ballots: ballots.length,
    pairwise,
    borda: tallyBorda(options, ballots),
    schulze: schulzeFromMatrix(pairwise),
    copeland: tallyCopeland(pairwise),
    rankedPairs: tallyRankedPairs(pairwise),
    smithSet: smithSet(pairwise),
    condorcetWinner: condorcetWinner(pairwise),
    condorcetLoser: condorcetLoser(pairwise),
  };
}

/** Counts validated ballots the way the round's rules say. */
export function tally<R extends TVoteRules>(
  rules: R,
  options: readonly number[],
  ballots: readonly TValidBallot<R['method']>[],
): TTallyByMethod[R['method']];
export function tally(
  rules: TVoteRules,
  options: readonly number[],
  ballots: readonly TValidBallot[],
): TTallyByMethod[TVoteMethod] {
  switch (rules.method) {
    case 'approval':
      return tallyApproval(options, ballots as TApprovalBallot[]);
    case 'dot':
      return tallyDots(options, ballots as TDotBallot[]);
    case 'ranked':
      return tallyRanked(options, ballots as TRankedBallot[]);
    case 'score':
      return tallyScore(options, ballots as TScoreBallot[]);
  }
}

/**
 * The top n objectives of a tally. When the n-th is tied with objectives that do not make the cut
 * (they come later only because of their number), those are listed in `tiesAtCutoff` so that the
 * tie can be shown rather than silently broken.
 */
export function topN(tally: Pick<TTally, 'ranking'>, n: number): TTopN {
  if (!Number.isInteger(n) || n < 0) {
    throw new AppError('VALIDATION', `Cannot take the top ${n}: n must be a whole number of at least 0`);
  }
  const top = tally.ranking.slice(0, n);
  const last = top[top.length - 1];
  return {
    objectives: top.map((entry) => entry.objective),
    tiesAtCutoff: last
      ? tally.ranking
          .slice(n)
          .filter((entry) => entry.rank === last.rank)
          .map((entry) => entry.objective)
      : [],
  };
}
