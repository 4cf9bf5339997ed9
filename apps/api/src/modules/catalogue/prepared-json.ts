import { createHash } from 'node:crypto';
import type { Response } from 'express';

/** A response body serialised once, with the ETag Express would compute for it. */
export interface PreparedJson {
  body: Buffer;
  etag: string;
}

/**
 * For a body that never changes while the process runs (the GCM catalogue): serialising and
 * hashing 27 KB on every request was most of the endpoint's cost (decision 0026).
 */
export function prepareJson(value: unknown): PreparedJson {
  const body = Buffer.from(JSON.stringify(value));
  // Express's own weak ETag ("W/" length-hash): a browser's cached copy stays valid across the change.
  const hash = createHash('sha1').update(body).digest('base64').slice(0, 27);
  return { body, etag: `W/"${body.length.toString(16)}-${hash}"` };
}

/** Sends it; with the ETag set, Express does not hash the body again and answers 304 when the client has it. */
export function sendPreparedJson(response: Response, prepared: PreparedJson): void {
  response.type('application/json').set('ETag', prepared.etag).send(prepared.body);
}
