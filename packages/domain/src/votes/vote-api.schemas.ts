import { z } from 'zod';
import { ZOrganisationType, ZUuid } from '../shared/primitives.schemas';
import { text } from '../text/storable-text';
import { ZBallotContent, ZVoteMethod, ZVoteOptions, ZVoteRules } from './vote.schemas';

export const VOTE_ROUND_STATES = ['scheduled', 'open', 'closed', 'finalised'] as const;
export const ZVoteRoundState = z.enum(VOTE_ROUND_STATES);
export type TVoteRoundState = z.infer<typeof ZVoteRoundState>;

export const ZVoteRound = z
  .object({
    id: ZUuid,
    reviewId: ZUuid,
    workshopId: ZUuid.nullable(),
    title: z.string(),
    method: ZVoteMethod,
    rules: ZVoteRules,
    options: ZVoteOptions,
    eligibility: z.enum(['person', 'organisation']),
    secret: z.boolean(),
    resultsHidden: z.boolean(),
    quorum: z.number().int().nullable(),
    opensAt: z.iso.datetime(),
    closesAt: z.iso.datetime(),
    /** When the coordinator closed it before `closesAt` (an early close); null otherwise. */
    closedEarlyAt: z.iso.datetime().nullable(),
    state: ZVoteRoundState,
    /** Ballots cast so far, and how many voters may vote. */
    turnout: z.object({ ballots: z.number().int(), eligible: z.number().int() }),
    /** For the signed-in person: may they vote, and have they? */
    me: z.object({ eligible: z.boolean(), voted: z.boolean() }),
    version: z.number().int(),
  })
  .meta({ id: 'VoteRound' });
export type TVoteRound = z.infer<typeof ZVoteRound>;

export const ZVoteRoundList = z
  .object({ rounds: z.array(ZVoteRound) })
  .meta({ id: 'ListVoteRoundsResponse' });
export type TVoteRoundList = z.infer<typeof ZVoteRoundList>;

export const ZCreateVoteRoundRequest = z
  .object({
    title: text(300).min(1, 'is required'),
    workshopId: ZUuid.nullable().default(null),
    rules: ZVoteRules,
    /** Default: all 23 objectives. */
    options: ZVoteOptions.optional(),
    eligibility: z.enum(['person', 'organisation']).default('person'),
    /** People (or organisations, per eligibility) who may vote. */
    voterIds: z.array(ZUuid).min(1, 'name at least one voter').max(1000),
    secret: z.boolean().default(false),
    /** Default: hidden until the close for secret rounds, which cannot show them earlier. */
    resultsHidden: z.boolean().optional(),
    quorum: z.number().int().min(1).nullable().default(null),
    opensAt: z.iso.datetime({ offset: true }),
    closesAt: z.iso.datetime({ offset: true }),
  })
  .strict()
  .refine((value) => new Date(value.closesAt) > new Date(value.opensAt), {
    path: ['closesAt'],
    message: 'must be after opensAt',
  })
  // Live results beside the live list of who has voted would reveal each secret ballot.
  .refine((value) => !(value.secret && value.resultsHidden === false), {
    path: ['resultsHidden'],
    message:
      'must stay on in a secret vote: results shown while people vote, beside who has voted, would reveal how each person voted',
  })
  .meta({ id: 'CreateVoteRoundRequest' });
export type TCreateVoteRoundRequest = z.infer<typeof ZCreateVoteRoundRequest>;

export const ZCastBallotRequest = z
  .object({ content: ZBallotContent })
  .strict()
  .meta({ id: 'CastBallotRequest' });
export type TCastBallotRequest = z.infer<typeof ZCastBallotRequest>;

export const ZMyBallot = z.object({ content: ZBallotContent.nullable() }).meta({ id: 'MyBallot' });
export type TMyBallot = z.infer<typeof ZMyBallot>;

export const ZResultEntry = z.object({
  objective: z.number().int(),
  title: z.string(),
  value: z.number(),
  rank: z.number().int(),
  tiedWith: z.array(z.number().int()),
});

/** How the ballot box adds up (see `TBallotCounts` in ballot-counts.ts for each definition). */
export const ZBallotCounts = z
  .object({
    cast: z.number().int(),
    valid: z.number().int(),
    invalid: z.number().int(),
    partial: z.number().int(),
    eligible: z.number().int(),
    abstaining: z.number().int(),
  })
  .meta({ id: 'BallotCounts' });
export type TBallotCountsResponse = z.infer<typeof ZBallotCounts>;

/** The Condorcet winner (or loser), or why there is none: a cycle of majorities, or tied comparisons. */
export const ZCondorcetOutcome = z
  .object({
    objective: z.number().int().nullable(),
    noneBecause: z.enum(['cycle', 'tie']).nullable(),
  })
  .meta({ id: 'CondorcetOutcome' });

/**
 * The head-to-head counts: `counts[i][j]` ballots prefer `objectives[i]` to `objectives[j]`; null on
 * the diagonal. Over every valid ballot, or (open rounds) over those of one type of organisation.
 */
export const ZPairwiseMatrix = z
  .object({
    organisationType: ZOrganisationType.nullable(),
    ballots: z.number().int(),
    objectives: z.array(z.number().int()),
    counts: z.array(z.array(z.number().int().nullable())),
  })
  .meta({ id: 'PairwiseMatrix' });
export type TPairwiseMatrixResponse = z.infer<typeof ZPairwiseMatrix>;

/** The other counts of a ranked round, beside Schulze (`ranking`) and Borda (`borda`). */
export const ZRankedResults = z
  .object({
    copeland: z.array(ZResultEntry),
    rankedPairs: z.array(ZResultEntry),
    /** Every head-to-head majority in locking order, and whether ranked pairs locked it. */
    majorities: z.array(
      z.object({
        winner: z.number().int(),
        loser: z.number().int(),
        winningVotes: z.number().int(),
        losingVotes: z.number().int(),
        locked: z.boolean(),
      }),
    ),
    smithSet: z.array(z.number().int()),
    condorcetWinner: ZCondorcetOutcome,
    condorcetLoser: ZCondorcetOutcome,
    pairwise: ZPairwiseMatrix,
  })
  .meta({ id: 'RankedResults' });
export type TRankedResults = z.infer<typeof ZRankedResults>;

const ZSha256 = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hexadecimal digits');

export const ZVoteResults = z
  .object({
    roundId: ZUuid,
    method: ZVoteMethod,
    /** Ballots cast (the same as `counts.cast`). */
    ballots: z.number().int(),
    eligible: z.number().int(),
    quorum: z.number().int().nullable(),
    valid: z.boolean(),
    counts: ZBallotCounts,
    /** SHA-256 of the canonical ballot set (decision 0018), recomputable from the ballot export. */
    ballotSetSha256: ZSha256,
    /** The main ranking (Schulze for ranked rounds). */
    ranking: z.array(ZResultEntry),
    /** Ranked rounds: the Borda count beside Schulze, and the Condorcet winner if any. */
    borda: z.array(ZResultEntry).nullable(),
    condorcetWinner: z.number().int().nullable(),
    /** Ranked rounds: Copeland, ranked pairs, the Smith set, Condorcet winner and loser, the matrix. */
    ranked: ZRankedResults.nullable(),
    byOrganisationType: z
      .array(z.object({ type: ZOrganisationType, ballots: z.number().int(), ranking: z.array(ZResultEntry) }))
      .nullable(),
    byCluster: z.array(z.object({ cluster: z.number().int(), ranking: z.array(ZResultEntry) })),
  })
  .meta({ id: 'VoteResults' });
export type TVoteResults = z.infer<typeof ZVoteResults>;

/**
 * GET /api/votes/:roundId/results?organisationType=ngo — the pairwise matrix of ranked rounds over
 * the ballots of one type of organisation. Open rounds only: a secret round refuses it (403), since
 * a small group's matrix would show how its members voted.
 */
export const ZVoteResultsQuery = z
  .object({ organisationType: ZOrganisationType.optional() })
  .strict()
  .meta({ id: 'VoteResultsQuery' });
export type TVoteResultsQuery = z.infer<typeof ZVoteResultsQuery>;

/**
 * GET /api/votes/:roundId/ballots.json — the anonymised ballot set (coordinator): every ballot's
 * content and nothing else, no voter, key, id or time, in the order of their canonical JSON.
 */
export const ZBallotSetExport = z
  .object({
    format: z.literal('gcm-ballot-set'),
    formatVersion: z.literal(1),
    roundId: ZUuid,
    title: z.string(),
    method: ZVoteMethod,
    rules: ZVoteRules,
    options: ZVoteOptions,
    secret: z.boolean(),
    ballotsCast: z.number().int(),
    sha256: ZSha256,
    /** How `sha256` is computed, in one sentence (docs/administration.md has the recipe). */
    hashRecipe: z.string(),
    ballots: z.array(ZBallotContent),
  })
  .meta({ id: 'BallotSetExport' });
export type TBallotSetExport = z.infer<typeof ZBallotSetExport>;

/** One finalised round's ballot-set fingerprint, for the report's annex. */
export const ZBallotSetDigest = z
  .object({
    roundId: ZUuid,
    title: z.string(),
    method: ZVoteMethod,
    ballotsCast: z.number().int(),
    sha256: ZSha256,
  })
  .meta({ id: 'BallotSetDigest' });
export type TBallotSetDigest = z.infer<typeof ZBallotSetDigest>;

export const ZFinalisePrioritiesRequest = z
  .object({
    version: z.number().int().min(1),
    priorities: z
      .array(
        z
          .object({
            objective: z.number().int().min(1).max(23),
            reason: text(5000).min(1, 'give a reason for each objective'),
          })
          .strict(),
      )
      .min(1)
      .max(23),
  })
  .strict()
  .meta({ id: 'FinalisePrioritiesRequest' });
export type TFinalisePrioritiesRequest = z.infer<typeof ZFinalisePrioritiesRequest>;

export const ZPriorityList = z
  .object({
    roundId: ZUuid,
    priorities: z.array(
      z.object({
        position: z.number().int(),
        objective: z.number().int(),
        title: z.string(),
        reason: z.string(),
      }),
    ),
  })
  .meta({ id: 'PriorityList' });
export type TPriorityList = z.infer<typeof ZPriorityList>;

/** POST /api/votes/:voteId/remind: how many e-mails were queued to eligible voters who have not voted. */
export const ZVoteReminderResponse = z
  .object({ queued: z.number().int() })
  .meta({ id: 'VoteReminderResponse' });
export type TVoteReminderResponse = z.infer<typeof ZVoteReminderResponse>;

/**
 * Who may vote in an open round and has not yet (coordinator): from participation only, never
 * from ballots, so it says nothing of how anyone voted. In rounds where organisations vote, each
 * member of a waiting organisation, with the organisation.
 */
export const ZVoteNonVoters = z
  .object({
    nonVoters: z.array(
      z.object({
        personId: ZUuid,
        name: z.string(),
        email: z.string(),
        /** The organisation whose one ballot is awaited (organisation rounds), else null. */
        onBehalfOf: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'VoteNonVoters' });
export type TVoteNonVoters = z.infer<typeof ZVoteNonVoters>;
