import {
  deadlineStatus,
  type TAssignment,
  type TListAssignmentsQuery,
  type TOrganisationProgress,
} from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { Clock } from '../../infra/clock/clock';
import { AccessService, noSuchReview } from '../access/access.service';
import { toAssignment } from './assignment.mapper';
import { AssignmentsRepository, type WorkScope } from './assignments.repository';

/** Reading assignments: a review's list, the signed-in person's own work, progress by organisation. */
@Injectable()
export class AssignmentQueriesService {
  constructor(
    private readonly assignments: AssignmentsRepository,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  /** Everyone in the review sees all assignments, except contributors: only their organisation's. */
  async list(reviewId: string, personId: string, query: TListAssignmentsQuery): Promise<TAssignment[]> {
    const access = await this.access.forReview(reviewId, personId);
    let organisationId = query.organisationId;
    if (access.role === 'contributor') {
      if (organisationId && organisationId !== access.organisationId) return [];
      organisationId = access.organisationId ?? undefined;
    }
    const rows = await this.assignments.listOfReview(reviewId, {
      organisationId,
      questionCode: query.questionCode,
    });
    const now = this.clock.now();
    return rows.map((row) => toAssignment(row, now));
  }

  /**
   * The person's work across reviews: a contributor's organisation's assignments; for a
   * coordinator those where they are a focal point or of their own organisation.
   */
  async mine(personId: string): Promise<TAssignment[]> {
    const memberships = await this.assignments.memberships(personId);
    const scopes: WorkScope[] = [];
    for (const membership of memberships) {
      if (membership.role === 'contributor' && membership.organisationId) {
        scopes.push({ reviewId: membership.reviewId, organisationId: membership.organisationId });
      } else if (membership.role === 'coordinator') {
        scopes.push({
          reviewId: membership.reviewId,
          focalPointId: personId,
          organisationId: membership.organisationId ?? undefined,
        });
      }
    }
    if (scopes.length === 0) return [];
    const rows = await this.assignments.listInScopes(scopes);
    const now = this.clock.now();
    return rows.map((row) => toAssignment(row, now));
  }

  /** Per organisation with assignments: how many are done, under way, not started, overdue. */
  async progress(reviewId: string, personId: string): Promise<TOrganisationProgress[]> {
    // Access is checked in the same query (any accepted member may read it, as forReview says).
    const progress = await this.assignments.progressRows(reviewId, personId);
    if (!progress) throw noSuchReview();
    const { timeZone, rows } = progress;
    const now = this.clock.now();
    const byOrganisation = new Map<string, TOrganisationProgress>();
    for (const row of rows) {
      const progress = byOrganisation.get(row.organisation.id) ?? {
        organisation: row.organisation,
        total: 0,
        accepted: 0,
        submitted: 0,
        inProgress: 0,
        notStarted: 0,
        overdue: 0,
      };
      progress.total += row.count;
      if (row.state === 'accepted') progress.accepted += row.count;
      else if (row.state === 'submitted') progress.submitted += row.count;
      else if (row.state === 'not_started') progress.notStarted += row.count;
      else progress.inProgress += row.count;
      const status = deadlineStatus({ dueDate: row.dueDate, now, timeZone, state: row.state });
      if (status === 'overdue') progress.overdue += row.count;
      byOrganisation.set(row.organisation.id, progress);
    }
    return [...byOrganisation.values()].sort((a, b) =>
      a.organisation.name.localeCompare(b.organisation.name),
    );
  }
}
