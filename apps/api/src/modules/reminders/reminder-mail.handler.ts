import type { OutboxMessage } from '@gcm/db';
import { daysUntilDue, isReminderStillDue } from '@gcm/domain';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { Clock } from '../../infra/clock/clock';
import { type AssignmentForMail, assignmentFacts, STATE_TEXT } from '../mail/mail-facts';
import { mailText } from '../mail/mail-i18n';
import { renderMail } from '../mail/render';
import {
  ReminderEmail,
  type ReminderFacts,
  type ReminderKind,
  reminderSubject,
} from '../mail/templates/reminder.email';
import { AssignmentMailRepository } from '../outbox/assignment-mail.repository';
import { type NoLongerDue, OutboxHandlers, type RenderedMail } from '../outbox/outbox-handlers';
import { reminderPolicyOf } from '../outbox/outbox-planner.service';

interface ReminderPayload {
  dueDate?: string;
  level?: number;
}

/**
 * Assignment reminders ('reminder.*' rows) are planned without content and rendered when they fall
 * due, from the assignment as it is then: one that is no longer due (submitted, due date moved,
 * reminders paused) is cancelled instead. Escalation levels: 1 goes to the organisation's head
 * with the focal points in copy, 2 to the coordinators.
 */
@Injectable()
export class ReminderMailHandler implements OnModuleInit {
  constructor(
    private readonly handlers: OutboxHandlers,
    private readonly assignments: AssignmentMailRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.handlers.register('reminder.', { render: (row, at) => this.render(row, at) });
  }

  /** Whom a reminder of this level reaches now: the focal points, the head contact, the coordinators. */
  async recipients(
    assignment: AssignmentForMail,
    level: number,
  ): Promise<{ to: string[]; cc: string[]; escalatedTo?: 'head' | 'coordinator' }> {
    const focal = await this.assignments.recipients(assignment);
    if (level === 0) return { to: focal, cc: [] };
    const head = await this.assignments.headContactEmail(assignment.reviewId, assignment.organisationId);
    if (level === 1) {
      return head ? { to: [head], cc: focal, escalatedTo: 'head' } : { to: [], cc: [] };
    }
    return {
      to: await this.assignments.coordinatorEmails(assignment.reviewId),
      cc: [...new Set([...(head ? [head] : []), ...focal])],
      escalatedTo: 'coordinator',
    };
  }

  /** Whom a planned reminder row would reach if it went out now; null when it cannot be told. */
  async wouldReach(row: Pick<OutboxMessage, 'assignmentId' | 'payload'>): Promise<string[] | null> {
    if (!row.assignmentId) return null;
    const assignment = await this.assignments.find(row.assignmentId);
    if (!assignment) return null;
    return (await this.recipients(assignment, (row.payload as ReminderPayload).level ?? 0)).to;
  }

  /** The e-mail as it would go out at `at` (now when left out), or why it would not. */
  async render(row: OutboxMessage, at: Date = this.clock.now()): Promise<RenderedMail | NoLongerDue> {
    if (!row.assignmentId) return { cancel: 'the assignment no longer exists' };
    const assignment = await this.assignments.find(row.assignmentId);
    if (!assignment) return { cancel: 'the assignment no longer exists' };
    const payload = row.payload as ReminderPayload;
    const kind = row.kind.replace('reminder.', '') as ReminderKind;
    if (kind !== 'manual' && payload.dueDate !== assignment.dueDate) {
      return { cancel: 'the due date changed' };
    }
    if (!isReminderStillDue({ kind: kind === 'manual' ? 'due' : kind, state: assignment.state })) {
      return { cancel: `the contribution is ${STATE_TEXT[assignment.state] ?? assignment.state}` };
    }
    if (kind !== 'manual' && reminderPolicyOf(assignment.review.reminderPolicy).paused) {
      return { cancel: 'reminders are paused' };
    }
    const level = payload.level ?? 0;
    const { to, cc, escalatedTo } = await this.recipients(assignment, level);
    if (level === 1 && to.length === 0) return { cancel: 'no head contact is recorded for the organisation' };
    if (to.length === 0) return { cancel: 'nobody to send it to' };
    // In the language of the people it is addressed to (see languageOf), dates in the review's zone.
    const text = mailText(await this.assignments.languageOf(to));
    const facts: ReminderFacts = {
      ...assignmentFacts(assignment, this.config.publicUrl, text.locale),
      kind,
      daysUntilDue: daysUntilDue({
        dueDate: assignment.dueDate,
        now: at,
        timeZone: assignment.review.timeZone,
      }),
      stateText: text.text(`mail.state.${assignment.state}`),
      escalatedTo:
        escalatedTo === 'head'
          ? text.text('mail.reminder.escalatedTo.head', { organisation: assignment.organisation.name })
          : escalatedTo === 'coordinator'
            ? text.text('mail.reminder.escalatedTo.coordinator')
            : undefined,
      earlierReminders: level >= 1 ? await this.assignments.sentReminders(assignment.id) : undefined,
    };
    const rendered = await renderMail(reminderSubject(facts, text), ReminderEmail({ facts, text }));
    return { toAddresses: to, ccAddresses: cc.filter((address) => !to.includes(address)), ...rendered };
  }
}
