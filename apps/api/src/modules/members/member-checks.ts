import { AppError } from '@gcm/domain';
import type { MembersRepository } from './members.repository';

/** An organisation given to a member must take part in that review (none given is fine). */
export async function assertReviewOrganisation(
  members: MembersRepository,
  reviewId: string,
  organisationId: string | null | undefined,
): Promise<void> {
  if (!organisationId) return;
  if (!(await members.takesPart(reviewId, organisationId))) {
    throw new AppError('VALIDATION', 'The organisation does not take part in this review', {
      fieldErrors: [{ path: 'organisationId', message: 'is not an organisation of this review' }],
    });
  }
}
