import { dateIn, deadlineStatus, type TOrganisationCompliance, type TTimelineEntry } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { Clock } from '../../infra/clock/clock';
import { AccessService } from '../access/access.service';
import { RemindersRepository } from './reminders.repository';

/** Deadline tracking for the coordinator: who kept their deadlines, and the review's timeline. */
@Injectable()
export class ComplianceService {
  constructor(
    private readonly reminders: RemindersRepository,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  async compliance(reviewId: string, personId: string): Promise<TOrganisationCompliance[]> {
    await this.access.require(reviewId, personId, ['coordinator', 'observer'], 'see deadline compliance');
    const review = await this.reminders.deadlineOf(reviewId);
    const [assignments, submitted, remindersByAssignment] = await Promise.all([
      this.reminders.complianceAssignments(reviewId),
      this.reminders.firstSubmissions(reviewId),
      this.reminders.remindersSentByAssignment(reviewId),
    ]);
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
      const { dueDate } = assignment;
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
    const review = await this.reminders.deadlineOf(reviewId);
    const assignments = await this.reminders.timelineAssignments(reviewId);
    const submitted = await this.reminders.firstSubmissions(reviewId);
    const sent = await this.reminders.remindersSent(reviewId);
    const byId = new Map(assignments.map((a) => [a.id, a]));
    const entries: TTimelineEntry[] = [
      {
        date: review.finalDueDate,
        kind: 'final_deadline',
        label: 'Report due at ESCAP',
        questionCode: null,
        organisationName: null,
      },
      ...assignments.map((a) => ({
        date: a.dueDate,
        kind: 'assignment_due' as const,
        label: `${a.questionCode} due (${a.role})`,
        questionCode: a.questionCode,
        organisationName: a.organisationName,
      })),
      ...[...submitted].flatMap(([assignmentId, at]) => {
        const a = byId.get(assignmentId);
        return a
          ? [
              {
                date: dateIn('UTC', at),
                kind: 'submitted' as const,
                label: `${a.questionCode} submitted`,
                questionCode: a.questionCode,
                organisationName: a.organisationName,
              },
            ]
          : [];
      }),
      ...sent.flatMap((message) => {
        const a = message.assignmentId ? byId.get(message.assignmentId) : undefined;
        return a && message.sentOn
          ? [
              {
                date: message.sentOn,
                kind: 'reminder_sent' as const,
                label: `Reminder for ${a.questionCode}`,
                questionCode: a.questionCode,
                organisationName: a.organisationName,
              },
            ]
          : [];
      }),
    ];
    return entries.sort((x, y) => x.date.localeCompare(y.date) || x.kind.localeCompare(y.kind));
  }
}
