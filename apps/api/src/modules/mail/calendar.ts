import { addDays } from '@gcm/domain';
import { createEvent, createEvents, type EventAttributes } from 'ics';

export interface DeadlineEvent {
  uid: string;
  /** 'YYYY-MM-DD' */
  date: string;
  title: string;
  description: string;
  url: string;
  sequence?: number;
  /** The deadline no longer holds (the assignment was removed): calendars drop the event. */
  cancelled?: boolean;
}

/** YYYY-MM-DD as the [year, month, day] of an all-day iCalendar event. */
export function calendarDay(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y ?? 1970, m ?? 1, d ?? 1];
}

function eventAttributes(event: DeadlineEvent): EventAttributes {
  return {
    uid: event.uid,
    sequence: event.sequence ?? 0,
    start: calendarDay(event.date),
    end: calendarDay(addDays(event.date, 1)),
    title: event.title,
    description: event.description,
    url: event.url,
    productId: 'gcm-review-tracker',
    calName: 'GCM Review deadlines',
    status: event.cancelled ? 'CANCELLED' : 'CONFIRMED',
    busyStatus: 'FREE',
    transp: 'TRANSPARENT',
  };
}

/** A deadline as an all-day iCalendar event (the due date is a calendar date in the review's zone). */
export function deadlineEvent(event: DeadlineEvent): string {
  const { error, value } = createEvent(eventAttributes(event));
  if (error || !value) {
    throw new Error(`Could not build the calendar event: ${error?.message ?? 'unknown error'}`);
  }
  return value;
}

/** Several deadlines in one calendar file, one all-day event each (same UIDs as one at a time). */
export function deadlineEvents(events: DeadlineEvent[]): string {
  const { error, value } = createEvents(events.map(eventAttributes));
  if (error || !value) {
    throw new Error(`Could not build the calendar events: ${error?.message ?? 'unknown error'}`);
  }
  return value;
}

export interface MeetingEvent {
  uid: string;
  sequence: number;
  start: Date;
  /** Null: an hour from the start (a workshop recorded without an end). */
  end: Date | null;
  title: string;
  description: string;
  location: string;
  url: string;
  cancelled?: boolean;
}

/** A meeting at a moment (a workshop), in UTC so every calendar places it in its own zone. */
export function meetingEvent(event: MeetingEvent): string {
  const start = event.start.getTime();
  const end = event.end ? event.end.getTime() : start + 60 * 60 * 1000;
  const { error, value } = createEvent({
    uid: event.uid,
    sequence: event.sequence,
    start,
    startInputType: 'utc',
    startOutputType: 'utc',
    end,
    endInputType: 'utc',
    endOutputType: 'utc',
    title: event.title,
    description: event.description,
    ...(event.location ? { location: event.location } : {}),
    url: event.url,
    productId: 'gcm-review-tracker',
    status: event.cancelled ? 'CANCELLED' : 'CONFIRMED',
    busyStatus: 'BUSY',
  });
  if (error || !value) {
    throw new Error(`Could not build the calendar event: ${error?.message ?? 'unknown error'}`);
  }
  return value;
}
