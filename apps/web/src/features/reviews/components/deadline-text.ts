import { formatCalendarDate, type TLocale } from '@gcm/domain';
import type { useT } from '../../../lib/i18n/use-t';

/**
 * A review's final deadline in the person's language, as `formatDeadline` writes it in English:
 * "31 August 2020, 17:00 (Asia/Ulaanbaatar)"; without a time "31 August 2020 (Asia/Ulaanbaatar)",
 * or with `endOfDay` "31 August 2020, end of day (Asia/Ulaanbaatar)".
 */
export function deadlineText(
  t: ReturnType<typeof useT>,
  locale: TLocale,
  deadline: { date: string; time: string | null; timeZone: string },
  { endOfDay = false }: { endOfDay?: boolean } = {},
): string {
  const date = formatCalendarDate(deadline.date, 'long', locale);
  const { time, timeZone } = deadline;
  if (time) return t('reviews.deadline.at', { date, time, timeZone });
  return t(endOfDay ? 'reviews.deadline.endOfDay' : 'reviews.deadline.day', { date, timeZone });
}
