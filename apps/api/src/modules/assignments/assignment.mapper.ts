import { deadlineStatus, type TAssignment } from '@gcm/domain';
import type { AssignmentRow } from './assignments.repository';

export const organisationRef = { select: { id: true, name: true, shortName: true, type: true } } as const;
export const personRef = { select: { id: true, name: true, email: true } } as const;

export function toAssignment(row: AssignmentRow, now: Date): TAssignment {
  const { dueDate } = row;
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
