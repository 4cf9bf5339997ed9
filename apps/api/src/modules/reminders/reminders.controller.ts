import {
  type TCalendarFeed,
  type TComplianceResponse,
  type TListOutboxQuery,
  type TListOutboxResponse,
  type TOutboxMessage,
  type TReminderPolicyResponse,
  type TShiftDueDatesRequest,
  type TTimelineResponse,
  type TUpdateReminderPolicyRequest,
  ZCalendarFeed,
  ZCalendarToken,
  ZComplianceResponse,
  ZErrorResponse,
  ZListOutboxQuery,
  ZListOutboxResponse,
  ZOutboxMessage,
  ZProposeDueDateQuery,
  ZProposedDueDate,
  ZReminderPolicyResponse,
  ZShiftDueDatesRequest,
  ZShiftDueDatesResponse,
  ZTimelineResponse,
  ZUpdateReminderPolicyRequest,
  ZUuid,
} from '@gcm/domain';
import { Body, Controller, Delete, Get, Header, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
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
  @ApiOperation({ summary: 'When reminders go out for this review' })
  @ApiResponse({ status: 200, standardSchema: ZReminderPolicyResponse })
  getPolicy(
    @CurrentPerson() person: AuthPerson,
    @Param('reviewId', { schema: ZUuid }) reviewId: string,
  ): Promise<TReminderPolicyResponse> {
    return this.policy.get(reviewId, person.id);
  }

  @Put('reviews/:reviewId/reminder-policy')
  @ApiOperation({ summary: 'Change the reminder policy (coordinator); planned reminders follow it' })
  @ApiResponse({ status: 200, standardSchema: ZReminderPolicyResponse })
  @ApiResponse({ status: 409, description: 'Based on a stale version', standardSchema: ZErrorResponse })
  updatePolicy(
    @CurrentPerson() person: AuthPerson,
    @Param('reviewId', { schema: ZUuid }) reviewId: string,
    @Body({ schema: ZUpdateReminderPolicyRequest }) body: TUpdateReminderPolicyRequest,
  ): Promise<TReminderPolicyResponse> {
    return this.policy.update(reviewId, person.id, body);
  }

  @Post('assignments/:assignmentId/remind')
  @HttpCode(202)
  @ApiOperation({ summary: 'Send a reminder now (coordinator; once an hour per assignment)' })
  @ApiResponse({ status: 202, standardSchema: ZOutboxMessage })
  @ApiResponse({
    status: 429,
    description: 'A reminder went out less than an hour ago',
    standardSchema: ZErrorResponse,
  })
  remind(
    @CurrentPerson() person: AuthPerson,
    @Param('assignmentId', { schema: ZUuid }) assignmentId: string,
  ): Promise<TOutboxMessage> {
    return this.remindNow.remind(assignmentId, person.id);
  }

  @Get('assignments/:assignmentId/reminders')
  @ApiOperation({ summary: 'The reminders sent and planned for an assignment' })
  @ApiResponse({ status: 200, standardSchema: ZListOutboxResponse })
  async assignmentReminders(
    @CurrentPerson() person: AuthPerson,
    @Param('assignmentId', { schema: ZUuid }) assignmentId: string,
  ): Promise<TListOutboxResponse> {
    return { messages: await this.outbox.forAssignment(assignmentId, person.id) };
  }

  @Get('reviews/:reviewId/outbox')
  @ApiOperation({ summary: 'E-mails of the review: planned, sent, failed (coordinator)' })
  @ApiResponse({ status: 200, standardSchema: ZListOutboxResponse })
  async listOutbox(
    @CurrentPerson() person: AuthPerson,
    @Param('reviewId', { schema: ZUuid }) reviewId: string,
    @Query({ schema: ZListOutboxQuery }) query: TListOutboxQuery,
  ): Promise<TListOutboxResponse> {
    return { messages: await this.outbox.list(reviewId, person.id, query) };
  }

  @Post('outbox/:messageId/retry')
  @HttpCode(202)
  @ApiOperation({ summary: 'Try a failed e-mail again (coordinator)' })
  @ApiResponse({ status: 202, standardSchema: ZOutboxMessage })
  @ApiResponse({ status: 409, description: 'The e-mail has not failed', standardSchema: ZErrorResponse })
  retry(
    @CurrentPerson() person: AuthPerson,
    @Param('messageId', { schema: ZUuid }) messageId: string,
  ): Promise<TOutboxMessage> {
    return this.outbox.retry(messageId, person.id);
  }

  @Get('reviews/:reviewId/compliance')
  @ApiOperation({ summary: 'Per organisation: what was due, what came in on time, reminders it took' })
  @ApiResponse({ status: 200, standardSchema: ZComplianceResponse })
  async complianceView(
    @CurrentPerson() person: AuthPerson,
    @Param('reviewId', { schema: ZUuid }) reviewId: string,
  ): Promise<TComplianceResponse> {
    return { organisations: await this.compliance.compliance(reviewId, person.id) };
  }

  @Get('reviews/:reviewId/timeline')
  @ApiOperation({ summary: 'Due dates, submissions and reminders of the review in date order' })
  @ApiResponse({ status: 200, standardSchema: ZTimelineResponse })
  async timeline(
    @CurrentPerson() person: AuthPerson,
    @Param('reviewId', { schema: ZUuid }) reviewId: string,
  ): Promise<TTimelineResponse> {
    return { entries: await this.compliance.timeline(reviewId, person.id) };
  }

  @Get('reviews/:reviewId/internal-due-date')
  @ApiOperation({ summary: 'Propose an internal due date: the final deadline minus some weeks (default 3)' })
  @ApiResponse({ status: 200, standardSchema: ZProposedDueDate })
  proposeDueDate(
    @CurrentPerson() person: AuthPerson,
    @Param('reviewId', { schema: ZUuid }) reviewId: string,
    @Query({ schema: ZProposeDueDateQuery }) query: { weeksBefore: number },
  ): Promise<{ dueDate: string }> {
    return this.shift.propose(reviewId, person.id, query.weeksBefore);
  }

  @Post('reviews/:reviewId/shift-due-dates')
  @HttpCode(200)
  @ApiOperation({ summary: 'Move every open due date as far as the final deadline moved (coordinator)' })
  @ApiResponse({ status: 200, standardSchema: ZShiftDueDatesResponse })
  @ApiResponse({
    status: 409,
    description: 'Based on a stale review version',
    standardSchema: ZErrorResponse,
  })
  shiftDueDates(
    @CurrentPerson() person: AuthPerson,
    @Param('reviewId', { schema: ZUuid }) reviewId: string,
    @Body({ schema: ZShiftDueDatesRequest }) body: TShiftDueDatesRequest,
  ): Promise<{ shifted: number }> {
    return this.shift.shift(reviewId, person.id, body);
  }

  @Post('me/calendar-feed')
  @ApiOperation({ summary: 'Create (or replace) my private calendar feed URL' })
  @ApiResponse({ status: 201, standardSchema: ZCalendarFeed })
  rotateCalendar(@CurrentPerson() person: AuthPerson): Promise<TCalendarFeed> {
    return this.calendar.rotate(person.id);
  }

  @Delete('me/calendar-feed')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke my calendar feed URL' })
  @ApiResponse({ status: 204, description: 'Revoked' })
  revokeCalendar(@CurrentPerson() person: AuthPerson): Promise<void> {
    return this.calendar.revoke(person.id);
  }

  @Public()
  @Get('calendar/:file')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Cache-Control', 'private, max-age=300')
  @ApiProduces('text/calendar')
  @ApiOperation({ summary: 'A private calendar feed (.ics) of due dates; the URL is the secret' })
  @ApiResponse({
    status: 200,
    description: 'iCalendar',
    content: { 'text/calendar': { schema: { type: 'string' } } },
  })
  calendarFeed(@Param('file', { schema: ZCalendarToken }) file: string): Promise<string> {
    return this.calendar.feed(file.replace(/\.ics$/, ''));
  }
}
