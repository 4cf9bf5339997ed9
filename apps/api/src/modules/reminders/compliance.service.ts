import { deadlineStatus, type TOrganisationCompliance, type TTimelineEntry } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { Clock } from '../../infra/clock/clock';
import { PrismaService } from '../../infra/prisma/prisma.service';
import { AccessService } from '../access/access.service';
import { isoDate } from '../mail/mail-facts';

/** When each assignment was first submitted, from the audit trail. */
async function firstSubmissions(prisma: PrismaService, reviewId: string): Promise<Map<string, Date>> {
  const events = await prisma.client.auditEvent.findMany({
    where: { reviewId, action: 'contribution.submitted', targetType: 'assignment' },
    select: { targetId: true, createdAt: true },
    orderBy: { createdAt: 'asc' },
  });
  const first = new Map<string, Date>();
  for (const event of events) if (!first.has(event.targetId)) first.set(event.targetId, event.createdAt);
  return first;
}

/** Deadline tracking for the coordinator: who kept their deadlines, and the review's timeline. */
@Injectable()
export class ComplianceService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  async compliance(reviewId: string, personId: string): Promise<TOrganisationCompliance[]> {
    await this.access.require(reviewId, personId, ['coordinator', 'observer'], 'see deadline compliance');
    const review = await this.prisma.client.review.findUniqueOrThrow({
      where: { id: reviewId },
      select: { timeZone: true },
    });
    const [assignments, submitted, reminders] = await Promise.all([
      this.prisma.client.assignment.findMany({
        where: { reviewId },
        select: {
          id: true,
          state: true,
          dueDate: true,
          organisation: { select: { id: true, name: true, shortName: true, type: true } },
        },
      }),
      firstSubmissions(this.prisma, reviewId),
      this.prisma.client.outboxMessage.groupBy({
        by: ['assignmentId'],
        where: { reviewId, status: 'sent', kind: { startsWith: 'reminder.' } },
        _count: { _all: true },
      }),
    ]);
    const remindersByAssignment = new Map(reminders.map((r) => [r.assignmentId, r._count._all]));
    const now = this.clock.now();
    const byOrganisation = new Map<string, TOrganisationCompliance>();
    for (const assignment of assignments) {
      const row =
        byOrganisation.get(assignment.organisation.id) ??
        ({
          organisation: assignment.organisation,
          due: 0,
          submitted: 0,
          submittedOnTime: 0,
          overdue: 0,
          remindersSent: 0,
          onTimeRate: null,
        } satisfies TOrganisationCompliance);
      byOrganisation.set(assignment.organisation.id, row);
      const dueDate = isoDate(assignment.dueDate);
      const end = new Date(`${dueDate}T23:59:59.999Z`);
      const submittedAt = submitted.get(assignment.id);
      const status = deadlineStatus({ dueDate, now, timeZone: review.timeZone, state: assignment.state });
      row.remindersSent += remindersByAssignment.get(assignment.id) ?? 0;
      if (status === 'overdue') row.overdue += 1;
      if (submittedAt) {
        row.submitted += 1;
        // On time when submitted before the end of the due day in the review's zone.
        const dueEnd =
          deadlineStatus({ dueDate, now: submittedAt, timeZone: review.timeZone, state: 'drafting' }) !==
          'overdue';
        if (dueEnd) row.submittedOnTime += 1;
      }
      if (submittedAt || status === 'overdue' || now > end) row.due += 1;
    }
    for (const row of byOrganisation.values()) {
      row.onTimeRate = row.due ? row.submittedOnTime / row.due : null;
    }
    return [...byOrganisation.values()].sort((a, b) =>
      a.organisation.name.localeCompare(b.organisation.name),
    );
  }

  async timeline(reviewId: string, personId: string): Promise<TTimelineEntry[]> {
    await this.access.forReview(reviewId, personId);
    const review = await this.prisma.client.review.findUniqueOrThrow({
      where: { id: reviewId },
      select: { finalDueDate: true, title: true },
    });
    const assignments = await this.prisma.client.assignment.findMany({
      where: { reviewId },
      select: {
        id: true,
        dueDate: true,
        role: true,
        question: { select: { code: true } },
        organisation: { select: { name: true } },
      },
    });
    const submitted = await firstSubmissions(this.prisma, reviewId);
    const sent = await this.prisma.client.outboxMessage.findMany({
      where: { reviewId, status: 'sent', kind: { startsWith: 'reminder.' } },
      select: { sentAt: true, assignmentId: true },
    });
    const byId = new Map(assignments.map((a) => [a.id, a]));
    const entries: TTimelineEntry[] = [
      {
        date: isoDate(review.finalDueDate),
        kind: 'final_deadline',
        label: 'Report due at ESCAP',
        questionCode: null,
        organisationName: null,
      },
      ...assignments.map((a) => ({
        date: isoDate(a.dueDate),
        kind: 'assignment_due' as const,
        label: `${a.question.code} due (${a.role})`,
        questionCode: a.question.code,
        organisationName: a.organisation.name,
      })),
      ...[...submitted].flatMap(([assignmentId, at]) => {
        const a = byId.get(assignmentId);
        return a
          ? [
              {
                date: isoDate(at),
                kind: 'submitted' as const,
                label: `${a.question.code} submitted`,
                questionCode: a.question.code,
                organisationName: a.organisation.name,
              },
            ]
          : [];
      }),
      ...sent.flatMap((message) => {
        const a = message.assignmentId ? byId.get(message.assignmentId) : undefined;
        return a && message.sentAt
          ? [
              {
                date: isoDate(message.sentAt),
                kind: 'reminder_sent' as const,
                label: `Reminder for ${a.question.code}`,
                questionCode: a.question.code,
                organisationName: a.organisation.name,
              },
            ]
          : [];
      }),
    ];
    return entries.sort((x, y) => x.date.localeCompare(y.date) || x.kind.localeCompare(y.kind));
  }
}
