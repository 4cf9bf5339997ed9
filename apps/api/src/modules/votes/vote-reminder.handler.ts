import { Injectable, type OnModuleInit } from '@nestjs/common';
import { OutboxHandlers } from '../outbox/outbox-handlers';
import { AUTO_REMINDER_KIND, VOTE_ANNOUNCEMENT_KINDS, VoteReminderPlanner } from './vote-reminder.planner';

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
    for (const what of ['opened', 'closed'] as const) {
      this.handlers.register(VOTE_ANNOUNCEMENT_KINDS[what], {
        fanOut: (row) => {
          const payload = row.payload as { roundId?: string; early?: boolean };
          return this.planner.fanOutAnnouncement(String(payload.roundId ?? ''), what, payload.early === true);
        },
      });
    }
  }
}
