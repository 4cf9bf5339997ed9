import type { Prisma } from '@gcm/db';
import { deadlineStatus, type TAssignment } from '@gcm/domain';
import { isoDate } from '../reviews/reviews.mapper';

export const organisationRef = { select: { id: true, name: true, shortName: true, type: true } } as const;
export const personRef = { select: { id: true, name: true, email: true } } as const;

/** What an assignment is read with, everywhere it is shown. */
export const assignmentInclude = {
  review: { select: { title: true, timeZone: true } },
  question: { select: { id: true, code: true, prompt: true, clusterNumber: true, order: true } },
  organisation: organisationRef,
  focalPoints: { select: { person: personRef }, orderBy: { person: { name: 'asc' } } },
  contribution: { select: { wordCount: true } },
} satisfies Prisma.AssignmentInclude;

export type AssignmentRow = Prisma.AssignmentGetPayload<{ include: typeof assignmentInclude }>;

/** Lists read in survey order: question, then the lead before contributors, then by name. */
export const assignmentOrder = [
  { question: { order: 'asc' } },
  { role: 'asc' },
  { organisation: { name: 'asc' } },
] satisfies Prisma.AssignmentOrderByWithRelationInput[];

export function toAssignment(row: AssignmentRow, now: Date): TAssignment {
  const dueDate = isoDate(row.dueDate);
  return {
    id: row.id,
    reviewId: row.reviewId,
    reviewTitle: row.review.title,
    timeZone: row.review.timeZone,
    question: {
      id: row.question.id,
      code: row.question.code,
      prompt: row.question.prompt,
      clusterNumber: row.question.clusterNumber,
    },
    organisation: row.organisation,
    role: row.role,
    dueDate,
    state: row.state,
    deadlineStatus: deadlineStatus({ dueDate, now, timeZone: row.review.timeZone, state: row.state }),
    focalPoints: row.focalPoints.map((focalPoint) => focalPoint.person),
    wordCount: row.contribution?.wordCount ?? 0,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** A DATE column value for a calendar date written YYYY-MM-DD. */
export function dateColumn(isoDay: string): Date {
  return new Date(`${isoDay}T00:00:00.000Z`);
}
