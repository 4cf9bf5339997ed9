import { fromDateColumn } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/prisma/prisma.service';
import type { Tx } from '../../infra/prisma/transactions';

/** A due date in someone's calendar feed; `dueDate` is YYYY-MM-DD. */
export interface FeedAssignment {
  id: string;
  state: string;
  dueDate: string;
  questionCode: string;
  questionPrompt: string;
  organisationName: string;
  reviewTitle: string;
}

/** The secret of each person's calendar feed (kept as a hash) and what the feed shows. */
@Injectable()
export class CalendarFeedRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Sets the hash of the person's new feed token; true when it replaced an earlier one. */
  async replaceToken(tx: Tx, personId: string, hash: string): Promise<boolean> {
    const before = await tx.person.findUniqueOrThrow({
      where: { id: personId },
      select: { calendarTokenHash: true },
    });
    await tx.person.update({ where: { id: personId }, data: { calendarTokenHash: hash } });
    return before.calendarTokenHash !== null;
  }

  /** Forgets the person's feed token; true when there was one. */
  async removeToken(tx: Tx, personId: string): Promise<boolean> {
    const revoked = await tx.person.updateMany({
      where: { id: personId, calendarTokenHash: { not: null } },
      data: { calendarTokenHash: null },
    });
    return revoked.count > 0;
  }

  /**
   * The due dates the holder of the token answers for: every assignment of the reviews they
   * coordinate, their organisation's in the reviews they contribute to, and those naming them as
   * focal point. Null for a token nobody holds. Only accepted memberships count.
   */
  async assignmentsForToken(hash: string): Promise<FeedAssignment[] | null> {
    const person = await this.prisma.client.person.findUnique({
      where: { calendarTokenHash: hash },
      select: {
        id: true,
        memberships: {
          where: { acceptedAt: { not: null } },
          select: { reviewId: true, role: true, organisationId: true },
        },
      },
    });
    if (!person) return null;
    const coordinated = person.memberships.filter((m) => m.role === 'coordinator').map((m) => m.reviewId);
    const asContributor = person.memberships.filter((m) => m.role === 'contributor' && m.organisationId);
    const rows = await this.prisma.client.assignment.findMany({
      where: {
        OR: [
          { reviewId: { in: coordinated } },
          ...asContributor.map((m) => ({
            reviewId: m.reviewId,
            organisationId: m.organisationId ?? undefined,
          })),
          { focalPoints: { some: { personId: person.id } } },
        ],
      },
      include: {
        question: { select: { code: true, prompt: true } },
        organisation: { select: { name: true } },
        review: { select: { title: true } },
      },
    });
    return rows.map((row) => ({
      id: row.id,
      state: row.state,
      dueDate: fromDateColumn(row.dueDate),
      questionCode: row.question.code,
      questionPrompt: row.question.prompt,
      organisationName: row.organisation.name,
      reviewTitle: row.review.title,
    }));
  }
}
