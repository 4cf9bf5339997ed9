import type { Prisma } from '@gcm/db';
import { DateTime } from 'luxon';
import type { AssignmentFacts } from './templates/assignment.email';

/** "Friday 11 December 2026" for a calendar date. */
export function formatDate(isoDate: string): string {
  return DateTime.fromISO(isoDate, { zone: 'UTC' }).setLocale('en-GB').toFormat('cccc d LLLL yyyy');
}

export function isoDate(value: Date): string {
  return value.toISOString().slice(0, 10);
}

export const STATE_TEXT: Record<string, string> = {
  not_started: 'not started',
  drafting: 'being drafted',
  submitted: 'submitted',
  changes_requested: 'waiting for the requested changes',
  accepted: 'accepted',
};

export const assignmentFactsInclude = {
  question: { select: { code: true, prompt: true } },
  organisation: { select: { id: true, name: true } },
  review: { select: { id: true, title: true, timeZone: true, status: true, reminderPolicy: true } },
  focalPoints: { include: { person: { select: { email: true, name: true } } } },
} satisfies Prisma.AssignmentInclude;

export type AssignmentForMail = Prisma.AssignmentGetPayload<{ include: typeof assignmentFactsInclude }>;

export function assignmentFacts(row: AssignmentForMail, publicUrl: string): AssignmentFacts {
  return {
    reviewTitle: row.review.title,
    questionCode: row.question.code,
    questionPrompt: row.question.prompt,
    organisationName: row.organisation.name,
    role: row.role,
    dueDateText: formatDate(isoDate(row.dueDate)),
    timeZone: row.review.timeZone,
    url: `${publicUrl}/assignments/${row.id}`,
  };
}
