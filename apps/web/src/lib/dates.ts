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

const ZONE_PARTS = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock parts of `instant` in `timeZone` (throws RangeError for an unknown zone). */
function wallClock(
  timeZone: string,
  instant: number,
): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number> {
  let format = ZONE_PARTS.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    ZONE_PARTS.set(timeZone, format);
  }
  const parts = format.formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour') % 24,
    minute: get('minute'),
    second: get('second'),
  };
}

/** How many minutes `timeZone` is ahead of UTC at `instant` (+480 in Ulaanbaatar); 0 for an unknown zone. */
export function zoneOffsetMinutes(timeZone: string, instant: number): number {
  try {
    const wall = wallClock(timeZone, instant);
    const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
    return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
  } catch {
    return 0;
  }
}

/** +480 → "+08:00", -330 → "-05:30". */
function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * The value of a datetime-local input ("2020-10-19T09:00"), read as a wall-clock time in `timeZone`
 * (the review's, not the browser's), as an ISO date-time with its offset ("2020-10-19T09:00:00+08:00").
 * "" (or anything that is not such a value) gives "", which the contract then refuses with its message.
 */
export function zonedInputToIso(local: string, timeZone: string): string {
  const match = LOCAL_DATE_TIME.exec(local);
  if (!match) return '';
  const [, year, month, day, hour, minute] = match.map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // The offset at the instant the wall time stands for: guess with the offset at `wall` read as UTC,
  // then correct once (enough around a daylight-saving change).
  let offset = zoneOffsetMinutes(timeZone, wall);
  const corrected = zoneOffsetMinutes(timeZone, wall - offset * 60_000);
  if (corrected !== offset) offset = corrected;
  return `${local}:00${offsetText(offset)}`;
}

/** An instant as the value of a datetime-local input showing its wall-clock time in `timeZone`. */
export function isoToZonedInput(isoDateTime: string, timeZone: string): string {
  const instant = Date.parse(isoDateTime);
  if (Number.isNaN(instant)) return '';
  let wall: ReturnType<typeof wallClock>;
  try {
    wall = wallClock(timeZone, instant);
  } catch {
    return new Date(instant).toISOString().slice(0, 16);
  }
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}`;
}

/** "UTC+08:00" for a time zone now, to show beside its name. */
export function zoneOffsetLabel(timeZone: string, now: Date = new Date()): string {
  return `UTC${offsetText(zoneOffsetMinutes(timeZone, now.getTime()))}`;
}
