import { Injectable, type OnModuleInit } from '@nestjs/common';
import { OutboxHandlers } from '../outbox/outbox-handlers';
import { AUTO_REMINDER_KIND, VoteReminderPlanner } from './vote-reminder.planner';

/**
 * "Your vote is missing", when due: one row stands for the round, and at its time the planner
 * writes one rendered e-mail per person who has not voted (no one learns who else has not).
 */
@Injectable()
export class VoteReminderHandler implements OnModuleInit {
  constructor(
    private readonly handlers: OutboxHandlers,
    private readonly planner: VoteReminderPlanner,
  ) {}

  onModuleInit(): void {
    this.handlers.register(AUTO_REMINDER_KIND, {
      fanOut: (row) =>
        this.planner.fanOutAutomatic(String((row.payload as { roundId?: string }).roundId ?? '')),
    });
  }
}
