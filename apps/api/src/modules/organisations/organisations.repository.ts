import type { OrganisationType, Prisma } from '@gcm/db';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/prisma/prisma.service';
import type { Tx } from '../../infra/prisma/transactions';

const linkInclude = {
  organisation: {
    select: {
      id: true,
      name: true,
      shortName: true,
      type: true,
      country: true,
      workspaceId: true,
      archivedAt: true,
    },
  },
  headContact: { select: { id: true, name: true, email: true } },
} satisfies Prisma.ReviewOrganisationInclude;

/** An organisation as it takes part in one review, with its head contact there. */
export type LinkRow = Prisma.ReviewOrganisationGetPayload<{ include: typeof linkInclude }>;

/** The organisations of a review and their links to it. */
@Injectable()
export class OrganisationsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The review's organisations by name. */
  list(reviewId: string): Promise<LinkRow[]> {
    return this.prisma.client.reviewOrganisation.findMany({
      where: { reviewId },
      include: linkInclude,
      orderBy: { organisation: { name: 'asc' } },
    });
  }

  workspaceOf(
    tx: Tx,
    reviewId: string,
  ): Promise<{ country: string; workspaceId: string; coordinatingOrganisationId: string | null }> {
    return tx.review.findUniqueOrThrow({
      where: { id: reviewId },
      select: { country: true, workspaceId: true, coordinatingOrganisationId: true },
    });
  }

  /** The organisation of the country's directory with that name (other than `except`), if any. */
  findInDirectory(
    tx: Tx,
    workspaceId: string,
    where: { id?: string; name?: string },
  ): Promise<{ id: string; name: string; archivedAt: Date | null } | null> {
    return tx.organisation.findFirst({
      where: { workspaceId, ...where },
      select: { id: true, name: true, archivedAt: true },
    });
  }

  /** Makes a directory organisation take part in the review. */
  takePart(tx: Tx, reviewId: string, organisationId: string): Promise<LinkRow> {
    return tx.reviewOrganisation.create({ data: { reviewId, organisationId }, include: linkInclude });
  }

  /** What in the review still refers to the organisation, as counts by kind. */
  async usesInReview(tx: Tx, reviewId: string, organisationId: string): Promise<Record<string, number>> {
    const [assignments, members, workshops, seats, actionItems, voters] = await Promise.all([
      tx.assignment.count({ where: { reviewId, organisationId } }),
      tx.membership.count({ where: { reviewId, organisationId } }),
      tx.workshopOrganiser.count({ where: { organisationId, workshop: { reviewId } } }),
      tx.workshopParticipant.count({ where: { organisationId, workshop: { reviewId } } }),
      tx.actionItem.count({ where: { ownerOrganisationId: organisationId, workshop: { reviewId } } }),
      tx.voteEligibility.count({ where: { organisationId, round: { reviewId } } }),
    ]);
    return { assignments, members, workshops: workshops + seats + actionItems, 'vote rounds': voters };
  }

  async removeLink(tx: Tx, reviewId: string, organisationId: string): Promise<void> {
    await tx.reviewOrganisation.delete({ where: { reviewId_organisationId: { reviewId, organisationId } } });
  }

  /** Whether an organisation of that name takes part in the review (other than `except`). */
  async nameTaken(tx: Tx, reviewId: string, name: string, except?: string): Promise<boolean> {
    const taken = await tx.reviewOrganisation.findFirst({
      where: { reviewId, organisation: { name }, ...(except ? { NOT: { organisationId: except } } : {}) },
      select: { organisationId: true },
    });
    return taken !== null;
  }

  /** A new organisation of the country's directory, taking part in the review. */
  async create(
    tx: Tx,
    review: { id: string; workspaceId: string },
    organisation: { name: string; shortName: string | null; type: OrganisationType; country: string },
  ): Promise<LinkRow> {
    const reviewId = review.id;
    const created = await tx.organisation.create({
      data: { ...organisation, workspaceId: review.workspaceId },
    });
    return tx.reviewOrganisation.create({
      data: { reviewId, organisationId: created.id },
      include: linkInclude,
    });
  }

  findLink(tx: Tx, reviewId: string, organisationId: string): Promise<LinkRow | null> {
    return tx.reviewOrganisation.findUnique({
      where: { reviewId_organisationId: { reviewId, organisationId } },
      include: linkInclude,
    });
  }

  async isMember(tx: Tx, reviewId: string, personId: string): Promise<boolean> {
    const member = await tx.membership.findUnique({
      where: { reviewId_personId: { reviewId, personId } },
    });
    return member !== null;
  }

  /** Renames or retypes the organisation; a field left undefined stays as it is. */
  rename(
    tx: Tx,
    organisationId: string,
    data: { name?: string; shortName?: string | null; type?: OrganisationType },
  ): Promise<{ name: string; shortName: string | null; type: OrganisationType }> {
    return tx.organisation.update({
      where: { id: organisationId },
      data,
      select: { name: true, shortName: true, type: true },
    });
  }

  /** The link after a change, with `headContactId` set first when given. */
  updateLink(
    tx: Tx,
    reviewId: string,
    organisationId: string,
    headContactId: string | null | undefined,
  ): Promise<LinkRow> {
    const where = { reviewId_organisationId: { reviewId, organisationId } };
    return headContactId === undefined
      ? tx.reviewOrganisation.findUniqueOrThrow({ where, include: linkInclude })
      : tx.reviewOrganisation.update({ where, data: { headContactId }, include: linkInclude });
  }
}
