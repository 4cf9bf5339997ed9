import { byObjectiveNumber } from './tie-break';

export interface TTallyEntry {
  objective: number;
  value: number;
  /** Competition ranking: objectives with equal values share a rank and the next rank is skipped (1, 2, 2, 4). */
  rank: number;
  /** The other objectives with the same value (and so the same rank), in ascending order. */
  tiedWith: number[];
}

/**
 * Ranks the options by value, highest first. Equal values share a rank; they are listed in the fixed
 * order of the tie-break (ascending objective number, see `tie-break.ts`), which is not a result.
 */
export function rankByValue(options: readonly number[], score: (objective: number) => number): TTallyEntry[] {
  const entries = options
    .map((objective) => ({ objective, value: score(objective) }))
    .sort((a, b) => b.value - a.value || byObjectiveNumber(a.objective, b.objective));
  return entries.map((entry, index) => {
    const firstEqual = entries.findIndex((other) => other.value === entry.value);
    return {
      objective: entry.objective,
      value: entry.value,
      rank: (firstEqual === -1 ? index : firstEqual) + 1,
      tiedWith: entries
        .filter((other) => other.value === entry.value && other.objective !== entry.objective)
        .map((other) => other.objective),
    };
  });
}
