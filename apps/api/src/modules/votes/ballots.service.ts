import {
  AppError,
  type TCastBallotRequest,
  type TMyBallot,
  type TValidBallot,
  validateBallot,
} from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { Clock } from '../../infra/clock/clock';
import { Transactions, type Tx } from '../../infra/prisma/transactions';
import { AuditService } from '../audit/audit.service';
import { ReviewWritability } from '../review-state/review-writability';
import { BallotBoxRepository, type RoundTimesRow } from './ballot-box.repository';
import { VoteAccess } from './vote-access.service';
import { closedAtOf, momentText, rulesOf } from './vote-round.mapper';
import type { RoundRow } from './vote-rounds.repository';

const TRANSACTION = { maxWait: 15_000, timeout: 15_000 };

/** Ballots are taken only while the round is open: before, it has not started; after, it is over. */
function assertOpen(times: RoundTimesRow, now: Date, timeZone: string): void {
  const closed = closedAtOf(times, now);
  if (closed) {
    throw new AppError(
      'INVALID_TRANSITION',
      `The round closed on ${momentText(closed, timeZone)}; ballots can no longer be cast or changed`,
    );
  }
  if (now < times.opensAt) {
    throw new AppError(
      'INVALID_TRANSITION',
      `The round opens on ${momentText(times.opensAt, timeZone)}; ballots cannot be cast before then`,
    );
  }
}

interface Cast {
  round: RoundRow;
  voterId: string;
  personId: string;
  content: TValidBallot;
}

/** Casting, changing and reading one's own ballot. */
@Injectable()
export class BallotsService {
  constructor(
    private readonly writability: ReviewWritability,
    private readonly transactions: Transactions,
    private readonly voteAccess: VoteAccess,
    private readonly ballotBox: BallotBoxRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Casts the caller's ballot, or replaces the one they cast before: there is never a second ballot. */
  async cast(roundId: string, personId: string, input: TCastBallotRequest): Promise<TMyBallot> {
    const { access, round } = await this.voteAccess.round(roundId, personId);
    const voterId = await this.voteAccess.requireVoter(round, access);
    assertOpen(round, this.clock.now(), round.review.timeZone);
    const content = validateBallot(rulesOf(round), round.options, input.content);
    const cast = { round, voterId, personId, content };
    await (round.secret ? this.castSecret(cast) : this.castOpen(cast));
    return { content };
  }

  async mine(roundId: string, personId: string): Promise<TMyBallot> {
    const { access, round } = await this.voteAccess.round(roundId, personId);
    const voterId = await this.voteAccess.requireVoter(round, access);
    const key = this.voteAccess.ballotKey(round, voterId);
    return { content: await this.ballotBox.contentOf(roundId, key) };
  }

  /** An open round: the ballot (its version goes up on a change), the participation and the audit event at once. */
  private async castOpen({ round, voterId, personId, content }: Cast): Promise<void> {
    await this.transactions.run(async (tx) => {
      // Once the report is submitted the review is read-only until an amendment reopens it.
      await this.writability.assertWritable(tx, round.reviewId);
      await this.lockOpen(tx, round);
      const version = await this.ballotBox.upsertBallot(tx, {
        roundId: round.id,
        voterKey: this.voteAccess.ballotKey(round, voterId),
        personId,
        content,
      });
      await this.ballotBox.recordParticipation(tx, { roundId: round.id, voterId, personId });
      await this.audit.record(tx, {
        reviewId: round.reviewId,
        actorId: personId,
        action: 'ballot.cast',
        targetType: 'vote_round',
        targetId: round.id,
        after: {
          version,
          ...(round.eligibility === 'organisation' ? { organisationId: voterId } : {}),
        },
      });
    }, TRANSACTION);
  }

  /**
   * A secret round, in two transactions so that no ballot row shares an xmin with a participation
   * or audit row. The first rewrites the round's ballot set with this ballot in it (casts are
   * serialised on the round's row). The second, once the first has committed, records that the
   * voter took part, and an audit event that says only that they submitted a ballot: not what,
   * and not whether it was their first. If the second fails, the ballot is counted and the voter
   * is shown as not having voted; voting again finds their ballot by its key, replaces it and
   * records the participation.
   */
  private async castSecret({ round, voterId, personId, content }: Cast): Promise<void> {
    const voterKey = this.voteAccess.ballotKey(round, voterId);
    await this.transactions.run(async (tx) => {
      // Once the report is submitted the review is read-only until an amendment reopens it.
      await this.writability.assertWritable(tx, round.reviewId);
      await this.lockOpen(tx, round);
      const found = (await this.ballotBox.contentOf(round.id, voterKey, tx)) !== null;
      if (!found && (await this.ballotBox.hasParticipated(round.id, voterId, tx))) {
        throw new AppError(
          'CONFLICT',
          'Your ballot in this secret vote can no longer be told apart from the others (it was cast before an upgrade of the application or a change of its secret key), so it cannot be changed. It is counted as you cast it.',
        );
      }
      await this.ballotBox.rewriteSecretBallots(tx, { roundId: round.id, voterKey, content });
    }, TRANSACTION);
    await this.transactions.run(async (tx) => {
      await this.ballotBox.recordParticipation(tx, { roundId: round.id, voterId, personId });
      await this.audit.record(tx, {
        reviewId: round.reviewId,
        actorId: personId,
        action: 'ballot.cast',
        targetType: 'vote_round',
        targetId: round.id,
      });
    }, TRANSACTION);
  }

  /** Takes the round's lock for a ballot (see lockRoundForBallot) and checks, under it, that the round is open. */
  private async lockOpen(tx: Tx, round: RoundRow): Promise<void> {
    const times = await this.ballotBox.lockRoundForBallot(tx, round.id, round.secret);
    if (!times) throw new AppError('NOT_FOUND', 'There is no vote with this id');
    assertOpen(times, this.clock.now(), round.review.timeZone);
  }
}
