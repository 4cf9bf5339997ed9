import { z } from 'zod';
import { ZOrganisationRef, ZUuid } from '../shared/primitives.schemas';
import { ZReminderPolicy } from './reminder-policy.schemas';

export const OUTBOX_STATUSES = ['pending', 'sending', 'sent', 'failed', 'cancelled'] as const;
export const ZOutboxStatus = z.enum(OUTBOX_STATUSES);
export type TOutboxStatus = z.infer<typeof ZOutboxStatus>;

/** One e-mail, planned or sent, as the coordinator sees it. */
export const ZOutboxMessage = z
  .object({
    id: ZUuid,
    kind: z.string(),
    status: ZOutboxStatus,
    assignmentId: ZUuid.nullable(),
    questionCode: z.string().nullable(),
    organisationName: z.string().nullable(),
    to: z.array(z.string()),
    cc: z.array(z.string()),
    subject: z.string().nullable(),
    notBefore: z.iso.datetime(),
    sentAt: z.iso.datetime().nullable(),
    attempts: z.number().int(),
    lastError: z.string().nullable(),
    cancelledReason: z.string().nullable(),
    messageId: z.string().nullable(),
    /** Reminders: 0 to the focal points, 1 the organisation's head contact, 2 the coordinator; else null. */
    level: z.number().int().min(0).max(2).nullable(),
    /**
     * For a reminder not yet written (its recipients are chosen when it goes out): whom it would
     * reach if it went out now; null for e-mails whose recipients are already fixed (`to`).
     */
    wouldReach: z.array(z.string()).nullable(),
  })
  .meta({ id: 'OutboxMessage' });
export type TOutboxMessage = z.infer<typeof ZOutboxMessage>;

export const ZListOutboxQuery = z
  .object({
    status: ZOutboxStatus.optional(),
    assignmentId: ZUuid.optional(),
    /** next_7_days: pending, due to go out within a week, soonest first; recent: sent in the last week, newest first. */
    window: z.enum(['next_7_days', 'recent']).optional(),
    /** E-mails about this organisation's assignments. */
    organisationId: ZUuid.optional(),
    /** A kind or a family of kinds: "reminder.escalation", "reminder", "assignment". */
    kind: z
      .string()
      .regex(/^[a-z_]+(\.[a-z_]+)*$/, 'must be a kind of e-mail such as reminder.escalation')
      .max(60)
      .optional(),
    limit: z.coerce.number().int().min(1).max(500).default(200),
  })
  .strict()
  .meta({ id: 'ListOutboxQuery' });
export type TListOutboxQuery = z.infer<typeof ZListOutboxQuery>;

/** An e-mail as it would be sent now (planned) or as it was sent. */
export const ZOutboxPreview = z
  .object({
    to: z.array(z.string()),
    cc: z.array(z.string()),
    subject: z.string(),
    text: z.string(),
    /** Why this planned e-mail would not go out now (e.g. the contribution is submitted), else null. */
    wouldNotSend: z.string().nullable(),
  })
  .meta({ id: 'OutboxPreview' });
export type TOutboxPreview = z.infer<typeof ZOutboxPreview>;

export const ZListOutboxResponse = z
  .object({ messages: z.array(ZOutboxMessage) })
  .meta({ id: 'ListOutboxResponse' });
export type TListOutboxResponse = z.infer<typeof ZListOutboxResponse>;

/**
 * A reminder that will not go out for want of someone to receive it: an organisation's open
 * assignments with no focal point and no contributor (no plain reminder is planned), or an
 * organisation without a head contact (no first escalation is planned).
 */
export const ZReminderWarning = z
  .object({
    organisation: ZOrganisationRef,
    problem: z.enum(['no_recipient', 'no_head_contact']),
    /** How many of its open assignments it concerns. */
    assignments: z.number().int().min(1),
    message: z.string(),
  })
  .meta({ id: 'ReminderWarning' });
export type TReminderWarning = z.infer<typeof ZReminderWarning>;

export const ZReminderPolicyResponse = z
  .object({
    policy: ZReminderPolicy,
    version: z.number().int(),
    /** What the coordinator should fix so that reminders reach someone; empty when nothing. */
    warnings: z.array(ZReminderWarning),
  })
  .meta({ id: 'ReminderPolicyResponse' });
export type TReminderPolicyResponse = z.infer<typeof ZReminderPolicyResponse>;

/** How an organisation kept its deadlines. */
export const ZOrganisationCompliance = z
  .object({
    organisation: ZOrganisationRef,
    due: z.number().int(),
    submitted: z.number().int(),
    submittedOnTime: z.number().int(),
    overdue: z.number().int(),
    remindersSent: z.number().int(),
    /** Share of the assignments already due that came in on time; null when nothing was due yet. */
    onTimeRate: z.number().min(0).max(1).nullable(),
  })
  .meta({ id: 'OrganisationCompliance' });
export type TOrganisationCompliance = z.infer<typeof ZOrganisationCompliance>;

export const ZComplianceResponse = z
  .object({ organisations: z.array(ZOrganisationCompliance) })
  .meta({ id: 'ComplianceResponse' });
export type TComplianceResponse = z.infer<typeof ZComplianceResponse>;

export const ZTimelineEntry = z
  .object({
    date: z.iso.date(),
    kind: z.enum(['final_deadline', 'assignment_due', 'submitted', 'reminder_sent']),
    label: z.string(),
    questionCode: z.string().nullable(),
    organisationName: z.string().nullable(),
  })
  .meta({ id: 'TimelineEntry' });
export type TTimelineEntry = z.infer<typeof ZTimelineEntry>;

export const ZTimelineResponse = z
  .object({ entries: z.array(ZTimelineEntry) })
  .meta({ id: 'TimelineResponse' });
export type TTimelineResponse = z.infer<typeof ZTimelineResponse>;

export const ZCalendarFeed = z
  .object({ url: z.string(), createdAt: z.iso.datetime() })
  .meta({ id: 'CalendarFeed' });
export type TCalendarFeed = z.infer<typeof ZCalendarFeed>;

/** The last part of a calendar feed's address: its secret token and `.ics`. */
export const ZCalendarToken = z
  .string()
  .regex(/^[A-Za-z0-9_-]{32,128}\.ics$/, 'is not a valid calendar link');

export const ZShiftDueDatesRequest = z
  .object({
    /** Move every open internal due date by the number of days the final deadline moved. */
    from: z.iso.date(),
    to: z.iso.date(),
    version: z.number().int().min(1),
  })
  .strict()
  .meta({ id: 'ShiftDueDatesRequest' });
export type TShiftDueDatesRequest = z.infer<typeof ZShiftDueDatesRequest>;

export const ZShiftDueDatesResponse = z
  .object({ shifted: z.number().int() })
  .meta({ id: 'ShiftDueDatesResponse' });
export type TShiftDueDatesResponse = z.infer<typeof ZShiftDueDatesResponse>;

/** GET /api/reviews/:reviewId/internal-due-date: how many weeks before the final deadline. */
export const ZProposeDueDateQuery = z
  .object({ weeksBefore: z.coerce.number().int().min(0).max(52).default(3) })
  .strict()
  .meta({ id: 'ProposeDueDateQuery' });
export type TProposeDueDateQuery = z.infer<typeof ZProposeDueDateQuery>;

export const ZProposedDueDate = z.object({ dueDate: z.iso.date() }).meta({ id: 'ProposedDueDate' });
export type TProposedDueDate = z.infer<typeof ZProposedDueDate>;
