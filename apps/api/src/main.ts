import 'reflect-metadata';
import type { Server } from 'node:http';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { Logger } from 'nestjs-pino';
import { AppModule, type AppOptions } from './app.module';
import { type AppConfig, configOrExit } from './config/config';
import { serveOpenApi } from './infra/http/openapi';
import { securityHeaders } from './infra/http/security-headers';
import { prepareQueueBackend } from './infra/queue/queue-backend';
import { compressResponses } from './infra/web/compression';
import { serveWebApp } from './infra/web/web-app';
import { releaseMemoryAtRest } from './memory-at-rest';
import { APP_VERSION } from './version';

/** Builds the HTTP application (not listening yet): API, OpenAPI document and the web app. */
export async function createApp(
  config: AppConfig,
  options: AppOptions = {},
  beforeWebApp?: (app: NestExpressApplication) => void,
): Promise<NestExpressApplication> {
  await prepareQueueBackend(config);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, options), {
    bufferLogs: true,
    abortOnError: false,
    // No urlencoded parser: the API takes JSON only (and multipart on the upload route).
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  app.use(securityHeaders(config.publicUrl));
  app.use(compressResponses());
  // Only these proxies may say who the client is (sign-in throttling counts by address).
  app.set('trust proxy', config.trustProxy);
  app.useBodyParser('json', { limit: '1mb' });
  app.use(cookieParser());
  app.enableShutdownHooks();
  keepIdleConnectionsLongerThanClients(app.getHttpServer());
  serveOpenApi(app, APP_VERSION);
  beforeWebApp?.(app);
  serveWebApp(app, config.webDistDir, { sourceMaps: config.nodeEnv === 'development' });
  return app;
}

export async function startServer(
  config: AppConfig,
  beforeWebApp?: (app: NestExpressApplication) => void,
): Promise<NestExpressApplication> {
  const app = await createApp(config, {}, beforeWebApp);
  await app.listen(config.port, config.host);
  // One per process: npm start runs the worker in this process too (decision 0033).
  const stop = releaseMemoryAtRest();
  app.getHttpServer().once('close', stop);
  return app;
}

/**
 * Node closes an idle keep-alive connection after 5 s. A client (a reverse proxy's upstream pool,
 * a browser, a test's request context) that sends its next request on that connection in the same
 * instant gets ECONNRESET. Holding idle connections longer than the usual client side (nginx's
 * upstream `keepalive_timeout` is 60 s) lets the client close first, so the race cannot happen.
 */
const KEEP_ALIVE_MS = 65_000;
function keepIdleConnectionsLongerThanClients(server: Server): void {
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  // Must exceed keepAliveTimeout, or a slow first header on a reused connection is cut short.
  server.headersTimeout = KEEP_ALIVE_MS + 1_000;
}

if (require.main === module) {
  const config = configOrExit();
  startServer(config).then(
    () => console.info(`GCM Review Tracker API listening on ${config.publicUrl}`),
    (error: unknown) => {
      console.error('The API could not start:', error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
