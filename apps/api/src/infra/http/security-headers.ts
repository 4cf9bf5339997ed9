import type { RequestHandler } from 'express';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * Security headers on every response (helmet): the web app, the API and downloads.
 * - Content-Security-Policy: the built web app loads only its own scripts, styles and API (Vite's
 *   production build has no inline script or style); no framing (`frame-ancestors 'none'`).
 *   Swagger UI at /api/docs has an inline style block and sets style attributes, so it gets a
 *   policy of its own that allows inline styles (still no inline script).
 * - Referrer-Policy: no-referrer. Invitation and calendar-feed tokens are in URLs and must never
 *   travel in a Referer. (The app's writes are fetch() calls, which still send Origin.)
 * - X-Content-Type-Options: nosniff, X-Frame-Options: DENY, Cross-Origin-Opener-Policy and
 *   -Resource-Policy: same-origin (helmet's defaults).
 * - Strict-Transport-Security only when PUBLIC_URL is https (it would break plain-http installs).
 * Downloads set a stricter policy of their own (`default-src 'none'; sandbox`).
 */
export function securityHeaders(publicUrl: string): RequestHandler {
  const https = publicUrl.startsWith('https://');
  const base: HelmetOptions = {
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: false } : false,
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
  };
  const directives = {
    defaultSrc: ["'self'"],
    baseUri: ["'none'"],
    connectSrc: ["'self'"],
    fontSrc: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    imgSrc: ["'self'", 'data:'],
    objectSrc: ["'none'"],
    scriptSrc: ["'self'"],
    scriptSrcAttr: ["'none'"],
    styleSrc: ["'self'"],
    upgradeInsecureRequests: https ? [] : null,
  };
  const app = helmet({ ...base, contentSecurityPolicy: { useDefaults: false, directives } });
  const docs = helmet({
    ...base,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { ...directives, styleSrc: ["'self'", "'unsafe-inline'"] },
    },
  });
  return (request, response, next) => {
    if (request.path === '/api/docs' || request.path.startsWith('/api/docs/')) docs(request, response, next);
    else app(request, response, next);
  };
}
