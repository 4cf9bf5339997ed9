import { z } from 'zod';
import { storableText } from '../text/storable-text';
import { ZEmail, ZNewPassword, ZPersonName } from './auth.schemas';

/** The token of an e-mailed (or, for the first administrator, printed) account link. */
export const ZAccountLinkToken = z.string().regex(/^[A-Za-z0-9_-]{32,128}$/, 'is not a valid link');

export const ACCOUNT_LINK_PURPOSES = ['activation', 'password_reset'] as const;
export const ZAccountLinkPurpose = z.enum(ACCOUNT_LINK_PURPOSES);
export type TAccountLinkPurpose = z.infer<typeof ZAccountLinkPurpose>;

/** What an account link is for, shown before the person chooses a password. */
export const ZAccountLinkPreview = z
  .object({
    email: z.string(),
    name: z.string(),
    purpose: ZAccountLinkPurpose,
    expiresAt: z.iso.datetime(),
  })
  .meta({ id: 'AccountLinkPreview' });
export type TAccountLinkPreview = z.infer<typeof ZAccountLinkPreview>;

export const ZUseAccountLinkRequest = z
  .object({
    /** Only when activating: the name to show others (the administrator may have typed it). */
    name: ZPersonName.optional(),
    password: ZNewPassword,
  })
  .strict()
  .meta({ id: 'UseAccountLinkRequest' });
export type TUseAccountLinkRequest = z.infer<typeof ZUseAccountLinkRequest>;

export const ZForgotPasswordRequest = z
  .object({ email: ZEmail })
  .strict()
  .meta({ id: 'ForgotPasswordRequest' });
export type TForgotPasswordRequest = z.infer<typeof ZForgotPasswordRequest>;

/** The same answer for every address, so the form cannot tell who has an account. */
export const ZForgotPasswordResponse = z
  .object({ message: z.string() })
  .meta({ id: 'ForgotPasswordResponse' });
export type TForgotPasswordResponse = z.infer<typeof ZForgotPasswordResponse>;
export const FORGOT_PASSWORD_ANSWER =
  'If an account uses this address, an e-mail with a link to choose a new password is on its way. The link works for an hour.';

export const ZChangePasswordRequest = z
  .object({
    currentPassword: z
      .string({ error: 'is required' })
      .min(1, 'is required')
      .max(200, 'must be at most 200 characters')
      .check(storableText),
    newPassword: ZNewPassword,
  })
  .strict()
  .meta({ id: 'ChangePasswordRequest' });
export type TChangePasswordRequest = z.infer<typeof ZChangePasswordRequest>;
