import { z } from 'zod';
import { ZQuestionCode } from '../catalogue/catalogue.schemas';
import { ZIsoDate } from '../dates/calendar-date';
import { ZDeadlineStatus } from '../deadlines/deadline.schemas';
import {
  ZAssignmentRole,
  ZContributionState,
  ZOrganisationRef,
  ZPersonRef,
  ZUuid,
} from '../shared/primitives.schemas';

export const ZAssignment = z
  .object({
    id: ZUuid,
    reviewId: ZUuid,
    reviewTitle: z.string(),
    timeZone: z.string(),
    question: z.object({
      id: ZUuid,
      code: ZQuestionCode,
      prompt: z.string(),
      clusterNumber: z.number().int().nullable(),
    }),
    organisation: ZOrganisationRef,
    role: ZAssignmentRole,
    dueDate: z.iso.date(),
    state: ZContributionState,
    deadlineStatus: ZDeadlineStatus,
    focalPoints: z.array(ZPersonRef),
    wordCount: z.number().int().nonnegative(),
    version: z.number().int(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Assignment' });
export type TAssignment = z.infer<typeof ZAssignment>;

export const ZListAssignmentsResponse = z
  .object({ assignments: z.array(ZAssignment) })
  .meta({ id: 'ListAssignmentsResponse' });
export type TListAssignmentsResponse = z.infer<typeof ZListAssignmentsResponse>;

export const ZCreateAssignmentItem = z
  .object({
    questionCode: ZQuestionCode,
    organisationId: ZUuid,
    role: ZAssignmentRole,
    dueDate: ZIsoDate,
    focalPointIds: z.array(ZUuid).max(10).default([]),
  })
  .strict();
export type TCreateAssignmentItem = z.infer<typeof ZCreateAssignmentItem>;

export const ZCreateAssignmentRequest = ZCreateAssignmentItem.meta({ id: 'CreateAssignmentRequest' });
export type TCreateAssignmentRequest = z.infer<typeof ZCreateAssignmentRequest>;

/** New focal points for an assignment the matrix already holds: the full list, at the version seen. */
export const ZFocalPointsChange = z
  .object({
    assignmentId: ZUuid,
    version: z.number().int().min(1),
    focalPointIds: z.array(ZUuid).max(10),
  })
  .strict();
export type TFocalPointsChange = z.infer<typeof ZFocalPointsChange>;

/**
 * The matrix screen, all or nothing: many questions × organisations assigned at once (`items`),
 * and the focal points of assignments already made changed at once (`focalPoints`).
 */
export const ZBulkAssignRequest = z
  .object({
    /** Required (an empty list when only focal points change), so that a request says what it makes. */
    items: z.array(ZCreateAssignmentItem).max(500),
    focalPoints: z.array(ZFocalPointsChange).max(500).default([]),
  })
  .strict()
  .superRefine((request, context) => {
    if (request.items.length + request.focalPoints.length === 0) {
      context.addIssue({ code: 'custom', path: ['items'], message: 'needs at least one assignment' });
    }
    const seen = new Map<string, number>();
    request.focalPoints.forEach((change, index) => {
      const earlier = seen.get(change.assignmentId);
      if (earlier !== undefined) {
        context.addIssue({
          code: 'custom',
          path: ['focalPoints', index, 'assignmentId'],
          message: `lists the same assignment as focalPoints.${earlier}`,
        });
      }
      seen.set(change.assignmentId, index);
    });
  })
  .meta({ id: 'BulkAssignRequest' });
export type TBulkAssignRequest = z.infer<typeof ZBulkAssignRequest>;

export const ZUpdateAssignmentRequest = z
  .object({
    version: z.number().int().min(1),
    dueDate: ZIsoDate.optional(),
    role: ZAssignmentRole.optional(),
    /** Reassign to another organisation. */
    organisationId: ZUuid.optional(),
    focalPointIds: z.array(ZUuid).max(10).optional(),
  })
  .strict()
  .meta({ id: 'UpdateAssignmentRequest' });
export type TUpdateAssignmentRequest = z.infer<typeof ZUpdateAssignmentRequest>;

export const ZOrganisationProgress = z
  .object({
    organisation: ZOrganisationRef,
    total: z.number().int(),
    accepted: z.number().int(),
    submitted: z.number().int(),
    inProgress: z.number().int(),
    notStarted: z.number().int(),
    overdue: z.number().int(),
  })
  .meta({ id: 'OrganisationProgress' });
export type TOrganisationProgress = z.infer<typeof ZOrganisationProgress>;
