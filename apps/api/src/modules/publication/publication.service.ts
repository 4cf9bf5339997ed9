import {
  AppError,
  isPublished,
  type TPublication,
  type TReviewStatus,
  type TUpdatePublicationRequest,
} from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { Transactions } from '../../infra/prisma/transactions';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { PublicationRepository } from './publication.repository';

/**
 * The coordinator gives or withdraws the State's consent to publish, in any status: after the
 * report is sent too, when the settings are read-only. Withdrawing unpublishes at once.
 */
@Injectable()
export class PublicationService {
  constructor(
    private readonly access: AccessService,
    private readonly publication: PublicationRepository,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
  ) {}

  async update(
    reviewId: string,
    personId: string,
    request: TUpdatePublicationRequest,
  ): Promise<TPublication> {
    await this.access.require(reviewId, personId, ['coordinator'], 'change whether the report is published');
    return this.transactions.run(
      async (tx) => {
        const before = await this.publication.lockForPublication(tx, reviewId);
        if (!before) throw new AppError('NOT_FOUND', 'There is no review with this id');
        if (
          !(await this.publication.setConsentIfVersion(
            tx,
            reviewId,
            request.version,
            request.consentToPublish,
          ))
        ) {
          throw new AppError(
            'CONFLICT',
            'Someone else changed the review meanwhile. Reload to see their changes.',
            { currentVersion: before.version },
          );
        }
        const status = before.status as TReviewStatus;
        const was = isPublished({ ...before, status });
        const published = isPublished({ ...before, status, consentToPublish: request.consentToPublish });
        await this.audit.record(tx, {
          reviewId,
          actorId: personId,
          action: 'review.publication_changed',
          targetType: 'review',
          targetId: reviewId,
          before: { consentToPublish: before.consentToPublish, published: was },
          after: { consentToPublish: request.consentToPublish, published },
        });
        return { consentToPublish: request.consentToPublish, published, version: before.version + 1 };
      },
      { timeout: 5_000 },
    );
  }
}
