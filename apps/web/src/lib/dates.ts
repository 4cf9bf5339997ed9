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
