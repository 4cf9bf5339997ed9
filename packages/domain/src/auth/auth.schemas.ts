import { z } from 'zod';
import { ZLocale } from '../i18n/locales.schemas';
import { ZOrganisationRef, ZReviewRole, ZUuid } from '../shared/primitives.schemas';
import { storableText, text } from '../text/storable-text';

export const ZEmail = z
  .string({ error: 'must be an e-mail address' })
  .trim()
  .max(254, 'must be at most 254 characters')
  .check(storableText)
  .pipe(z.email({ error: 'must be an e-mail address such as name@ministry.gov' }))
  .transform((value) => value.toLowerCase());

export const PASSWORD_MIN_LENGTH = 10;
export const ZNewPassword = z
  .string({ error: 'must be text' })
  .min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(200, 'must be at most 200 characters')
  .check(storableText);

export const ZPersonName = text(200).min(1, 'is required');

export const ZSignInRequest = z
  .object({
    email: ZEmail,
    password: z
      .string({ error: 'is required' })
      .min(1, 'is required')
      .max(200, 'must be at most 200 characters')
      .check(storableText),
  })
  .strict()
  .meta({ id: 'SignInRequest' });
export type TSignInRequest = z.infer<typeof ZSignInRequest>;

export const ZMembershipRef = z
  .object({
    reviewId: ZUuid,
    reviewTitle: z.string(),
    role: ZReviewRole,
    organisation: ZOrganisationRef.nullable(),
  })
  .meta({ id: 'MembershipRef' });
export type TMembershipRef = z.infer<typeof ZMembershipRef>;

export const ZCurrentPerson = z
  .object({
    id: ZUuid,
    email: z.string(),
    name: z.string(),
    title: z.string().nullable(),
    organisation: ZOrganisationRef.nullable(),
    memberships: z.array(ZMembershipRef),
    /** Administers the installation (reviews' status, accounts, the instance-wide audit trail). */
    isAdministrator: z.boolean(),
    /** May start a review: administrators, and people an administrator granted it to. */
    mayCreateReviews: z.boolean(),
    /** The language the person chose for the screens and e-mails; null until they choose. */
    locale: ZLocale.nullable(),
  })
  .meta({ id: 'CurrentPerson' });
export type TCurrentPerson = z.infer<typeof ZCurrentPerson>;

export const ZInvitationToken = z.string().regex(/^[A-Za-z0-9_-]{32,128}$/, 'is not a valid invitation link');

export const ZInvitationPreview = z
  .object({
    email: z.string(),
    name: z.string(),
    reviewTitle: z.string(),
    role: ZReviewRole,
    organisation: ZOrganisationRef.nullable(),
    invitedBy: z.string().nullable(),
    expiresAt: z.iso.datetime(),
    /** True when the person already has a password: accepting then only joins the review. */
    hasPassword: z.boolean(),
  })
  .meta({ id: 'InvitationPreview' });
export type TInvitationPreview = z.infer<typeof ZInvitationPreview>;

export const ZAcceptInvitationRequest = z
  .object({
    name: ZPersonName.optional(),
    password: ZNewPassword,
  })
  .strict()
  .meta({ id: 'AcceptInvitationRequest' });
export type TAcceptInvitationRequest = z.infer<typeof ZAcceptInvitationRequest>;

/** The person's language for the screens and the e-mails they receive. */
export const ZSetLanguageRequest = z.object({ locale: ZLocale }).strict().meta({ id: 'SetLanguageRequest' });
export type TSetLanguageRequest = z.infer<typeof ZSetLanguageRequest>;
