import { type DynamicModule, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from './config/config';
import { Clock, ClockModule } from './infra/clock/clock';
import { PrismaModule } from './infra/prisma/prisma.module';
import { QueueModule } from './infra/queue/queue.module';
import { SecretsModule } from './infra/secrets/secrets.module';
import { StorageModule } from './infra/storage/storage.module';
import { AccessModule } from './modules/access/access.module';
import { AnswersModule } from './modules/answers/answers.module';
import { AssignmentsModule } from './modules/assignments/assignments.module';
import { AttachmentsModule } from './modules/attachments/attachments.module';
import { AttentionModule } from './modules/attention/attention.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuditTrailModule } from './modules/audit-trail/audit-trail.module';
import { AuthModule } from './modules/auth/auth.module';
import { CatalogueModule } from './modules/catalogue/catalogue.module';
import { ContributionsModule } from './modules/contributions/contributions.module';
import { HealthModule } from './modules/health/health.module';
import { InstanceModule } from './modules/instance/instance.module';
import { MembersModule } from './modules/members/members.module';
import { OrganisationsModule } from './modules/organisations/organisations.module';
import { OutboxModule } from './modules/outbox/outbox.module';
import { PublicationModule } from './modules/publication/publication.module';
import { QuestionnairesModule } from './modules/questionnaires/questionnaires.module';
import { RemindersModule } from './modules/reminders/reminders.module';
import { ReportModule } from './modules/report/report.module';
import { ReviewLifecycleModule } from './modules/review-lifecycle/review-lifecycle.module';
import { ReviewsModule } from './modules/reviews/reviews.module';
import { VotesModule } from './modules/votes/votes.module';
import { WorkshopsModule } from './modules/workshops/workshops.module';
import { WorkspacesModule } from './modules/workspaces/workspaces.module';

/** What tests (and only tests) may swap: the clock. */
export interface CoreOptions {
  clock?: Clock;
}

@Module({})
class ConfigHolderModule {}

/**
 * What the API and the worker both are: the configuration, the infrastructure adapters and every
 * feature module. The API adds HTTP on top; the worker adds the queue processors. So the worker
 * sends e-mails with the same handlers the features register (see OutboxHandlers).
 */
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig, options: CoreOptions = {}): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        {
          module: ConfigHolderModule,
          global: true,
          providers: [{ provide: APP_CONFIG, useValue: config }],
          exports: [APP_CONFIG],
        },
        options.clock
          ? {
              module: ClockModule,
              global: true,
              providers: [{ provide: Clock, useValue: options.clock }],
              exports: [Clock],
            }
          : ClockModule,
        PrismaModule,
        SecretsModule,
        StorageModule,
        QueueModule.forRoot(config),
        OutboxModule,
        AuditModule,
        AccessModule,
        AuthModule,
        HealthModule,
        CatalogueModule,
        QuestionnairesModule,
        ReviewsModule,
        ReviewLifecycleModule,
        MembersModule,
        OrganisationsModule,
        WorkspacesModule,
        // Feature modules: keep one per line.
        AnswersModule,
        ReportModule,
        PublicationModule,
        WorkshopsModule,
        VotesModule,
        RemindersModule,
        AssignmentsModule,
        ContributionsModule,
        AttachmentsModule,
        AuditTrailModule,
        AttentionModule,
        InstanceModule,
      ],
    };
  }
}
