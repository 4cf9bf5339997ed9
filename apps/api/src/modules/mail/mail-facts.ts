import type { AssignmentRole, ContributionState, ReviewStatus } from '@gcm/db';
import { formatCalendarDate, type TLocale } from '@gcm/domain';
import type { AssignmentFacts } from './templates/assignment.email';

/** Dates already written, by language and date: a batch of reminders mostly shares a few. */
const writtenDates = new Map<string, string>();

/** "Friday 11 December 2026" for a calendar date. */
export function formatDate(isoDate: string, locale: TLocale = 'en'): string {
  const key = `${locale}:${isoDate}`;
  let written = writtenDates.get(key);
  if (written === undefined) {
    written = formatCalendarDate(isoDate, 'weekday', locale);
    // Bounded: the dates of a worker's life are few, but nothing should grow without end.
    if (writtenDates.size >= 2000) writtenDates.clear();
    writtenDates.set(key, written);
  }
  return written;
}

export const STATE_TEXT: Record<string, string> = {
  not_started: 'not started',
  drafting: 'being drafted',
  submitted: 'submitted',
  changes_requested: 'waiting for the requested changes',
  accepted: 'accepted',
};

/** An assignment with what its e-mails say about it; the due date is a calendar date, YYYY-MM-DD. */
export interface AssignmentForMail {
  id: string;
  reviewId: string;
  organisationId: string;
  role: AssignmentRole;
  state: ContributionState;
  dueDate: string;
  question: { code: string; prompt: string };
  organisation: { id: string; name: string };
  review: { id: string; title: string; timeZone: string; status: ReviewStatus; reminderPolicy: unknown };
  focalPoints: { person: { id: string; email: string; name: string } }[];
}

export function assignmentFacts(
  row: AssignmentForMail,
  publicUrl: string,
  locale: TLocale = 'en',
): AssignmentFacts {
  return {
    reviewTitle: row.review.title,
    questionCode: row.question.code,
    questionPrompt: row.question.prompt,
    organisationName: row.organisation.name,
    role: row.role,
    dueDateText: formatDate(row.dueDate, locale),
    timeZone: row.review.timeZone,
    url: `${publicUrl}/assignments/${row.id}`,
  };
}
