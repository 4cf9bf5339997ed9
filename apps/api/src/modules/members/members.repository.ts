import type { Membership, Prisma, ReviewRole } from '@gcm/db';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/prisma/prisma.service';
import type { Tx } from '../../infra/prisma/transactions';

const organisationRef = { select: { id: true, name: true, shortName: true, type: true } } as const;

const memberInclude = {
  person: { select: { id: true, name: true, email: true, title: true } },
  organisation: organisationRef,
} satisfies Prisma.MembershipInclude;

export type MemberRow = Prisma.MembershipGetPayload<{ include: typeof memberInclude }>;

/** Memberships of a review: who takes part in it, with which role and for which organisation. */
@Injectable()
export class MembersRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The review's members, by role and then by name. */
  list(reviewId: string): Promise<MemberRow[]> {
    return this.prisma.client.membership.findMany({
      where: { reviewId },
      include: memberInclude,
      orderBy: [{ role: 'asc' }, { person: { name: 'asc' } }],
    });
  }

  /** Whether the organisation takes part in the review. */
  async takesPart(reviewId: string, organisationId: string): Promise<boolean> {
    const link = await this.prisma.client.reviewOrganisation.findUnique({
      where: { reviewId_organisationId: { reviewId, organisationId } },
    });
    return link !== null;
  }

  /** A membership of this review by its id; null for one of another review. */
  findInReview(tx: Tx, reviewId: string, membershipId: string): Promise<Membership | null> {
    return tx.membership.findFirst({ where: { id: membershipId, reviewId } });
  }

  findOf(tx: Tx, reviewId: string, personId: string): Promise<Membership | null> {
    return tx.membership.findUnique({ where: { reviewId_personId: { reviewId, personId } } });
  }

  /** How many coordinators the review has besides `personId`. */
  otherCoordinators(tx: Tx, reviewId: string, personId: string): Promise<number> {
    return tx.membership.count({
      where: { reviewId, role: 'coordinator', personId: { not: personId } },
    });
  }

  change(
    tx: Tx,
    membershipId: string,
    data: { role: ReviewRole; organisationId: string | null },
  ): Promise<MemberRow> {
    return tx.membership.update({ where: { id: membershipId }, data, include: memberInclude });
  }

  /** A membership that grants nothing until its invitation is accepted. */
  createInvited(
    tx: Tx,
    membership: { reviewId: string; personId: string; role: ReviewRole; organisationId: string | null },
  ): Promise<MemberRow> {
    return tx.membership.create({ data: { ...membership, acceptedAt: null }, include: memberInclude });
  }

  async delete(tx: Tx, membershipId: string): Promise<void> {
    await tx.membership.delete({ where: { id: membershipId } });
  }
}
