import { existsSync } from 'node:fs';
import path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';

/**
 * Serves the built web app (apps/web/dist) from the API's own port, with the single-page-app
 * fallback: any GET outside /api that accepts HTML gets index.html.
 */
export function serveWebApp(app: NestExpressApplication, distDir: string): boolean {
  const index = path.join(distDir, 'index.html');
  if (!existsSync(index)) {
    return false;
  }
  app.use(express.static(distDir, { index: false, maxAge: '1h' }));
  app.use((request: Request, response: Response, next: NextFunction) => {
    const isPage =
      request.method === 'GET' &&
      !request.path.startsWith('/api') &&
      !request.path.startsWith('/_mail') &&
      request.accepts('html') === 'html';
    if (!isPage) {
      next();
      return;
    }
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
  return true;
}
