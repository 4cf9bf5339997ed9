import type { OutboxMessage } from '@gcm/db';
import { type TLocale, ZLocale } from '@gcm/domain';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import type { OutgoingMail } from '../../infra/mail/mail-transport';
import { mailText } from '../mail/mail-i18n';
import { AssignmentMailRepository } from '../outbox/assignment-mail.repository';
import { type NoLongerDue, OutboxHandlers, type RenderedMail } from '../outbox/outbox-handlers';
import { OutboxPlanner, renderDueDateChanged } from '../outbox/outbox-planner.service';

interface DueDateChangedPayload {
  previousDueDate?: string;
  dueDate?: string;
  /** The assignment's version after the move: the calendar update's sequence. */
  version?: number;
  locale?: TLocale;
}

/**
 * The due-date e-mails a shift of the final deadline plans for thousands of assignments at once
 * (OutboxPlanner.dueDatesShifted) carry no content: they are rendered here when sent, calendar
 * update included, with the dates of the move they announce and in the language of the addressees
 * planned. The e-mail of one assignment's move is rendered when planned (it has a subject) and is
 * sent as stored.
 */
@Injectable()
export class DueDateChangedMailHandler implements OnModuleInit {
  constructor(
    private readonly handlers: OutboxHandlers,
    private readonly assignments: AssignmentMailRepository,
    private readonly planner: OutboxPlanner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.handlers.register('assignment.due_date_changed', {
      render: (row) => this.render(row),
      attachments: (row) => this.attachments(row),
    });
  }

  /** The calendar update moving the deadline (same UID, the assignment's new version as sequence). */
  async attachments(row: OutboxMessage): Promise<OutgoingMail['attachments']> {
    // A row planned with its content carries its files; one rendered when it falls due does not.
    if (row.html !== null || !row.assignmentId) return [];
    const assignment = await this.assignments.find(row.assignmentId);
    const { dueDate, version, locale } = row.payload as DueDateChangedPayload;
    if (!assignment || !dueDate) return [];
    const ics = this.planner.calendarAttachment(
      { ...assignment, dueDate },
      version ?? 0,
      mailText(localeOf(locale)),
    );
    return [
      { filename: ics.filename, contentType: ics.contentType, content: Buffer.from(ics.content, 'base64') },
    ];
  }

  async render(row: OutboxMessage): Promise<RenderedMail | NoLongerDue> {
    const assignment = row.assignmentId ? await this.assignments.find(row.assignmentId) : null;
    if (!assignment) return { cancel: 'the assignment no longer exists' };
    const payload = row.payload as DueDateChangedPayload;
    if (!payload.previousDueDate || !payload.dueDate)
      return { cancel: 'the move it announced is not recorded' };
    const rendered = await renderDueDateChanged(
      { ...assignment, dueDate: payload.dueDate },
      payload.previousDueDate,
      mailText(localeOf(payload.locale)),
      this.config.publicUrl,
    );
    return { toAddresses: row.toAddresses, ccAddresses: row.ccAddresses, ...rendered };
  }
}

function localeOf(stored: unknown): TLocale {
  const locale = ZLocale.safeParse(stored);
  return locale.success ? locale.data : 'en';
}
