import {
  dueDateProblem,
  type TActionItem,
  type TCreateActionItemRequest,
  type TUpdateActionItemRequest,
} from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { Clock } from '../../infra/clock/clock';
import { type FieldError, validationError } from '../../infra/http/validation.pipe';
import { PrismaService } from '../../infra/prisma/prisma.service';
import { dateColumn } from '../assignments/assignment.mapper';
import { AuditService } from '../audit/audit.service';
import { type ActionItemRow, actionItemInclude, toActionItem } from './workshop.mapper';
import { WorkshopAccess } from './workshop-access.service';
import { organisationIssues, staleVersion, throwIfAny } from './workshop-checks';

function fieldsOf(row: ActionItemRow) {
  return {
    text: row.text,
    ownerOrganisationId: row.ownerOrganisationId,
    dueDate: toActionItem(row).dueDate,
    state: row.state,
  };
}

/** What a workshop agreed someone would do (coordinator records them). */
@Injectable()
export class ActionItemsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly workshopAccess: WorkshopAccess,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async create(workshopId: string, actorId: string, input: TCreateActionItemRequest): Promise<TActionItem> {
    const { reviewId } = await this.workshopAccess.workshop(
      workshopId,
      actorId,
      ['coordinator'],
      'record action items',
    );
    this.checkDueDate(input.dueDate);
    return this.prisma.client.$transaction(async (tx) => {
      throwIfAny(
        await organisationIssues(tx, reviewId, [input.ownerOrganisationId], () => 'ownerOrganisationId'),
      );
      const row = await tx.actionItem.create({
        data: {
          workshopId,
          text: input.text,
          ownerOrganisationId: input.ownerOrganisationId,
          dueDate: input.dueDate ? dateColumn(input.dueDate) : null,
        },
        include: actionItemInclude,
      });
      await this.audit.record(tx, {
        reviewId,
        actorId,
        action: 'action_item.created',
        targetType: 'action_item',
        targetId: row.id,
        after: { workshopId, ...fieldsOf(row) },
      });
      return toActionItem(row);
    });
  }

  async update(actionItemId: string, actorId: string, input: TUpdateActionItemRequest): Promise<TActionItem> {
    const { reviewId } = await this.workshopAccess.actionItem(
      actionItemId,
      actorId,
      ['coordinator'],
      'change action items',
    );
    const { version, ...changes } = input;
    if (Object.values(changes).every((value) => value === undefined)) {
      throw validationError([{ path: '', message: 'give at least one field to change besides version' }]);
    }
    if (changes.dueDate) this.checkDueDate(changes.dueDate);
    return this.prisma.client.$transaction(async (tx) => {
      const taken = await tx.actionItem.updateMany({
        where: { id: actionItemId, version },
        data: { version: { increment: 1 } },
      });
      const before = await tx.actionItem.findUniqueOrThrow({
        where: { id: actionItemId },
        include: actionItemInclude,
      });
      if (taken.count === 0) {
        throw staleVersion('action item', version, before.version, toActionItem(before));
      }
      if (changes.ownerOrganisationId !== undefined) {
        throwIfAny(
          await organisationIssues(tx, reviewId, [changes.ownerOrganisationId], () => 'ownerOrganisationId'),
        );
      }
      const row = await tx.actionItem.update({
        where: { id: actionItemId },
        data: {
          text: changes.text,
          ownerOrganisationId: changes.ownerOrganisationId,
          dueDate:
            changes.dueDate === undefined ? undefined : changes.dueDate ? dateColumn(changes.dueDate) : null,
          state: changes.state,
        },
        include: actionItemInclude,
      });
      await this.audit.record(tx, {
        reviewId,
        actorId,
        action: 'action_item.updated',
        targetType: 'action_item',
        targetId: actionItemId,
        before: { version, ...fieldsOf(before) },
        after: { version: row.version, ...fieldsOf(row) },
      });
      return toActionItem(row);
    });
  }

  private checkDueDate(dueDate: string | null): void {
    const problem = dueDate ? dueDateProblem(dueDate, this.clock.now()) : null;
    if (problem) throw validationError([{ path: 'dueDate', message: problem } satisfies FieldError]);
  }
}
