import {
  AppError,
  type TCreateOrganisationRequest,
  type TOrganisation,
  type TUpdateOrganisationRequest,
} from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/prisma/prisma.service';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';

type LinkRow = {
  organisation: {
    id: string;
    name: string;
    shortName: string | null;
    type: TOrganisation['type'];
    country: string | null;
    reviewId: string | null;
  };
  headContact: { id: string; name: string; email: string } | null;
};

function toOrganisation(row: LinkRow): TOrganisation {
  const { reviewId: _owner, ...organisation } = row.organisation;
  return { ...organisation, headContact: row.headContact };
}

const linkInclude = {
  organisation: {
    select: { id: true, name: true, shortName: true, type: true, country: true, reviewId: true },
  },
  headContact: { select: { id: true, name: true, email: true } },
} as const;

/** The organisations taking part in a review (ministries, agencies, UN entities, NGOs …). */
@Injectable()
export class OrganisationsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async list(reviewId: string, personId: string): Promise<TOrganisation[]> {
    await this.access.forReview(reviewId, personId);
    const rows = await this.prisma.client.reviewOrganisation.findMany({
      where: { reviewId },
      include: linkInclude,
      orderBy: { organisation: { name: 'asc' } },
    });
    return rows.map(toOrganisation);
  }

  /**
   * Adds an organisation to the review. It belongs to this review alone: an organisation of the
   * same name elsewhere (another review, another country) is never reused, so no other review's
   * coordinator can ever change it.
   */
  async create(reviewId: string, actorId: string, input: TCreateOrganisationRequest): Promise<TOrganisation> {
    await this.access.require(reviewId, actorId, ['coordinator'], 'add organisations');
    return this.prisma.client.$transaction(async (tx) => {
      const review = await tx.review.findUniqueOrThrow({
        where: { id: reviewId },
        select: { country: true },
      });
      const taken = await tx.reviewOrganisation.findFirst({
        where: { reviewId, organisation: { name: input.name } },
        select: { organisationId: true },
      });
      if (taken) {
        throw new AppError('CONFLICT', `${input.name} already takes part in this review`);
      }
      const organisation = await tx.organisation.create({
        data: {
          name: input.name,
          shortName: input.shortName ?? null,
          type: input.type,
          country: review.country,
          reviewId,
        },
      });
      const link = await tx.reviewOrganisation.create({
        data: { reviewId, organisationId: organisation.id },
        include: linkInclude,
      });
      await this.audit.record(tx, {
        reviewId,
        actorId,
        action: 'organisation.added',
        targetType: 'organisation',
        targetId: organisation.id,
        after: { name: organisation.name, shortName: organisation.shortName, type: organisation.type },
      });
      return toOrganisation(link);
    });
  }

  async update(
    reviewId: string,
    organisationId: string,
    actorId: string,
    input: TUpdateOrganisationRequest,
  ): Promise<TOrganisation> {
    await this.access.require(reviewId, actorId, ['coordinator'], 'edit organisations');
    return this.prisma.client.$transaction(async (tx) => {
      const link = await tx.reviewOrganisation.findUnique({
        where: { reviewId_organisationId: { reviewId, organisationId } },
        include: linkInclude,
      });
      if (!link) throw new AppError('NOT_FOUND', 'This organisation does not take part in this review');
      const renames = [input.name, input.shortName, input.type].some((value) => value !== undefined);
      if (renames && link.organisation.reviewId !== reviewId) {
        // Only rows from before organisations belonged to one review can be shared.
        throw new AppError(
          'CONFLICT',
          'This organisation was set up by an earlier review and is shared with it: add it again under its new name instead of renaming it',
          { fieldErrors: [{ path: 'name', message: 'cannot be changed from this review' }] },
        );
      }
      if (input.name !== undefined && input.name !== link.organisation.name) {
        const clash = await tx.reviewOrganisation.findFirst({
          where: { reviewId, organisation: { name: input.name }, NOT: { organisationId } },
        });
        if (clash) throw new AppError('CONFLICT', `${input.name} already takes part in this review`);
      }
      if (input.headContactId) {
        const member = await tx.membership.findUnique({
          where: { reviewId_personId: { reviewId, personId: input.headContactId } },
        });
        if (!member) {
          throw new AppError('VALIDATION', 'The head contact must be a member of this review', {
            fieldErrors: [{ path: 'headContactId', message: 'is not a member of this review' }],
          });
        }
      }
      const organisation = await tx.organisation.update({
        where: { id: organisationId },
        data: { name: input.name, shortName: input.shortName, type: input.type },
      });
      const updated =
        input.headContactId === undefined
          ? await tx.reviewOrganisation.findUniqueOrThrow({
              where: { reviewId_organisationId: { reviewId, organisationId } },
              include: linkInclude,
            })
          : await tx.reviewOrganisation.update({
              where: { reviewId_organisationId: { reviewId, organisationId } },
              data: { headContactId: input.headContactId },
              include: linkInclude,
            });
      await this.audit.record(tx, {
        reviewId,
        actorId,
        action: 'organisation.updated',
        targetType: 'organisation',
        targetId: organisationId,
        before: {
          name: link.organisation.name,
          shortName: link.organisation.shortName,
          type: link.organisation.type,
          headContactId: link.headContact?.id ?? null,
        },
        after: {
          name: organisation.name,
          shortName: organisation.shortName,
          type: organisation.type,
          headContactId: updated.headContact?.id ?? null,
        },
      });
      return toOrganisation(updated);
    });
  }
}
