import { DEFAULT_REMINDER_POLICY, planReminders, type TReminderPolicy, ZReminderPolicy } from '@gcm/domain';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { Clock } from '../../infra/clock/clock';
import type { Tx } from '../../infra/prisma/transactions';
import { deadlineEvent } from '../mail/calendar';
import { type AssignmentForMail, assignmentFacts, formatDate } from '../mail/mail-facts';
import { renderMail } from '../mail/render';
import {
  AcceptedEmail,
  AssignmentCreatedEmail,
  ChangesRequestedEmail,
  DueDateChangedEmail,
} from '../mail/templates/assignment.email';
import { AssignmentMailRepository } from './assignment-mail.repository';
import { type NewOutboxRow, OutboxRepository } from './outbox.repository';

export type Enqueue = { id: string; notBefore: Date }[];

const ACTIVE_STATES = ['not_started', 'drafting', 'changes_requested'] as const;

export function reminderPolicyOf(stored: unknown): TReminderPolicy {
  const parsed = ZReminderPolicy.safeParse(stored ?? {});
  return parsed.success ? parsed.data : { ...DEFAULT_REMINDER_POLICY };
}

/**
 * Plans e-mails as outbox rows inside the caller's transaction: event e-mails rendered now,
 * reminders as rows that the worker renders when they fall due. Returns what to enqueue after
 * the commit.
 */
@Injectable()
export class OutboxPlanner {
  constructor(
    private readonly outbox: OutboxRepository,
    private readonly assignments: AssignmentMailRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private calendarAttachment(assignment: AssignmentForMail, sequence: number) {
    const facts = assignmentFacts(assignment, this.config.publicUrl);
    const ics = deadlineEvent({
      uid: `assignment-${assignment.id}@gcm-review-tracker`,
      sequence,
      date: assignment.dueDate,
      title: `Due: question ${facts.questionCode} — ${facts.reviewTitle}`,
      description: `${facts.organisationName} (${facts.role}). ${facts.questionPrompt}\n\n${facts.url}`,
      url: facts.url,
    });
    return {
      filename: 'deadline.ics',
      contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
      content: Buffer.from(ics).toString('base64'),
    };
  }

  private async eventRow(
    tx: Tx,
    assignment: AssignmentForMail,
    kind: string,
    dedupeKey: string,
    rendered: { subject: string; html: string; text: string },
    attachments: unknown[] = [],
  ): Promise<NewOutboxRow | null> {
    const to = await this.assignments.recipients(assignment, tx);
    if (to.length === 0) return null;
    return {
      dedupeKey,
      kind,
      reviewId: assignment.reviewId,
      assignmentId: assignment.id,
      notBefore: this.clock.now(),
      toAddresses: to,
      ccAddresses: [],
      subject: rendered.subject,
      html: rendered.html,
      text: rendered.text,
      attachments: attachments as never,
    };
  }

  /** Reminder rows for the assignment's current due date; stale ones are cancelled. */
  async replanReminders(tx: Tx, assignmentId: string): Promise<Enqueue> {
    const assignment = await this.assignments.get(tx, assignmentId);
    const { dueDate } = assignment;
    const policy = reminderPolicyOf(assignment.review.reminderPolicy);
    const active = (ACTIVE_STATES as readonly string[]).includes(assignment.state);
    await this.outbox.cancelReminders(
      tx,
      assignmentId,
      active ? 'the due date changed' : `the contribution is ${assignment.state.replace('_', ' ')}`,
      active ? { exceptForDueDate: dueDate } : {},
    );
    if (!active || policy.paused || ['submitted', 'closed', 'archived'].includes(assignment.review.status)) {
      if (policy.paused) {
        await this.outbox.cancelReminders(tx, assignmentId, 'reminders are paused');
      }
      return [];
    }
    const planned = planReminders({
      dueDate,
      timeZone: assignment.review.timeZone,
      policy,
      now: this.clock.now(),
    });
    return this.outbox.insert(
      tx,
      planned.map((reminder) => ({
        dedupeKey: `reminder:${assignmentId}:${reminder.key}`,
        kind: `reminder.${reminder.kind}`,
        reviewId: assignment.reviewId,
        assignmentId,
        notBefore: reminder.sendAt,
        payload: { dueDate, level: reminder.level, offsetDays: reminder.offsetDays },
        toAddresses: [],
        ccAddresses: [],
      })),
    );
  }

  /** The new-assignment e-mail (also after a reassignment: `version` tells them apart) and its reminders. */
  async assignmentCreated(tx: Tx, assignmentId: string, version = 1): Promise<Enqueue> {
    const assignment = await this.assignments.get(tx, assignmentId);
    const facts = assignmentFacts(assignment, this.config.publicUrl);
    const rendered = await renderMail(
      `Question ${facts.questionCode} of the ${facts.reviewTitle} is assigned to ${facts.organisationName} — due ${facts.dueDateText}`,
      AssignmentCreatedEmail({ facts }),
    );
    const row = await this.eventRow(
      tx,
      assignment,
      'assignment.created',
      `assignment.created:${assignmentId}:${version}`,
      rendered,
      [this.calendarAttachment(assignment, 0)],
    );
    const created = await this.outbox.insert(tx, row ? [row] : []);
    return [...created, ...(await this.replanReminders(tx, assignmentId))];
  }

  async dueDateChanged(
    tx: Tx,
    assignmentId: string,
    previousDueDate: string,
    version: number,
  ): Promise<Enqueue> {
    const assignment = await this.assignments.get(tx, assignmentId);
    const facts = assignmentFacts(assignment, this.config.publicUrl);
    const rendered = await renderMail(
      `New due date for question ${facts.questionCode}: ${facts.dueDateText}`,
      DueDateChangedEmail({ facts, previousDueDateText: formatDate(previousDueDate) }),
    );
    const row = await this.eventRow(
      tx,
      assignment,
      'assignment.due_date_changed',
      `assignment.due_date_changed:${assignmentId}:${version}`,
      rendered,
      [this.calendarAttachment(assignment, version)],
    );
    const created = await this.outbox.insert(tx, row ? [row] : []);
    return [...created, ...(await this.replanReminders(tx, assignmentId))];
  }

  async changesRequested(
    tx: Tx,
    assignmentId: string,
    comment: string,
    by: string,
    version: number,
  ): Promise<Enqueue> {
    const assignment = await this.assignments.get(tx, assignmentId);
    const facts = assignmentFacts(assignment, this.config.publicUrl);
    const rendered = await renderMail(
      `Changes requested on question ${facts.questionCode} (${facts.organisationName})`,
      ChangesRequestedEmail({ facts, comment, by }),
    );
    const row = await this.eventRow(
      tx,
      assignment,
      'assignment.changes_requested',
      `assignment.changes_requested:${assignmentId}:${version}`,
      rendered,
    );
    const created = await this.outbox.insert(tx, row ? [row] : []);
    return [...created, ...(await this.replanReminders(tx, assignmentId))];
  }

  async accepted(tx: Tx, assignmentId: string, by: string, version: number): Promise<Enqueue> {
    const assignment = await this.assignments.get(tx, assignmentId);
    const facts = assignmentFacts(assignment, this.config.publicUrl);
    const rendered = await renderMail(
      `Contribution to question ${facts.questionCode} accepted (${facts.organisationName})`,
      AcceptedEmail({ facts, by }),
    );
    const row = await this.eventRow(
      tx,
      assignment,
      'assignment.accepted',
      `assignment.accepted:${assignmentId}:${version}`,
      rendered,
    );
    const created = await this.outbox.insert(tx, row ? [row] : []);
    return [...created, ...(await this.replanReminders(tx, assignmentId))];
  }

  /** Submitting, reassigning or deleting: what is no longer due is cancelled. */
  async cancelReminders(tx: Tx, assignmentId: string, reason: string): Promise<void> {
    await this.outbox.cancelReminders(tx, assignmentId, reason);
  }
}
