import { AppError, type TReviewRole } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/prisma/prisma.service';
import { AccessService, type ReviewAccess } from '../access/access.service';

const ANY_ROLE: readonly TReviewRole[] = ['coordinator', 'contributor', 'stakeholder', 'observer'];

/**
 * Access to a workshop or an action item through the review it belongs to. An outsider gets the
 * same 404 as for a workshop that does not exist, so workshops cannot be enumerated.
 */
@Injectable()
export class WorkshopAccess {
  constructor(
    private readonly prisma: PrismaService,
    private readonly access: AccessService,
  ) {}

  async workshop(
    workshopId: string,
    personId: string,
    roles: readonly TReviewRole[] = ANY_ROLE,
    doing = 'see workshops',
  ): Promise<ReviewAccess> {
    const row = await this.prisma.client.workshop.findUnique({
      where: { id: workshopId },
      select: { reviewId: true },
    });
    return this.require(row?.reviewId, personId, roles, doing, 'There is no workshop with this id');
  }

  async actionItem(
    actionItemId: string,
    personId: string,
    roles: readonly TReviewRole[],
    doing: string,
  ): Promise<ReviewAccess> {
    const row = await this.prisma.client.actionItem.findUnique({
      where: { id: actionItemId },
      select: { workshop: { select: { reviewId: true } } },
    });
    return this.require(
      row?.workshop.reviewId,
      personId,
      roles,
      doing,
      'There is no action item with this id',
    );
  }

  private async require(
    reviewId: string | undefined,
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
