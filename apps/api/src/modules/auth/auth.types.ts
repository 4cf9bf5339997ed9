import type { TLocale } from '@gcm/domain';
import type { Request, Response } from 'express';

/** The signed-in person, attached to the request by the SessionGuard. */
export interface AuthPerson {
  id: string;
  email: string;
  name: string;
  sessionId: string;
  /** The account's language (null until chosen): the language of the API's problem messages. */
  locale?: TLocale | null;
}

export interface AuthedRequest extends Request {
  person?: AuthPerson;
}

export const SESSION_COOKIE = 'gcm_session';

/** Sets the httpOnly session cookie of a session just opened. */
export function setSessionCookie(
  response: Response,
  session: { token: string; expiresAt: Date },
  secure: boolean,
): void {
  response.cookie(SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    expires: session.expiresAt,
  });
}
