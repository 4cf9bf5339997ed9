import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import type { AppConfig } from './config/config';
import { CoreModule, type CoreOptions } from './core.module';
import { AppExceptionFilter } from './infra/http/app-exception.filter';
import { redactSecretPath } from './infra/http/log-redaction';
import { SchemaValidationPipe } from './infra/http/validation.pipe';

export type AppOptions = CoreOptions;

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, options: AppOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            redact: {
              paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
              censor: '[redacted]',
            },
            autoLogging: { ignore: (request) => request.url === '/api/health' },
            // Links that are secrets (invitations, calendar feeds) never reach the logs.
            serializers: {
              req: (req: { url?: string; params?: unknown }) => {
                // The path already shows the route; parameters (splats included) would repeat secrets.
                const { params: _params, ...shown } = req;
                return { ...shown, url: redactSecretPath(req.url) };
              },
            },
            ...(config.nodeEnv === 'development'
              ? { transport: { target: 'pino-pretty', options: { singleLine: true } } }
              : {}),
          },
        }),
        CoreModule.forRoot(config, options),
      ],
      providers: [
        { provide: APP_PIPE, useClass: SchemaValidationPipe },
        { provide: APP_FILTER, useClass: AppExceptionFilter },
      ],
    };
  }
}
