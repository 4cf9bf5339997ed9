import { Module } from '@nestjs/common';
import { CalendarFeedService } from './calendar-feed.service';
import { ComplianceService } from './compliance.service';
import { DueDateShiftService } from './due-date-shift.service';
import { OutboxViewService } from './outbox-view.service';
import { RemindNowService } from './remind-now.service';
import { ReminderPolicyService } from './reminder-policy.service';
import { RemindersController } from './reminders.controller';

@Module({
  controllers: [RemindersController],
  providers: [
    ReminderPolicyService,
    RemindNowService,
    OutboxViewService,
    ComplianceService,
    CalendarFeedService,
    DueDateShiftService,
  ],
})
export class RemindersModule {}
