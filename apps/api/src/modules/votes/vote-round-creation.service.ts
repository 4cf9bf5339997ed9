import { GCM_OBJECTIVES, type TCreateVoteRoundRequest, type TVoteRound, type TVoteRules } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { Clock } from '../../infra/clock/clock';
import type { FieldError } from '../../infra/http/validation.pipe';
import { Transactions } from '../../infra/prisma/transactions';
import { MailQueue } from '../../infra/queue/mail-queue';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import type { Enqueue } from '../outbox/outbox-planner.service';
import { ReviewWritability } from '../review-state/review-writability';
import { duplicateIssues, memberIssues, organisationIssues, throwIfAny } from '../workshops/workshop-checks';
import { VoteReminderPlanner } from './vote-reminder.planner';
import { VoteRoundsRepository } from './vote-rounds.repository';
import { VoteRoundsService } from './vote-rounds.service';

/** Limits of the rules that cannot exceed the number of objectives on the ballot. */
function ruleIssues(rules: TVoteRules, options: readonly number[]): FieldError[] {
  const limit =
    rules.method === 'approval'
      ? { path: 'rules.maxPicks', value: rules.maxPicks }
      : rules.method === 'ranked' && rules.maxRanks !== null
        ? { path: 'rules.maxRanks', value: rules.maxRanks }
        : null;
  return limit && limit.value > options.length
    ? [
        {
          path: limit.path,
          message: `must be at most ${options.length}, the number of objectives on the ballot`,
        },
      ]
    : [];
}

/** Setting up a prioritisation vote (coordinator). */
@Injectable()
export class VoteRoundCreationService {
  constructor(
    private readonly writability: ReviewWritability,
    private readonly transactions: Transactions,
    private readonly repository: VoteRoundsRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly planner: VoteReminderPlanner,
    private readonly queue: MailQueue,
    private readonly rounds: VoteRoundsService,
  ) {}

  async create(reviewId: string, actorId: string, input: TCreateVoteRoundRequest): Promise<TVoteRound> {
    const access = await this.access.require(reviewId, actorId, ['coordinator'], 'run votes');
    const now = this.clock.now();
    const options = input.options ?? GCM_OBJECTIVES.map((objective) => objective.number);
    const opensAt = new Date(input.opensAt);
    const closesAt = new Date(input.closesAt);
    // The contract refuses a secret round with results shown; a secret round always hides them.
    const resultsHidden = input.secret || (input.resultsHidden ?? false);
    const voterPath = (index: number) => `voterIds.${index}`;
    const issues: FieldError[] = [
      ...ruleIssues(input.rules, options),
      ...duplicateIssues(input.voterIds, voterPath),
      ...(closesAt <= now ? [{ path: 'closesAt', message: 'must be in the future' }] : []),
    ];
    const enqueue: Enqueue = [];
    const round = await this.transactions.run(async (tx) => {
      // Once the report is submitted the review is read-only until an amendment reopens it.
      await this.writability.assertWritable(tx, reviewId);
      if (input.workshopId && !(await this.repository.isWorkshopOf(tx, reviewId, input.workshopId))) {
        issues.push({ path: 'workshopId', message: 'is not a workshop of this review' });
      }
      issues.push(
        ...(input.eligibility === 'person'
          ? memberIssues(
              input.voterIds,
              await this.repository.membersAmong(tx, reviewId, input.voterIds),
              voterPath,
            )
          : organisationIssues(
              input.voterIds,
              await this.repository.organisationsAmong(tx, reviewId, input.voterIds),
              voterPath,
            )),
      );
      throwIfAny(issues);
      const row = await this.repository.create(tx, {
        reviewId,
        workshopId: input.workshopId,
        title: input.title,
        rules: input.rules,
        options,
        eligibility: input.eligibility,
        secret: input.secret,
        resultsHidden,
        quorum: input.quorum,
        opensAt,
        closesAt,
        voterIds: input.voterIds,
      });
      enqueue.push(...(await this.planner.planAutomatic(tx, row, now)));
      // Everyone who may vote hears when it opens (now, if it already has) and when it closes.
      enqueue.push(
        ...(await this.planner.planAnnouncement(tx, row, 'opened', row.opensAt > now ? row.opensAt : now)),
        ...(await this.planner.planAnnouncement(tx, row, 'closed', row.closesAt)),
      );
      await this.audit.record(tx, {
        reviewId,
        actorId,
        action: 'vote_round.created',
        targetType: 'vote_round',
        targetId: row.id,
        after: {
          title: row.title,
          workshopId: row.workshopId,
          rules: input.rules,
          options,
          eligibility: row.eligibility,
          voters: input.voterIds.length,
          secret: row.secret,
          resultsHidden,
          quorum: row.quorum,
          opensAt: opensAt.toISOString(),
          closesAt: closesAt.toISOString(),
        },
      });
      return row;
    });
    await this.queue.enqueueAfterCommit(enqueue);
    return this.rounds.view(round, access);
  }
}
