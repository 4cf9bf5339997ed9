import type { Request } from 'express';

/** The signed-in person, attached to the request by the SessionGuard. */
export interface AuthPerson {
  id: string;
  email: string;
  name: string;
  sessionId: string;
}

export interface AuthedRequest extends Request {
  person?: AuthPerson;
}

export const SESSION_COOKIE = 'gcm_session';
