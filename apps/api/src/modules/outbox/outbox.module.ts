import { Global, Module } from '@nestjs/common';
import { OutboxRepository } from './outbox.repository';
import { OutboxPlanner } from './outbox-planner.service';

/** Planning e-mails (rows in the outbox); used by the API's feature modules. */
@Global()
@Module({ providers: [OutboxRepository, OutboxPlanner], exports: [OutboxRepository, OutboxPlanner] })
export class OutboxModule {}
