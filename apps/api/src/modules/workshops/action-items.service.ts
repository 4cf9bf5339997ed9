import {
  dueDateProblem,
  type TActionItem,
  type TCreateActionItemRequest,
  type TUpdateActionItemRequest,
} from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { Clock } from '../../infra/clock/clock';
import { type FieldError, validationError } from '../../infra/http/validation.pipe';
import { Transactions, type Tx } from '../../infra/prisma/transactions';
import { AuditService } from '../audit/audit.service';
import { ReviewWritability } from '../review-state/review-writability';
import { ActionItemsRepository } from './action-items.repository';
import { toActionItem } from './workshop.mapper';
import { WorkshopAccess } from './workshop-access.service';
import { organisationIssues, staleVersion, throwIfAny } from './workshop-checks';
import { type ActionItemRow, WorkshopsRepository } from './workshops.repository';

function fieldsOf(row: ActionItemRow) {
  return {
    text: row.text,
    ownerOrganisationId: row.ownerOrganisationId,
    dueDate: row.dueDate,
    state: row.state,
  };
}

/** What a workshop agreed someone would do (coordinator records them). */
@Injectable()
export class ActionItemsService {
  constructor(
    private readonly writability: ReviewWritability,
    private readonly transactions: Transactions,
    private readonly actionItems: ActionItemsRepository,
    private readonly workshops: WorkshopsRepository,
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
    return this.transactions.run(async (tx) => {
      // Once the report is submitted the review is read-only until an amendment reopens it.
      await this.writability.assertWritable(tx, reviewId);
      await this.checkOwner(tx, reviewId, input.ownerOrganisationId);
      const row = await this.actionItems.create(tx, workshopId, input);
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
    return this.transactions.run(async (tx) => {
      // Once the report is submitted the review is read-only until an amendment reopens it.
      await this.writability.assertWritable(tx, reviewId);
      const taken = await this.actionItems.takeVersion(tx, actionItemId, version);
      const before = await this.actionItems.current(tx, actionItemId);
      if (!taken) {
        throw staleVersion('action item', version, before.version, toActionItem(before));
      }
      if (changes.ownerOrganisationId !== undefined) {
        await this.checkOwner(tx, reviewId, changes.ownerOrganisationId);
      }
      const row = await this.actionItems.update(tx, actionItemId, changes);
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

  /** The owner, when there is one, is an organisation taking part in the review. */
  private async checkOwner(tx: Tx, reviewId: string, ownerOrganisationId: string | null): Promise<void> {
    const owner = [ownerOrganisationId];
    throwIfAny(
      organisationIssues(
        owner,
        await this.workshops.organisationsAmong(tx, reviewId, owner),
        () => 'ownerOrganisationId',
      ),
    );
  }

  private checkDueDate(dueDate: string | null): void {
    const problem = dueDate ? dueDateProblem(dueDate, this.clock.now()) : null;
    if (problem) throw validationError([{ path: 'dueDate', message: problem } satisfies FieldError]);
  }
}
