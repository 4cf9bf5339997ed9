import { AppError, type TReviewRole } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { AccessRepository } from './access.repository';

/** What a person is in one review. */
export interface ReviewAccess {
  reviewId: string;
  personId: string;
  role: TReviewRole;
  /** The organisation a contributor works for (their assignments are that organisation's). */
  organisationId: string | null;
}

const NOT_FOUND_MESSAGE = 'There is no review with this id';

/**
 * What forReview answers someone who is not a member: for a read that checked membership in its
 * own query (acceptedMemberOf) and found nothing, whether the review is someone else's or none.
 */
export function noSuchReview(): AppError {
  return new AppError('NOT_FOUND', NOT_FOUND_MESSAGE);
}
export const NO_ASSIGNMENT = 'There is no assignment with this id';

/**
 * Roles per review, enforced on every endpoint. Someone who is not a member gets 404, so reviews
 * cannot be enumerated; a member without the right role gets 403 with what they would need.
 */
@Injectable()
export class AccessService {
  constructor(private readonly repository: AccessRepository) {}

  async forReview(reviewId: string, personId: string): Promise<ReviewAccess> {
    const membership = await this.repository.membership(reviewId, personId);
    // An invitation not yet taken up through its own link grants nothing.
    if (!membership?.acceptedAt) throw noSuchReview();
    return { reviewId, personId, role: membership.role, organisationId: membership.organisationId };
  }

  /**
   * For a record reached by its own id (an assignment, an e-mail…): someone who is not a member of
   * its review hears `notFound`, the very answer for an id that does not exist, never "There is
   * no review with this id" (an oracle for other reviews' ids).
   */
  async forRecord(reviewId: string, personId: string, notFound: string): Promise<ReviewAccess> {
    try {
      return await this.forReview(reviewId, personId);
    } catch (error) {
      if (error instanceof AppError && error.code === 'NOT_FOUND') throw new AppError('NOT_FOUND', notFound);
      throw error;
    }
  }

  /** forRecord() and one of `roles` (403 otherwise). */
  async requireForRecord(
    reviewId: string,
    personId: string,
    roles: readonly TReviewRole[],
    doing: string,
    notFound: string,
  ): Promise<ReviewAccess> {
    const access = await this.forRecord(reviewId, personId, notFound);
    assertRole(access, roles, doing);
    return access;
  }

  /** Membership with one of `roles`, or 404 (not a member) / 403 (wrong role). */
  async require(
    reviewId: string,
    personId: string,
    roles: readonly TReviewRole[],
    doing: string,
  ): Promise<ReviewAccess> {
    const access = await this.forReview(reviewId, personId);
    assertRole(access, roles, doing);
    return access;
  }

  /** The review an assignment belongs to, without revealing whether it exists to outsiders. */
  async reviewOfAssignment(assignmentId: string): Promise<string> {
    const reviewId = await this.repository.reviewOfAssignment(assignmentId);
    if (!reviewId) throw new AppError('NOT_FOUND', NO_ASSIGNMENT);
    return reviewId;
  }

  async reviewOfAttachment(attachmentId: string): Promise<string> {
    const reviewId = await this.repository.reviewOfAttachment(attachmentId);
    if (!reviewId) throw new AppError('NOT_FOUND', 'There is no attachment with this id');
    return reviewId;
  }
}

const ROLE_NAMES: Record<TReviewRole, string> = {
  coordinator: 'the coordinator',
  contributor: 'a contributor',
  stakeholder: 'a stakeholder',
  observer: 'an observer',
};

export function assertRole(access: ReviewAccess, roles: readonly TReviewRole[], doing: string): void {
  if (!roles.includes(access.role)) {
    const who = roles.map((role) => ROLE_NAMES[role]).join(' or ');
    throw new AppError('FORBIDDEN', `Only ${who} can ${doing}`);
  }
}

/** Contributors act only on their own organisation's assignments; others per their role. */
export function assertOwnOrganisation(access: ReviewAccess, organisationId: string, doing: string): void {
  if (access.role === 'contributor' && access.organisationId !== organisationId) {
    throw new AppError(
      'FORBIDDEN',
      `Only the assigned organisation's focal points or the coordinator can ${doing}`,
    );
  }
}
