import type { ReviewRole } from '@gcm/db';
import { AppError, type TContribution, type TRevision } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { Clock } from '../../infra/clock/clock';
import { ReviewWritability } from '../review-state/review-writability';
import { toContribution, toRevision } from './contribution.mapper';
import { ContributionAccessService } from './contribution-access.service';
import { ContributionsRepository } from './contributions.repository';

/** Reading a contribution and its revision history. */
@Injectable()
export class ContributionReadingService {
  constructor(
    private readonly contributions: ContributionsRepository,
    private readonly guard: ContributionAccessService,
    private readonly clock: Clock,
    private readonly writability: ReviewWritability,
  ) {}

  async get(assignmentId: string, personId: string): Promise<TContribution> {
    const { access } = await this.guard.forAssignment(
      assignmentId,
      personId,
      'read',
      'read this contribution',
    );
    return this.view(assignmentId, access.role);
  }

  /** The contribution as a person with `role` sees it (after access has been checked). */
  async view(assignmentId: string, role: ReviewRole): Promise<TContribution> {
    const row = await this.contributions.findView(assignmentId);
    if (!row) throw new AppError('NOT_FOUND', 'There is no assignment with this id');
    const readOnly = await this.contributions.transaction((db) =>
      this.writability.readOnlyReason(db, row.reviewId, { id: row.questionId }),
    );
    return toContribution(row, role, this.clock.now(), readOnly === null);
  }

  /** Every saved version, newest first. */
  async revisions(assignmentId: string, personId: string): Promise<TRevision[]> {
    await this.guard.forAssignment(assignmentId, personId, 'read', 'read the history of this contribution');
    const rows = await this.contributions.revisions(assignmentId);
    return rows.map(toRevision);
  }
}
