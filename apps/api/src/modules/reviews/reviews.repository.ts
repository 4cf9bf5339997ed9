import type { ContributionState, Prisma } from '@gcm/db';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/prisma/prisma.service';

const organisationRef = { select: { id: true, name: true, shortName: true, type: true } } as const;

const reviewSummarySelect = {
  id: true,
  title: true,
  country: true,
  cycle: true,
  templateKey: true,
  status: true,
  timeZone: true,
  finalDueDate: true,
  coordinatingOrganisation: organisationRef,
  _count: { select: { questions: true } },
} satisfies Prisma.ReviewSelect;

export type ReviewSummaryRow = Prisma.ReviewGetPayload<{ select: typeof reviewSummarySelect }>;

const reviewDetailInclude = {
  coordinatingOrganisation: organisationRef,
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

export type ReviewDetailRow = Prisma.ReviewGetPayload<{ include: typeof reviewDetailInclude }>;

export interface AssignmentStateRow {
  reviewId: string;
  state: ContributionState;
  dueDate: Date;
}

@Injectable()
export class ReviewsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Reviews the person is a member of. */
  listSummaries(
    personId: string,
    filter: { status?: ReviewSummaryRow['status']; country?: string },
  ): Promise<ReviewSummaryRow[]> {
    return this.prisma.client.review.findMany({
      where: {
        memberships: { some: { personId, acceptedAt: { not: null } } },
        status: filter.status,
        country: filter.country ? { equals: filter.country, mode: 'insensitive' } : undefined,
      },
      orderBy: [{ cycle: 'desc' }, { country: 'asc' }],
      select: reviewSummarySelect,
    });
  }

  /** State and due date of every assignment of the given reviews, for progress counts. */
  assignmentStates(reviewIds: string[]): Promise<AssignmentStateRow[]> {
    if (reviewIds.length === 0) return Promise.resolve([]);
    return this.prisma.client.assignment.findMany({
      where: { reviewId: { in: reviewIds } },
      select: { reviewId: true, state: true, dueDate: true },
    });
  }

  findDetail(reviewId: string): Promise<ReviewDetailRow | null> {
    return this.prisma.client.review.findUnique({ where: { id: reviewId }, include: reviewDetailInclude });
  }
}
