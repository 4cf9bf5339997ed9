import { AppError, type TVoteNonVoters } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { Clock } from '../../infra/clock/clock';
import { Transactions } from '../../infra/prisma/transactions';
import { MailQueue } from '../../infra/queue/mail-queue';
import { AuditService } from '../audit/audit.service';
import { ReviewWritability } from '../review-state/review-writability';
import { VoteAccess } from './vote-access.service';
import { manualReminderPrefix, REMINDER_KIND, VoteReminderPlanner } from './vote-reminder.planner';
import { VoteRemindersRepository } from './vote-reminders.repository';
import { roundState } from './vote-round.mapper';

/** One manual reminder per round per hour: enough to chase, not enough to spam. */
export const VOTE_REMIND_INTERVAL_MS = 60 * 60 * 1000;

@Injectable()
export class VoteRemindersService {
  constructor(
    private readonly writability: ReviewWritability,
    private readonly transactions: Transactions,
    private readonly reminders: VoteRemindersRepository,
    private readonly voteAccess: VoteAccess,
    private readonly planner: VoteReminderPlanner,
    private readonly audit: AuditService,
    private readonly queue: MailQueue,
    private readonly clock: Clock,
  ) {}

  /** Who may vote in the round and has not yet (coordinator), by name. */
  async nonVoters(roundId: string, actorId: string): Promise<TVoteNonVoters> {
    const { round } = await this.voteAccess.round(roundId, actorId, ['coordinator'], 'see who has not voted');
    const people = await this.transactions.run((tx) => this.planner.nonVoters(tx, round));
    return {
      nonVoters: people
        .map(({ personId, name, email, onBehalfOf }) => ({ personId, name, email, onBehalfOf }))
        .sort(
          (a, b) => (a.onBehalfOf ?? '').localeCompare(b.onBehalfOf ?? '') || a.name.localeCompare(b.name),
        ),
    };
  }

  /** E-mails everyone who may vote in the open round and has not yet. */
  async remind(roundId: string, actorId: string): Promise<{ queued: number }> {
    const { round } = await this.voteAccess.round(roundId, actorId, ['coordinator'], 'send vote reminders');
    const now = this.clock.now();
    const state = roundState(round, now);
    if (state !== 'open') {
      throw new AppError(
        'INVALID_TRANSITION',
        `Nothing to remind: the round ${state === 'scheduled' ? 'has not opened yet' : 'is closed'}`,
      );
    }
    const queued = await this.transactions.run(async (tx) => {
      // Once the report is submitted the review is read-only until an amendment reopens it.
      await this.writability.assertWritable(tx, round.reviewId);
      // One reminder at a time per round: a second click waits here and then sees the first.
      await this.reminders.lockRound(tx, roundId);
      const recent = await this.reminders.latestReminderAt(tx, {
        reviewId: round.reviewId,
        kind: REMINDER_KIND,
        keyPrefix: manualReminderPrefix(roundId),
        since: new Date(now.getTime() - VOTE_REMIND_INTERVAL_MS),
      });
      if (recent) {
        const minutes = Math.max(1, Math.round((now.getTime() - recent.getTime()) / 60_000));
        throw new AppError(
          'RATE_LIMITED',
          `Reminders for this vote went out ${minutes} minute(s) ago. Try again in an hour.`,
          {
            retryAfterSeconds: Math.ceil((recent.getTime() + VOTE_REMIND_INTERVAL_MS - now.getTime()) / 1000),
          },
        );
      }
      const rows = await this.planner.plan(tx, round, `manual:${now.toISOString()}`, now, false);
      await this.audit.record(tx, {
        reviewId: round.reviewId,
        actorId,
        action: 'vote_round.reminded',
        targetType: 'vote_round',
        targetId: roundId,
        after: { queued: rows.length },
      });
      return rows;
    });
    await this.queue.enqueueAfterCommit(queued);
    return { queued: queued.length };
  }
}
