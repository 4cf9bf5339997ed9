import { z } from 'zod';
import { ZListAuditQuery } from '../audit/audit.schemas';
import { ZEmail, ZPersonName } from '../auth/auth.schemas';
import { ZProgress, ZReviewStatus } from '../reviews/reviews.schemas';
import { ZPersonRef, ZUuid } from '../shared/primitives.schemas';

/**
 * A review as the administrator of the installation sees it: where it stands and who runs it,
 * never what it contains (no draft, answer, ballot or comment).
 */
export const ZInstanceReview = z
  .object({
    id: ZUuid,
    title: z.string(),
    country: z.string(),
    cycle: z.number().int(),
    status: ZReviewStatus,
    finalDueDate: z.iso.date(),
    /** HH:MM in timeZone; null = the end of finalDueDate. */
    finalDueTime: z.string().nullable(),
    timeZone: z.string(),
    createdAt: z.iso.datetime(),
    coordinators: z.array(z.object({ name: z.string(), email: z.string(), accepted: z.boolean() })),
    memberCount: z.number().int().nonnegative(),
    progress: ZProgress,
    submittedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'InstanceReview' });
export type TInstanceReview = z.infer<typeof ZInstanceReview>;

export const ZInstanceReviewsResponse = z
  .object({ reviews: z.array(ZInstanceReview) })
  .meta({ id: 'InstanceReviewsResponse' });
export type TInstanceReviewsResponse = z.infer<typeof ZInstanceReviewsResponse>;

export const ZInstanceAccount = z
  .object({
    id: ZUuid,
    email: z.string(),
    name: z.string(),
    isAdministrator: z.boolean(),
    mayCreateReviews: z.boolean(),
    /** False until the person has set a password from an invitation or an activation link. */
    activated: z.boolean(),
    suspended: z.boolean(),
    reviewCount: z.number().int().nonnegative(),
    version: z.number().int().min(1),
  })
  .meta({ id: 'InstanceAccount' });
export type TInstanceAccount = z.infer<typeof ZInstanceAccount>;

export const ZInstanceAccountsResponse = z
  .object({ accounts: z.array(ZInstanceAccount) })
  .meta({ id: 'InstanceAccountsResponse' });
export type TInstanceAccountsResponse = z.infer<typeof ZInstanceAccountsResponse>;

/** An administrator adds a person to the installation (no review yet) and e-mails an activation link. */
export const ZCreateAccountRequest = z
  .object({ email: ZEmail, name: ZPersonName, mayCreateReviews: z.boolean().default(false) })
  .strict()
  .meta({ id: 'CreateAccountRequest' });
export type TCreateAccountRequest = z.input<typeof ZCreateAccountRequest>;

export const ZUpdateAccountRequest = z
  .object({
    /** The version the change is based on; a stale one is refused with 409. */
    version: z.number().int().min(1),
    mayCreateReviews: z.boolean().optional(),
    suspended: z.boolean().optional(),
  })
  .strict()
  .meta({ id: 'UpdateAccountRequest' });
export type TUpdateAccountRequest = z.infer<typeof ZUpdateAccountRequest>;

/** An audit event of the installation: what happened where and by whom, without its contents. */
export const ZInstanceAuditEvent = z
  .object({
    id: z.string(),
    action: z.string(),
    targetType: z.string(),
    targetId: z.string(),
    review: z.object({ id: ZUuid, title: z.string() }).nullable(),
    actor: ZPersonRef.nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'InstanceAuditEvent' });
export type TInstanceAuditEvent = z.infer<typeof ZInstanceAuditEvent>;

/** The same cursor as a review's trail (`before` an event id, `limit`), across the installation. */
export const ZInstanceAuditQuery = ZListAuditQuery.omit({ questionId: true }).meta({
  id: 'InstanceAuditQuery',
});
export type TInstanceAuditQuery = z.infer<typeof ZInstanceAuditQuery>;

export const ZInstanceAuditResponse = z
  .object({ events: z.array(ZInstanceAuditEvent), nextBefore: z.string().nullable() })
  .meta({ id: 'InstanceAuditResponse' });
export type TInstanceAuditResponse = z.infer<typeof ZInstanceAuditResponse>;
