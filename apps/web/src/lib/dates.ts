const LONG_DATE = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });
const SHORT_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

function calendarDate(isoDate: string): Date | undefined {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** A calendar date (YYYY-MM-DD) as "31 August 2020": the day itself, whatever the browser's zone. */
export function formatLongDate(isoDate: string): string {
  const date = calendarDate(isoDate);
  return date ? LONG_DATE.format(date) : isoDate;
}

/** A calendar date (YYYY-MM-DD) as "31 Aug 2020". */
export function formatShortDate(isoDate: string): string {
  const date = calendarDate(isoDate);
  return date ? SHORT_DATE.format(date) : isoDate;
}

const DATE_TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/**
 * An instant (ISO date-time) as "1 Aug 2020, 14:05": in the browser's time zone, or in `timeZone`
 * (the review's) when given and known to the browser.
 */
export function formatDateTime(isoDateTime: string, timeZone?: string): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime;
  if (timeZone) {
    try {
      return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
        date,
      );
    } catch {
      // An unknown zone: fall back to the browser's.
    }
  }
  return DATE_TIME.format(date);
}

/** The number of calendar days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Today's calendar date (YYYY-MM-DD) in `timeZone` (the review's zone), falling back to UTC. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  try {
    // en-CA writes dates as YYYY-MM-DD.
    return new Intl.DateTimeFormat('en-CA', { timeZone }).format(now);
  } catch {
    return now.toISOString().slice(0, 10);
  }
}

/** `isoDate` moved by `days` calendar days. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** How long before the final deadline a question is due, unless the coordinator says otherwise. */
export const SUGGESTED_LEAD_DAYS = 21;

/** The suggested due date of an assignment: three weeks before the final deadline, never in the past. */
export function suggestDueDate(finalDueDate: string, timeZone: string, now: Date = new Date()): string {
  const suggestion = addDays(finalDueDate, -SUGGESTED_LEAD_DAYS);
  const today = todayIn(timeZone, now);
  // YYYY-MM-DD strings sort like the dates they stand for.
  if (suggestion < today) return today;
  return suggestion;
}

/** The browser's own IANA time zone, for the default of a new review. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}
