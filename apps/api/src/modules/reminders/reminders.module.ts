import { Module } from '@nestjs/common';
import { ReviewStateModule } from '../review-state/review-state.module';
import { CalendarFeedRepository } from './calendar-feed.repository';
import { CalendarFeedService } from './calendar-feed.service';
import { ComplianceService } from './compliance.service';
import { DueDateChangedMailHandler } from './due-date-changed-mail.handler';
import { DueDateShiftService } from './due-date-shift.service';
import { OutboxViewService } from './outbox-view.service';
import { RemindNowService } from './remind-now.service';
import { ReminderMailHandler } from './reminder-mail.handler';
import { ReminderPolicyService } from './reminder-policy.service';
import { RemindersController } from './reminders.controller';
import { RemindersRepository } from './reminders.repository';

@Module({
  imports: [ReviewStateModule],
  controllers: [RemindersController],
  providers: [
    RemindersRepository,
    CalendarFeedRepository,
    ReminderPolicyService,
    RemindNowService,
    OutboxViewService,
    ComplianceService,
    CalendarFeedService,
    DueDateShiftService,
    DueDateChangedMailHandler,
    ReminderMailHandler,
  ],
})
export class RemindersModule {}
