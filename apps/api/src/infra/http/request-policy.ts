import { AppError } from '@gcm/domain';
import { SetMetadata } from '@nestjs/common';
import type { Request } from 'express';

/**
 * Cross-site request forgery defences of the API (docs/decisions/0014-csrf-origin-policy.md).
 * The SessionGuard applies them to every route before anything else runs.
 */

export const OPENS_SESSION = 'gcm:opensSession';
/** The route signs someone in: it needs a same-origin request even without a session cookie. */
export const OpensSession = () => SetMetadata(OPENS_SESSION, true);

export const ACCEPTS_MULTIPART = 'gcm:acceptsMultipart';
/** The route takes a multipart/form-data upload instead of a JSON body. */
export const AcceptsMultipart = () => SetMetadata(ACCEPTS_MULTIPART, true);

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const FOREIGN = 'Requests from other sites are refused';

export function isStateChanging(request: Request): boolean {
  return !SAFE_METHODS.has(request.method);
}

function originOf(value: string): string | null {
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
}

/**
 * A state-changing request must come from the app's own pages (PUBLIC_URL's origin):
 * - `Origin: null` (sandboxed frames, privacy-redirected forms, data: URLs) is always refused,
 *   as is any other site's Origin;
 * - when `required` (the request carries a session cookie, or signs someone in), a request
 *   without Origin must show it is same-origin by `Sec-Fetch-Site: same-origin` or a Referer on
 *   PUBLIC_URL; otherwise it is refused. Browsers send Origin on every POST/PUT/PATCH/DELETE fetch,
 *   so the web app is unaffected; scripts using a session cookie must send `Origin: PUBLIC_URL`.
 */
export function assertSameOrigin(request: Request, publicOrigin: string, required: boolean): void {
  if (!isStateChanging(request)) return;
  const origin = request.headers.origin;
  if (origin !== undefined) {
    if (origin === 'null' || originOf(origin) !== publicOrigin) throw new AppError('FORBIDDEN', FOREIGN);
    return;
  }
  if (!required) return;
  if (request.headers['sec-fetch-site'] === 'same-origin') return;
  const referer = request.headers.referer;
  if (referer && originOf(referer) === publicOrigin) return;
  throw new AppError(
    'FORBIDDEN',
    `${FOREIGN}: send the Origin header of this site (${publicOrigin}) with requests that change data`,
  );
}

function hasBody(request: Request): boolean {
  const length = request.headers['content-length'];
  return (length !== undefined && length !== '0') || request.headers['transfer-encoding'] !== undefined;
}

/**
 * JSON endpoints take only application/json bodies and the upload endpoint only multipart: the
 * body types an HTML form can send cross-site without a CORS preflight (urlencoded, multipart,
 * text/plain) are refused with 415 before any handler runs.
 */
export function assertBodyType(request: Request, acceptsMultipart: boolean): void {
  if (!isStateChanging(request) || !hasBody(request)) return;
  const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (acceptsMultipart) {
    if (type === 'multipart/form-data') return;
    throw new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      'Send the file as multipart/form-data, in the form field "file"',
    );
  }
  if (type === 'application/json') return;
  throw new AppError(
    'UNSUPPORTED_MEDIA_TYPE',
    `Send the request body as JSON (Content-Type: application/json)${type ? `, not ${type}` : ''}`,
  );
}
