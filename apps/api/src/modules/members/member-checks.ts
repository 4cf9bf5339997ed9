import type { Prisma } from '@gcm/db';
import { AppError } from '@gcm/domain';

/** An organisation given to a member must take part in that review (none given is fine). */
export async function assertReviewOrganisation(
  db: Prisma.TransactionClient,
  reviewId: string,
  organisationId: string | null | undefined,
): Promise<void> {
  if (!organisationId) return;
  const link = await db.reviewOrganisation.findUnique({
    where: { reviewId_organisationId: { reviewId, organisationId } },
  });
  if (!link) {
    throw new AppError('VALIDATION', 'The organisation does not take part in this review', {
      fieldErrors: [{ path: 'organisationId', message: 'is not an organisation of this review' }],
    });
  }
}
