import { BullModule } from '@nestjs/bullmq';
import { type DynamicModule, Global, Module } from '@nestjs/common';
import type { AppConfig } from '../../config/config';
import { MAIL_QUEUE } from './jobs';
import { MailQueue } from './mail-queue';
import { queueConnection } from './queue-backend';

/** BullMQ through @nestjs/bullmq; call prepareQueueBackend() before the module starts. */
@Global()
@Module({})
export class QueueModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: QueueModule,
      imports: [
        BullModule.forRoot({
          connection: queueConnection(config) as never,
          prefix: config.queuePrefix,
        }),
        BullModule.registerQueue({ name: MAIL_QUEUE }),
      ],
      providers: [MailQueue],
      exports: [MailQueue, BullModule],
    };
  }
}
