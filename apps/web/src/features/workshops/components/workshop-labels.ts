import type { TActionItem, TWorkshopSummary } from '@gcm/domain';

export const WORKSHOP_MODE_LABELS: Record<TWorkshopSummary['mode'], string> = {
  in_person: 'In person',
  online: 'Online',
  hybrid: 'Hybrid (in person and online)',
};

export const ACTION_ITEM_STATE_LABELS: Record<TActionItem['state'], string> = {
  open: 'Open',
  done: 'Done',
  dropped: 'Dropped',
};

/** "In person · Ulaanbaatar", or the mode alone when no place is given. */
export function modeAndPlace(workshop: Pick<TWorkshopSummary, 'mode' | 'place'>): string {
  const place = workshop.place.trim();
  return place ? `${WORKSHOP_MODE_LABELS[workshop.mode]} · ${place}` : WORKSHOP_MODE_LABELS[workshop.mode];
}
