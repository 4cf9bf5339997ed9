import {
  AppError,
  type TCreateOrganisationRequest,
  type TOrganisation,
  type TUpdateOrganisationRequest,
} from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { Transactions } from '../../infra/prisma/transactions';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { ReviewWritability } from '../review-state/review-writability';
import { type LinkRow, OrganisationsRepository } from './organisations.repository';

function toOrganisation(row: LinkRow): TOrganisation {
  const { reviewId: _owner, ...organisation } = row.organisation;
  return { ...organisation, headContact: row.headContact };
}

/** The organisations taking part in a review (ministries, agencies, UN entities, NGOs …). */
@Injectable()
export class OrganisationsService {
  constructor(
    private readonly writability: ReviewWritability,
    private readonly organisations: OrganisationsRepository,
    private readonly transactions: Transactions,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async list(reviewId: string, personId: string): Promise<TOrganisation[]> {
    await this.access.forReview(reviewId, personId);
    const rows = await this.organisations.list(reviewId);
    return rows.map(toOrganisation);
  }

  /**
   * Adds an organisation to the review. It belongs to this review alone: an organisation of the
   * same name elsewhere (another review, another country) is never reused, so no other review's
   * coordinator can ever change it.
   */
  async create(reviewId: string, actorId: string, input: TCreateOrganisationRequest): Promise<TOrganisation> {
    await this.access.require(reviewId, actorId, ['coordinator'], 'add organisations');
    return this.transactions.run(
      async (tx) => {
        // Once the report is submitted the review is read-only until an amendment reopens it.
        await this.writability.assertWritable(tx, reviewId);
        const country = await this.organisations.countryOf(tx, reviewId);
        if (await this.organisations.nameTaken(tx, reviewId, input.name)) {
          throw new AppError('CONFLICT', `${input.name} already takes part in this review`);
        }
        const link = await this.organisations.create(tx, reviewId, {
          name: input.name,
          shortName: input.shortName ?? null,
          type: input.type,
          country,
        });
        const { organisation } = link;
        await this.audit.record(tx, {
          reviewId,
          actorId,
          action: 'organisation.added',
          targetType: 'organisation',
          targetId: organisation.id,
          after: { name: organisation.name, shortName: organisation.shortName, type: organisation.type },
        });
        return toOrganisation(link);
      },
      { timeout: 5_000 },
    );
  }

  async update(
    reviewId: string,
    organisationId: string,
    actorId: string,
    input: TUpdateOrganisationRequest,
  ): Promise<TOrganisation> {
    await this.access.require(reviewId, actorId, ['coordinator'], 'edit organisations');
    return this.transactions.run(
      async (tx) => {
        // Once the report is submitted the review is read-only until an amendment reopens it.
        await this.writability.assertWritable(tx, reviewId);
        const link = await this.organisations.findLink(tx, reviewId, organisationId);
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
          if (await this.organisations.nameTaken(tx, reviewId, input.name, organisationId))
            throw new AppError('CONFLICT', `${input.name} already takes part in this review`);
        }
        if (input.headContactId) {
          if (!(await this.organisations.isMember(tx, reviewId, input.headContactId))) {
            throw new AppError('VALIDATION', 'The head contact must be a member of this review', {
              fieldErrors: [{ path: 'headContactId', message: 'is not a member of this review' }],
            });
          }
        }
        const organisation = await this.organisations.rename(tx, organisationId, {
          name: input.name,
          shortName: input.shortName,
          type: input.type,
        });
        const updated = await this.organisations.updateLink(
          tx,
          reviewId,
          organisationId,
          input.headContactId,
        );
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
      },
      { timeout: 5_000 },
    );
  }
}
