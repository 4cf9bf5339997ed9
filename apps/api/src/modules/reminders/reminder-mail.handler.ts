import type { OutboxMessage } from '@gcm/db';
import { daysUntilDue, isReminderStillDue, type TLocale } from '@gcm/domain';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { Clock } from '../../infra/clock/clock';
import { assignmentFacts, STATE_TEXT } from '../mail/mail-facts';
import { mailText } from '../mail/mail-i18n';
import {
  type ReminderFacts,
  type ReminderKind,
  reminderHtml,
  reminderSubject,
  reminderText,
} from '../mail/templates/reminder.email';
import {
  type Addressee,
  AssignmentMailRepository,
  type ReminderContext,
} from '../outbox/assignment-mail.repository';
import {
  type NoLongerDue,
  OutboxHandlers,
  type RenderedMail,
  type RowToRender,
} from '../outbox/outbox-handlers';
import { reminderPolicyOf } from '../outbox/outbox-planner.service';

/** How many reminders about the assignment went out before an escalated one (its context counts them). */
function earlierReminders(context: ReminderContext): number {
  if (context.sentReminders === null)
    throw new Error('The earlier reminders of an escalation were not counted');
  return context.sentReminders;
}

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
    this.handlers.register('reminder.', {
      render: (row, at) => this.render(row, at),
      renderMany: (rows, at) => this.renderMany(rows, at),
    });
  }

  /** Whom a planned reminder row would reach if it went out now; null when it cannot be told. */
  async wouldReach(row: Pick<OutboxMessage, 'assignmentId' | 'payload'>): Promise<string[] | null> {
    if (!row.assignmentId) return null;
    const context = (await this.assignments.reminderContexts([row.assignmentId])).get(row.assignmentId);
    if (!context) return null;
    return recipientsOf(context, (row.payload as ReminderPayload).level ?? 0).to.map((a) => a.email);
  }

  /** The e-mail as it would go out at `at` (now when left out), or why it would not. */
  async render(row: OutboxMessage, at: Date = this.clock.now()): Promise<RenderedMail | NoLongerDue> {
    const rendered = (await this.renderMany([row], at)).get(row.id);
    if (!rendered) throw new Error(`Reminder ${row.id} was not rendered`);
    return rendered;
  }

  /**
   * Renders a batch of reminder rows, by row id, each from the context the claim returned with it,
   * or, for rows that did not come from a claim, from one read for them all (see
   * AssignmentMailRepository.reminderContexts).
   */
  async renderMany(
    rows: readonly RowToRender[],
    at: Date = this.clock.now(),
  ): Promise<Map<string, RenderedMail | NoLongerDue>> {
    const unread = rows.flatMap((row) =>
      row.reminderContext === undefined && row.assignmentId ? [row.assignmentId] : [],
    );
    const read = unread.length
      ? await this.assignments.reminderContexts([...new Set(unread)])
      : new Map<string, ReminderContext>();
    return new Map(
      rows.map((row) => {
        const context =
          row.reminderContext === undefined ? read.get(row.assignmentId ?? '') : row.reminderContext;
        return [row.id, this.renderOne(row, context, at)];
      }),
    );
  }

  private renderOne(
    row: OutboxMessage,
    context: ReminderContext | null | undefined,
    at: Date,
  ): RenderedMail | NoLongerDue {
    if (!context) return { cancel: 'the assignment no longer exists' };
    const { assignment } = context;
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
    const { to: addressees, cc, escalatedTo } = recipientsOf(context, level);
    const to = addressees.map((a) => a.email);
    if (level === 1 && to.length === 0) return { cancel: 'no head contact is recorded for the organisation' };
    if (to.length === 0) return { cancel: 'nobody to send it to' };
    // In the language of the people it is addressed to (see languageOf), dates in the review's zone.
    const text = mailText(languageOf(addressees));
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
      earlierReminders: level >= 1 ? earlierReminders(context) : undefined,
    };
    const subject = reminderSubject(facts, text);
    return {
      toAddresses: to,
      ccAddresses: cc.filter((address) => !to.includes(address)),
      subject,
      // Written right before the send (see RenderedMail.html).
      html: () => reminderHtml(facts, text, subject),
      text: reminderText(facts, text, subject),
    };
  }
}

/**
 * Whom a reminder of this level reaches: the focal points (else the organisation's contributors),
 * then the head contact with them in copy, then the coordinators with both in copy.
 */
function recipientsOf(
  context: ReminderContext,
  level: number,
): { to: Addressee[]; cc: string[]; escalatedTo?: 'head' | 'coordinator' } {
  const focal = context.focalPoints.length ? context.focalPoints : context.contributors;
  const focalEmails = focal.map((a) => a.email);
  if (level === 0) return { to: focal, cc: [] };
  const head = context.headContact;
  if (level === 1) {
    return head ? { to: [head], cc: focalEmails, escalatedTo: 'head' } : { to: [], cc: [] };
  }
  return {
    to: context.coordinators,
    cc: [...new Set([...(head ? [head.email] : []), ...focalEmails])],
    escalatedTo: 'coordinator',
  };
}

/**
 * The language an e-mail to these addressees is written in: the one most of them chose (the
 * first addressee's among equals), English when none chose one — as
 * AssignmentMailRepository.languageOf, from the languages already read.
 */
function languageOf(addressees: readonly Addressee[]): TLocale {
  const count = new Map<TLocale, number>();
  for (const { locale } of addressees) if (locale) count.set(locale, (count.get(locale) ?? 0) + 1);
  let best: TLocale = 'en';
  let most = 0;
  for (const [locale, n] of count) if (n > most) [best, most] = [locale, n];
  return best;
}
