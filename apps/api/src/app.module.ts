import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { APP_CONFIG, type AppConfig } from './config/config';
import { Clock, ClockModule } from './infra/clock/clock';
import { AppExceptionFilter } from './infra/http/app-exception.filter';
import { redactSecretPath } from './infra/http/log-redaction';
import { SchemaValidationPipe } from './infra/http/validation.pipe';
import { PrismaModule } from './infra/prisma/prisma.module';
import { QueueModule } from './infra/queue/queue.module';
import { SecretsModule } from './infra/secrets/secrets.module';
import { AccessModule } from './modules/access/access.module';
import { AnswersModule } from './modules/answers/answers.module';
import { AssignmentsModule } from './modules/assignments/assignments.module';
import { AttachmentsModule } from './modules/attachments/attachments.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { CatalogueModule } from './modules/catalogue/catalogue.module';
import { ContributionsModule } from './modules/contributions/contributions.module';
import { HealthModule } from './modules/health/health.module';
import { MembersModule } from './modules/members/members.module';
import { OrganisationsModule } from './modules/organisations/organisations.module';
import { OutboxModule } from './modules/outbox/outbox.module';
import { RemindersModule } from './modules/reminders/reminders.module';
import { ReportModule } from './modules/report/report.module';
import { ReviewsModule } from './modules/reviews/reviews.module';
import { VotesModule } from './modules/votes/votes.module';
import { WorkshopsModule } from './modules/workshops/workshops.module';

/** What tests (and only tests) may swap: the clock. */
export interface AppOptions {
  clock?: Clock;
}

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
        {
          module: ConfigHolderModule,
          global: true,
          providers: [{ provide: APP_CONFIG, useValue: config }],
          exports: [APP_CONFIG],
        },
        PrismaModule,
        SecretsModule,
        QueueModule.forRoot(config),
        OutboxModule,
        options.clock
          ? {
              module: ClockModule,
              global: true,
              providers: [{ provide: Clock, useValue: options.clock }],
              exports: [Clock],
            }
          : ClockModule,
        AccessModule,
        AuthModule,
        HealthModule,
        CatalogueModule,
        ReviewsModule,
        MembersModule,
        OrganisationsModule,
        // Feature modules: keep one per line.
        AnswersModule,
        ReportModule,
        WorkshopsModule,
        VotesModule,
        RemindersModule,
        AssignmentsModule,
        ContributionsModule,
        AttachmentsModule,
        AuditModule,
      ],
      providers: [
        { provide: APP_PIPE, useClass: SchemaValidationPipe },
        { provide: APP_FILTER, useClass: AppExceptionFilter },
      ],
    };
  }
}

@Module({})
class ConfigHolderModule {}
