import { isAppError } from '../errors/app-error';
import { assertVoteOptions, type TValidBallot, type TVoteRules, validateBallot } from './vote.schemas';

/**
 * How a round's ballot box adds up. `cast` = `valid` + `invalid`; `eligible` = `cast` + `abstaining`
 * whenever every ballot comes from someone still on the list of voters (always, unless a voter was
 * deleted after voting, which is why `abstaining` is floored at 0).
 */
export interface TBallotCounts {
  /** Ballots in the ballot box: one per voter who voted (a changed ballot replaces the earlier one). */
  cast: number;
  /**
   * Ballots that pass `validateBallot` against the round's rules and options when counted. Only these
   * are counted by the tallies. The API validates every ballot when it is cast, so in practice
   * `valid` = `cast`; a ballot stored some other way that breaks the rules is left out and shown
   * here rather than stopping the count.
   */
  valid: number;
  /** `cast` − `valid`. */
  invalid: number;
  /**
   * Valid ballots that did not use all that the rules let them express (see `isPartialBallot`). A
   * partial ballot counts in full; the figure says how much of the ballot paper voters used.
   */
  partial: number;
  /** People (or organisations, when organisations vote) on the round's list of voters. */
  eligible: number;
  /**
   * Eligible voters who cast nothing: `eligible` − `cast`, never below 0. Read from the ballot box,
   * not from the record of who voted, so a ballot whose participation was not recorded (the retry
   * case of decision 0012) is not counted as an abstention.
   */
  abstaining: number;
}

/**
 * Whether a valid ballot is partial: it leaves out something the round's rules let it express.
 * - **ranked**: ranks fewer objectives than it could, that is fewer than the round's limit
 *   (`maxRanks`) and fewer than all options but one. Ranking all options but one is complete: the
 *   one left out is implicitly last, and every count reads it so.
 * - **approval**: picks fewer objectives than it could: fewer than `maxPicks` and fewer than the
 *   options. (An approval ballot with no pick at all cannot be cast: `validateBallot` refuses it,
 *   so it never reaches the ballot box; were one stored, it would count as invalid.)
 * - **dot**: spends fewer points than it could: fewer than the budget, and fewer than the cap per
 *   objective times the number of options.
 * - **score**: leaves at least one option without a score above 0. A score of 0 and no score are
 *   stored alike (both count as 0), so a ballot that scores some option 0 is partial too.
 * Every method refuses an empty ballot when it is cast, so no valid ballot is empty.
 */
export function isPartialBallot(
  rules: TVoteRules,
  options: readonly number[],
  ballot: TValidBallot,
): boolean {
  const n = options.length;
  switch (rules.method) {
    case 'ranked': {
      const { ranking } = ballot as TValidBallot<'ranked'>;
      return ranking.length < Math.min(rules.maxRanks ?? n, n - 1);
    }
    case 'approval': {
      const { picks } = ballot as TValidBallot<'approval'>;
      return picks.length < Math.min(rules.maxPicks, n);
    }
    case 'dot': {
      const { points } = ballot as TValidBallot<'dot'>;
      const spent = points.reduce((sum, entry) => sum + entry.points, 0);
      return spent < Math.min(rules.budget, rules.maxPerOption * n);
    }
    case 'score': {
      const { scores } = ballot as TValidBallot<'score'>;
      return scores.filter((entry) => entry.score > 0).length < n;
    }
  }
}

/**
 * Checks each stored ballot against the round's rules and options and counts the ballot box (see
 * `TBallotCounts`). Returns the valid ballots, normalised by `validateBallot`, for the tallies, and
 * `checked`: for each stored ballot in the order given, its valid form or null when it is invalid.
 */
export function countBallots<R extends TVoteRules>(
  rules: R,
  options: readonly number[],
  contents: readonly unknown[],
  eligible: number,
): {
  counts: TBallotCounts;
  valid: TValidBallot<R['method']>[];
  checked: (TValidBallot<R['method']> | null)[];
} {
  assertVoteOptions(options);
  const checked = contents.map((content) => {
    try {
      return validateBallot(rules, options, content);
    } catch (error) {
      if (isAppError(error) && error.code === 'VALIDATION') return null;
      throw error;
    }
  });
  const valid = checked.filter((ballot): ballot is TValidBallot<R['method']> => ballot !== null);
  return {
    counts: {
      cast: contents.length,
      valid: valid.length,
      invalid: contents.length - valid.length,
      partial: valid.filter((ballot) => isPartialBallot(rules, options, ballot)).length,
      eligible,
      abstaining: Math.max(eligible - contents.length, 0),
    },
    valid,
    checked,
  };
}
