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

/** A session just opened: the token for the cookie and how long the session lasts. */
export interface OpenedSession {
  token: string;
  lifetimeMs: number;
}

/**
 * Sets the httpOnly session cookie of a session just opened. Its lifetime is given as Max-Age, a
 * duration, not as an expiry date from the server's clock: a browser whose clock is days off
 * keeps the cookie as long as the session lasts (the server enforces the expiry it stored).
 */
export function setSessionCookie(response: Response, session: OpenedSession, secure: boolean): void {
  response.cookie(SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    maxAge: session.lifetimeMs,
  });
}
