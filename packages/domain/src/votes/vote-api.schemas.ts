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

export const ZVoteResults = z
  .object({
    roundId: ZUuid,
    method: ZVoteMethod,
    ballots: z.number().int(),
    eligible: z.number().int(),
    quorum: z.number().int().nullable(),
    valid: z.boolean(),
    /** The main ranking (Schulze for ranked rounds). */
    ranking: z.array(ZResultEntry),
    /** Ranked rounds: the Borda count beside Schulze, and the Condorcet winner if any. */
    borda: z.array(ZResultEntry).nullable(),
    condorcetWinner: z.number().int().nullable(),
    byOrganisationType: z
      .array(z.object({ type: ZOrganisationType, ballots: z.number().int(), ranking: z.array(ZResultEntry) }))
      .nullable(),
    byCluster: z.array(z.object({ cluster: z.number().int(), ranking: z.array(ZResultEntry) })),
  })
  .meta({ id: 'VoteResults' });
export type TVoteResults = z.infer<typeof ZVoteResults>;

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
