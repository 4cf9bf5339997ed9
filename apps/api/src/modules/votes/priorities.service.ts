import {
  AppError,
  countWords,
  objectiveByNumber,
  type TFinalisePrioritiesRequest,
  type TPriorityList,
} from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { Clock } from '../../infra/clock/clock';
import type { FieldError } from '../../infra/http/validation.pipe';
import { Transactions, type Tx } from '../../infra/prisma/transactions';
import { AuditService } from '../audit/audit.service';
import { ReviewWritability } from '../review-state/review-writability';
import { duplicateIssues, throwIfAny } from '../workshops/workshop-checks';
import { PrioritiesRepository } from './priorities.repository';
import { VoteAccess } from './vote-access.service';
import { momentText, roundState } from './vote-round.mapper';

interface Priority {
  objective: number;
  title: string;
  reason: string;
}

const titleOf = (objective: number) => objectiveByNumber(objective)?.title ?? `Objective ${objective}`;

/** Question 7 as plain text: "7. Address and reduce vulnerabilities in migration — <reason>", one a line. */
export function prioritiesText(priorities: readonly Priority[]): string {
  return priorities.map((p) => `${p.objective}. ${p.title} — ${p.reason}`).join('\n');
}

/**
 * The finalised priority list of a round (with a reason for each objective), which becomes the
 * answer to question 7 of the review.
 */
@Injectable()
export class PrioritiesService {
  constructor(
    private readonly writability: ReviewWritability,
    private readonly transactions: Transactions,
    private readonly repository: PrioritiesRepository,
    private readonly voteAccess: VoteAccess,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async get(roundId: string, personId: string): Promise<TPriorityList> {
    await this.voteAccess.round(roundId, personId);
    return this.list(roundId);
  }

  async finalise(
    roundId: string,
    actorId: string,
    input: TFinalisePrioritiesRequest,
  ): Promise<TPriorityList> {
    const { round } = await this.voteAccess.round(
      roundId,
      actorId,
      ['coordinator'],
      'finalise the priorities',
    );
    const now = this.clock.now();
    const state = roundState(round, now);
    if (state === 'scheduled' || state === 'open') {
      throw new AppError(
        'INVALID_TRANSITION',
        `The round is still ${state === 'open' ? 'open' : 'to come'} (it closes on ${momentText(round.closesAt, round.review.timeZone)}); close it before finalising the priorities`,
      );
    }
    const objectives = input.priorities.map((p) => p.objective);
    const onBallot = new Set(round.options);
    throwIfAny([
      ...duplicateIssues(objectives.map(String), (index) => `priorities.${index}.objective`),
      ...objectives.flatMap((objective, index): FieldError[] =>
        onBallot.has(objective)
          ? []
          : [
              {
                path: `priorities.${index}.objective`,
                message: `objective ${objective} was not on the ballot`,
              },
            ],
      ),
    ]);
    const priorities: Priority[] = input.priorities.map((p) => ({
      objective: p.objective,
      title: titleOf(p.objective),
      reason: p.reason,
    }));
    return this.transactions.run(async (tx) => {
      const question = await this.repository.priorityQuestion(tx, round.reviewId);
      if (!question) {
        throw new AppError(
          'CONFLICT',
          'This review’s questionnaire has no priority-objectives question to hold the priorities',
        );
      }
      await this.writability.assertWritable(tx, round.reviewId, { code: question.code });
      const taken = await this.repository.finaliseIfVersion(tx, roundId, input.version, now);
      const previous = await this.list(roundId, tx);
      if (!taken) {
        const currentVersion = await this.repository.roundVersion(tx, roundId);
        throw new AppError(
          'CONFLICT',
          `The vote was changed by someone else: you edited version ${input.version}, it is now version ${currentVersion}. Reload it and try again.`,
          { current: previous, currentVersion },
        );
      }
      await this.repository.replace(tx, roundId, priorities);
      const answer = await this.writeQuestion7(tx, question.id, actorId, priorities);
      await this.audit.record(tx, {
        reviewId: round.reviewId,
        actorId,
        action: 'vote_round.priorities_finalised',
        targetType: 'vote_round',
        targetId: roundId,
        questionId: answer.questionId,
        before: {
          version: input.version,
          priorities: previous.priorities.map(({ objective, reason }) => ({ objective, reason })),
        },
        after: {
          version: input.version + 1,
          priorities: priorities.map(({ objective, reason }) => ({ objective, reason })),
          answerVersion: answer.version,
        },
      });
      return this.list(roundId, tx);
    });
  }

  /** Writes the priority question's answer (a new draft version with its revision) from the priorities. */
  private async writeQuestion7(
    tx: Tx,
    questionId: string,
    actorId: string,
    priorities: Priority[],
  ): Promise<{ questionId: string; version: number }> {
    // The table is the answer (data.priorities); the body stays the coordinator's own introduction,
    // so the report does not print the priorities twice. The words counted are the table's.
    const existing = await this.repository.answerOf(tx, questionId);
    const body = existing?.body ?? '';
    const fields = {
      body,
      wordCount: countWords(`${body}\n${prioritiesText(priorities)}`),
      data: { priorities: priorities.map(({ objective, title, reason }) => ({ objective, title, reason })) },
      status: 'draft' as const,
    };
    const version = (existing?.version ?? 0) + 1;
    let answerId: string;
    if (existing) {
      const taken = await this.repository.updateAnswerIfVersion(
        tx,
        existing.id,
        existing.version,
        fields,
        version,
      );
      if (!taken) {
        throw new AppError('CONFLICT', 'The answer to question 7 changed meanwhile. Try again.');
      }
      answerId = existing.id;
    } else {
      answerId = await this.repository.createAnswer(tx, questionId, fields, version);
    }
    await this.repository.addAnswerRevision(tx, {
      answerId,
      version,
      body,
      data: fields.data,
      status: 'draft',
      authorId: actorId,
    });
    return { questionId, version };
  }

  private async list(roundId: string, db?: Tx): Promise<TPriorityList> {
    const rows = await this.repository.list(roundId, db);
    return {
      roundId,
      priorities: rows.map((row) => ({
        position: row.position,
        objective: row.objective,
        title: titleOf(row.objective),
        reason: row.reason,
      })),
    };
  }
}
