import { z } from 'zod';
import { GCM_OBJECTIVES } from '../catalogue/objectives';
import { AppError } from '../errors/app-error';

/**
 * The ways a stakeholder workshop can prioritise the 23 GCM objectives:
 * - approval: tick up to `maxPicks` objectives;
 * - dot: spread a budget of points ("dots"), at most `maxPerOption` on one objective;
 * - ranked: order objectives from most to least preferred (counted with Schulze and Borda);
 * - score: give objectives a score from 0 to 5.
 */
export const VOTE_METHODS = ['approval', 'dot', 'ranked', 'score'] as const;
export const ZVoteMethod = z.enum(VOTE_METHODS).meta({ id: 'VoteMethod' });
export type TVoteMethod = z.infer<typeof ZVoteMethod>;

const OBJECTIVE_COUNT = GCM_OBJECTIVES.length;
const MAX_ENTRIES = 200;

const wholeNumber = (min: number, max: number) =>
  z
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);

const objectiveNumber = z.number({ error: 'must be an objective number' }).int('must be a whole number');

const entries = <T extends z.ZodType>(item: T, error: string) =>
  z.array(item, { error }).max(MAX_ENTRIES, `must have at most ${MAX_ENTRIES} entries`);

/** The objectives a round puts on the ballot: distinct GCM objective numbers. */
export const ZVoteOptions = z
  .array(wholeNumber(1, OBJECTIVE_COUNT), { error: 'must be a list of objective numbers' })
  .min(1, 'must list at least one objective')
  .refine((options) => new Set(options).size === options.length, {
    error: 'must not list an objective twice',
  })
  .meta({ id: 'VoteOptions' });
export type TVoteOptions = z.infer<typeof ZVoteOptions>;

export const ZApprovalVoteRules = z
  .object({ method: z.literal('approval'), maxPicks: wholeNumber(1, OBJECTIVE_COUNT) })
  .strict()
  .meta({ id: 'ApprovalVoteRules' });
export type TApprovalVoteRules = z.infer<typeof ZApprovalVoteRules>;

export const ZDotVoteRules = z
  .object({ method: z.literal('dot'), budget: wholeNumber(1, 200), maxPerOption: wholeNumber(1, 200) })
  .strict()
  .refine((rules) => rules.maxPerOption <= rules.budget, {
    error: 'must not be more than the budget',
    path: ['maxPerOption'],
  })
  .meta({ id: 'DotVoteRules' });
export type TDotVoteRules = z.infer<typeof ZDotVoteRules>;

export const ZRankedVoteRules = z
  .object({
    method: z.literal('ranked'),
    /** How many objectives a voter may rank at most; null: as many as they like. */
    maxRanks: wholeNumber(1, OBJECTIVE_COUNT).nullable(),
  })
  .strict()
  .meta({ id: 'RankedVoteRules' });
export type TRankedVoteRules = z.infer<typeof ZRankedVoteRules>;

export const ZScoreVoteRules = z
  .object({ method: z.literal('score'), maxScore: z.literal(5, { error: 'must be 5' }) })
  .strict()
  .meta({ id: 'ScoreVoteRules' });
export type TScoreVoteRules = z.infer<typeof ZScoreVoteRules>;

/** How one prioritisation round is voted. */
export const ZVoteRules = z
  .discriminatedUnion('method', [ZApprovalVoteRules, ZDotVoteRules, ZRankedVoteRules, ZScoreVoteRules])
  .meta({ id: 'VoteRules' });
export type TVoteRules = z.infer<typeof ZVoteRules>;

/** The objectives a voter approves of. */
export const ZApprovalBallot = z
  .object({ picks: entries(objectiveNumber, 'must be a list of objective numbers') })
  .strict()
  .meta({ id: 'ApprovalBallot' });
export type TApprovalBallot = z.infer<typeof ZApprovalBallot>;

/** The points ("dots") a voter puts on objectives. */
export const ZDotBallot = z
  .object({
    points: entries(
      z
        .object({
          objective: objectiveNumber,
          points: z.number({ error: 'must be a number of points' }).int('must be a whole number of points'),
        })
        .strict(),
      'must be a list of objectives with their points',
    ),
  })
  .strict()
  .meta({ id: 'DotBallot' });
export type TDotBallot = z.infer<typeof ZDotBallot>;

/** Objective numbers, most preferred first. */
export const ZRankedBallot = z
  .object({ ranking: entries(objectiveNumber, 'must be a list of objective numbers') })
  .strict()
  .meta({ id: 'RankedBallot' });
export type TRankedBallot = z.infer<typeof ZRankedBallot>;

/** The score a voter gives objectives; objectives left out score 0. */
export const ZScoreBallot = z
  .object({
    scores: entries(
      z
        .object({
          objective: objectiveNumber,
          score: z.number({ error: 'must be a score' }).int('must be a whole number'),
        })
        .strict(),
      'must be a list of objectives with their scores',
    ),
  })
  .strict()
  .meta({ id: 'ScoreBallot' });
export type TScoreBallot = z.infer<typeof ZScoreBallot>;

/** What a voter sends; which shape applies follows from the round's method, not from the ballot. */
export const ZBallotContent = z
  .union([ZApprovalBallot, ZDotBallot, ZRankedBallot, ZScoreBallot])
  .meta({ id: 'BallotContent' });
export type TBallotContent = z.infer<typeof ZBallotContent>;

export interface TBallotByMethod {
  approval: TApprovalBallot;
  dot: TDotBallot;
  ranked: TRankedBallot;
  score: TScoreBallot;
}
/** A ballot that passed `validateBallot`: checked against the rules and options, and normalised. */
export type TValidBallot<M extends TVoteMethod = TVoteMethod> = TBallotByMethod[M];
export type TVoteRulesFor<M extends TVoteMethod> = Extract<TVoteRules, { method: M }>;

export interface TBallotFieldError {
  path: string;
  message: string;
}

/** Refuses a list of options that is empty, repeats an objective or names one that is not a GCM objective. */
export function assertVoteOptions(options: readonly number[]): void {
  const result = ZVoteOptions.safeParse(options);
  if (!result.success) {
    const fieldErrors = result.error.issues.map((issue) => ({
      path: ['options', ...issue.path].join('.'),
      message: issue.message,
    }));
    throw new AppError('VALIDATION', `The options of the vote ${fieldErrors[0]?.message ?? 'are invalid'}`, {
      fieldErrors,
    });
  }
}

function fail(fieldErrors: TBallotFieldError[]): never {
  const [first] = fieldErrors;
  const more = fieldErrors.length - 1;
  const message = `${first?.message ?? 'The ballot is not valid'}${
    more > 0 ? ` (and ${more} more problem${more === 1 ? '' : 's'})` : ''
  }`;
  throw new AppError('VALIDATION', message, { fieldErrors });
}

function parse<T>(schema: z.ZodType<T>, content: unknown): T {
  const result = schema.safeParse(content);
  if (result.success) return result.data;
  fail(
    result.error.issues.map((issue) => {
      const path = issue.path.map(String).join('.');
      return {
        path,
        message: `The ballot is not valid: ${path ? `${path} ` : ''}${issue.message}`,
      };
    }),
  );
}

/** Checks that each objective is on the ballot and appears once; `verb` completes "Objective 7 is … twice". */
function checkObjectives(
  objectives: readonly number[],
  options: ReadonlySet<number>,
  pathOf: (index: number) => string,
  verb: string,
  errors: TBallotFieldError[],
): void {
  const seen = new Set<number>();
  objectives.forEach((objective, index) => {
    if (!options.has(objective)) {
      errors.push({ path: pathOf(index), message: `Objective ${objective} is not on this ballot` });
    } else if (seen.has(objective)) {
      errors.push({ path: pathOf(index), message: `Objective ${objective} is ${verb} twice` });
    }
    seen.add(objective);
  });
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function validateApproval(rules: TApprovalVoteRules, options: ReadonlySet<number>, content: unknown) {
  const { picks } = parse(ZApprovalBallot, content);
  const errors: TBallotFieldError[] = [];
  checkObjectives(picks, options, (i) => `picks.${i}`, 'picked', errors);
  if (picks.length === 0) errors.push({ path: 'picks', message: 'Pick at least one objective' });
  if (picks.length > rules.maxPicks) {
    errors.push({
      path: 'picks',
      message: `You may pick at most ${plural(rules.maxPicks, 'objective', 'objectives')}; you picked ${picks.length}`,
    });
  }
  if (errors.length) fail(errors);
  return { picks: [...picks].sort((a, b) => a - b) };
}

function validateDot(rules: TDotVoteRules, options: ReadonlySet<number>, content: unknown) {
  const { points } = parse(ZDotBallot, content);
  const errors: TBallotFieldError[] = [];
  checkObjectives(
    points.map((entry) => entry.objective),
    options,
    (i) => `points.${i}.objective`,
    'given points',
    errors,
  );
  points.forEach((entry, index) => {
    if (entry.points < 1) {
      errors.push({
        path: `points.${index}.points`,
        message: `Objective ${entry.objective} gets ${entry.points} points; give it at least 1 point or leave it out`,
      });
    } else if (entry.points > rules.maxPerOption) {
      errors.push({
        path: `points.${index}.points`,
        message: `You may put at most ${plural(rules.maxPerOption, 'point', 'points')} on one objective; objective ${entry.objective} has ${entry.points}`,
      });
    }
  });
  if (points.length === 0) errors.push({ path: 'points', message: 'Give at least one point' });
  const total = points.reduce((sum, entry) => sum + entry.points, 0);
  if (total > rules.budget) {
    errors.push({
      path: 'points',
      message: `You gave ${plural(total, 'point', 'points')} but have ${rules.budget}`,
    });
  }
  if (errors.length) fail(errors);
  return {
    points: points
      .map((entry) => ({ objective: entry.objective, points: entry.points }))
      .sort((a, b) => a.objective - b.objective),
  };
}

function validateRanked(rules: TRankedVoteRules, options: ReadonlySet<number>, content: unknown) {
  const { ranking } = parse(ZRankedBallot, content);
  const errors: TBallotFieldError[] = [];
  checkObjectives(ranking, options, (i) => `ranking.${i}`, 'ranked', errors);
  if (ranking.length === 0) errors.push({ path: 'ranking', message: 'Rank at least one objective' });
  if (rules.maxRanks !== null && ranking.length > rules.maxRanks) {
    errors.push({
      path: 'ranking',
      message: `You may rank at most ${plural(rules.maxRanks, 'objective', 'objectives')}; you ranked ${ranking.length}`,
    });
  }
  if (errors.length) fail(errors);
  return { ranking: [...ranking] };
}

function validateScore(rules: TScoreVoteRules, options: ReadonlySet<number>, content: unknown) {
  const { scores } = parse(ZScoreBallot, content);
  const errors: TBallotFieldError[] = [];
  checkObjectives(
    scores.map((entry) => entry.objective),
    options,
    (i) => `scores.${i}.objective`,
    'scored',
    errors,
  );
  scores.forEach((entry, index) => {
    if (entry.score < 0 || entry.score > rules.maxScore) {
      errors.push({
        path: `scores.${index}.score`,
        message: `Objective ${entry.objective} has a score of ${entry.score}; scores go from 0 to ${rules.maxScore}`,
      });
    }
  });
  if (!errors.length && !scores.some((entry) => entry.score > 0)) {
    errors.push({ path: 'scores', message: 'Give at least one objective a score above 0' });
  }
  if (errors.length) fail(errors);
  return {
    scores: scores
      .filter((entry) => entry.score > 0)
      .map((entry) => ({ objective: entry.objective, score: entry.score }))
      .sort((a, b) => a.objective - b.objective),
  };
}

/**
 * Checks a ballot against the round's rules and the objectives on its ballot paper, and returns it
 * normalised: approval picks and dot/score entries sorted by objective number, scores of 0 left out
 * (an objective left out scores 0 anyway); a ranking keeps its order.
 *
 * A ballot must express something: at least one pick, point, rank or score above 0.
 *
 * @throws AppError VALIDATION with a readable message (the first problem) and `fieldErrors` listing
 *   every problem with its path in the ballot, e.g. `ranking.3` or `points.1.points`.
 */
export function validateBallot<R extends TVoteRules>(
  rules: R,
  options: readonly number[],
  content: unknown,
): TValidBallot<R['method']>;
export function validateBallot(
  rules: TVoteRules,
  options: readonly number[],
  content: unknown,
): TValidBallot {
  assertVoteOptions(options);
  const onBallot = new Set(options);
  switch (rules.method) {
    case 'approval':
      return validateApproval(rules, onBallot, content);
    case 'dot':
      return validateDot(rules, onBallot, content);
    case 'ranked':
      return validateRanked(rules, onBallot, content);
    case 'score':
      return validateScore(rules, onBallot, content);
  }
}
