import { AppError, type TCalendarFeed } from '@gcm/domain';
import { Inject, Injectable } from '@nestjs/common';
import { createEvents, type EventAttributes } from 'ics';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { Clock } from '../../infra/clock/clock';
import { PrismaService } from '../../infra/prisma/prisma.service';
import { hashToken, newToken } from '../../infra/secrets/tokens';
import { AuditService } from '../audit/audit.service';
import { isoDate } from '../mail/mail-facts';

function day(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y ?? 1970, m ?? 1, d ?? 1];
}

/**
 * A private, revocable calendar feed per person: the due dates of the assignments they (or their
 * organisation) answer, and of every assignment in the reviews they coordinate.
 */
@Injectable()
export class CalendarFeedService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  /** A new secret URL; the previous one stops working. */
  async rotate(personId: string): Promise<TCalendarFeed> {
    const { token, hash } = newToken();
    await this.prisma.client.$transaction(async (tx) => {
      const before = await tx.person.findUniqueOrThrow({
        where: { id: personId },
        select: { calendarTokenHash: true },
      });
      await tx.person.update({ where: { id: personId }, data: { calendarTokenHash: hash } });
      await this.audit.record(tx, {
        reviewId: null,
        actorId: personId,
        action: before.calendarTokenHash ? 'calendar_feed.replaced' : 'calendar_feed.created',
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
    await this.prisma.client.$transaction(async (tx) => {
      const revoked = await tx.person.updateMany({
        where: { id: personId, calendarTokenHash: { not: null } },
        data: { calendarTokenHash: null },
      });
      if (revoked.count) {
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
    const person = await this.prisma.client.person.findUnique({
      where: { calendarTokenHash: hashToken(token) },
      select: {
        id: true,
        memberships: {
          where: { acceptedAt: { not: null } },
          select: { reviewId: true, role: true, organisationId: true },
        },
      },
    });
    if (!person) throw new AppError('NOT_FOUND', 'This calendar link is not valid (any more)');
    const coordinated = person.memberships.filter((m) => m.role === 'coordinator').map((m) => m.reviewId);
    const asContributor = person.memberships.filter((m) => m.role === 'contributor' && m.organisationId);
    const assignments = await this.prisma.client.assignment.findMany({
      where: {
        OR: [
          { reviewId: { in: coordinated } },
          ...asContributor.map((m) => ({
            reviewId: m.reviewId,
            organisationId: m.organisationId ?? undefined,
          })),
          { focalPoints: { some: { personId: person.id } } },
        ],
      },
      include: {
        question: { select: { code: true, prompt: true } },
        organisation: { select: { name: true } },
        review: { select: { title: true } },
      },
    });
    const events: EventAttributes[] = assignments.map((a) => {
      const date = isoDate(a.dueDate);
      const next = new Date(`${date}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      return {
        uid: `assignment-${a.id}@gcm-review-tracker`,
        start: day(date),
        end: day(next.toISOString().slice(0, 10)),
        title: `Due: question ${a.question.code} — ${a.organisation.name}`,
        description: `${a.review.title}\n${a.question.prompt}\nState: ${a.state.replace('_', ' ')}\n${this.config.publicUrl}/assignments/${a.id}`,
        url: `${this.config.publicUrl}/assignments/${a.id}`,
        status: 'CONFIRMED',
        busyStatus: 'FREE',
        transp: 'TRANSPARENT',
      };
    });
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
