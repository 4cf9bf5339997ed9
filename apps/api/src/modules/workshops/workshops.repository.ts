import type { Prisma } from '@gcm/db';
import { fromDateColumn, type TCreateWorkshopRequest, type TUpdateWorkshopRequest } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/prisma/prisma.service';
import type { Tx } from '../../infra/prisma/transactions';
import { organisationRef, personRef } from '../assignments/assignment.mapper';
import type { MethodologyVote } from './methodology-text';

export const actionItemInclude = {
  ownerOrganisation: organisationRef,
} satisfies Prisma.ActionItemInclude;

type ActionItemRecord = Prisma.ActionItemGetPayload<{ include: typeof actionItemInclude }>;

/** An action item as read, its due date a calendar date (YYYY-MM-DD). */
export type ActionItemRow = Omit<ActionItemRecord, 'dueDate'> & { dueDate: string | null };

export function actionItemRow(record: ActionItemRecord): ActionItemRow {
  return { ...record, dueDate: record.dueDate ? fromDateColumn(record.dueDate) : null };
}

/** What a workshop is read with, everywhere it is shown. */
const workshopInclude = {
  review: { select: { coordinatingOrganisationId: true, timeZone: true, title: true } },
  organisers: { select: { organisation: organisationRef } },
  participants: {
    include: { organisation: organisationRef, person: personRef },
    orderBy: [{ organisation: { name: 'asc' } }, { person: { name: 'asc' } }, { name: 'asc' }],
  },
  actionItems: { include: actionItemInclude, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
} satisfies Prisma.WorkshopInclude;

type WorkshopRecord = Prisma.WorkshopGetPayload<{ include: typeof workshopInclude }>;

export type WorkshopRow = Omit<WorkshopRecord, 'actionItems'> & { actionItems: ActionItemRow[] };

function workshopRow(record: WorkshopRecord): WorkshopRow {
  return { ...record, actionItems: record.actionItems.map(actionItemRow) };
}

/** A workshop to record, with its organisers. */
export type NewWorkshop = Omit<TCreateWorkshopRequest, 'startsAt' | 'endsAt'> & {
  reviewId: string;
  startsAt: Date;
  endsAt: Date | null;
};

/** A workshop's own fields to change (its organisers apart). */
export type WorkshopChanges = Omit<
  TUpdateWorkshopRequest,
  'version' | 'organiserIds' | 'startsAt' | 'endsAt'
> & {
  startsAt: Date;
  endsAt: Date | null;
};

export interface NewParticipant {
  organisationId: string;
  personId: string | null;
  name: string | null;
  invited: boolean;
  attended: boolean;
}

/** Workshops with their organisers and participants, and what their checks and drafts read. */
@Injectable()
export class WorkshopsRepository {
  constructor(private readonly prisma: PrismaService) {}

  async reviewOf(workshopId: string): Promise<string | null> {
    const row = await this.prisma.client.workshop.findUnique({
      where: { id: workshopId },
      select: { reviewId: true },
    });
    return row?.reviewId ?? null;
  }

  /** The review's workshops in the order they took place. */
  async ofReview(reviewId: string): Promise<WorkshopRow[]> {
    const rows = await this.prisma.client.workshop.findMany({
      where: { reviewId },
      include: workshopInclude,
      orderBy: [{ startsAt: 'asc' }, { createdAt: 'asc' }],
    });
    return rows.map(workshopRow);
  }

  async findById(workshopId: string, db: Tx = this.prisma.client): Promise<WorkshopRow | null> {
    const row = await db.workshop.findUnique({ where: { id: workshopId }, include: workshopInclude });
    return row ? workshopRow(row) : null;
  }

  async create(tx: Tx, workshop: NewWorkshop): Promise<WorkshopRow> {
    const row = await tx.workshop.create({
      data: {
        reviewId: workshop.reviewId,
        title: workshop.title,
        startsAt: workshop.startsAt,
        endsAt: workshop.endsAt,
        mode: workshop.mode,
        place: workshop.place,
        agenda: workshop.agenda,
        minutes: workshop.minutes,
        outcomes: workshop.outcomes,
        organisers: { create: workshop.organiserIds.map((organisationId) => ({ organisationId })) },
      },
      include: workshopInclude,
    });
    return workshopRow(row);
  }

  /**
   * Raises the workshop's version if it is still `version`, which locks its row until the
   * transaction ends; false when someone changed it first.
   */
  async takeVersion(tx: Tx, workshopId: string, version: number): Promise<boolean> {
    const { count } = await tx.workshop.updateMany({
      where: { id: workshopId, version },
      data: { version: { increment: 1 } },
    });
    return count === 1;
  }

  async update(tx: Tx, workshopId: string, changes: WorkshopChanges): Promise<void> {
    await tx.workshop.update({ where: { id: workshopId }, data: changes });
  }

  async replaceOrganisers(tx: Tx, workshopId: string, organisationIds: string[]): Promise<void> {
    await tx.workshopOrganiser.deleteMany({ where: { workshopId } });
    await tx.workshopOrganiser.createMany({
      data: organisationIds.map((organisationId) => ({ workshopId, organisationId })),
    });
  }

  async replaceParticipants(tx: Tx, workshopId: string, participants: NewParticipant[]): Promise<void> {
    await tx.workshopParticipant.deleteMany({ where: { workshopId } });
    await tx.workshopParticipant.createMany({
      data: participants.map((participant) => ({ workshopId, ...participant })),
    });
  }

  /** Those of `ids` (empty ones aside) that are organisations taking part in the review. */
  async organisationsAmong(tx: Tx, reviewId: string, ids: readonly (string | null)[]): Promise<Set<string>> {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    if (wanted.length === 0) return new Set();
    const found = await tx.reviewOrganisation.findMany({
      where: { reviewId, organisationId: { in: wanted } },
      select: { organisationId: true },
    });
    return new Set(found.map((row) => row.organisationId));
  }

  /** Those of `ids` (empty ones aside) that are members of the review. */
  async membersAmong(tx: Tx, reviewId: string, ids: readonly (string | null)[]): Promise<Set<string>> {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    if (wanted.length === 0) return new Set();
    const found = await tx.membership.findMany({
      where: { reviewId, personId: { in: wanted } },
      select: { personId: true },
    });
    return new Set(found.map((row) => row.personId));
  }

  async timeZoneOf(reviewId: string): Promise<string> {
    const review = await this.prisma.client.review.findUniqueOrThrow({
      where: { id: reviewId },
      select: { timeZone: true },
    });
    return review.timeZone;
  }

  /** The review's latest finalised priority vote, as question 9's draft tells of it; null when none is. */
  async lastFinalisedVote(reviewId: string): Promise<MethodologyVote | null> {
    const round = await this.prisma.client.voteRound.findFirst({
      where: { reviewId, finalisedAt: { not: null } },
      orderBy: { finalisedAt: 'desc' },
      select: {
        title: true,
        eligibility: true,
        _count: { select: { ballots: true, eligible: true, priorities: true } },
      },
    });
    return round
      ? {
          title: round.title,
          eligibility: round.eligibility,
          ballots: round._count.ballots,
          eligible: round._count.eligible,
          priorities: round._count.priorities,
        }
      : null;
  }
}
