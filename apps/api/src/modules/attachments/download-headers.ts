import type { Response } from 'express';
import { contentDisposition } from './file-name';

/**
 * Headers of a file handed out to be saved, not shown: its type and name as an attachment, no
 * type sniffing, and no copy kept by a shared cache.
 */
export function setDownloadHeaders(
  response: Response,
  file: { mediaType: string; fileName: string; size?: number },
): void {
  response.setHeader('Content-Type', file.mediaType);
  if (file.size !== undefined) response.setHeader('Content-Length', String(file.size));
  response.setHeader('Content-Disposition', contentDisposition(file.fileName));
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Cache-Control', 'private, no-store');
}
