import {
  isAppError,
  type TBallotContent,
  type TBallotFieldError,
  type TVoteMethod,
  type TVoteRules,
  validateBallot,
} from '@gcm/domain';

/** A ballot being filled in; dot points are kept as typed so an empty box is simply 0. */
export type DraftBallot =
  | { method: 'approval'; picks: number[] }
  | { method: 'dot'; points: Record<number, string> }
  | { method: 'ranked'; ranking: number[] }
  | { method: 'score'; scores: Record<number, number> };

/** The voter's stored ballot (or nothing) as a draft of the round's method. */
export function draftFrom(method: TVoteMethod, content: TBallotContent | null): DraftBallot {
  switch (method) {
    case 'approval':
      return { method, picks: content && 'picks' in content ? [...content.picks] : [] };
    case 'dot':
      return {
        method,
        points:
          content && 'points' in content
            ? Object.fromEntries(content.points.map((entry) => [entry.objective, String(entry.points)]))
            : {},
      };
    case 'ranked':
      return { method, ranking: content && 'ranking' in content ? [...content.ranking] : [] };
    case 'score':
      return {
        method,
        scores:
          content && 'scores' in content
            ? Object.fromEntries(content.scores.map((entry) => [entry.objective, entry.score]))
            : {},
      };
  }
}

/** A dot box as a number: "" is 0; anything else as typed (validateBallot says what is wrong with it). */
export function pointsOf(value: string | undefined): number {
  return value === undefined || value.trim() === '' ? 0 : Number(value);
}

/** The draft as the contract's ballot content: objectives with no points or score left out. */
export function contentOf(draft: DraftBallot): TBallotContent {
  switch (draft.method) {
    case 'approval':
      return { picks: [...draft.picks] };
    case 'dot':
      return {
        points: Object.entries(draft.points)
          .map(([objective, value]) => ({ objective: Number(objective), points: pointsOf(value) }))
          .filter((entry) => entry.points !== 0),
      };
    case 'ranked':
      return { ranking: [...draft.ranking] };
    case 'score':
      return {
        scores: Object.entries(draft.scores)
          .map(([objective, score]) => ({ objective: Number(objective), score }))
          .filter((entry) => entry.score !== 0),
      };
  }
}

export type BallotCheck = { ok: true; content: TBallotContent } | { ok: false; problems: string[] };

/** The shared rule (`validateBallot`) run before sending: the normalised ballot, or every problem in words. */
export function checkBallot(rules: TVoteRules, options: readonly number[], draft: DraftBallot): BallotCheck {
  try {
    return { ok: true, content: validateBallot(rules, options, contentOf(draft)) };
  } catch (error) {
    if (!isAppError(error)) throw error;
    const fieldErrors = (error.details as { fieldErrors?: TBallotFieldError[] } | undefined)?.fieldErrors;
    const problems = fieldErrors?.length
      ? fieldErrors.map((fieldError) => fieldError.message)
      : [error.message];
    return { ok: false, problems: [...new Set(problems)] };
  }
}

/** Total points given on a dot ballot. */
export function pointsGiven(points: Record<number, string>): number {
  return Object.values(points).reduce(
    (sum, value) => sum + (Number.isFinite(pointsOf(value)) ? pointsOf(value) : 0),
    0,
  );
}
