import { type TCreateActionItemRequest, type TUpdateActionItemRequest, toDateColumn } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/prisma/prisma.service';
import type { Tx } from '../../infra/prisma/transactions';
import { type ActionItemRow, actionItemInclude, actionItemRow } from './workshops.repository';

/** A change to an action item; an absent field stays as it is, a null due date removes it. */
export type ActionItemChanges = Omit<TUpdateActionItemRequest, 'version'>;

/** What a workshop agreed someone would do. Due dates go in and out as calendar dates (YYYY-MM-DD). */
@Injectable()
export class ActionItemsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The review the action item belongs to (through its workshop), or null for an unknown item. */
  async reviewOf(actionItemId: string): Promise<string | null> {
    const row = await this.prisma.client.actionItem.findUnique({
      where: { id: actionItemId },
      select: { workshop: { select: { reviewId: true } } },
    });
    return row?.workshop.reviewId ?? null;
  }

  async create(tx: Tx, workshopId: string, item: TCreateActionItemRequest): Promise<ActionItemRow> {
    const row = await tx.actionItem.create({
      data: {
        workshopId,
        text: item.text,
        ownerOrganisationId: item.ownerOrganisationId,
        dueDate: item.dueDate ? toDateColumn(item.dueDate) : null,
      },
      include: actionItemInclude,
    });
    return actionItemRow(row);
  }

  /**
   * Raises the item's version if it is still `version`, which locks its row until the transaction
   * ends; false when someone changed it first.
   */
  async takeVersion(tx: Tx, actionItemId: string, version: number): Promise<boolean> {
    const { count } = await tx.actionItem.updateMany({
      where: { id: actionItemId, version },
      data: { version: { increment: 1 } },
    });
    return count === 1;
  }

  /** The item as it is now in `tx`; it must exist. */
  async current(tx: Tx, actionItemId: string): Promise<ActionItemRow> {
    const row = await tx.actionItem.findUniqueOrThrow({
      where: { id: actionItemId },
      include: actionItemInclude,
    });
    return actionItemRow(row);
  }

  async update(tx: Tx, actionItemId: string, changes: ActionItemChanges): Promise<ActionItemRow> {
    const row = await tx.actionItem.update({
      where: { id: actionItemId },
      data: {
        text: changes.text,
        ownerOrganisationId: changes.ownerOrganisationId,
        dueDate:
          changes.dueDate === undefined ? undefined : changes.dueDate ? toDateColumn(changes.dueDate) : null,
        state: changes.state,
      },
      include: actionItemInclude,
    });
    return actionItemRow(row);
  }
}
