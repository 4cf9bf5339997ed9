import {
  type TCalendarFeed,
  type TComplianceResponse,
  type TListOutboxQuery,
  type TListOutboxResponse,
  type TOutboxMessage,
  type TOutboxPreview,
  type TReminderPolicyResponse,
  type TShiftDueDatesRequest,
  type TTimelineResponse,
  type TUpdateReminderPolicyRequest,
  ZCalendarFeed,
  ZCalendarToken,
  ZComplianceResponse,
  ZListOutboxQuery,
  ZListOutboxResponse,
  ZOutboxMessage,
  ZOutboxPreview,
  ZProposeDueDateQuery,
  ZProposedDueDate,
  ZReminderPolicyResponse,
  ZShiftDueDatesRequest,
  ZShiftDueDatesResponse,
  ZTimelineResponse,
  ZUpdateReminderPolicyRequest,
} from '@gcm/domain';
import { Body, Controller, Delete, Get, Header, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { Documented } from '../../infra/http/endpoint-docs';
import { UuidParam } from '../../infra/http/route-params';
import { CurrentPerson, Public } from '../auth/auth.decorators';
import type { AuthPerson } from '../auth/auth.types';
import { CalendarFeedService } from './calendar-feed.service';
import { ComplianceService } from './compliance.service';
import { DueDateShiftService } from './due-date-shift.service';
import { OutboxViewService } from './outbox-view.service';
import { RemindNowService } from './remind-now.service';
import { ReminderPolicyService } from './reminder-policy.service';

@ApiTags('reminders')
@Controller('api')
export class RemindersController {
  constructor(
    private readonly policy: ReminderPolicyService,
    private readonly remindNow: RemindNowService,
    private readonly outbox: OutboxViewService,
    private readonly compliance: ComplianceService,
    private readonly calendar: CalendarFeedService,
    private readonly shift: DueDateShiftService,
  ) {}

  @Get('reviews/:reviewId/reminder-policy')
  @Documented('When reminders go out for this review', { 200: ZReminderPolicyResponse })
  getPolicy(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('reviewId') reviewId: string,
  ): Promise<TReminderPolicyResponse> {
    return this.policy.get(reviewId, person.id);
  }

  @Put('reviews/:reviewId/reminder-policy')
  @Documented('Change the reminder policy (coordinator); planned reminders follow it', {
    200: ZReminderPolicyResponse,
    409: 'Based on a stale version',
  })
  updatePolicy(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('reviewId') reviewId: string,
    @Body({ schema: ZUpdateReminderPolicyRequest }) body: TUpdateReminderPolicyRequest,
  ): Promise<TReminderPolicyResponse> {
    return this.policy.update(reviewId, person.id, body);
  }

  @Post('assignments/:assignmentId/remind')
  @HttpCode(202)
  @Documented('Send a reminder now (coordinator; once an hour per assignment)', {
    202: ZOutboxMessage,
    429: 'A reminder went out less than an hour ago',
  })
  remind(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('assignmentId') assignmentId: string,
  ): Promise<TOutboxMessage> {
    return this.remindNow.remind(assignmentId, person.id);
  }

  @Get('assignments/:assignmentId/reminders')
  @Documented('The reminders sent and planned for an assignment', { 200: ZListOutboxResponse })
  async assignmentReminders(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('assignmentId') assignmentId: string,
  ): Promise<TListOutboxResponse> {
    return { messages: await this.outbox.forAssignment(assignmentId, person.id) };
  }

  @Get('reviews/:reviewId/outbox')
  @Documented('E-mails of the review: planned, sent, failed (coordinator)', { 200: ZListOutboxResponse })
  async listOutbox(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('reviewId') reviewId: string,
    @Query({ schema: ZListOutboxQuery }) query: TListOutboxQuery,
  ): Promise<TListOutboxResponse> {
    return { messages: await this.outbox.list(reviewId, person.id, query) };
  }

  @Get('outbox/:messageId/preview')
  @Documented('An e-mail as it will go out (planned) or as it went (coordinator)', {
    200: ZOutboxPreview,
    404: 'No such e-mail',
    409: 'Written per person only when it goes out',
  })
  preview(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('messageId') messageId: string,
  ): Promise<TOutboxPreview> {
    return this.outbox.preview(messageId, person.id);
  }

  @Post('outbox/:messageId/retry')
  @HttpCode(202)
  @Documented('Try a failed e-mail again (coordinator)', {
    202: ZOutboxMessage,
    409: 'The e-mail has not failed',
  })
  retry(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('messageId') messageId: string,
  ): Promise<TOutboxMessage> {
    return this.outbox.retry(messageId, person.id);
  }

  @Get('reviews/:reviewId/compliance')
  @Documented('Per organisation: what was due, what came in on time, reminders it took', {
    200: ZComplianceResponse,
  })
  async complianceView(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('reviewId') reviewId: string,
  ): Promise<TComplianceResponse> {
    return { organisations: await this.compliance.compliance(reviewId, person.id) };
  }

  @Get('reviews/:reviewId/timeline')
  @Documented('Due dates, submissions and reminders of the review in date order', { 200: ZTimelineResponse })
  async timeline(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('reviewId') reviewId: string,
  ): Promise<TTimelineResponse> {
    return { entries: await this.compliance.timeline(reviewId, person.id) };
  }

  @Get('reviews/:reviewId/internal-due-date')
  @Documented('Propose an internal due date: the final deadline minus some weeks (default 3)', {
    200: ZProposedDueDate,
  })
  proposeDueDate(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('reviewId') reviewId: string,
    @Query({ schema: ZProposeDueDateQuery }) query: { weeksBefore: number },
  ): Promise<{ dueDate: string }> {
    return this.shift.propose(reviewId, person.id, query.weeksBefore);
  }

  @Post('reviews/:reviewId/shift-due-dates')
  @HttpCode(200)
  @Documented('Move every open due date as far as the final deadline moved (coordinator)', {
    200: ZShiftDueDatesResponse,
    409: 'Based on a stale review version',
  })
  shiftDueDates(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('reviewId') reviewId: string,
    @Body({ schema: ZShiftDueDatesRequest }) body: TShiftDueDatesRequest,
  ): Promise<{ shifted: number }> {
    return this.shift.shift(reviewId, person.id, body);
  }

  @Post('me/calendar-feed')
  @Documented('Create (or replace) my private calendar feed URL', { 201: ZCalendarFeed })
  rotateCalendar(@CurrentPerson() person: AuthPerson): Promise<TCalendarFeed> {
    return this.calendar.rotate(person.id);
  }

  @Delete('me/calendar-feed')
  @HttpCode(204)
  @Documented('Revoke my calendar feed URL', { 204: 'Revoked' })
  revokeCalendar(@CurrentPerson() person: AuthPerson): Promise<void> {
    return this.calendar.revoke(person.id);
  }

  @Public()
  @Get('calendar/:file')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Cache-Control', 'private, max-age=300')
  @ApiProduces('text/calendar')
  @Documented('A private calendar feed (.ics) of due dates; the URL is the secret', {
    200: { description: 'iCalendar', content: { 'text/calendar': { schema: { type: 'string' } } } },
  })
  calendarFeed(@Param('file', { schema: ZCalendarToken }) file: string): Promise<string> {
    return this.calendar.feed(file.replace(/\.ics$/, ''));
  }
}
