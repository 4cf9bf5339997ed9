import type { TCurrentPerson } from '@gcm/domain';
import type { StubbedAnswer } from './fetch-stub';
import { buildCurrentPerson } from './fixtures';

/** The answer of GET /api/auth/me for a signed-in person, to spread into `stubFetch({...})`. */
export function signedIn(person: TCurrentPerson = buildCurrentPerson()): Record<string, StubbedAnswer> {
  return { 'GET /api/auth/me': { status: 200, body: person } };
}

export function signedOut(): Record<string, StubbedAnswer> {
  return {
    'GET /api/auth/me': {
      status: 401,
      body: { statusCode: 401, code: 'UNAUTHENTICATED', message: 'Please sign in.' },
    },
  };
}
