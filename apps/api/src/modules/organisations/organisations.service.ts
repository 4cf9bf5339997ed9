import {
  AppError,
  type TCreateOrganisationRequest,
  type TOrganisation,
  type TUpdateOrganisationRequest,
} from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { Transactions } from '../../infra/prisma/transactions';
import { MailQueue } from '../../infra/queue/mail-queue';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { type Enqueue, OutboxPlanner } from '../outbox/outbox-planner.service';
import { ReviewWritability } from '../review-state/review-writability';
import { type LinkRow, OrganisationsRepository } from './organisations.repository';

function toOrganisation(row: LinkRow): TOrganisation {
  const { workspaceId: _workspace, archivedAt: _archived, ...organisation } = row.organisation;
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
    private readonly planner: OutboxPlanner,
    private readonly queue: MailQueue,
  ) {}

  async list(reviewId: string, personId: string): Promise<TOrganisation[]> {
    await this.access.forReview(reviewId, personId);
    const rows = await this.organisations.list(reviewId);
    return rows.map(toOrganisation);
  }

  /**
   * Adds an organisation to the review. It goes into the country's directory, where the country's
   * later reviews find it; an organisation of that name already there takes part instead of a
   * copy. A row of another country is never reused, so no other country's coordinator can change it.
   */
  async create(reviewId: string, actorId: string, input: TCreateOrganisationRequest): Promise<TOrganisation> {
    await this.access.require(reviewId, actorId, ['coordinator'], 'add organisations');
    return this.transactions.run(
      async (tx) => {
        // Once the report is submitted the review is read-only until an amendment reopens it.
        await this.writability.assertWritable(tx, reviewId);
        const review = await this.organisations.workspaceOf(tx, reviewId);
        if (await this.organisations.nameTaken(tx, reviewId, input.name)) {
          throw new AppError('CONFLICT', `${input.name} already takes part in this review`);
        }
        const known = await this.organisations.findInDirectory(tx, review.workspaceId, { name: input.name });
        if (known?.archivedAt) {
          throw new AppError(
            'CONFLICT',
            `${input.name} is archived in the ${review.country} directory: restore it there to use it again`,
          );
        }
        const link = known
          ? await this.organisations.takePart(tx, reviewId, known.id)
          : await this.organisations.create(
              tx,
              { id: reviewId, workspaceId: review.workspaceId },
              {
                name: input.name,
                shortName: input.shortName ?? null,
                type: input.type,
                country: review.country,
              },
            );
        const { organisation } = link;
        await this.audit.record(tx, {
          reviewId,
          actorId,
          action: 'organisation.added',
          targetType: 'organisation',
          targetId: organisation.id,
          after: {
            name: organisation.name,
            shortName: organisation.shortName,
            type: organisation.type,
            fromDirectory: known !== null,
          },
        });
        return toOrganisation(link);
      },
      { timeout: 5_000 },
    );
  }

  /** Makes an organisation of the country's directory take part in the review (again: no change). */
  async takePart(reviewId: string, organisationId: string, actorId: string): Promise<TOrganisation> {
    await this.access.require(reviewId, actorId, ['coordinator'], 'add organisations');
    return this.transactions.run(async (tx) => {
      await this.writability.assertWritable(tx, reviewId);
      const existing = await this.organisations.findLink(tx, reviewId, organisationId);
      if (existing) return toOrganisation(existing);
      const review = await this.organisations.workspaceOf(tx, reviewId);
      const known = await this.organisations.findInDirectory(tx, review.workspaceId, { id: organisationId });
      if (!known)
        throw new AppError('NOT_FOUND', `There is no such organisation in the ${review.country} directory`);
      if (known.archivedAt) {
        throw new AppError(
          'CONFLICT',
          `${known.name} is archived in the ${review.country} directory: restore it there to use it again`,
        );
      }
      const link = await this.organisations.takePart(tx, reviewId, organisationId);
      await this.audit.record(tx, {
        reviewId,
        actorId,
        action: 'organisation.added',
        targetType: 'organisation',
        targetId: organisationId,
        after: { name: known.name, fromDirectory: true },
      });
      return toOrganisation(link);
    });
  }

  /**
   * Takes an organisation out of the review while nothing in it refers to the organisation. It
   * stays in the country's directory.
   */
  async remove(reviewId: string, organisationId: string, actorId: string): Promise<void> {
    await this.access.require(reviewId, actorId, ['coordinator'], 'remove organisations');
    await this.transactions.run(async (tx) => {
      await this.writability.assertWritable(tx, reviewId);
      const link = await this.organisations.findLink(tx, reviewId, organisationId);
      if (!link) throw new AppError('NOT_FOUND', 'This organisation does not take part in this review');
      const review = await this.organisations.workspaceOf(tx, reviewId);
      if (review.coordinatingOrganisationId === organisationId) {
        throw new AppError(
          'CONFLICT',
          `${link.organisation.name} is the coordinating office: choose another office in the settings first`,
        );
      }
      const uses = Object.entries(await this.organisations.usesInReview(tx, reviewId, organisationId)).filter(
        ([, count]) => count > 0,
      );
      if (uses.length > 0) {
        throw new AppError(
          'CONFLICT',
          `${link.organisation.name} cannot leave this review while it still has ${uses
            .map(([kind, count]) => `${count} ${count === 1 ? kind.replace(/s$/, '') : kind}`)
            .join(', ')}`,
        );
      }
      await this.organisations.removeLink(tx, reviewId, organisationId);
      await this.audit.record(tx, {
        reviewId,
        actorId,
        action: 'organisation.removed',
        targetType: 'organisation',
        targetId: organisationId,
        before: { name: link.organisation.name },
      });
    });
  }

  async update(
    reviewId: string,
    organisationId: string,
    actorId: string,
    input: TUpdateOrganisationRequest,
  ): Promise<TOrganisation> {
    await this.access.require(reviewId, actorId, ['coordinator'], 'edit organisations');
    const enqueue: Enqueue = [];
    const result = await this.transactions.run(
      async (tx) => {
        // Once the report is submitted the review is read-only until an amendment reopens it.
        await this.writability.assertWritable(tx, reviewId);
        const link = await this.organisations.findLink(tx, reviewId, organisationId);
        if (!link) throw new AppError('NOT_FOUND', 'This organisation does not take part in this review');
        if (input.name !== undefined && input.name !== link.organisation.name) {
          if (await this.organisations.nameTaken(tx, reviewId, input.name, organisationId))
            throw new AppError('CONFLICT', `${input.name} already takes part in this review`);
          const review = await this.organisations.workspaceOf(tx, reviewId);
          const namesake = await this.organisations.findInDirectory(tx, review.workspaceId, {
            name: input.name,
          });
          if (namesake && namesake.id !== organisationId)
            throw new AppError('CONFLICT', `${input.name} is already in the ${review.country} directory`);
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
        if ((updated.headContact?.id ?? null) !== (link.headContact?.id ?? null)) {
          // Escalations to the head contact are planned only while there is one.
          enqueue.push(...(await this.planner.replanOrganisation(tx, reviewId, organisationId)));
        }
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
    await this.queue.enqueueAfterCommit(enqueue);
    return result;
  }
}
