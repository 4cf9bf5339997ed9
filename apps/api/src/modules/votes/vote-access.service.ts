import { AppError, type TReviewRole } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { Secrets } from '../../infra/secrets/secrets';
import { AccessService, type ReviewAccess } from '../access/access.service';
import { type RoundRow, VoteRoundsRepository } from './vote-rounds.repository';

const ANY_ROLE: readonly TReviewRole[] = ['coordinator', 'contributor', 'stakeholder', 'observer'];
const NOT_FOUND = 'There is no vote with this id';

/** Access to a vote round through its review (404 alike for outsiders and unknown rounds), and who votes. */
@Injectable()
export class VoteAccess {
  constructor(
    private readonly rounds: VoteRoundsRepository,
    private readonly access: AccessService,
    private readonly secrets: Secrets,
  ) {}

  /**
   * The key of a voter's one ballot. In an open round, their id (a person, or the organisation they
   * vote for). In a secret round, an HMAC of the round and voter ids under a key derived from
   * SECRET_KEY, which is not in the database: whoever reads the database cannot recompute it, and
   * the application can, to let the voter read and change their ballot.
   */
  ballotKey(round: Pick<RoundRow, 'id' | 'secret'>, voterId: string): string {
    return round.secret ? this.secrets.mac('ballot-voter-key', `${round.id}:${voterId}`) : voterId;
  }

  async round(
    roundId: string,
    personId: string,
    roles: readonly TReviewRole[] = ANY_ROLE,
    doing = 'see votes',
  ): Promise<{ access: ReviewAccess; round: RoundRow }> {
    const round = await this.rounds.findById(roundId);
    if (!round) throw new AppError('NOT_FOUND', NOT_FOUND);
    try {
      return { access: await this.access.require(round.reviewId, personId, roles, doing), round };
    } catch (error) {
      if (error instanceof AppError && error.code === 'NOT_FOUND') throw new AppError('NOT_FOUND', NOT_FOUND);
      throw error;
    }
  }

  /**
   * Whom the person votes as in this round: themselves when people vote, their organisation (as a
   * member of the review) when organisations vote; null when they are not on the list of voters.
   */
  async voterId(round: Pick<RoundRow, 'id' | 'eligibility'>, access: ReviewAccess): Promise<string | null> {
    if (round.eligibility === 'person') {
      return (await this.rounds.isEligiblePerson(round.id, access.personId)) ? access.personId : null;
    }
    if (!access.organisationId) return null;
    return (await this.rounds.isEligibleOrganisation(round.id, access.organisationId))
      ? access.organisationId
      : null;
  }

  async requireVoter(round: RoundRow, access: ReviewAccess): Promise<string> {
    const voterId = await this.voterId(round, access);
    if (!voterId) throw new AppError('FORBIDDEN', 'You are not on the list of voters for this round');
    return voterId;
  }
}
