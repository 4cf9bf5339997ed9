import type { Prisma } from '@gcm/db';
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
import { PrismaService } from '../../infra/prisma/prisma.service';
import { AuditService } from '../audit/audit.service';
import { assertReviewWritable } from '../report/review-writability';
import { duplicateIssues, throwIfAny } from '../workshops/workshop-checks';
import { VoteAccess } from './vote-access.service';
import { momentText, roundState } from './vote-round.mapper';

type Db = Prisma.TransactionClient;

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
    private readonly prisma: PrismaService,
    private readonly voteAccess: VoteAccess,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async get(roundId: string, personId: string): Promise<TPriorityList> {
    await this.voteAccess.round(roundId, personId);
    return this.list(this.prisma.client, roundId);
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
    return this.prisma.client.$transaction(async (tx) => {
      await assertReviewWritable(tx, round.reviewId, { code: '7' });
      const taken = await tx.voteRound.updateMany({
        where: { id: roundId, version: input.version },
        data: { finalisedAt: now, version: { increment: 1 } },
      });
      const previous = await this.list(tx, roundId);
      if (taken.count === 0) {
        const current = await tx.voteRound.findUniqueOrThrow({
          where: { id: roundId },
          select: { version: true },
        });
        throw new AppError(
          'CONFLICT',
          `The vote was changed by someone else: you edited version ${input.version}, it is now version ${current.version}. Reload it and try again.`,
          { current: previous, currentVersion: current.version },
        );
      }
      await tx.priorityObjective.deleteMany({ where: { roundId } });
      await tx.priorityObjective.createMany({
        data: priorities.map((p, index) => ({
          roundId,
          objective: p.objective,
          position: index + 1,
          reason: p.reason,
        })),
      });
      const answer = await this.writeQuestion7(tx, round.reviewId, actorId, priorities);
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
      return this.list(tx, roundId);
    });
  }

  /** Writes question 7's answer (a new draft version with its revision) from the priorities. */
  private async writeQuestion7(
    tx: Db,
    reviewId: string,
    actorId: string,
    priorities: Priority[],
  ): Promise<{ questionId: string; version: number }> {
    const question = await tx.question.findUnique({
      where: { reviewId_code: { reviewId, code: '7' } },
      select: { id: true },
    });
    if (!question) {
      throw new AppError('CONFLICT', 'This review has no question 7 to hold the priority objectives');
    }
    // The table is the answer (data.priorities); the body stays the coordinator's own introduction,
    // so the report does not print the priorities twice. The words counted are the table's.
    const existing = await tx.answer.findUnique({
      where: { questionId: question.id },
      select: { id: true, version: true, body: true },
    });
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
      const taken = await tx.answer.updateMany({
        where: { id: existing.id, version: existing.version },
        data: { ...fields, version },
      });
      if (taken.count === 0) {
        throw new AppError('CONFLICT', 'The answer to question 7 changed meanwhile. Try again.');
      }
      answerId = existing.id;
    } else {
      answerId = (await tx.answer.create({ data: { questionId: question.id, ...fields, version } })).id;
    }
    await tx.answerRevision.create({
      data: { answerId, version, body, data: fields.data, status: 'draft', authorId: actorId },
    });
    return { questionId: question.id, version };
  }

  private async list(db: Db, roundId: string): Promise<TPriorityList> {
    const rows = await db.priorityObjective.findMany({ where: { roundId }, orderBy: { position: 'asc' } });
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
