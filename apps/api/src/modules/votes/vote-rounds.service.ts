import type { Prisma } from '@gcm/db';
import { AppError, type TVoteRound } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { Clock } from '../../infra/clock/clock';
import { PrismaService } from '../../infra/prisma/prisma.service';
import { AccessService, type ReviewAccess } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { OutboxRepository } from '../outbox/outbox.repository';
import { VoteAccess } from './vote-access.service';
import { autoReminderKey } from './vote-reminder.planner';
import {
  closedAtOf,
  momentText,
  type RoundRow,
  roundInclude,
  roundState,
  toVoteRound,
} from './vote-round.mapper';

/** Reading rounds (any member) and closing one early (coordinator). */
@Injectable()
export class VoteRoundsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly access: AccessService,
    private readonly voteAccess: VoteAccess,
    private readonly audit: AuditService,
    private readonly outbox: OutboxRepository,
    private readonly clock: Clock,
  ) {}

  async list(reviewId: string, personId: string): Promise<TVoteRound[]> {
    const access = await this.access.forReview(reviewId, personId);
    const rows = await this.prisma.client.voteRound.findMany({
      where: { reviewId },
      include: roundInclude,
      orderBy: [{ opensAt: 'desc' }, { createdAt: 'desc' }],
    });
    return Promise.all(rows.map((row) => this.view(row, access)));
  }

  async get(roundId: string, personId: string): Promise<TVoteRound> {
    const { access, round } = await this.voteAccess.round(roundId, personId);
    return this.view(round, access);
  }

  /** The round as the person sees it: its state now, the turnout, and whether they may vote and have. */
  async view(
    round: RoundRow,
    access: ReviewAccess,
    db: Prisma.TransactionClient = this.prisma.client,
  ): Promise<TVoteRound> {
    const [ballots, eligible, voterId] = await Promise.all([
      db.ballot.count({ where: { roundId: round.id } }),
      db.voteEligibility.count({ where: { roundId: round.id } }),
      this.voteAccess.voterId(round, access, db),
    ]);
    const participation = voterId
      ? await db.voteParticipation.findUnique({
          where: { roundId_voterKey: { roundId: round.id, voterKey: voterId } },
          select: { roundId: true },
        })
      : null;
    return toVoteRound(
      round,
      { ballots, eligible, me: { eligible: voterId !== null, voted: participation !== null } },
      this.clock.now(),
    );
  }

  /** Closes an open round now; ballots being cast at this moment are counted, later ones refused. */
  async close(roundId: string, actorId: string): Promise<TVoteRound> {
    const { access, round } = await this.voteAccess.round(roundId, actorId, ['coordinator'], 'close votes');
    const now = this.clock.now();
    const closed = await this.prisma.client.$transaction(async (tx) => {
      const taken = await tx.voteRound.updateMany({
        where: {
          id: roundId,
          closedAt: null,
          finalisedAt: null,
          opensAt: { lte: now },
          closesAt: { gt: now },
        },
        data: { closedAt: now, version: { increment: 1 } },
      });
      const row = await tx.voteRound.findUniqueOrThrow({ where: { id: roundId }, include: roundInclude });
      if (taken.count === 0) throw notOpen(row, now);
      await this.outbox.cancelPending(
        tx,
        { dedupeKey: autoReminderKey(roundId) },
        'the round was closed early',
      );
      await this.audit.record(tx, {
        reviewId: round.reviewId,
        actorId,
        action: 'vote_round.closed',
        targetType: 'vote_round',
        targetId: roundId,
        before: { closesAt: round.closesAt.toISOString(), version: row.version - 1 },
        after: {
          closedAt: now.toISOString(),
          ballots: await tx.ballot.count({ where: { roundId } }),
          version: row.version,
        },
      });
      return row;
    });
    return this.view(closed, access);
  }
}

function notOpen(row: RoundRow, now: Date): AppError {
  const zone = row.review.timeZone;
  const closedAt = closedAtOf(row, now);
  if (roundState(row, now) === 'scheduled') {
    return new AppError(
      'INVALID_TRANSITION',
      `The round has not opened yet (it opens on ${momentText(row.opensAt, zone)}); there is nothing to close`,
    );
  }
  return new AppError(
    'INVALID_TRANSITION',
    `The round is already closed (since ${momentText(closedAt ?? row.closesAt, zone)})`,
  );
}
