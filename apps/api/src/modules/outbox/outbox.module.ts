import { Global, Module } from '@nestjs/common';
import { AssignmentMailRepository } from './assignment-mail.repository';
import { OutboxRepository } from './outbox.repository';
import { OutboxHandlers } from './outbox-handlers';
import { OutboxPlanner } from './outbox-planner.service';

/**
 * The outbox: e-mails as rows, planned in the transaction of the change that causes them. Feature
 * modules plan through OutboxPlanner and OutboxRepository, and register in OutboxHandlers what
 * their kinds need at send time; the worker (OutboxWorkerModule) delivers.
 */
@Global()
@Module({
  providers: [OutboxRepository, AssignmentMailRepository, OutboxPlanner, OutboxHandlers],
  exports: [OutboxRepository, AssignmentMailRepository, OutboxPlanner, OutboxHandlers],
})
export class OutboxModule {}
