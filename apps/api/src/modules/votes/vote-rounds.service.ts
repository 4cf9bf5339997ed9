import { AppError, type TVoteRound } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { Clock } from '../../infra/clock/clock';
import { Transactions } from '../../infra/prisma/transactions';
import { MailQueue } from '../../infra/queue/mail-queue';
import { AccessService, type ReviewAccess } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { OutboxRepository } from '../outbox/outbox.repository';
import type { Enqueue } from '../outbox/outbox-planner.service';
import { ReviewWritability } from '../review-state/review-writability';
import { BallotBoxRepository } from './ballot-box.repository';
import { VoteAccess } from './vote-access.service';
import { announcementKey, autoReminderKey, VoteReminderPlanner } from './vote-reminder.planner';
import { closedAtOf, momentText, roundState, toVoteRound } from './vote-round.mapper';
import { type RoundRow, VoteRoundsRepository } from './vote-rounds.repository';

/** Reading rounds (any member) and closing one early (coordinator). */
@Injectable()
export class VoteRoundsService {
  constructor(
    private readonly writability: ReviewWritability,
    private readonly transactions: Transactions,
    private readonly rounds: VoteRoundsRepository,
    private readonly ballotBox: BallotBoxRepository,
    private readonly access: AccessService,
    private readonly voteAccess: VoteAccess,
    private readonly audit: AuditService,
    private readonly outbox: OutboxRepository,
    private readonly clock: Clock,
    private readonly planner: VoteReminderPlanner,
    private readonly queue: MailQueue,
  ) {}

  async list(reviewId: string, personId: string): Promise<TVoteRound[]> {
    const access = await this.access.forReview(reviewId, personId);
    const rows = await this.rounds.ofReview(reviewId);
    return Promise.all(rows.map((row) => this.view(row, access)));
  }

  async get(roundId: string, personId: string): Promise<TVoteRound> {
    const { access, round } = await this.voteAccess.round(roundId, personId);
    return this.view(round, access);
  }

  /** The round as the person sees it: its state now, the turnout, and whether they may vote and have. */
  async view(round: RoundRow, access: ReviewAccess): Promise<TVoteRound> {
    const [ballots, eligible, voterId] = await Promise.all([
      this.ballotBox.ballotCount(round.id),
      this.rounds.eligibleCount(round.id),
      this.voteAccess.voterId(round, access),
    ]);
    const voted = voterId ? await this.ballotBox.hasParticipated(round.id, voterId) : false;
    return toVoteRound(
      round,
      { ballots, eligible, me: { eligible: voterId !== null, voted } },
      this.clock.now(),
    );
  }

  /** Closes an open round now; ballots being cast at this moment are counted, later ones refused. */
  async close(roundId: string, actorId: string): Promise<TVoteRound> {
    const { access, round } = await this.voteAccess.round(roundId, actorId, ['coordinator'], 'close votes');
    const now = this.clock.now();
    const enqueue: Enqueue = [];
    const closed = await this.transactions.run(async (tx) => {
      // Once the report is submitted the review is read-only until an amendment reopens it.
      await this.writability.assertWritable(tx, round.reviewId);
      const taken = await this.rounds.closeIfOpen(tx, roundId, now);
      const row = await this.rounds.current(tx, roundId);
      if (!taken) throw notOpen(row, now);
      await this.outbox.cancelPending(
        tx,
        { dedupeKey: { in: [autoReminderKey(roundId), announcementKey(roundId, 'closed')] } },
        'the round was closed early',
      );
      enqueue.push(...(await this.planner.planAnnouncement(tx, row, 'closed', now, true)));
      await this.audit.record(tx, {
        reviewId: round.reviewId,
        actorId,
        action: 'vote_round.closed',
        targetType: 'vote_round',
        targetId: roundId,
        before: { closesAt: round.closesAt.toISOString(), version: row.version - 1 },
        after: {
          closedAt: now.toISOString(),
          ballots: await this.ballotBox.ballotCount(roundId, tx),
          version: row.version,
        },
      });
      return row;
    });
    await this.queue.enqueueAfterCommit(enqueue);
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
