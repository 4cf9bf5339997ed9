import { z } from 'zod';
import { ZEmail, ZPersonName } from '../auth/auth.schemas';
import { ZIsoDate, ZTimeZone } from '../dates/calendar-date';
import { ZOrganisationRef, ZOrganisationType, ZReviewRole, ZUuid } from '../shared/primitives.schemas';
import { storableText, text } from '../text/storable-text';
import { ZReviewStatus } from './reviews.schemas';

/** A review's final deadline: no GCM review predates the Compact, nor plans beyond this century. */
export const FINAL_DEADLINE_RANGE = { earliest: '2000-01-01', latest: '2100-12-31' } as const;
export const ZFinalDeadline = ZIsoDate.refine(
  (date) => date >= FINAL_DEADLINE_RANGE.earliest && date <= FINAL_DEADLINE_RANGE.latest,
  `must be between ${FINAL_DEADLINE_RANGE.earliest} and ${FINAL_DEADLINE_RANGE.latest}`,
);

/** A local time of day, 24-hour HH:MM, as the 2020 survey's "31 August 2020, 17:00". */
export const ZLocalTime = z
  .string()
  .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'must be a time of day such as 17:00')
  .meta({ id: 'LocalTime' });

export const ZCreateReviewRequest = z
  .object({
    templateKey: z.string().min(1).max(80).check(storableText),
    /** The questionnaire's version; the newest when left out. */
    templateVersion: z.number().int().min(1).max(999).optional(),
    country: text(100).min(1, 'is required'),
    cycle: z
      .number({ error: 'must be a year' })
      .int('must be a year')
      .min(2000, 'must be 2000 or later')
      .max(2100, 'must be 2100 or earlier'),
    title: text(200).min(1).optional(),
    timeZone: ZTimeZone,
    finalDueDate: ZFinalDeadline,
    /** The local time on finalDueDate the deadline falls at; left out = the end of that day. */
    finalDueTime: ZLocalTime.optional(),
    /**
     * The country's coordinator, invited by e-mail as the review's coordinator. Required when an
     * administrator starts a review for a country (the administrator takes no part in it);
     * otherwise the creator coordinates and may leave it out.
     */
    coordinator: z.object({ email: ZEmail, name: ZPersonName }).strict().optional(),
    /**
     * The country's previous review to start from: its organisations, people and plan of
     * assignments are copied and each answer starts from its final answer (carry forward).
     */
    carryForwardFrom: ZUuid.optional(),
  })
  .strict()
  .meta({ id: 'CreateReviewRequest' });
export type TCreateReviewRequest = z.infer<typeof ZCreateReviewRequest>;

export const ZContactBlockUpdate = z
  .object({
    office: text(300),
    name: text(200),
    title: text(200),
    email: z.union([z.literal(''), ZEmail]),
    telephone: text(60),
    mailingAddress: text(500),
  })
  .partial()
  .strict();

export const ZUpdateReviewRequest = z
  .object({
    /** The version the edit is based on; a stale one is refused with 409. */
    version: z.number().int().min(1),
    title: text(200).min(1).optional(),
    country: text(100).min(1).optional(),
    status: ZReviewStatus.optional(),
    timeZone: ZTimeZone.optional(),
    finalDueDate: ZFinalDeadline.optional(),
    finalDueTime: ZLocalTime.nullable().optional(),
    /** The office that coordinates the review: one of the organisations taking part. */
    coordinatingOrganisationId: ZUuid.nullable().optional(),
    contact: ZContactBlockUpdate.optional(),
    recipients: z
      .object({
        to: z.array(ZEmail).min(1, 'needs at least one address').max(10),
        cc: z.array(ZEmail).max(10),
      })
      .strict()
      .optional(),
    consentToPublish: z.boolean().nullable().optional(),
    /** How the review's e-mails present themselves; null = back to the default. */
    mail: z
      .object({
        senderName: text(120).min(1, 'is required (or null for the default)').nullable(),
        replyTo: ZEmail.nullable(),
      })
      .partial()
      .strict()
      .optional(),
  })
  .strict()
  .meta({ id: 'UpdateReviewRequest' });
export type TUpdateReviewRequest = z.infer<typeof ZUpdateReviewRequest>;

export const ZOrganisation = ZOrganisationRef.extend({
  country: z.string().nullable(),
  headContact: z.object({ id: ZUuid, name: z.string(), email: z.string() }).nullable(),
}).meta({ id: 'Organisation' });
export type TOrganisation = z.infer<typeof ZOrganisation>;

export const ZOrganisationList = z
  .object({ organisations: z.array(ZOrganisation) })
  .meta({ id: 'ListOrganisationsResponse' });
export type TOrganisationList = z.infer<typeof ZOrganisationList>;

export const ZCreateOrganisationRequest = z
  .object({
    name: text(200).min(1, 'is required'),
    shortName: text(40).min(1).optional(),
    type: ZOrganisationType,
  })
  .strict()
  .meta({ id: 'CreateOrganisationRequest' });
export type TCreateOrganisationRequest = z.infer<typeof ZCreateOrganisationRequest>;

export const ZUpdateOrganisationRequest = z
  .object({
    name: text(200).min(1).optional(),
    shortName: text(40).nullable().optional(),
    type: ZOrganisationType.optional(),
    headContactId: ZUuid.nullable().optional(),
  })
  .strict()
  .meta({ id: 'UpdateOrganisationRequest' });
export type TUpdateOrganisationRequest = z.infer<typeof ZUpdateOrganisationRequest>;

export const ZMember = z
  .object({
    membershipId: ZUuid,
    personId: ZUuid,
    name: z.string(),
    email: z.string(),
    title: z.string().nullable(),
    role: ZReviewRole,
    organisation: ZOrganisationRef.nullable(),
    /** 'active' once the person has set a password; 'invited' while an invitation is open. */
    status: z.enum(['active', 'invited']),
  })
  .meta({ id: 'Member' });
export type TMember = z.infer<typeof ZMember>;

export const ZMemberList = z.object({ members: z.array(ZMember) }).meta({ id: 'ListMembersResponse' });
export type TMemberList = z.infer<typeof ZMemberList>;

export const ZInviteMemberRequest = z
  .object({
    email: ZEmail,
    name: ZPersonName,
    title: text(200).optional(),
    role: ZReviewRole,
    organisationId: ZUuid.optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.role === 'contributor' && !value.organisationId) {
      ctx.addIssue({ code: 'custom', path: ['organisationId'], message: 'is required for a contributor' });
    }
  })
  .meta({ id: 'InviteMemberRequest' });
export type TInviteMemberRequest = z.infer<typeof ZInviteMemberRequest>;

export const ZInviteMemberResponse = z
  .object({
    member: ZMember,
    /**
     * When the e-mailed link stops working. The link itself is never in the response: it goes to
     * the invited address only, so that only its owner can take the invitation up.
     */
    expiresAt: z.iso.datetime(),
  })
  .meta({ id: 'InviteMemberResponse' });
export type TInviteMemberResponse = z.infer<typeof ZInviteMemberResponse>;

export const ZUpdateMemberRequest = z
  .object({
    role: ZReviewRole.optional(),
    organisationId: ZUuid.nullable().optional(),
  })
  .strict()
  .meta({ id: 'UpdateMemberRequest' });
export type TUpdateMemberRequest = z.infer<typeof ZUpdateMemberRequest>;
