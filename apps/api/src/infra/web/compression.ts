import compression from 'compression';
import type { Request, RequestHandler, Response } from 'express';

/**
 * Types that are compressed already (images, PDF, DOCX and other zip containers, archives) or
 * streamed as they happen (server-sent events, which a compressor would hold back until its
 * buffer fills). SVG is text and is compressed.
 */
const NOT_COMPRESSED =
  /^(image\/(?!svg\+xml)|audio\/|video\/|application\/(pdf|zip|gzip|x-gzip|octet-stream|vnd\.openxmlformats-|vnd\.oasis\.opendocument\.)|text\/event-stream)/i;

/**
 * gzip or Brotli (whichever the client prefers, Brotli first) for the API's JSON and the web
 * app's files, over 1 KB. Downloads (`Content-Disposition: attachment`) go out as stored: they
 * keep their Content-Length, and a 20 MB upload is not recompressed on every download.
 * Behind a reverse proxy that compresses, the proxy sees `Content-Encoding` and passes the body on
 * (docs/operations.md, docs/decisions/0025-web-serving.md).
 */
export function compressResponses(): RequestHandler {
  return compression({ filter: shouldCompress });
}

export function shouldCompress(request: Request, response: Response): boolean {
  const type = String(response.getHeader('Content-Type') ?? '');
  if (NOT_COMPRESSED.test(type)) return false;
  if (/^\s*attachment/i.test(String(response.getHeader('Content-Disposition') ?? ''))) return false;
  return compression.filter(request, response);
}
