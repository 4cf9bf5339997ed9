import { AppError, type TReviewRole } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import {
  AccessService,
  assertOwnOrganisation,
  assertRole,
  type ReviewAccess,
} from '../access/access.service';
import { type AssignmentScope, ContributionsRepository } from './contributions.repository';

/** Reading: coordinators, observers and the assigned organisation's contributors. Stakeholders vote, they do not read drafts. */
const READERS: readonly TReviewRole[] = ['coordinator', 'observer', 'contributor'];
/** Editing: coordinators and the assigned organisation's contributors. */
const EDITORS: readonly TReviewRole[] = ['coordinator', 'contributor'];

export type ContributionIntent = 'read' | 'edit';

export interface ContributionScope {
  access: ReviewAccess;
  assignment: AssignmentScope;
}

/** Who may see or change the contribution of an assignment (and its revisions and attachments). */
@Injectable()
export class ContributionAccessService {
  constructor(
    private readonly access: AccessService,
    private readonly contributions: ContributionsRepository,
  ) {}

  /**
   * The caller's access to an assignment's contribution: 404 for an unknown assignment or one in a
   * review the caller is not a member of, 403 for a role or organisation that may not `doing`.
   */
  async forAssignment(
    assignmentId: string,
    personId: string,
    intent: ContributionIntent,
    doing: string,
    notFoundMessage = 'There is no assignment with this id',
  ): Promise<ContributionScope> {
    const assignment = await this.contributions.assignmentScope(assignmentId);
    if (!assignment) throw new AppError('NOT_FOUND', notFoundMessage);
    const access = await this.membership(assignment.reviewId, personId, notFoundMessage);
    assertRole(access, intent === 'read' ? READERS : EDITORS, doing);
    assertOwnOrganisation(access, assignment.organisationId, doing);
    return { access, assignment };
  }

  private async membership(
    reviewId: string,
    personId: string,
    notFoundMessage: string,
  ): Promise<ReviewAccess> {
    try {
      return await this.access.forReview(reviewId, personId);
    } catch (error) {
      // Outsiders learn nothing, not even that the record exists in some review.
      if (error instanceof AppError && error.code === 'NOT_FOUND')
        throw new AppError('NOT_FOUND', notFoundMessage);
      throw error;
    }
  }
}
