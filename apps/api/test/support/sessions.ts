import { createHash, randomBytes } from 'node:crypto';
import request from 'supertest';
import type { TestApp } from './test-app';

/** Requests as one signed-in person; writes carry the app's Origin, as the browser sends it. */
export interface SessionClient {
  get(url: string): request.Test;
  put(url: string, body: object): request.Test;
  post(url: string, body?: object): request.Test;
}

function clientWithCookie(t: TestApp, cookie: string): SessionClient {
  const http = () => request(t.app.getHttpServer());
  return {
    get: (url) => http().get(url).set('Cookie', cookie),
    put: (url, body) => http().put(url).set('Cookie', cookie).set('Origin', t.config.publicUrl).send(body),
    post: (url, body = {}) =>
      http().post(url).set('Cookie', cookie).set('Origin', t.config.publicUrl).send(body),
  };
}

/**
 * One client per person, each with a session written straight to the database: signing hundreds
 * of people in through the API (argon2) is slow. With `t.app.listen(…)` first, they share one
 * listening server and can run side by side.
 */
export async function sessionClients(
  t: TestApp,
  personIds: readonly string[],
  expiresAt: Date,
): Promise<SessionClient[]> {
  const tokens = personIds.map(() => randomBytes(32).toString('base64url'));
  await t.prisma.session.createMany({
    data: personIds.map((personId, index) => ({
      personId,
      tokenHash: createHash('sha256')
        .update(tokens[index] ?? '')
        .digest('hex'),
      expiresAt,
    })),
  });
  return tokens.map((token) => clientWithCookie(t, `gcm_session=${token}`));
}

export async function sessionClient(t: TestApp, personId: string, expiresAt: Date): Promise<SessionClient> {
  const [client] = await sessionClients(t, [personId], expiresAt);
  if (!client) throw new Error(`No session for ${personId}`);
  return client;
}
