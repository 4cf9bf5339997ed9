import type { Prisma } from '@gcm/db';
import { ATTENTION_ITEM_LIMIT } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/prisma/prisma.service';

const organisationRef = { select: { id: true, name: true, shortName: true, type: true } } as const;

/** Assignments not handed in: their due date still counts. */
const OPEN_STATES = ['not_started', 'drafting', 'changes_requested'] as const;

/** Rounds taking ballots at `now`: opened, not closed early, not past their closing time. */
function openRound(reviewId: string, now: Date): Prisma.VoteRoundWhereInput {
  return { reviewId, finalisedAt: null, closedAt: null, opensAt: { lte: now }, closesAt: { gt: now } };
}

/** The reads behind a review's "needs attention" summary: counts and the first few of each kind. */
@Injectable()
export class AttentionRepository {
  constructor(private readonly prisma: PrismaService) {}

  async timeZone(reviewId: string): Promise<string> {
    const review = await this.prisma.client.review.findUniqueOrThrow({
      where: { id: reviewId },
      select: { timeZone: true },
    });
    return review.timeZone;
  }

  /** Questions no organisation leads, in survey order, with how many assignments each has. */
  async questionsWithoutLead(reviewId: string) {
    const where: Prisma.QuestionWhereInput = { reviewId, assignments: { none: { role: 'lead' } } };
    const db = this.prisma.client;
    const total = await db.question.count({ where });
    const withoutAny = await db.question.count({ where: { reviewId, assignments: { none: {} } } });
    const rows = await db.question.findMany({
      where,
      select: { id: true, code: true, prompt: true, _count: { select: { assignments: true } } },
      orderBy: { order: 'asc' },
      take: ATTENTION_ITEM_LIMIT,
    });
    return { total, withoutAny, rows };
  }

  /** Open assignments due before `today` (the review's date), the longest overdue first. */
  async overdue(reviewId: string, today: Date) {
    const where: Prisma.AssignmentWhereInput = {
      reviewId,
      state: { in: [...OPEN_STATES] },
      dueDate: { lt: today },
    };
    const db = this.prisma.client;
    const total = await db.assignment.count({ where });
    const rows = await db.assignment.findMany({
      where,
      select: {
        id: true,
        dueDate: true,
        state: true,
        question: { select: { code: true } },
        organisation: organisationRef,
      },
      orderBy: [{ dueDate: 'asc' }, { question: { order: 'asc' } }, { organisation: { name: 'asc' } }],
      take: ATTENTION_ITEM_LIMIT,
    });
    return { total, rows };
  }

  /** Submitted contributions waiting for the coordinator, the longest waiting first. */
  async submitted(reviewId: string) {
    const where: Prisma.AssignmentWhereInput = { reviewId, state: 'submitted' };
    const db = this.prisma.client;
    const total = await db.assignment.count({ where });
    const rows = await db.assignment.findMany({
      where,
      select: {
        id: true,
        updatedAt: true,
        question: { select: { code: true } },
        organisation: organisationRef,
      },
      orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }],
      take: ATTENTION_ITEM_LIMIT,
    });
    return { total, rows };
  }

  /** Vote rounds open at `now`, the soonest to close first. */
  async openVotes(reviewId: string, now: Date) {
    const where = openRound(reviewId, now);
    const db = this.prisma.client;
    const total = await db.voteRound.count({ where });
    const rows = await db.voteRound.findMany({
      where,
      select: { id: true, title: true, closesAt: true },
      orderBy: [{ closesAt: 'asc' }, { id: 'asc' }],
      take: ATTENTION_ITEM_LIMIT,
    });
    return { total, rows };
  }

  /** E-mails of the review that failed for good, the latest first. */
  async failedEmails(reviewId: string) {
    const where: Prisma.OutboxMessageWhereInput = { reviewId, status: 'failed' };
    const db = this.prisma.client;
    const total = await db.outboxMessage.count({ where });
    const rows = await db.outboxMessage.findMany({
      where,
      select: { id: true, subject: true, updatedAt: true },
      orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
      take: ATTENTION_ITEM_LIMIT,
    });
    return { total, rows };
  }
}
