import { existsSync } from 'node:fs';
import path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';

/** Vite's output names: `assets/<name>-<hash>.<ext>`, the hash of the content (8 characters). */
const HASHED_ASSET = /^\/assets\/.+-[A-Za-z0-9_-]{8}\.(js|css|woff2?|svg|png|jpg|webp)$/;
const A_YEAR_IN_SECONDS = 365 * 24 * 60 * 60;

export interface WebAppOptions {
  /** Serve the build's `.map` files (development only: in production they are 404). */
  sourceMaps: boolean;
}

/**
 * Serves the built web app (apps/web/dist) from the API's own port, with the single-page-app
 * fallback: any GET outside /api that accepts HTML gets index.html.
 *
 * Caching (docs/decisions/0025-web-serving.md): a hashed asset never changes under its name, so
 * browsers keep it a year without asking again (`immutable`); index.html, which names the current
 * assets, is revalidated on every load (`no-cache`), so a new deploy is picked up at once. The
 * source maps hold the app's whole source: in production they are not served.
 */
export function serveWebApp(app: NestExpressApplication, distDir: string, options: WebAppOptions): boolean {
  const index = path.join(distDir, 'index.html');
  if (!existsSync(index)) {
    return false;
  }
  const files = express.static(distDir, {
    index: false,
    setHeaders: (response, file) => {
      const name = `/${path.relative(distDir, file).split(path.sep).join('/')}`;
      if (HASHED_ASSET.test(name)) {
        response.setHeader('Cache-Control', `public, max-age=${A_YEAR_IN_SECONDS}, immutable`);
      } else if (name.endsWith('.html')) {
        response.setHeader('Cache-Control', 'no-cache');
      } else {
        // favicon and the like: unhashed, so short.
        response.setHeader('Cache-Control', 'public, max-age=3600');
      }
    },
  });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (!options.sourceMaps && request.path.endsWith('.map')) {
      next();
      return;
    }
    files(request, response, next);
  });
  app.use((request: Request, response: Response, next: NextFunction) => {
    const isPage =
      request.method === 'GET' &&
      !request.path.startsWith('/api') &&
      !request.path.startsWith('/_mail') &&
      // A missing asset (an old deploy's hash, a hidden source map) is a 404, not the app's page:
      // a script tag given HTML fails with a confusing MIME-type error instead.
      !request.path.startsWith('/assets/') &&
      !request.path.endsWith('.map') &&
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
