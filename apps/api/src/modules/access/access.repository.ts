import { Prisma, type ReviewRole } from '@gcm/db';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/prisma/prisma.service';

export interface MembershipGrant {
  role: ReviewRole;
  organisationId: string | null;
  acceptedAt: Date | null;
}

/**
 * SQL true when `personId` may read the review whose id is `reviewId` (a column or a value): the
 * rule of AccessService.forReview (an accepted membership; an invitation grants nothing), for a
 * read that checks access in its own query instead of a query of its own (decision 0026).
 */
export function acceptedMemberOf(reviewId: Prisma.Sql, personId: string): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM membership m
                             WHERE m.review_id = ${reviewId} AND m.person_id = ${personId}::uuid
                               AND m.accepted_at IS NOT NULL)`;
}

/** The rows access decisions are made from: memberships, and the review a record belongs to. */
@Injectable()
export class AccessRepository {
  constructor(private readonly prisma: PrismaService) {}

  membership(reviewId: string, personId: string): Promise<MembershipGrant | null> {
    return this.prisma.client.membership.findUnique({
      where: { reviewId_personId: { reviewId, personId } },
      select: { role: true, organisationId: true, acceptedAt: true },
    });
  }

  async reviewOfAssignment(assignmentId: string): Promise<string | null> {
    const row = await this.prisma.client.assignment.findUnique({
      where: { id: assignmentId },
      select: { reviewId: true },
    });
    return row?.reviewId ?? null;
  }

  /** The review of an attachment that has not been deleted. */
  async reviewOfAttachment(attachmentId: string): Promise<string | null> {
    const row = await this.prisma.client.attachment.findFirst({
      where: { id: attachmentId, deletedAt: null },
      select: { reviewId: true },
    });
    return row?.reviewId ?? null;
  }
}
