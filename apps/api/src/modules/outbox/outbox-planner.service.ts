import { createHash } from 'node:crypto';
import { DEFAULT_REMINDER_POLICY, planReminders, type TReminderPolicy, ZReminderPolicy } from '@gcm/domain';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { Clock } from '../../infra/clock/clock';
import type { Tx } from '../../infra/prisma/transactions';
import { type DeadlineEvent, deadlineEvent, deadlineEvents } from '../mail/calendar';
import { type AssignmentForMail, assignmentFacts, formatDate } from '../mail/mail-facts';
import { type MailText, mailText } from '../mail/mail-i18n';
import { renderMail } from '../mail/render';
import {
  AcceptedEmail,
  AssignmentCreatedEmail,
  AssignmentRemovedEmail,
  AssignmentsCreatedEmail,
  ChangesRequestedEmail,
  CommentEmail,
  DueDateChangedEmail,
} from '../mail/templates/assignment.email';
import { AssignmentMailRepository, languageGroupsOf } from './assignment-mail.repository';
import { type NewOutboxRow, OutboxRepository, type PlannedOutboxRow } from './outbox.repository';

export type Enqueue = { id: string; notBefore: Date }[];

type Rendered = { subject: string; html: string; text: string };

/** The outbox kind of the e-mail a comment on a contribution sends. */
export const COMMENT_MAIL_KIND = 'contribution.comment';

/** The dedupe key of a comment's e-mail: one per comment. */
export function commentMailKey(commentId: string): string {
  return `${COMMENT_MAIL_KIND}:${commentId}`;
}

const ACTIVE_STATES = ['not_started', 'drafting', 'changes_requested'] as const;

export function reminderPolicyOf(stored: unknown): TReminderPolicy {
  const parsed = ZReminderPolicy.safeParse(stored ?? {});
  return parsed.success ? parsed.data : { ...DEFAULT_REMINDER_POLICY };
}

/** People made focal points of an assignment already made, by the change that gave it `version`. */
export interface FocalPointsAdded {
  assignmentId: string;
  version: number;
  personIds: string[];
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

  /** The deadline as a calendar event, its title in the e-mail's language. */
  private deadline(assignment: AssignmentForMail, sequence: number, text: MailText): DeadlineEvent {
    const facts = assignmentFacts(assignment, this.config.publicUrl, text.locale);
    return {
      uid: `assignment-${assignment.id}@gcm-review-tracker`,
      sequence,
      date: assignment.dueDate,
      title: text.text('mail.assignment.calendar.title', {
        code: facts.questionCode,
        reviewTitle: facts.reviewTitle,
      }),
      description: `${text.text('mail.assignment.calendar.description', {
        organisation: facts.organisationName,
        role: facts.role,
      })} ${facts.questionPrompt}\n\n${facts.url}`,
      url: facts.url,
    };
  }

  calendarAttachment(
    assignment: AssignmentForMail,
    sequence: number,
    text: MailText,
    filename = 'deadline.ics',
  ) {
    return icsAttachment(deadlineEvent(this.deadline(assignment, sequence, text)), filename);
  }

  /**
   * The rows of an e-mail about the assignment to `recipients` (by default its focal points, else
   * the organisation's contributors): one per language its addressees chose, English for those who
   * chose none (AssignmentMailRepository.languageGroups), each rendered by `build` in that
   * language. The first keeps `dedupeKey`; the others add their language to it.
   */
  private async eventRows(
    tx: Tx,
    assignment: AssignmentForMail,
    kind: string,
    dedupeKey: string,
    recipients: string[] | undefined,
    build: (text: MailText) => Promise<{ rendered: Rendered; attachments?: unknown[] }>,
  ): Promise<NewOutboxRow[]> {
    const to = recipients ?? (await this.assignments.recipients(assignment, tx));
    const rows: NewOutboxRow[] = [];
    for (const [index, group] of (await this.assignments.languageGroups(to, tx)).entries()) {
      const { rendered, attachments = [] } = await build(mailText(group.locale));
      rows.push({
        dedupeKey: index === 0 ? dedupeKey : `${dedupeKey}:${group.locale}`,
        kind,
        reviewId: assignment.reviewId,
        assignmentId: assignment.id,
        notBefore: this.clock.now(),
        toAddresses: group.emails,
        ccAddresses: [],
        subject: rendered.subject,
        html: rendered.html,
        text: rendered.text,
        attachments: attachments as never,
      });
    }
    return rows;
  }

  /**
   * Tells the people of an assignment that it is withdrawn (removed, or given to another
   * organisation), with a calendar update cancelling its deadline (same UID, a higher sequence).
   * Called before the change, while the assignment still names them; the rows do not point at
   * the assignment, so removing it cancels nothing of this e-mail.
   */
  async assignmentWithdrawn(
    tx: Tx,
    assignmentId: string,
    sequence: number,
    reassigned: boolean,
  ): Promise<Enqueue> {
    const assignment = await this.assignments.get(tx, assignmentId);
    const rows = await this.eventRows(
      tx,
      assignment,
      'assignment.withdrawn',
      `assignment.withdrawn:${assignmentId}:${sequence}`,
      undefined,
      async (text) => {
        const facts = assignmentFacts(assignment, this.config.publicUrl, text.locale);
        const rendered = await renderMail(
          text.text('mail.assignment.removed.heading', {
            code: facts.questionCode,
            organisation: facts.organisationName,
          }),
          AssignmentRemovedEmail({
            facts,
            reassigned,
            listUrl: `${this.config.publicUrl}/my/assignments`,
            text,
          }),
        );
        const cancelled = deadlineEvent({ ...this.deadline(assignment, sequence, text), cancelled: true });
        return { rendered, attachments: [icsAttachment(cancelled, 'deadline.ics')] };
      },
    );
    return this.outbox.insert(
      tx,
      rows.map((row) => ({ ...row, assignmentId: null })),
    );
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
    // A reminder nobody would receive is not planned (the policy page warns instead): the focal
    // points (or the organisation's contributors) for plain reminders, the head contact for the
    // first escalation. Planned ones whose people have gone are cancelled.
    const focal = await this.assignments.recipients(assignment, tx);
    const head = await this.assignments.headContactEmail(assignment.reviewId, assignment.organisationId, tx);
    const unreachable = [...(focal.length === 0 ? [0] : []), ...(head ? [] : [1])];
    await this.outbox.cancelReminderLevels(tx, assignmentId, unreachable, 'nobody to send it to');
    const planned = planReminders({
      dueDate,
      timeZone: assignment.review.timeZone,
      policy,
      now: this.clock.now(),
    }).filter((reminder) => !unreachable.includes(reminder.level));
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

  /** Replans the reminders of an organisation's open assignments (its people or head contact changed). */
  async replanOrganisation(tx: Tx, reviewId: string, organisationId: string): Promise<Enqueue> {
    const enqueue: Enqueue = [];
    for (const id of await this.assignments.openIdsOfOrganisation(tx, reviewId, organisationId)) {
      enqueue.push(...(await this.replanReminders(tx, id)));
    }
    return enqueue;
  }

  /**
   * The e-mails for assignments made together (the matrix's bulk action, an import), and for
   * people made focal points of assignments already made (`added`): a person who would receive
   * several gets one e-mail listing them all, with every deadline in one calendar file; everyone
   * else gets the usual one per assignment. Then each assignment's reminders.
   */
  async assignmentsCreated(
    tx: Tx,
    assignmentIds: string[],
    added: readonly FocalPointsAdded[] = [],
  ): Promise<Enqueue> {
    const batch: { assignment: AssignmentForMail; to: string[]; version: number }[] = [];
    for (const id of assignmentIds) {
      const assignment = await this.assignments.get(tx, id);
      batch.push({ assignment, to: await this.assignments.recipients(assignment, tx), version: 1 });
    }
    for (const { assignmentId, version, personIds } of added) {
      const assignment = await this.assignments.get(tx, assignmentId);
      const to = assignment.focalPoints
        .filter(({ person }) => personIds.includes(person.id))
        .map(({ person }) => person.email);
      batch.push({ assignment, to, version });
    }
    const countOf = new Map<string, number>();
    for (const { to } of batch) for (const email of to) countOf.set(email, (countOf.get(email) ?? 0) + 1);
    const combined = new Set([...countOf].filter(([, count]) => count > 1).map(([email]) => email));
    const enqueue: Enqueue = [];
    for (const { assignment, to, version } of batch) {
      const alone = to.filter((email) => !combined.has(email));
      enqueue.push(...(await this.assignmentCreated(tx, assignment.id, version, alone)));
    }
    const rows: NewOutboxRow[] = [];
    for (const email of combined) {
      const given = batch
        .filter(({ to }) => to.includes(email))
        .sort(
          (a, b) =>
            a.assignment.dueDate.localeCompare(b.assignment.dueDate) ||
            a.assignment.question.code.localeCompare(b.assignment.question.code),
        );
      const mine = given.map(({ assignment }) => assignment);
      const [first] = mine;
      if (!first) continue;
      // To one person: in the language they chose.
      const text = mailText(await this.assignments.languageOf([email], tx));
      const items = mine.map((assignment) => assignmentFacts(assignment, this.config.publicUrl, text.locale));
      const rendered = await renderMail(
        text.text('mail.assignment.several.subject', {
          count: mine.length,
          reviewTitle: first.review.title,
          date: String(items[0]?.dueDateText),
        }),
        AssignmentsCreatedEmail({
          reviewTitle: first.review.title,
          items,
          listUrl: `${this.config.publicUrl}/my/assignments`,
          text,
        }),
      );
      const ids = mine.map((assignment) => assignment.id).sort();
      // The versions tell a later batch naming the same assignments (after a change) from this one.
      const versions = given.map(({ assignment, version }) => `${assignment.id}@${version}`).sort();
      rows.push({
        dedupeKey: `assignments.created:${createHash('sha256')
          .update(`${email}:${versions.join(',')}`)
          .digest('hex')}`,
        kind: 'assignments.created',
        reviewId: first.reviewId,
        notBefore: this.clock.now(),
        toAddresses: [email],
        ccAddresses: [],
        subject: rendered.subject,
        html: rendered.html,
        text: rendered.text,
        payload: { assignmentIds: ids },
        attachments: [
          icsAttachment(
            deadlineEvents(mine.map((assignment) => this.deadline(assignment, 0, text))),
            'deadlines.ics',
          ),
        ] as never,
      });
    }
    enqueue.push(...(await this.outbox.insert(tx, rows)));
    return enqueue;
  }

  /**
   * The new-assignment e-mail (also after a reassignment: `version` tells them apart) and its
   * reminders; `recipients` overrides who gets it (an empty list: only the reminders).
   */
  async assignmentCreated(
    tx: Tx,
    assignmentId: string,
    version = 1,
    recipients?: string[],
  ): Promise<Enqueue> {
    const assignment = await this.assignments.get(tx, assignmentId);
    const rows = await this.eventRows(
      tx,
      assignment,
      'assignment.created',
      `assignment.created:${assignmentId}:${version}`,
      recipients,
      async (text) => {
        const facts = assignmentFacts(assignment, this.config.publicUrl, text.locale);
        const rendered = await renderMail(
          text.text('mail.assignment.created.subject', {
            code: facts.questionCode,
            reviewTitle: facts.reviewTitle,
            organisation: facts.organisationName,
            date: facts.dueDateText,
          }),
          AssignmentCreatedEmail({ facts, text }),
        );
        return { rendered, attachments: [this.calendarAttachment(assignment, 0, text)] };
      },
    );
    const created = await this.outbox.insert(tx, rows);
    return [...created, ...(await this.replanReminders(tx, assignmentId))];
  }

  async dueDateChanged(
    tx: Tx,
    assignmentId: string,
    previousDueDate: string,
    version: number,
  ): Promise<Enqueue> {
    const assignment = await this.assignments.get(tx, assignmentId);
    const rows = await this.eventRows(
      tx,
      assignment,
      'assignment.due_date_changed',
      `assignment.due_date_changed:${assignmentId}:${version}`,
      undefined,
      async (text) => ({
        rendered: await renderDueDateChanged(assignment, previousDueDate, text, this.config.publicUrl),
        attachments: [this.calendarAttachment(assignment, version, text)],
      }),
    );
    const created = await this.outbox.insert(tx, rows);
    return [...created, ...(await this.replanReminders(tx, assignmentId))];
  }

  /**
   * `dueDateChanged` for the thousands of assignments a shift of the final deadline moves (already
   * moved, `previousDueDate` the date before, all open): the same rows in a few statements. The
   * e-mails are planned without content and rendered, calendar update included, when sent
   * (DueDateChangedMailHandler): rendering ten thousand takes over a minute. The reminders are
   * replanned as `replanReminders` would, each due date's schedule computed once and joined to
   * the assignments in SQL; all of them lie ahead, so they are left to the reconciler to enqueue
   * when due (decision 0027) and only the e-mails are returned.
   */
  async dueDatesShifted(
    tx: Tx,
    reviewId: string,
    moved: readonly { assignmentId: string; previousDueDate: string; version: number }[],
  ): Promise<Enqueue> {
    if (moved.length === 0) return [];
    const review = await this.assignments.reviewForReminders(tx, reviewId);
    const assignments = new Map(
      (
        await this.assignments.reachOf(
          tx,
          moved.map(({ assignmentId }) => assignmentId),
        )
      ).map((assignment) => [assignment.id, assignment]),
    );
    const contributors = await this.assignments.contributorEmailsByOrganisation(tx, reviewId);
    const heads = await this.assignments.headContactEmails(tx, reviewId);
    const recipientsOf = ({
      focalPoints,
      organisationId,
    }: {
      focalPoints: string[];
      organisationId: string;
    }) => (focalPoints.length ? focalPoints : (contributors.get(organisationId) ?? []));
    const locales = await this.assignments.localesOf([...assignments.values()].flatMap(recipientsOf), tx);
    const mails: PlannedOutboxRow[] = [];
    for (const { assignmentId, previousDueDate, version } of moved) {
      const assignment = assignments.get(assignmentId);
      if (!assignment) continue;
      const dedupeKey = `assignment.due_date_changed:${assignmentId}:${version}`;
      for (const [index, group] of languageGroupsOf(recipientsOf(assignment), locales).entries()) {
        mails.push({
          dedupeKey: index === 0 ? dedupeKey : `${dedupeKey}:${group.locale}`,
          kind: 'assignment.due_date_changed',
          reviewId,
          assignmentId,
          notBefore: this.clock.now(),
          toAddresses: group.emails,
          payload: { previousDueDate, dueDate: assignment.dueDate, version, locale: group.locale },
        });
      }
    }
    const enqueue = await this.outbox.insertInBatches(tx, mails);

    const ids = [...assignments.keys()];
    await this.outbox.cancelRemindersOfOtherDueDates(tx, ids, 'the due date changed');
    const policy = reminderPolicyOf(review.reminderPolicy);
    if (policy.paused) {
      await this.outbox.cancelRemindersOf(tx, ids, 'reminders are paused');
      return enqueue;
    }
    if (['submitted', 'closed', 'archived'].includes(review.status)) return enqueue;
    const unreachableOf = new Map<string, { levels: number[]; ids: string[] }>();
    const reach: { id: string; dueDate: string; unreachable: number[] }[] = [];
    for (const assignment of assignments.values()) {
      const unreachable = [
        ...(recipientsOf(assignment).length === 0 ? [0] : []),
        ...(heads.has(assignment.organisationId) ? [] : [1]),
      ];
      const group = unreachableOf.get(unreachable.join()) ?? { levels: unreachable, ids: [] };
      group.ids.push(assignment.id);
      unreachableOf.set(unreachable.join(), group);
      reach.push({ id: assignment.id, dueDate: assignment.dueDate, unreachable });
    }
    for (const { levels, ids: unreachableIds } of unreachableOf.values()) {
      await this.outbox.cancelReminderLevelsOf(tx, unreachableIds, levels, 'nobody to send it to');
    }
    const schedules = [...new Set(reach.map(({ dueDate }) => dueDate))].map((dueDate) => ({
      dueDate,
      reminders: planReminders({ dueDate, timeZone: review.timeZone, policy, now: this.clock.now() }),
    }));
    await this.outbox.insertReminders(tx, reviewId, schedules, reach);
    return enqueue;
  }

  async changesRequested(
    tx: Tx,
    assignmentId: string,
    comment: string,
    by: string,
    version: number,
  ): Promise<Enqueue> {
    const assignment = await this.assignments.get(tx, assignmentId);
    const rows = await this.eventRows(
      tx,
      assignment,
      'assignment.changes_requested',
      `assignment.changes_requested:${assignmentId}:${version}`,
      undefined,
      async (text) => {
        const facts = assignmentFacts(assignment, this.config.publicUrl, text.locale);
        const rendered = await renderMail(
          text.text('mail.assignment.changes.subject', {
            code: facts.questionCode,
            organisation: facts.organisationName,
          }),
          ChangesRequestedEmail({ facts, comment, by, text }),
        );
        return { rendered };
      },
    );
    const created = await this.outbox.insert(tx, rows);
    return [...created, ...(await this.replanReminders(tx, assignmentId))];
  }

  /**
   * A comment, to the other side: a focal point's to the coordinators who asked for changes (or,
   * when none did, to all the review's coordinators); a coordinator's to the focal points. The
   * author never gets their own. One e-mail per comment and language (its id is the dedupe key).
   */
  async commented(
    tx: Tx,
    comment: {
      id: string;
      assignmentId: string;
      body: string;
      authorId: string;
      authorName: string;
      authorRole: 'coordinator' | 'focal_point';
      replyToId: string | null;
      answering: string | null;
    },
  ): Promise<Enqueue> {
    const assignment = await this.assignments.get(tx, comment.assignmentId);
    let to: string[];
    if (comment.authorRole === 'coordinator') {
      to = await this.assignments.recipients(assignment, tx);
    } else {
      const requesters = await this.assignments.changeRequesterEmails(tx, assignment);
      to = requesters.length ? requesters : await this.assignments.coordinatorEmails(assignment.reviewId, tx);
    }
    const author = await this.assignments.emailOf(tx, comment.authorId);
    to = [...new Set(to)].filter((email) => email !== author);
    if (to.length === 0) return [];
    const rows = await this.eventRows(
      tx,
      assignment,
      COMMENT_MAIL_KIND,
      commentMailKey(comment.id),
      to,
      async (text) => {
        const facts = assignmentFacts(assignment, this.config.publicUrl, text.locale);
        const rendered = await renderMail(
          text.text('mail.assignment.comment.subject', {
            by: comment.authorName,
            code: facts.questionCode,
            organisation: facts.organisationName,
          }),
          CommentEmail({
            facts,
            comment: comment.body,
            by: comment.authorName,
            byRole: comment.authorRole,
            answering: comment.answering,
            text,
          }),
        );
        return { rendered };
      },
    );
    return this.outbox.insert(
      tx,
      rows.map((row) => ({ ...row, payload: { commentId: comment.id, replyToId: comment.replyToId } })),
    );
  }

  async accepted(tx: Tx, assignmentId: string, by: string, version: number): Promise<Enqueue> {
    const assignment = await this.assignments.get(tx, assignmentId);
    const rows = await this.eventRows(
      tx,
      assignment,
      'assignment.accepted',
      `assignment.accepted:${assignmentId}:${version}`,
      undefined,
      async (text) => {
        const facts = assignmentFacts(assignment, this.config.publicUrl, text.locale);
        const rendered = await renderMail(
          text.text('mail.assignment.accepted.subject', {
            code: facts.questionCode,
            organisation: facts.organisationName,
          }),
          AcceptedEmail({ facts, by, text }),
        );
        return { rendered };
      },
    );
    const created = await this.outbox.insert(tx, rows);
    return [...created, ...(await this.replanReminders(tx, assignmentId))];
  }

  /** Submitting, reassigning or deleting: what is no longer due is cancelled. */
  async cancelReminders(tx: Tx, assignmentId: string, reason: string): Promise<void> {
    await this.outbox.cancelReminders(tx, assignmentId, reason);
  }
}

/** The e-mail telling an assignment's people its due date moved (planned now, or rendered when sent). */
export function renderDueDateChanged(
  assignment: AssignmentForMail,
  previousDueDate: string,
  text: MailText,
  publicUrl: string,
): Promise<Rendered> {
  const facts = assignmentFacts(assignment, publicUrl, text.locale);
  return renderMail(
    text.text('mail.assignment.dueDate.subject', { code: facts.questionCode, date: facts.dueDateText }),
    DueDateChangedEmail({ facts, previousDueDateText: formatDate(previousDueDate, text.locale), text }),
  );
}

function icsAttachment(ics: string, filename: string) {
  return {
    filename,
    contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
    content: Buffer.from(ics).toString('base64'),
  };
}
