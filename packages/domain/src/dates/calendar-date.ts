import { DateTime } from 'luxon';
import { z } from 'zod';
import { FORMATTING_TAGS, isLocale } from '../i18n/locales';
import { resolveZone } from './zones';

/**
 * Calendar dates and instants, once, on luxon: for the API, the worker, the e-mails, the calendar
 * files and the browser. A calendar date is a string `YYYY-MM-DD` (it sorts like the day it names
 * and has no time zone); an instant is a `Date` or an ISO date-time with an offset. Whatever is
 * "today" or a wall-clock time belongs to a zone, the review's, named by its caller.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const DEFAULT_LOCALE = 'en-GB';

/** Days in each month of a common year; February gains one in a (proleptic Gregorian) leap year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Year, month and day of a real calendar date written YYYY-MM-DD, or null. Plain arithmetic: it
 * is called for every row of a list, where parsing with a luxon format costs far more.
 */
export function isoDateParts(value: string): { year: number; month: number; day: number } | null {
  if (!ISO_DATE.test(value)) return null;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = (MONTH_DAYS[month - 1] ?? 0) + (month === 2 && leap ? 1 : 0);
  return day >= 1 && day <= days ? { year, month, day } : null;
}

/** True for a real calendar date written YYYY-MM-DD (so not 2021-02-29 nor 2020-13-01). */
export function isIsoDate(value: string): boolean {
  return isoDateParts(value) !== null;
}

/** True for a time zone of the IANA database, such as Asia/Ulaanbaatar or UTC. */
export function isTimeZone(value: string): boolean {
  return resolveZone(value) !== null;
}

export const ZIsoDate = z.string().refine(isIsoDate, { error: 'must be a date in the form YYYY-MM-DD' });

export const ZTimeZone = z
  .string()
  .refine(isTimeZone, { error: 'must be an IANA time zone such as Asia/Ulaanbaatar' });

function dayParts(isoDate: string): { year: number; month: number; day: number } {
  const parts = isoDateParts(isoDate);
  if (!parts) {
    throw new RangeError(`"${isoDate}" is not a date in the form YYYY-MM-DD`);
  }
  return parts;
}

/** The day as a luxon date at midnight UTC; throws for anything but a real YYYY-MM-DD. */
function day(isoDate: string): DateTime<true> {
  return DateTime.fromObject(dayParts(isoDate), { zone: 'UTC' }) as DateTime<true>;
}

/** The zone name, checked (once per name, see zones.ts); throws for a name not in the IANA database. */
function zone(timeZone: string): string {
  if (!isTimeZone(timeZone)) {
    throw new RangeError(`"${timeZone}" is not an IANA time zone such as Asia/Ulaanbaatar`);
  }
  return timeZone;
}

function instant(value: Date | string): DateTime {
  return typeof value === 'string' ? DateTime.fromISO(value, { setZone: true }) : DateTime.fromJSDate(value);
}

/** `isoDate` moved by `days` calendar days (negative: earlier). */
export function addDays(isoDate: string, days: number): string {
  return day(isoDate).plus({ days }).toISODate();
}

/** The number of calendar days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round(day(to).diff(day(from), 'days').days);
}

/**
 * The first days of the months that begin after `from` and no later than `to`, in order:
 * ("2026-11-20", "2027-02-01") → ["2026-12-01", "2027-01-01", "2027-02-01"]. For month ticks.
 */
export function monthStartsBetween(from: string, to: string): string[] {
  const starts: string[] = [];
  const end = day(to);
  for (
    let month = day(from).startOf('month').plus({ months: 1 });
    month <= end;
    month = month.plus({ months: 1 })
  ) {
    starts.push(month.toISODate());
  }
  return starts;
}

/** The calendar date of `at` in `timeZone` (today, for `at` = now). */
export function dateIn(timeZone: string, at: Date): string {
  return DateTime.fromJSDate(at, { zone: zone(timeZone) }).toISODate() ?? '';
}

/** Today's calendar date in `timeZone`, the review's zone. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return dateIn(timeZone, now);
}

/**
 * Where `at` falls in the week of `timeZone`: the ISO weekday (1 = Monday), the hour on the wall
 * clock, the ISO week ("2026-W49", which a year's last days may share with the next year) and the
 * Monday it starts on.
 */
export function weekIn(
  timeZone: string,
  at: Date,
): { weekday: number; hour: number; isoWeek: string; monday: string } {
  const local = DateTime.fromJSDate(at, { zone: zone(timeZone) });
  return {
    weekday: local.weekday,
    hour: local.hour,
    isoWeek: local.toFormat("kkkk-'W'WW"),
    monday: local.startOf('week').toISODate() ?? '',
  };
}

/**
 * A PostgreSQL `date` column as Prisma hands it over (midnight UTC of that day) to YYYY-MM-DD.
 * Only repositories need it: everything above them sees calendar dates as strings.
 */
export function fromDateColumn(value: Date): string {
  return DateTime.fromJSDate(value, { zone: 'UTC' }).toISODate() ?? '';
}

/** YYYY-MM-DD to the value Prisma writes into a `date` column (midnight UTC of that day). */
export function toDateColumn(isoDate: string): Date {
  return day(isoDate).toJSDate();
}

/**
 * The value of a datetime-local input ("2020-10-19T09:00"), read as a wall-clock time in
 * `timeZone` (the review's, not the browser's), as an ISO date-time with its offset
 * ("2020-10-19T09:00:00+08:00", "…+00:00" in UTC). Anything that is not such a value gives "", which the contract
 * then refuses with its message. A wall time skipped by a daylight-saving change moves forward.
 */
export function zonedInputToIso(local: string, timeZone: string): string {
  if (!LOCAL_DATE_TIME.test(local) || !isTimeZone(timeZone)) return '';
  const wall = DateTime.fromISO(local, { zone: timeZone });
  // Always a numeric offset, "+00:00" in UTC too (luxon's toISO would write "Z" there).
  return wall.isValid ? wall.toFormat("yyyy-MM-dd'T'HH:mm:ssZZ") : '';
}

/** An instant as the value of a datetime-local input showing its wall-clock time in `timeZone`. */
export function isoToZonedInput(isoDateTime: string, timeZone: string): string {
  const at = instant(isoDateTime);
  if (!at.isValid) return '';
  return at.setZone(isTimeZone(timeZone) ? timeZone : 'UTC').toFormat("yyyy-MM-dd'T'HH:mm");
}

/** "UTC+08:00" for a time zone at `now`, to show beside its name. */
export function zoneOffsetLabel(timeZone: string, now: Date = new Date()): string {
  return `UTC${DateTime.fromJSDate(now, { zone: zone(timeZone) }).toFormat('ZZ')}`;
}

/** The browser's (or the server's) own IANA time zone, for the default of a new review. */
export function localTimeZone(): string {
  const name = DateTime.local().zoneName;
  return name && isTimeZone(name) ? name : 'UTC';
}

// Formatting: the hooks the screens, e-mails and documents call, with the locale as a parameter.

export type CalendarDateStyle = 'long' | 'short' | 'weekday' | 'month' | 'monthYear';

const DATE_FORMATS: Record<CalendarDateStyle, string> = {
  long: 'd LLLL yyyy',
  short: 'd LLL yyyy',
  weekday: 'cccc d LLLL yyyy',
  month: 'LLL',
  monthYear: 'LLL yyyy',
};

const DATE_OPTIONS: Record<CalendarDateStyle, Intl.DateTimeFormatOptions> = {
  long: { day: 'numeric', month: 'long', year: 'numeric' },
  short: { day: 'numeric', month: 'short', year: 'numeric' },
  weekday: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'short' },
  monthYear: { month: 'short', year: 'numeric' },
};

/**
 * English keeps the tool's own patterns ("Monday 31 August 2020", as the UN writes); every other
 * language gets its own order and words from Intl ("lundi 31 août 2020", "2020年8月31日星期一").
 * `locale` is one of the tool's languages ("fr") or a BCP 47 tag ("en-GB").
 */
function formattingTag(locale: string): string | null {
  const tag = isLocale(locale) ? FORMATTING_TAGS[locale] : locale;
  return tag.toLowerCase().startsWith('en') ? null : tag;
}

/**
 * A calendar date for people: "31 August 2020" (long), "31 Aug 2020" (short),
 * "Monday 31 August 2020" (weekday), its month "Aug" (month) or "Aug 2020" (monthYear). The day itself, whatever the reader's zone; a value that is
 * not a date is shown as it is.
 */
export function formatCalendarDate(
  isoDate: string,
  style: CalendarDateStyle = 'long',
  locale = DEFAULT_LOCALE,
): string {
  if (!isIsoDate(isoDate)) return isoDate;
  const tag = formattingTag(locale);
  if (tag) return day(isoDate).setLocale(tag).toLocaleString(DATE_OPTIONS[style]);
  return day(isoDate).setLocale(locale).toFormat(DATE_FORMATS[style]);
}

export type InstantStyle = 'date' | 'dateTime' | 'dateTimeZone' | 'weekdayDateTimeZone';

const INSTANT_OPTIONS: Record<InstantStyle, Intl.DateTimeFormatOptions> = {
  date: { day: 'numeric', month: 'long', year: 'numeric' },
  dateTime: {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  },
  dateTimeZone: {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  },
  weekdayDateTimeZone: {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  },
};

const INSTANT_FORMATS: Record<InstantStyle, string> = {
  date: 'd LLLL yyyy',
  dateTime: 'd LLL yyyy, HH:mm',
  dateTimeZone: "d LLLL yyyy 'at' HH:mm",
  weekdayDateTimeZone: "cccc d LLLL yyyy 'at' HH:mm ZZZZ",
};

/**
 * An instant for people, as its wall-clock time in `timeZone` (the review's): "19 October 2020"
 * (date), "19 Oct 2020, 09:00" (dateTime), "19 October 2020 at 09:00" (dateTimeZone),
 * "Monday 19 October 2020 at 09:00 GMT+8" (weekdayDateTimeZone). An unknown zone falls back to UTC.
 */
export function formatInstant(
  at: Date | string,
  timeZone: string,
  style: InstantStyle = 'dateTime',
  locale = DEFAULT_LOCALE,
): string {
  const parsed = instant(at);
  if (!parsed.isValid) return String(at);
  const zoned = parsed.setZone(isTimeZone(timeZone) ? timeZone : 'UTC');
  const tag = formattingTag(locale);
  if (tag) return zoned.setLocale(tag).toLocaleString(INSTANT_OPTIONS[style]);
  return zoned.setLocale(locale).toFormat(INSTANT_FORMATS[style]);
}

/**
 * The instant of a final deadline: `time` (HH:MM) on `isoDate` on the wall clock of `timeZone`, or
 * the last millisecond of that day when there is no time ("31 August 2020" = until 23:59:59.999).
 * A wall time skipped by a daylight-saving change moves forward.
 */
export function deadlineInstant(isoDate: string, time: string | null, timeZone: string): Date {
  const start = DateTime.fromObject(dayParts(isoDate), { zone: zone(timeZone) });
  if (time === null) return start.endOf('day').toJSDate();
  const match = /^([01][0-9]|2[0-3]):([0-5][0-9])$/.exec(time);
  if (!match) throw new RangeError(`"${time}" is not a time of day such as 17:00`);
  return start.set({ hour: Number(match[1]), minute: Number(match[2]) }).toJSDate();
}

/** Whether `at` comes after the final deadline (date, optional local time, zone). */
export function isAfterDeadline(at: Date, isoDate: string, time: string | null, timeZone: string): boolean {
  return at.getTime() > deadlineInstant(isoDate, time, timeZone).getTime();
}

/** A final deadline for people: "31 August 2020, 17:00 (Asia/Ulaanbaatar)", without the time when there is none. */
export function formatDeadline(isoDate: string, time: string | null, timeZone: string): string {
  return `${formatCalendarDate(isoDate, 'long')}${time ? `, ${time}` : ''} (${timeZone})`;
}
