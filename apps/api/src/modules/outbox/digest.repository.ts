import type { ContributionState } from '@gcm/db';
import { fromDateColumn } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/prisma/prisma.service';

/** An assignment as the weekly digest lists it; the due date is YYYY-MM-DD. */
export interface DigestAssignment {
  state: ContributionState;
  dueDate: string;
  updatedAt: Date;
  questionCode: string;
  organisationName: string;
}

@Injectable()
export class DigestRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Reviews still under way: the ones whose coordinators get a digest. */
  reviewsUnderWay(): Promise<{ id: string; title: string; timeZone: string }[]> {
    return this.prisma.client.review.findMany({
      where: { status: { in: ['setup', 'collecting', 'consolidating'] } },
      select: { id: true, title: true, timeZone: true },
    });
  }

  /** True when a digest with this key was planned already (and not cancelled). */
  async planned(dedupeKey: string): Promise<boolean> {
    const row = await this.prisma.client.outboxMessage.findFirst({
      where: { dedupeKey, status: { not: 'cancelled' } },
      select: { id: true },
    });
    return row !== null;
  }

  /** The review's assignments by due date, then question order. */
  async assignments(reviewId: string): Promise<DigestAssignment[]> {
    const rows = await this.prisma.client.assignment.findMany({
      where: { reviewId },
      select: {
        state: true,
        dueDate: true,
        updatedAt: true,
        question: { select: { code: true, order: true } },
        organisation: { select: { name: true } },
      },
      orderBy: [{ dueDate: 'asc' }, { question: { order: 'asc' } }],
    });
    return rows.map((row) => ({
      state: row.state,
      dueDate: fromDateColumn(row.dueDate),
      updatedAt: row.updatedAt,
      questionCode: row.question.code,
      organisationName: row.organisation.name,
    }));
  }
}
