/**
 * The one tie-break of the vote counts (decision 0018). Every method that has to put tied things in
 * an order uses these comparators, and nothing else:
 *
 * - **Objectives that a method ranks equal** share a rank (1, 2, 2, 4) and are *listed* in ascending
 *   order of their GCM objective number. The listing order is not a result: the shared rank is.
 * - **Majorities of ranked pairs** (x beats y head to head) are locked strongest first. Strength is
 *   measured in winning votes, as the Schulze count here does: more ballots preferring x to y first;
 *   among equal winning votes, fewer ballots preferring y to x (the larger margin) first; among
 *   majorities equal on both, the one whose winner has the lower objective number first, then the
 *   one whose loser has the lower number. Only that last, fixed step is arbitrary, and it decides
 *   anything only when two majorities of exactly equal strength contradict each other in a cycle.
 */

/** Ascending objective number: the fixed order of last resort. */
export function byObjectiveNumber(a: number, b: number): number {
  return a - b;
}

/** A head-to-head majority: more ballots prefer `winner` to `loser` than the other way round. */
export interface TMajority {
  winner: number;
  loser: number;
  /** Ballots preferring the winner to the loser. */
  winningVotes: number;
  /** Ballots preferring the loser to the winner (fewer than the winning votes). */
  losingVotes: number;
}

/** The locking order of ranked pairs: negative when `a` is locked before `b`. */
export function byMajorityStrength(a: TMajority, b: TMajority): number {
  return (
    b.winningVotes - a.winningVotes ||
    a.losingVotes - b.losingVotes ||
    byObjectiveNumber(a.winner, b.winner) ||
    byObjectiveNumber(a.loser, b.loser)
  );
}
