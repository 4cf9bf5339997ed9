import { z } from 'zod';
import { ZPersonRef, ZUuid } from '../shared/primitives.schemas';

export const ZAuditEvent = z
  .object({
    id: z.string(),
    action: z.string(),
    targetType: z.string(),
    targetId: z.string(),
    questionCode: z.string().nullable(),
    actor: ZPersonRef.nullable(),
    before: z.unknown().nullable(),
    after: z.unknown().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'AuditEvent' });
export type TAuditEvent = z.infer<typeof ZAuditEvent>;

export const ZListAuditQuery = z
  .object({
    questionId: ZUuid.optional(),
    before: z
      .string()
      .regex(/^[0-9]{1,19}$/, 'must be an event id')
      .optional(),
    limit: z.coerce.number().int().min(1).max(200).default(100),
  })
  .strict()
  .meta({ id: 'ListAuditQuery' });
export type TListAuditQuery = z.infer<typeof ZListAuditQuery>;

export const ZListAuditResponse = z
  .object({ events: z.array(ZAuditEvent), nextBefore: z.string().nullable() })
  .meta({ id: 'ListAuditResponse' });
export type TListAuditResponse = z.infer<typeof ZListAuditResponse>;

/**
 * Every action the API writes to the audit log (its `action` column), for the screens that name them.
 * The log itself keeps a free string (older rows, seeds): screens must cope with a code not listed here.
 * A web test (apps/web/src/features/audit/audit-codes.spec.ts) checks that the API writes no other.
 */
export const AUDIT_ACTIONS = [
  'account.activated',
  'account.activation_sent',
  'account.administrator_made',
  'account.created',
  'account.granted',
  'account.language_changed',
  'account.password_changed',
  'account.password_reset',
  'account.password_reset_requested',
  'account.restored',
  'account.suspended',
  'account.updated',
  'action_item.created',
  'action_item.updated',
  'amendment.opened',
  'answer.reopened',
  'answer.saved',
  'assignment.created',
  'assignment.deleted',
  'assignment.due_date_shifted',
  'assignment.reassigned',
  'assignment.updated',
  'attachment.deleted',
  'attachment.uploaded',
  'ballot.cast',
  'calendar_feed.created',
  'calendar_feed.replaced',
  'calendar_feed.revoked',
  'contribution.accepted',
  'contribution.changes_requested',
  'contribution.commented',
  'contribution.reopened',
  'contribution.saved',
  'contribution.started',
  'contribution.submitted',
  'directory.imported',
  'email.retried',
  'invitation.accepted',
  'member.invited',
  'member.reinvited',
  'member.removed',
  'member.role_changed',
  'organisation.added',
  'organisation.archived',
  'organisation.deleted',
  'organisation.removed',
  'organisation.restored',
  'organisation.updated',
  'person.added',
  'person.archived',
  'person.deleted',
  'person.restored',
  'person.updated',
  'question.added',
  'question.tailored',
  'questionnaire.imported',
  'reminder.sent_now',
  'reminder_policy.updated',
  'report.submitted',
  'review.archived',
  'review.carried_forward',
  'review.closed',
  'review.created',
  'review.publication_changed',
  'review.seeded',
  'review.updated',
  'vote_round.closed',
  'vote_round.created',
  'vote_round.priorities_finalised',
  'vote_round.reminded',
  'workshop.created',
  'workshop.division_of_labour',
  'workshop.participants_set',
  'workshop.updated',
] as const;
export type TAuditAction = (typeof AUDIT_ACTIONS)[number];

/** Every kind of record an audit event names (its `targetType` column). */
export const AUDIT_TARGET_TYPES = [
  'action_item',
  'amendment',
  'answer',
  'assignment',
  'attachment',
  'contribution',
  'membership',
  'organisation',
  'outbox_message',
  'person',
  'question',
  'questionnaire',
  'review',
  'submission',
  'vote_round',
  'workshop',
  'workspace',
] as const;
export type TAuditTargetType = (typeof AUDIT_TARGET_TYPES)[number];
