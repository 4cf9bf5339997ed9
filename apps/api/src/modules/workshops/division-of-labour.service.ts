import type { TAssignment, TDivisionOfLabourRequest } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { Transactions } from '../../infra/prisma/transactions';
import { AssignmentCreationService } from '../assignments/assignment-creation.service';
import { AuditService } from '../audit/audit.service';
import { WorkshopAccess } from './workshop-access.service';

/**
 * The division of labour agreed at a workshop, turned into assignments through the same use case
 * as the assignment matrix: the same checks (all or nothing, 409 on a second lead or a repeated
 * pair), the same e-mails and planned reminders.
 */
@Injectable()
export class DivisionOfLabourService {
  constructor(
    private readonly transactions: Transactions,
    private readonly workshopAccess: WorkshopAccess,
    private readonly creation: AssignmentCreationService,
    private readonly audit: AuditService,
  ) {}

  async assign(workshopId: string, actorId: string, input: TDivisionOfLabourRequest): Promise<TAssignment[]> {
    const { reviewId } = await this.workshopAccess.workshop(
      workshopId,
      actorId,
      ['coordinator'],
      'assign questions',
    );
    const assignments = await this.creation.bulk(reviewId, actorId, {
      items: input.items.map((item) => ({ ...item, dueDate: input.dueDate, focalPointIds: [] })),
      focalPoints: [],
    });
    // The assignments and their own audit events are committed by the matrix's use case; this
    // event ties them to the workshop that agreed them.
    await this.transactions.run(async (tx) => {
      await this.audit.record(tx, {
        reviewId,
        actorId,
        action: 'workshop.division_of_labour',
        targetType: 'workshop',
        targetId: workshopId,
        after: {
          dueDate: input.dueDate,
          assignments: assignments.map((assignment) => ({
            id: assignment.id,
            questionCode: assignment.question.code,
            organisationId: assignment.organisation.id,
            role: assignment.role,
          })),
        },
      });
    });
    return assignments;
  }
}
