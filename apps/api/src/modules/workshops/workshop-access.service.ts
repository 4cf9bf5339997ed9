import { AppError, type TReviewRole } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { AccessService, type ReviewAccess } from '../access/access.service';
import { ActionItemsRepository } from './action-items.repository';
import { WorkshopsRepository } from './workshops.repository';

const ANY_ROLE: readonly TReviewRole[] = ['coordinator', 'contributor', 'stakeholder', 'observer'];

/**
 * Access to a workshop or an action item through the review it belongs to. An outsider gets the
 * same 404 as for a workshop that does not exist, so workshops cannot be enumerated.
 */
@Injectable()
export class WorkshopAccess {
  constructor(
    private readonly workshops: WorkshopsRepository,
    private readonly actionItems: ActionItemsRepository,
    private readonly access: AccessService,
  ) {}

  async workshop(
    workshopId: string,
    personId: string,
    roles: readonly TReviewRole[] = ANY_ROLE,
    doing = 'see workshops',
  ): Promise<ReviewAccess> {
    const reviewId = await this.workshops.reviewOf(workshopId);
    return this.require(reviewId, personId, roles, doing, 'There is no workshop with this id');
  }

  async actionItem(
    actionItemId: string,
    personId: string,
    roles: readonly TReviewRole[],
    doing: string,
  ): Promise<ReviewAccess> {
    const reviewId = await this.actionItems.reviewOf(actionItemId);
    return this.require(reviewId, personId, roles, doing, 'There is no action item with this id');
  }

  private async require(
    reviewId: string | null,
    personId: string,
    roles: readonly TReviewRole[],
    doing: string,
    notFound: string,
  ): Promise<ReviewAccess> {
    if (!reviewId) throw new AppError('NOT_FOUND', notFound);
    try {
      return await this.access.require(reviewId, personId, roles, doing);
    } catch (error) {
      if (error instanceof AppError && error.code === 'NOT_FOUND') throw new AppError('NOT_FOUND', notFound);
      throw error;
    }
  }
}
