import type { TActionItem, TWorkshopSummary } from '@gcm/domain';
import type { useT } from '../../../lib/i18n/use-t';

type Translate = ReturnType<typeof useT>;

/** The message of a workshop's mode on screen (workshops.messages.ts). */
export function workshopModeLabelId(mode: TWorkshopSummary['mode']) {
  return `workshops.mode.${mode}` as const;
}

/** The message of an action item's state on screen (workshops.messages.ts). */
export function actionItemStateLabelId(state: TActionItem['state']) {
  return `workshops.itemState.${state}` as const;
}

/** "In person · Ulaanbaatar", or the mode alone when no place is given, in the screen's language. */
export function modeAndPlace(workshop: Pick<TWorkshopSummary, 'mode' | 'place'>, t: Translate): string {
  const mode = t(workshopModeLabelId(workshop.mode));
  const place = workshop.place.trim();
  return place ? `${mode} · ${place}` : mode;
}
