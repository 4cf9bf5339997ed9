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

/** The matrix screen: many questions × organisations at once, all or nothing. */
export const ZBulkAssignRequest = z
  .object({ items: z.array(ZCreateAssignmentItem).min(1, 'needs at least one assignment').max(500) })
  .strict()
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
