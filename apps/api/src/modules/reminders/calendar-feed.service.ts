import { AppError, addDays, type TCalendarFeed } from '@gcm/domain';
import { Inject, Injectable } from '@nestjs/common';
import { createEvents, type EventAttributes } from 'ics';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { Clock } from '../../infra/clock/clock';
import { Transactions } from '../../infra/prisma/transactions';
import { hashToken, newToken } from '../../infra/secrets/tokens';
import { AuditService } from '../audit/audit.service';
import { calendarDay } from '../mail/calendar';
import { CalendarFeedRepository } from './calendar-feed.repository';

/**
 * A private, revocable calendar feed per person: the due dates of the assignments they (or their
 * organisation) answer, and of every assignment in the reviews they coordinate.
 */
@Injectable()
export class CalendarFeedService {
  constructor(
    private readonly feeds: CalendarFeedRepository,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  /** A new secret URL; the previous one stops working. */
  async rotate(personId: string): Promise<TCalendarFeed> {
    const { token, hash } = newToken();
    await this.transactions.run(async (tx) => {
      const replaced = await this.feeds.replaceToken(tx, personId, hash);
      await this.audit.record(tx, {
        reviewId: null,
        actorId: personId,
        action: replaced ? 'calendar_feed.replaced' : 'calendar_feed.created',
        targetType: 'person',
        targetId: personId,
      });
    });
    return {
      url: `${this.config.publicUrl}/api/calendar/${token}.ics`,
      createdAt: this.clock.now().toISOString(),
    };
  }

  async revoke(personId: string): Promise<void> {
    await this.transactions.run(async (tx) => {
      if (await this.feeds.removeToken(tx, personId)) {
        await this.audit.record(tx, {
          reviewId: null,
          actorId: personId,
          action: 'calendar_feed.revoked',
          targetType: 'person',
          targetId: personId,
        });
      }
    });
  }

  async feed(token: string): Promise<string> {
    const assignments = await this.feeds.assignmentsForToken(hashToken(token));
    if (!assignments) throw new AppError('NOT_FOUND', 'This calendar link is not valid (any more)');
    const events: EventAttributes[] = assignments.map((a) => ({
      uid: `assignment-${a.id}@gcm-review-tracker`,
      start: calendarDay(a.dueDate),
      end: calendarDay(addDays(a.dueDate, 1)),
      title: `Due: question ${a.questionCode} — ${a.organisationName}`,
      description: `${a.reviewTitle}\n${a.questionPrompt}\nState: ${a.state.replace('_', ' ')}\n${this.config.publicUrl}/assignments/${a.id}`,
      url: `${this.config.publicUrl}/assignments/${a.id}`,
      status: 'CONFIRMED',
      busyStatus: 'FREE',
      transp: 'TRANSPARENT',
    }));
    const { error, value } = createEvents(events, {
      productId: 'gcm-review-tracker',
      calName: 'GCM Review deadlines',
    });
    if (error) throw new Error(`Could not build the calendar: ${error.message}`);
    return (
      value ??
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:gcm-review-tracker\r\nX-WR-CALNAME:GCM Review deadlines\r\nEND:VCALENDAR\r\n'
    );
  }
}
