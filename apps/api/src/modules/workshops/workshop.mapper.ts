import type { TActionItem, TOrganisationRef, TWorkshop, TWorkshopSummary } from '@gcm/domain';
import { attendanceSummary } from './attendance';
import type { ActionItemRow, WorkshopRow } from './workshops.repository';

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
    dueDate: row.dueDate,
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
