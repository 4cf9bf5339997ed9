import { type DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { APP_CONFIG, type AppConfig } from './config/config';
import { Clock, ClockModule } from './infra/clock/clock';
import { MailTransport } from './infra/mail/mail-transport';
import { SmtpTransport } from './infra/mail/smtp-transport';
import { PrismaModule } from './infra/prisma/prisma.module';
import { QueueModule } from './infra/queue/queue.module';
import { SecretsModule } from './infra/secrets/secrets.module';
import { DeliveryService } from './modules/outbox/delivery.service';
import { DigestService } from './modules/outbox/digest.service';
import { MailProcessor } from './modules/outbox/jobs/mail.processor';
import { OutboxModule } from './modules/outbox/outbox.module';
import { OutboxReconciler } from './modules/outbox/reconciler.service';
import { VoteReminderPlanner } from './modules/votes/vote-reminder.planner';
import { VoteRemindersRepository } from './modules/votes/vote-reminders.repository';
import { VoteRoundsRepository } from './modules/votes/vote-rounds.repository';

export interface WorkerOptions {
  clock?: Clock;
}

@Module({})
class WorkerConfigModule {}

/** The worker: the same modules as the API, without HTTP, plus the queue processors. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, options: WorkerOptions = {}): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        LoggerModule.forRoot({ pinoHttp: { level: config.logLevel } }),
        {
          module: WorkerConfigModule,
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
        QueueModule.forRoot(config),
        OutboxModule,
      ],
      providers: [
        { provide: MailTransport, useClass: SmtpTransport },
        DeliveryService,
        OutboxReconciler,
        DigestService,
        VoteReminderPlanner,
        VoteRoundsRepository,
        VoteRemindersRepository,
        MailProcessor,
      ],
      exports: [OutboxReconciler, DeliveryService, DigestService],
    };
  }
}
