import type { ContributionState, Prisma } from '@gcm/db';
import { fromDateColumn } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/prisma/prisma.service';

const organisationRef = { select: { id: true, name: true, shortName: true, type: true } } as const;

const reviewSummarySelect = {
  id: true,
  title: true,
  country: true,
  cycle: true,
  templateKey: true,
  templateVersion: true,
  status: true,
  timeZone: true,
  finalDueDate: true,
  finalDueTime: true,
  workspaceId: true,
  coordinatingOrganisation: organisationRef,
  _count: { select: { questions: true } },
} satisfies Prisma.ReviewSelect;

/** `T` with its date column `K` as YYYY-MM-DD. */
type WithCalendarDate<T, K extends keyof T> = Omit<T, K> & { [key in K]: string };

export type ReviewSummaryRow = WithCalendarDate<
  Prisma.ReviewGetPayload<{ select: typeof reviewSummarySelect }>,
  'finalDueDate'
>;

const reviewDetailInclude = {
  coordinatingOrganisation: organisationRef,
  carriedForwardFrom: { select: { id: true, cycle: true, title: true } },
  // The first coordinator, whose address answers the review's e-mails when nothing else does.
  memberships: {
    where: { role: 'coordinator', acceptedAt: { not: null } },
    orderBy: { createdAt: 'asc' },
    take: 1,
    select: { person: { select: { email: true } } },
  },
  _count: { select: { questions: true } },
  questions: {
    orderBy: { order: 'asc' },
    include: {
      assignments: {
        orderBy: [{ role: 'asc' }, { organisation: { name: 'asc' } }],
        include: { organisation: organisationRef },
      },
    },
  },
} satisfies Prisma.ReviewInclude;

type ReviewDetailRecord = Prisma.ReviewGetPayload<{ include: typeof reviewDetailInclude }>;
type QuestionRecord = ReviewDetailRecord['questions'][number];

export type ReviewDetailRow = WithCalendarDate<Omit<ReviewDetailRecord, 'questions'>, 'finalDueDate'> & {
  questions: (Omit<QuestionRecord, 'assignments'> & {
    assignments: WithCalendarDate<QuestionRecord['assignments'][number], 'dueDate'>[];
  })[];
};

export interface AssignmentStateRow {
  reviewId: string;
  state: ContributionState;
  /** YYYY-MM-DD */
  dueDate: string;
}

@Injectable()
export class ReviewsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Reviews the person is a member of (archived ones only when the filter asks for them). */
  async listSummaries(
    personId: string,
    filter: { status?: ReviewSummaryRow['status']; country?: string },
  ): Promise<ReviewSummaryRow[]> {
    const rows = await this.prisma.client.review.findMany({
      where: {
        memberships: { some: { personId, acceptedAt: { not: null } } },
        // Archived reviews stay readable by their id but leave the list unless asked for.
        status: filter.status ?? { not: 'archived' },
        country: filter.country ? { equals: filter.country, mode: 'insensitive' } : undefined,
      },
      orderBy: [{ cycle: 'desc' }, { country: 'asc' }],
      select: reviewSummarySelect,
    });
    return rows.map((row) => ({ ...row, finalDueDate: fromDateColumn(row.finalDueDate) }));
  }

  /** State and due date of every assignment of the given reviews, for progress counts. */
  async assignmentStates(reviewIds: string[]): Promise<AssignmentStateRow[]> {
    if (reviewIds.length === 0) return [];
    const rows = await this.prisma.client.assignment.findMany({
      where: { reviewId: { in: reviewIds } },
      select: { reviewId: true, state: true, dueDate: true },
    });
    return rows.map((row) => ({ ...row, dueDate: fromDateColumn(row.dueDate) }));
  }

  async findDetail(reviewId: string): Promise<ReviewDetailRow | null> {
    const row = await this.prisma.client.review.findUnique({
      where: { id: reviewId },
      include: reviewDetailInclude,
    });
    if (!row) return null;
    return {
      ...row,
      finalDueDate: fromDateColumn(row.finalDueDate),
      questions: row.questions.map((question) => ({
        ...question,
        assignments: question.assignments.map((assignment) => ({
          ...assignment,
          dueDate: fromDateColumn(assignment.dueDate),
        })),
      })),
    };
  }
}
