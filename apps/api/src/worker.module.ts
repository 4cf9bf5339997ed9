import { type DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { AppConfig } from './config/config';
import { CoreModule, type CoreOptions } from './core.module';
import { OutboxDeliveryModule } from './modules/outbox/outbox-delivery.module';

export type WorkerOptions = CoreOptions;

/** The worker: the same modules as the API (CoreModule), without HTTP, plus sending. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, options: WorkerOptions = {}): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        LoggerModule.forRoot({ pinoHttp: { level: config.logLevel } }),
        CoreModule.forRoot(config, options),
        OutboxDeliveryModule,
      ],
    };
  }
}
