import type { AnswerStatus, PriorityObjective, Prisma } from '@gcm/db';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/prisma/prisma.service';
import type { Tx } from '../../infra/prisma/transactions';

/** What question 7's answer is given from the priorities. */
export interface AnswerFields {
  body: string;
  wordCount: number;
  data: Prisma.InputJsonValue;
  status: AnswerStatus;
}

/** A round's finalised priority list, and the answer to question 7 that it becomes. */
@Injectable()
export class PrioritiesRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The priorities in their order (none until the round is finalised). */
  list(roundId: string, db: Tx = this.prisma.client): Promise<PriorityObjective[]> {
    return db.priorityObjective.findMany({ where: { roundId }, orderBy: { position: 'asc' } });
  }

  /** Marks the round finalised if its version is still `version`; false when someone changed it first. */
  async finaliseIfVersion(tx: Tx, roundId: string, version: number, now: Date): Promise<boolean> {
    const { count } = await tx.voteRound.updateMany({
      where: { id: roundId, version },
      data: { finalisedAt: now, version: { increment: 1 } },
    });
    return count === 1;
  }

  async roundVersion(tx: Tx, roundId: string): Promise<number> {
    const round = await tx.voteRound.findUniqueOrThrow({ where: { id: roundId }, select: { version: true } });
    return round.version;
  }

  /** Replaces the round's priority list with `priorities`, in this order. */
  async replace(tx: Tx, roundId: string, priorities: { objective: number; reason: string }[]): Promise<void> {
    await tx.priorityObjective.deleteMany({ where: { roundId } });
    await tx.priorityObjective.createMany({
      data: priorities.map((p, index) => ({
        roundId,
        objective: p.objective,
        position: index + 1,
        reason: p.reason,
      })),
    });
  }

  /** The review's question answered by the priority-objectives table (ESCAP 2020: question 7). */
  priorityQuestion(tx: Tx, reviewId: string): Promise<{ id: string; code: string } | null> {
    return tx.question.findFirst({
      where: { reviewId, answerKind: 'priority_objectives' },
      orderBy: { order: 'asc' },
      select: { id: true, code: true },
    });
  }

  answerOf(tx: Tx, questionId: string): Promise<{ id: string; version: number; body: string } | null> {
    return tx.answer.findUnique({
      where: { questionId },
      select: { id: true, version: true, body: true },
    });
  }

  /** Gives the answer `fields` and `version` if it is still at `current`; false when it changed meanwhile. */
  async updateAnswerIfVersion(
    tx: Tx,
    answerId: string,
    current: number,
    fields: AnswerFields,
    version: number,
  ): Promise<boolean> {
    const { count } = await tx.answer.updateMany({
      where: { id: answerId, version: current },
      data: { ...fields, version },
    });
    return count === 1;
  }

  /** A first answer to the question; returns its id. */
  async createAnswer(tx: Tx, questionId: string, fields: AnswerFields, version: number): Promise<string> {
    const answer = await tx.answer.create({ data: { questionId, ...fields, version } });
    return answer.id;
  }

  async addAnswerRevision(
    tx: Tx,
    revision: {
      answerId: string;
      version: number;
      body: string;
      data: Prisma.InputJsonValue;
      status: AnswerStatus;
      authorId: string;
    },
  ): Promise<void> {
    await tx.answerRevision.create({ data: revision });
  }
}
