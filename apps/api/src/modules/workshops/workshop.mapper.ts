import type { Prisma } from '@gcm/db';
import type { TActionItem, TOrganisationRef, TWorkshop, TWorkshopSummary } from '@gcm/domain';
import { organisationRef, personRef } from '../assignments/assignment.mapper';
import { isoDate } from '../reviews/reviews.mapper';
import { attendanceSummary } from './attendance';

export const actionItemInclude = {
  ownerOrganisation: organisationRef,
} satisfies Prisma.ActionItemInclude;

export type ActionItemRow = Prisma.ActionItemGetPayload<{ include: typeof actionItemInclude }>;

/** What a workshop is read with, everywhere it is shown. */
export const workshopInclude = {
  review: { select: { coordinatingOrganisationId: true, timeZone: true } },
  organisers: { select: { organisation: organisationRef } },
  participants: {
    include: { organisation: organisationRef, person: personRef },
    orderBy: [{ organisation: { name: 'asc' } }, { person: { name: 'asc' } }, { name: 'asc' }],
  },
  actionItems: { include: actionItemInclude, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
} satisfies Prisma.WorkshopInclude;

export type WorkshopRow = Prisma.WorkshopGetPayload<{ include: typeof workshopInclude }>;

/** The review's coordinating organisation first (it convened), then the others by name. */
export function orderedOrganisers(row: Pick<WorkshopRow, 'organisers' | 'review'>): TOrganisationRef[] {
  const coordinating = row.review.coordinatingOrganisationId;
  return row.organisers
    .map((organiser) => organiser.organisation)
    .sort(
      (a, b) =>
        Number(b.id === coordinating) - Number(a.id === coordinating) || a.name.localeCompare(b.name, 'en'),
    );
}

export function toActionItem(row: ActionItemRow): TActionItem {
  return {
    id: row.id,
    text: row.text,
    ownerOrganisation: row.ownerOrganisation,
    dueDate: row.dueDate ? isoDate(row.dueDate) : null,
    state: row.state,
    version: row.version,
  };
}

export function toWorkshop(row: WorkshopRow): TWorkshop {
  return {
    id: row.id,
    reviewId: row.reviewId,
    title: row.title,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt?.toISOString() ?? null,
    mode: row.mode,
    place: row.place,
    agenda: row.agenda,
    minutes: row.minutes,
    outcomes: row.outcomes,
    organisers: orderedOrganisers(row),
    participants: row.participants.map((participant) => ({
      id: participant.id,
      organisation: participant.organisation,
      person: participant.person,
      name: participant.name,
      invited: participant.invited,
      attended: participant.attended,
    })),
    actionItems: row.actionItems.map(toActionItem),
    attendance: attendanceSummary(row.participants),
    version: row.version,
  };
}

export function toWorkshopSummary(row: WorkshopRow): TWorkshopSummary {
  const { id, title, startsAt, mode, place, attendance } = toWorkshop(row);
  return { id, title, startsAt, mode, place, attendance };
}
