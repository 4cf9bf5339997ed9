import { AppError, type TCastBallotRequest, type TMyBallot, validateBallot } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { Clock } from '../../infra/clock/clock';
import { PrismaService } from '../../infra/prisma/prisma.service';
import { AuditService } from '../audit/audit.service';
import { BallotBoxRepository, type RoundTimesRow } from './ballot-box.repository';
import { VoteAccess, voterKeyOf } from './vote-access.service';
import { closedAtOf, momentText, type RoundRow, rulesOf } from './vote-round.mapper';

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

/** Casting, changing and reading one's own ballot. */
@Injectable()
export class BallotsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly voteAccess: VoteAccess,
    private readonly ballotBox: BallotBoxRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * Casts the caller's ballot, or replaces the one they cast before (its version goes up; there is
   * never a second ballot). In a secret round the ballot carries no person and the audit event no actor.
   */
  async cast(roundId: string, personId: string, input: TCastBallotRequest): Promise<TMyBallot> {
    const { access, round } = await this.voteAccess.round(roundId, personId);
    const voterId = await this.voteAccess.requireVoter(round, access);
    const now = this.clock.now();
    assertOpen(round, now, round.review.timeZone);
    const content = validateBallot(rulesOf(round), round.options, input.content);
    await this.prisma.client.$transaction(
      async (tx) => {
        const times = await this.ballotBox.lockRoundForBallot(tx, roundId);
        if (!times) throw new AppError('NOT_FOUND', 'There is no vote with this id');
        assertOpen(times, this.clock.now(), round.review.timeZone);
        const version = await this.ballotBox.upsertBallot(tx, {
          roundId,
          voterKey: voterKeyOf(round, voterId),
          personId: round.secret ? null : personId,
          content,
        });
        await this.ballotBox.recordParticipation(tx, { roundId, voterId, personId });
        await this.audit.record(
          tx,
          round.secret
            ? {
                reviewId: round.reviewId,
                actorId: null,
                action: 'ballot.cast',
                targetType: 'vote_round',
                targetId: roundId,
              }
            : {
                reviewId: round.reviewId,
                actorId: personId,
                action: 'ballot.cast',
                targetType: 'vote_round',
                targetId: roundId,
                after: {
                  version,
                  ...(round.eligibility === 'organisation' ? { organisationId: voterId } : {}),
                },
              },
        );
      },
      { maxWait: 15_000, timeout: 15_000 },
    );
    return { content };
  }

  async mine(roundId: string, personId: string): Promise<TMyBallot> {
    const { access, round } = await this.voteAccess.round(roundId, personId);
    const voterId = await this.voteAccess.requireVoter(round, access);
    return { content: await this.ballotOf(round, voterId) };
  }

  private async ballotOf(round: RoundRow, voterId: string): Promise<TMyBallot['content']> {
    const ballot = await this.prisma.client.ballot.findUnique({
      where: { roundId_voterKey: { roundId: round.id, voterKey: voterKeyOf(round, voterId) } },
      select: { content: true },
    });
    return (ballot?.content as TMyBallot['content'] | undefined) ?? null;
  }
}
